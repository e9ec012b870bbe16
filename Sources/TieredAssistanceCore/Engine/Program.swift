/// A stable program identifier such as `dibao` or `disability.living-subsidy`.
public struct ProgramID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String

    /// Creates an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }


    public var description: String { rawValue }

    public static func < (lhs: ProgramID, rhs: ProgramID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A program's outcome for a household or member.
public enum ProgramStatus: String, Sendable, Hashable, CaseIterable {
    /// Every requirement holds.
    case eligible
    /// A requirement fails.
    case notEligible = "not-eligible"
    /// No requirement fails, but one cannot be decided: a fact or parameter is missing.
    case undetermined
    /// The program does not apply in this jurisdiction on this day.
    case notApplicable = "not-applicable"

    /// The status from the truth of the requirements.
    init(_ truth: Truth) {
        switch truth {
        case .yes: self = .eligible
        case .no: self = .notEligible
        case .unknown: self = .undetermined
        }
    }

    /// The Chinese term: 符合, 不符合, 无法确定, 不适用.
    public var chineseName: String {
        switch self {
        case .eligible: return "符合"
        case .notEligible: return "不符合"
        case .undetermined: return "无法确定"
        case .notApplicable: return "不适用"
        }
    }

    /// The English term.
    public var englishName: String {
        switch self {
        case .eligible: return "eligible"
        case .notEligible: return "not eligible"
        case .undetermined: return "undetermined"
        case .notApplicable: return "not applicable"
        }
    }
}

/// Whether a program is one of the exclusive tiers or a stacking entitlement.
public enum ProgramKind: Sendable, Hashable {
    /// An exclusive tier: a household gets the eligible tier with the lowest rank
    /// (特困 0 > 低保 1 > 低保边缘 2 > 刚性支出困难 3). A member-scope tier applies to the
    /// household when every member is eligible.
    case tier(rank: Int)
    /// An entitlement that stacks with the tier and with other entitlements.
    case entitlement
}

/// A program (救助项目): its requirements (rules that must all hold), its scope, whether it is
/// an exclusive tier or a stacking entitlement, and how its monthly amount is computed.
public struct Program: Sendable {
    /// The program's id.
    public let id: ProgramID
    /// The Chinese name: 最低生活保障.
    public let chineseTitle: String
    /// The English name.
    public let englishTitle: String
    /// Tier or entitlement.
    public let kind: ProgramKind
    /// Household or member.
    public let scope: Scope
    /// The requirement rules, in explanation order.
    public let rules: [RuleID]
    /// The monthly amount, if the program pays one.
    public let amount: AmountFormula?
    /// Where and when the program exists (a league's local scheme).
    public let applicability: Applicability
    /// The program's legal basis.
    public let citations: [Citation]

    /// Creates a program.
    public init(id: ProgramID, chineseTitle: String, englishTitle: String, kind: ProgramKind, scope: Scope,
                rules: [RuleID], amount: AmountFormula? = nil, applicability: Applicability = .everywhere,
                citations: [Citation]) {
        self.id = id
        self.chineseTitle = chineseTitle
        self.englishTitle = englishTitle
        self.kind = kind
        self.scope = scope
        self.rules = rules
        self.amount = amount
        self.applicability = applicability
        self.citations = citations
    }

    /// The tier rank, for tiers.
    public var tierRank: Int? {
        if case .tier(let rank) = kind { return rank }
        return nil
    }
}

/// Whether an amount is paid every month or once.
public enum AmountPeriod: String, Sendable, Hashable {
    /// Every month (低保金, subsidies); yearly amounts are paid as their monthly twelfth.
    case monthly
    /// Once (临时救助, union aid, a reimbursement).
    case oneOff = "one-off"
}

/// How a program's amount is computed: an expression over measures and parameters,
/// evaluated exactly and rounded once.
public struct AmountFormula: Sendable {
    /// The expression.
    public let expression: AmountExpression
    /// Monthly or one-off.
    public let period: AmountPeriod
    /// How the exact result is rounded to the fen (once, at the end).
    public let rounding: RoundingRule
    /// The policy articles it follows.
    public let citations: [Citation]
    /// A remark (assumptions, what is not modelled).
    public let note: String?

    /// Creates a formula.
    public init(_ expression: AmountExpression, period: AmountPeriod = .monthly, rounding: RoundingRule,
                citations: [Citation], note: String? = nil) {
        self.expression = expression
        self.period = period
        self.rounding = rounding
        self.citations = citations
        self.note = note
    }
}

/// An amount expression. Labelled nodes appear as lines of the amount's breakdown.
public indirect enum AmountExpression: Sendable {
    /// A measure or parameter value (money), or a product of operands.
    case operand(Operand, Label)
    /// The sum of the parts.
    case sum([AmountExpression], Label)
    /// The first minus the second.
    case difference(AmountExpression, AmountExpression, Label)
    /// The larger of the parts.
    case maximum([AmountExpression], Label)
    /// The smaller of the parts (a cap).
    case minimum([AmountExpression], Label)
    /// For each member satisfying the member-scope condition, the member-scope expression; summed.
    case sumOverMembers(where: Condition, each: AmountExpression, Label)
    /// The expression if the condition holds, otherwise the alternative.
    case when(Condition, then: AmountExpression, otherwise: AmountExpression, Label)
    /// The expression times an operand (a ratio or a count).
    case scaled(AmountExpression, by: Operand, Label)

    /// The node's label.
    public var label: Label {
        switch self {
        case .operand(_, let label), .sum(_, let label), .difference(_, _, let label), .maximum(_, let label),
             .minimum(_, let label), .sumOverMembers(_, _, let label), .when(_, _, _, let label), .scaled(_, _, let label):
            return label
        }
    }

    /// Every parameter the expression reads.
    public var parameters: [ParameterID] {
        switch self {
        case .operand(let operand, _): return operand.parameters
        case .sum(let parts, _), .maximum(let parts, _), .minimum(let parts, _): return parts.flatMap(\.parameters)
        case .difference(let a, let b, _): return a.parameters + b.parameters
        case .sumOverMembers(let condition, let each, _): return condition.parameters + each.parameters
        case .when(let condition, let a, let b, _): return condition.parameters + a.parameters + b.parameters
        case .scaled(let part, let operand, _): return part.parameters + operand.parameters
        }
    }
}
