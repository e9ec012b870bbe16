/// How a program's amount formula becomes the money it pays, the same in both engines.
enum AmountArithmetic {
    /// The exact value in the period the program pays (a yearly value paid monthly is its
    /// twelfth, kept exact) and that value rounded once by `rounding`; the money is `nil` when
    /// it does not fit in 64-bit fen.
    @inline(__always)
    static func payable(_ exact: Quantity, period: AmountPeriod, rounding: RoundingRule) -> (exact: Quantity, money: Money?) {
        let paid = exact.unit == .moneyPerYear && period == .monthly
            ? Quantity(exact.numerator, over: exact.denominator * 12, unit: .moneyPerMonth) : exact
        return (paid, paid.money(rounding: rounding))
    }
}
