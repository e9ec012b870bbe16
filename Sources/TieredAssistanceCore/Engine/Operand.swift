/// A comparison operator, named after the policy wording it encodes.
public enum Comparison: String, Sendable, Hashable, CaseIterable {
    /// 低于 (below): `<`.
    case lessThan = "<"
    /// 不高于 / 不超过 (not above): `<=`.
    case atMost = "<="
    /// 超过 / 高于 (exceeds): `>`.
    case greaterThan = ">"
    /// 以上 / 不低于 (at least): `>=`.
    case atLeast = ">="
    /// 等于 (equals): `==`.
    case equal = "=="

    /// Whether `order` (negative, zero, positive for less, equal, greater) satisfies this.
    @inlinable
    public func holds(forOrder order: Int) -> Bool {
        switch self {
        case .lessThan: return order < 0
        case .atMost: return order <= 0
        case .greaterThan: return order > 0
        case .atLeast: return order >= 0
        case .equal: return order == 0
        }
    }

    /// The policy word: 低于, 不高于, 超过, 不低于, 等于.
    public var chineseWord: String {
        switch self {
        case .lessThan: return "低于"
        case .atMost: return "不高于"
        case .greaterThan: return "超过"
        case .atLeast: return "不低于"
        case .equal: return "等于"
        }
    }

    /// The English phrase: below, at most, above, at least, equal to.
    public var englishWord: String {
        switch self {
        case .lessThan: return "below"
        case .atMost: return "at most"
        case .greaterThan: return "above"
        case .atLeast: return "at least"
        case .equal: return "equal to"
        }
    }
}

/// A display label in Chinese and English.
public struct Label: Sendable, Hashable {
    /// Chinese text.
    public let chinese: String
    /// English text.
    public let english: String

    /// Creates a label.
    public init(_ chinese: String, _ english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// The text in a language.
    public func text(_ language: Language) -> String {
        language == .chinese ? chinese : english
    }
}

/// The language of an explanation.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Chinese (default, official terms, for caseworkers).
    case chinese = "zh"
    /// English.
    case english = "en"
}

/// One side of a comparison: a measure, a parameter, a constant, or a product of these
/// (`dibao.standard × 1.5`), optionally labelled for explanations.
public indirect enum Operand: Sendable {
    /// A measure's value.
    case measure(MeasureID)
    /// A parameter's value in force.
    case parameter(ParameterID)
    /// A constant.
    case constant(Quantity)
    /// The product of two operands (a ratio or count times an amount).
    case product(Operand, Operand)
    /// The sum of two operands.
    case sum(Operand, Operand)
    /// An operand with a label for explanations (`低保标准的1.5倍`).
    case labelled(Operand, Label)

    /// A short description for messages: `dibao.standard × 1.5`.
    public var summary: String {
        switch self {
        case .measure(let id): return id.rawValue
        case .parameter(let id): return id.rawValue
        case .constant(let quantity): return quantity.description
        case .product(let a, let b): return "\(a.summary) × \(b.summary)"
        case .sum(let a, let b): return "(\(a.summary) + \(b.summary))"
        case .labelled(let operand, _): return operand.summary
        }
    }

    /// Every parameter the operand reads.
    public var parameters: [ParameterID] {
        switch self {
        case .measure, .constant: return []
        case .parameter(let id): return [id]
        case .product(let a, let b), .sum(let a, let b): return a.parameters + b.parameters
        case .labelled(let operand, _): return operand.parameters
        }
    }

    /// Every measure the operand reads.
    public var measures: [MeasureID] {
        switch self {
        case .parameter, .constant: return []
        case .measure(let id): return [id]
        case .product(let a, let b), .sum(let a, let b): return a.measures + b.measures
        case .labelled(let operand, _): return operand.measures
        }
    }
}

/// A condition: comparisons of measures with parameters, facts, other programs' outcomes,
/// quantified over members, combined with all / any / not.
public indirect enum Condition: Sendable {
    /// `left op right`, for example `income.counted-monthly-per-person < dibao.standard`.
    case compare(Operand, Comparison, Operand)
    /// A yes/no measure is yes.
    case isTrue(MeasureID)
    /// Every part holds (an empty list holds).
    case all([Condition])
    /// At least one part holds (an empty list fails).
    case any([Condition])
    /// The part fails.
    case not(Condition)
    /// A program evaluated earlier (in catalog order) has this status for the same subject
    /// (the household, or the member being evaluated).
    case program(ProgramID, is: ProgramStatus)
    /// The household's tier (after precedence) is one of these.
    case tier(in: [ProgramID])
    /// For a household-scope rule: some member satisfies the member-scope condition.
    case anyMember(Condition)
    /// For a household-scope rule: every member satisfies the member-scope condition.
    case allMembers(Condition)
    /// A condition with a label for explanations and RULES.md.
    case labelled(Condition, Label)

    /// Every parameter the condition reads, in order of appearance.
    public var parameters: [ParameterID] {
        switch self {
        case .compare(let left, _, let right): return left.parameters + right.parameters
        case .isTrue, .program, .tier: return []
        case .all(let parts), .any(let parts): return parts.flatMap(\.parameters)
        case .not(let part), .anyMember(let part), .allMembers(let part), .labelled(let part, _): return part.parameters
        }
    }

    /// Every measure the condition reads.
    public var measures: [MeasureID] {
        switch self {
        case .compare(let left, _, let right): return left.measures + right.measures
        case .isTrue(let id): return [id]
        case .program, .tier: return []
        case .all(let parts), .any(let parts): return parts.flatMap(\.measures)
        case .not(let part), .anyMember(let part), .allMembers(let part), .labelled(let part, _): return part.measures
        }
    }

    /// Every program the condition refers to.
    public var programs: [ProgramID] {
        switch self {
        case .compare, .isTrue: return []
        case .program(let id, _): return [id]
        case .tier(let ids): return ids
        case .all(let parts), .any(let parts): return parts.flatMap(\.programs)
        case .not(let part), .anyMember(let part), .allMembers(let part), .labelled(let part, _): return part.programs
        }
    }

    /// Whether the condition reads the household's tier.
    public var readsTier: Bool {
        switch self {
        case .tier: return true
        case .compare, .isTrue, .program: return false
        case .all(let parts), .any(let parts): return parts.contains { $0.readsTier }
        case .not(let part), .anyMember(let part), .allMembers(let part), .labelled(let part, _): return part.readsTier
        }
    }
}
