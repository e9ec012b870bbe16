/// The unit of a parameter value. The unit fixes how the value is written in a policy file
/// and what kind of value it is.
public enum ParameterUnit: String, Sendable, Hashable, CaseIterable {
    /// Yuan per person per month (元/人·月), written as an amount: `829.00`.
    case yuanPerPersonPerMonth = "yuan-per-person-per-month"
    /// Yuan per person per year (元/人·年), for example rural standards set annually.
    case yuanPerPersonPerYear = "yuan-per-person-per-year"
    /// Yuan per month for a household or a case (元/月).
    case yuanPerMonth = "yuan-per-month"
    /// Yuan per year (元/年), for example an annual cap.
    case yuanPerYear = "yuan-per-year"
    /// A sum of yuan (元), for example a spending threshold or a one-off grant.
    case yuan
    /// An exact ratio written as a decimal: `1.5` for 1.5×, `0.7` for 70 %.
    case ratio
    /// A number of months.
    case months
    /// A number of years (ages).
    case years
    /// A count (persons, refusals).
    case count
    /// One of a parameter's named options (a reading of an ambiguous text, a stacking rule).
    case choice

    /// Whether values in this unit are amounts of money.
    public var isMoney: Bool {
        switch self {
        case .yuanPerPersonPerMonth, .yuanPerPersonPerYear, .yuanPerMonth, .yuanPerYear, .yuan: return true
        case .ratio, .months, .years, .count, .choice: return false
        }
    }

    /// For money per period, the months in the period (1 or 12); `nil` otherwise.
    public var periodMonths: Int? {
        switch self {
        case .yuanPerPersonPerMonth, .yuanPerMonth: return 1
        case .yuanPerPersonPerYear, .yuanPerYear: return 12
        default: return nil
        }
    }

    /// The unit of the parameter's value when the engine reads it as a ``Quantity``
    /// (per-person amounts are amounts per period); `nil` for a choice, which is not a number.
    public var quantityUnit: QuantityUnit? {
        switch self {
        case .yuanPerPersonPerMonth, .yuanPerMonth: return .moneyPerMonth
        case .yuanPerPersonPerYear, .yuanPerYear: return .moneyPerYear
        case .yuan: return .moneySum
        case .ratio: return .ratio
        case .months: return .months
        case .years: return .years
        case .count: return .count
        case .choice: return nil
        }
    }

    /// The unit's Chinese suffix for display: `元/人·月`.
    public var chineseSuffix: String {
        switch self {
        case .yuanPerPersonPerMonth: return "元/人·月"
        case .yuanPerPersonPerYear: return "元/人·年"
        case .yuanPerMonth: return "元/月"
        case .yuanPerYear: return "元/年"
        case .yuan: return "元"
        case .ratio: return ""
        case .months: return "个月"
        case .years: return "岁"
        case .count: return ""
        case .choice: return ""
        }
    }

    /// The unit's English suffix for display: `yuan/person/month`.
    public var englishSuffix: String {
        switch self {
        case .yuanPerPersonPerMonth: return "yuan/person/month"
        case .yuanPerPersonPerYear: return "yuan/person/year"
        case .yuanPerMonth: return "yuan/month"
        case .yuanPerYear: return "yuan/year"
        case .yuan: return "yuan"
        case .ratio: return ""
        case .months: return "months"
        case .years: return "years"
        case .count: return ""
        case .choice: return ""
        }
    }
}

/// A parameter's value: an amount, an exact ratio, a whole number, or a named option.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
    /// An amount of money (its period is in the entry's unit).
    case money(Money)
    /// An exact ratio.
    case rate(Rate)
    /// A whole number of months, years or items.
    case integer(Int64)
    /// A named option.
    case choice(String)
    /// The place has its own value, which was not found ([U]): a broader jurisdiction's
    /// value does not apply here, and the parameter is absent while this entry is in force
    /// (written `null` in a policy file).
    case unknown

    /// The amount, if this is money.
    public var money: Money? {
        if case .money(let value) = self { return value }
        return nil
    }

    /// The ratio, if this is a rate.
    public var rate: Rate? {
        if case .rate(let value) = self { return value }
        return nil
    }

    /// The number, if this is an integer.
    public var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The option, if this is a choice.
    public var choice: String? {
        if case .choice(let value) = self { return value }
        return nil
    }

    /// The value as written in a policy file: `829.00`, `1.5`, `60`, `highest-only`.
    public var description: String {
        switch self {
        case .money(let value): return value.decimalText
        case .rate(let value): return value.description
        case .integer(let value): return String(value)
        case .choice(let value): return value
        case .unknown: return "null"
        }
    }
}

/// Whether a value is law or an example (POLICY.md tags [S] and illustrative values).
public enum ValueStatus: String, Sendable, Hashable, CaseIterable {
    /// Read in the cited document ([S]).
    case sourced
    /// Supplied for demonstration, never to be mistaken for law.
    case illustrative
}
