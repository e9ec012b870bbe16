/// The household's tier after precedence (特困 > 低保 > 低保边缘 > 刚性支出困难 > none).
public enum TierOutcome: Sendable, Hashable {
    /// This tier applies.
    case tier(ProgramID)
    /// No tier applies.
    case none
    /// A higher tier could not be decided: these tiers are still possible.
    case undetermined([ProgramID])

    /// The name written in JSON and summaries: the tier's program id, `none` or `undetermined`.
    public var name: String {
        switch self {
        case .tier(let id): return id.rawValue
        case .none: return "none"
        case .undetermined: return "undetermined"
        }
    }
}

/// The full result of evaluating one household on one day.
public struct Evaluation: Sendable {
    /// The catalog the household was evaluated with: program titles, rules and place
    /// names for rendering (``ExplanationRenderer``) come from it.
    public let catalog: RuleCatalog
    /// The household's id.
    public let household: Household.ID
    /// The evaluation day.
    public let day: Day
    /// The household's jurisdiction.
    public let jurisdiction: AdministrativeDivisionCode
    /// The household's residence.
    public let residence: Residence
    /// The tier after precedence.
    public let tier: TierOutcome
    /// Every program's determination: household programs once, member programs per member,
    /// in catalog order.
    public let determinations: [Determination]

    /// The household-level determination of a program, if any.
    public func determination(_ program: ProgramID) -> Determination? {
        determinations.first { $0.program == program && $0.member == nil }
    }

    /// A member's determination of a program: a member-scope program's, or a household
    /// program's member-level determination where it has one.
    public func determination(_ program: ProgramID, member: Member.ID) -> Determination? {
        determinations.first { $0.program == program && $0.member == member }
    }

    /// The determinations of a member-scope program, one per member.
    public func memberDeterminations(_ program: ProgramID) -> [Determination] {
        determinations.filter { $0.program == program && $0.member != nil }
    }
}
