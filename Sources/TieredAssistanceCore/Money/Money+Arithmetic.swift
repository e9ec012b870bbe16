extension Money {
    /// The sum of two amounts. Traps on overflow (see the type's discussion).
    @inlinable
    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(fen: lhs.fen + rhs.fen)
    }

    /// The difference of two amounts. Traps on overflow.
    @inlinable
    public static func - (lhs: Money, rhs: Money) -> Money {
        Money(fen: lhs.fen - rhs.fen)
    }

    /// Adds an amount in place. Traps on overflow.
    @inlinable
    public static func += (lhs: inout Money, rhs: Money) {
        lhs = lhs + rhs
    }

    /// Subtracts an amount in place. Traps on overflow.
    @inlinable
    public static func -= (lhs: inout Money, rhs: Money) {
        lhs = lhs - rhs
    }

    /// The negated amount.
    @inlinable
    public static prefix func - (amount: Money) -> Money {
        Money(fen: -amount.fen)
    }

    /// This amount times a whole count (persons, months). Traps on overflow.
    @inlinable
    public func multiplied(by count: Int) -> Money {
        Money(fen: fen * Int64(count))
    }

    /// The absolute value of the amount.
    @inlinable
    public var magnitude: Money { Money(fen: fen < 0 ? -fen : fen) }

    /// The sum of two amounts, or ``MoneyOverflow`` if it does not fit.
    public func checkedAdding(_ other: Money) throws(MoneyOverflow) -> Money {
        let (result, overflow) = fen.addingReportingOverflow(other.fen)
        if overflow { throw MoneyOverflow(operation: "\(self) + \(other)") }
        return Money(fen: result)
    }

    /// The difference of two amounts, or ``MoneyOverflow`` if it does not fit.
    public func checkedSubtracting(_ other: Money) throws(MoneyOverflow) -> Money {
        let (result, overflow) = fen.subtractingReportingOverflow(other.fen)
        if overflow { throw MoneyOverflow(operation: "\(self) − \(other)") }
        return Money(fen: result)
    }

    /// This amount times a count, or ``MoneyOverflow`` if it does not fit.
    public func checkedMultiplied(by count: Int) throws(MoneyOverflow) -> Money {
        let (result, overflow) = fen.multipliedReportingOverflow(by: Int64(count))
        if overflow { throw MoneyOverflow(operation: "\(self) × \(count)") }
        return Money(fen: result)
    }

    /// This amount scaled by an exact rate, rounded to a whole fen by `rule`.
    ///
    /// The product is computed exactly in 128-bit arithmetic and rounded once.
    ///
    /// - Important: Rounding is explicit on purpose: policy texts rarely say how to round,
    ///   so every call site states the rule it applies (``RoundingRule/halfUp`` for
    ///   payments, unless a rule's citation says otherwise).
    /// - Throws: ``MoneyOverflow`` if the rounded result does not fit in `Int64` fen.
    public func multiplied(by rate: Rate, rounding rule: RoundingRule) throws(MoneyOverflow) -> Money {
        let numerator = Int128(fen) * Int128(rate.numerator)
        let result = rule.divide(numerator, by: Int128(rate.denominator))
        guard let fen = Int64(exactly: result) else {
            throw MoneyOverflow(operation: "\(self) × \(rate)")
        }
        return Money(fen: fen)
    }

    /// This amount divided by a whole count, rounded to a whole fen by `rule`.
    ///
    /// Used for display (per-capita figures in explanations) and for payments split by
    /// persons. Eligibility comparisons never divide: they cross-multiply instead.
    ///
    /// - Precondition: `count > 0`.
    public func divided(by count: Int, rounding rule: RoundingRule) -> Money {
        precondition(count > 0, "division by a non-positive count")
        return Money(fen: Int64(rule.divide(Int128(fen), by: Int128(count))))
    }

    /// Splits the amount into `parts` amounts that differ by at most one fen and add up
    /// exactly to this amount (no fen is lost, none is created). Larger parts come first.
    ///
    /// - Precondition: `parts > 0`.
    public func distributed(into parts: Int) -> [Money] {
        precondition(parts > 0, "cannot distribute into \(parts) parts")
        let count = Int64(parts)
        var quotient = fen / count
        var remainder = fen % count
        if remainder < 0 {
            quotient -= 1
            remainder += count
        }
        return (0..<count).map { index in Money(fen: quotient + (index < remainder ? 1 : 0)) }
    }
}

extension Sequence where Element == Money {
    /// The sum of the amounts. Traps on overflow; use ``checkedSum()`` for unbounded input.
    public func sum() -> Money {
        reduce(Money.zero, +)
    }

    /// The sum of the amounts, or ``MoneyOverflow`` if it does not fit in `Int64` fen.
    public func checkedSum() throws(MoneyOverflow) -> Money {
        var total = Money.zero
        for amount in self {
            total = try total.checkedAdding(amount)
        }
        return total
    }
}
