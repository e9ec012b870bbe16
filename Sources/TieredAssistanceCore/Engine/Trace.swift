/// One comparison as evaluated: what was measured, the threshold, whether it held, and
/// by how much.
public struct ComparisonTrace: Sendable {
    /// The left side's label (usually the measure): 人均月收入.
    public let left: Label
    /// The left value, if it could be measured.
    public let leftValue: Quantity?
    /// The operator, as the policy words it.
    public let comparison: Comparison
    /// The right side's label (usually the threshold): 低保标准.
    public let right: Label
    /// The right value, if every parameter it needs has a value.
    public let rightValue: Quantity?
    /// Whether the comparison held.
    public let truth: Truth
    /// `left − right`, exactly, when both sides are known.
    public let margin: Quantity?
    /// The parameters read on either side, with their sources.
    public let parameters: [ResolvedParameter]
    /// What was missing, when the truth is unknown.
    public let missing: [MissingItem]
}

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

/// A rule as evaluated for a household or member.
public struct RuleOutcome: Sendable {
    /// The rule that applied (a local variant when one applied).
    public let rule: Rule
    /// The base rule's id, when a variant applied.
    public let baseRule: RuleID?
    /// Whether the rule held.
    public let truth: Truth
    /// The condition as evaluated (only when tracing).
    public let trace: ConditionTrace?
}

/// One line of an amount's breakdown.
public struct AmountLine: Sendable {
    /// What the line is: 低保标准 × 家庭人数.
    public let label: Label
    /// Its exact value.
    public let value: Quantity
    /// How deep in the formula (0 is the total).
    public let depth: Int
}

/// A program's amount with its breakdown.
public struct AmountResult: Sendable {
    /// The amount, rounded once by the formula's rule: per month, or once (see ``period``).
    public let value: Money
    /// Whether the amount is paid every month or once.
    public let period: AmountPeriod
    /// The exact value before rounding.
    public let exact: Quantity
    /// The formula's lines (only when tracing).
    public let lines: [AmountLine]
    /// The rounding applied.
    public let rounding: RoundingRule
}

/// A "near miss": a program not granted, but missed by no more than the configured share.
public struct NearMiss: Sendable {
    /// How far the household was, as a share of the threshold (the largest of the gaps that
    /// must all close).
    public let distance: Rate
    /// The comparisons that failed.
    public let failed: [ComparisonTrace]
}

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
