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
