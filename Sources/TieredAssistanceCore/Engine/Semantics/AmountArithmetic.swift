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

    /// The sum, maximum or minimum of `values` in order (an empty sum is 0 per month).
    static func combine(_ values: [Quantity], _ kind: CompiledCatalog.AmountKind) throws(Quantity.UnitMismatch) -> Quantity {
        guard var result = values.first else { return Quantity(0, unit: .moneyPerMonth) }
        for value in values.dropFirst() { result = try combine(result, value, kind) }
        return result
    }

    /// One step of `combine(_:_:)`: `result` (the parts so far) with the next
    /// part `value` (for loops that hold no list of the parts).
    @inline(__always)
    static func combine(_ result: Quantity, _ value: Quantity, _ kind: CompiledCatalog.AmountKind) throws(Quantity.UnitMismatch) -> Quantity {
        switch kind {
        case .sum: return try result.adding(value)
        case .maximum: return try value.compare(to: result) > 0 ? value : result
        case .minimum: return try value.compare(to: result) < 0 ? value : result
        default: return result
        }
    }
}

/// The running total of a `sumOverMembers` amount, member by member, shared by both
/// engines: it starts at 0 per month, takes the first part as it is (so its unit), and
/// becomes unknown for good when a member's filter or part is unknown or an addition fails.
struct MemberSum {
    private(set) var total: Quantity? = Quantity(0, unit: .moneyPerMonth)
    private var started = false

    /// A member whose filter is undetermined or whose part is missing: the total is unknown.
    mutating func spoil() { total = nil }

    /// Adds a member's part; when the addition fails the total becomes unknown and the error is thrown.
    mutating func add(_ part: Quantity) throws(Quantity.UnitMismatch) {
        guard let current = total else { return }
        guard started else {
            total = part
            started = true
            return
        }
        do {
            total = try current.adding(part)
        } catch {
            total = nil
            throw error
        }
    }
}
