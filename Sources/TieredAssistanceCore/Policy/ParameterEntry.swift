/// One dated value of a parameter for one jurisdiction (and residence, where urban and
/// rural differ), with its source, status and the day it was last verified.
///
/// An entry is in force from ``effective`` (included). It stays in force until the next
/// entry for the same parameter and place takes effect, or until ``ends`` (included) if
/// that is set.
public struct ParameterEntry: Sendable, Hashable {
    /// The parameter.
    public var parameter: ParameterID
    /// Where the value applies: a county, a league or city, a region, or ``AdministrativeDivisionCode/national``.
    public var jurisdiction: AdministrativeDivisionCode
    /// Urban or rural, for residence-specific parameters; `nil` otherwise.
    public var residence: Residence?
    /// The first day in force.
    public var effective: Day
    /// Whether ``effective`` is inferred ([I]): the source gives only a year or a
    /// publication day, and the entry's ``note`` says which day was taken and why.
    public var isEffectiveDayInferred: Bool
    /// The last day in force, if the value ends without a successor.
    public var ends: Day?
    /// The value.
    public var value: ParameterValue
    /// The unit the value is given in.
    public var unit: ParameterUnit
    /// Where the value comes from. Required for sourced values.
    public var source: Citation?
    /// Sourced (law) or illustrative (an example).
    public var status: ValueStatus
    /// The last day someone checked the value against its source, if recorded.
    public var lastVerified: Day?
    /// A remark: how a date was inferred, what the source actually says.
    public var note: String?

    /// Creates an entry.
    public init(parameter: ParameterID, jurisdiction: AdministrativeDivisionCode, residence: Residence? = nil,
                effective: Day, effectiveDayInferred: Bool = false, ends: Day? = nil, value: ParameterValue,
                unit: ParameterUnit, source: Citation?, status: ValueStatus, lastVerified: Day? = nil, note: String? = nil) {
        self.parameter = parameter
        self.jurisdiction = jurisdiction
        self.residence = residence
        self.effective = effective
        self.isEffectiveDayInferred = effectiveDayInferred
        self.ends = ends
        self.value = value
        self.unit = unit
        self.source = source
        self.status = status
        self.lastVerified = lastVerified
        self.note = note
    }

    /// The value with its unit for display: `829.00 元/人·月`, `1.5`, `60 岁`.
    public func displayValue(chinese: Bool) -> String {
        let suffix = chinese ? unit.chineseSuffix : unit.englishSuffix
        let text: String
        switch value {
        case .money(let amount): text = amount.description
        case .unknown: return chinese ? "未知（当地另有标准）" : "unknown (the place has its own value)"
        case .choice("yes") where chinese: return "是"
        case .choice("no") where chinese: return "否"
        default: text = value.description
        }
        return suffix.isEmpty ? text : "\(text) \(suffix)"
    }
}

extension ParameterEntry {
    /// The value as the engine reads it: money in its unit's period (a sum for `yuan`),
    /// ratios exact, counts, months and years whole; a choice, which is not a number, as a
    /// `no` flag (the rule catalog refuses a choice parameter in a comparison). An unknown
    /// value never resolves, so the engine never reads it.
    public var quantity: Quantity {
        switch value {
        case .money(let amount): return .money(amount, periodMonths: unit.periodMonths ?? 0)
        case .rate(let rate): return .ratio(rate)
        case .integer(let integer): return Quantity(Int128(integer), unit: unit.quantityUnit ?? .count)
        case .choice, .unknown: return Quantity(0, unit: .flag)
        }
    }
}
