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
