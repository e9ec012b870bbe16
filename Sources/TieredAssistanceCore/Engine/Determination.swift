/// The outcome of one program for the household or one member: the status, the rules as
/// evaluated, the amount, what was missing, and whether it was a near miss.
public struct Determination: Sendable {
    /// The program.
    public let program: ProgramID
    /// The member, for member-scope programs; `nil` for the household.
    public let member: Member.ID?
    /// The status by the program's own requirements.
    public let status: ProgramStatus
    /// The requirement rules as evaluated, in the program's order (evaluation stops at
    /// nothing: every rule is evaluated so that every reason is shown).
    public let rules: [RuleOutcome]
    /// The monthly amount, when eligible and the program pays one.
    public let amount: AmountResult?
    /// Facts and parameters that were missing.
    public let missing: [MissingItem]
    /// For a tier that is eligible by its own rules but outranked: the tier that applies.
    public internal(set) var supersededBy: ProgramID?
    /// Set when the program was missed narrowly.
    public internal(set) var nearMiss: NearMiss?
    /// Why the program does not apply, for `notApplicable`.
    public let notApplicableCause: NotApplicableCause?
    /// The values in force that the program's rules and amount may read (directly, or
    /// through the tier and the programs they refer to) and whose provenance a reader must
    /// see: an inferred effective day ([I]) or an illustrative value.
    public internal(set) var flaggedParameters: [ResolvedParameter] = []
    /// For an eligible or undetermined determination: the conditions of the program's sources
    /// the catalog does not test, which a caseworker must still check (``Program/openConditions``).
    public internal(set) var openConditions: [OpenCondition] = []
    /// For an eligible program whose amount could not be computed: the range it lies in, when
    /// the known figures bound it (a capped amount lies between 0 and its cap), exact, in the
    /// period it is paid, before rounding.
    public internal(set) var amountRange: QuantityRange? = nil
}

/// Why a program does not apply to a household on a day.
public enum NotApplicableCause: Sendable, Hashable {
    /// The program exists only elsewhere or at other times.
    case program(ProgramID)
    /// A requirement rule (and each of its variants) applies only elsewhere or at other times.
    case rule(RuleID)

    /// `仅适用于 152200 兴安盟，自 2023-06-29 起`, from the catalog.
    public func chineseDescription(in catalog: RuleCatalog) -> String {
        switch self {
        case .program(let id):
            return "项目 \(id) 仅适用于" + (catalog.program(id)?.applicability.chineseSummary(placeNames: catalog.placeNames) ?? "其他地区或时期")
        case .rule(let id):
            return "规则 \(id) 仅适用于" + (catalog.rule(id)?.applicability.chineseSummary(placeNames: catalog.placeNames) ?? "其他地区或时期")
        }
    }

    /// `applies 152200 兴安盟, from 2023-06-29`, from the catalog.
    public func description(in catalog: RuleCatalog) -> String {
        switch self {
        case .program(let id):
            return "\(id) applies \(catalog.program(id)?.applicability.summary(placeNames: catalog.placeNames) ?? "elsewhere")"
        case .rule(let id):
            return "rule \(id) applies \(catalog.rule(id)?.applicability.summary(placeNames: catalog.placeNames) ?? "elsewhere")"
        }
    }
}
