/// A condition as evaluated, mirroring its structure.
public indirect enum ConditionTrace: Sendable {
    /// A comparison.
    case comparison(ComparisonTrace)
    /// A yes/no fact: a flag measure, another program's status, the tier.
    case fact(Label, Truth, missing: [MissingItem])
    /// all / any / not, with the parts.
    case group(GroupKind, Label?, Truth, [ConditionTrace])
    /// anyMember / allMembers, with each member's trace.
    case members(GroupKind, Label?, Truth, [(member: Member.ID, trace: ConditionTrace)])

    /// How parts combine.
    public enum GroupKind: String, Sendable, Hashable {
        /// Every part must hold.
        case all
        /// One part suffices.
        case any
        /// The part must fail.
        case not
    }

    /// The truth of the traced condition.
    public var truth: Truth {
        switch self {
        case .comparison(let trace): return trace.truth
        case .fact(_, let truth, _), .group(_, _, let truth, _), .members(_, _, let truth, _): return truth
        }
    }

    /// Every comparison in the trace, depth first.
    public var comparisons: [ComparisonTrace] {
        switch self {
        case .comparison(let trace): return [trace]
        case .fact: return []
        case .group(_, _, _, let parts): return parts.flatMap(\.comparisons)
        case .members(_, _, _, let parts): return parts.flatMap(\.trace.comparisons)
        }
    }
}
