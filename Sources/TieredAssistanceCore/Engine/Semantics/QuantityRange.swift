/// The values a quantity can still take when a fact or a parameter behind it is not known:
/// a closed interval, each end exact or absent (unbounded on that side).
///
/// A parameter without a value lies in its format's domain, 0 or more; a measure may give a
/// range (``MeasureOutcome/range(_:missing:)``); a measure the household lacks is unbounded.
/// Sums, products, minimums and maximums of ranges are ranges. Comparisons decide when every
/// value in the ranges gives the same answer (``truth(_:_:_:)``).
public struct QuantityRange: Sendable, Hashable {
    /// The smallest value it can take; `nil`: no lower bound.
    public let lower: Quantity?
    /// The largest value it can take; `nil`: no upper bound.
    public let upper: Quantity?

    /// A range from `lower` to `upper` (either may be open).
    public init(lower: Quantity?, upper: Quantity?) {
        self.lower = lower
        self.upper = upper
    }

    /// Exactly `value`.
    public init(exactly value: Quantity) {
        self.init(lower: value, upper: value)
    }

    /// The one value, when both ends meet.
    public var exactValue: Quantity? {
        guard let lower, let upper, (try? lower.compare(to: upper)) == 0 else { return nil }
        return lower
    }

    /// Whether every value in the range is 0 or more.
    var isNonNegative: Bool {
        guard let lower else { return false }
        return lower.numerator >= 0
    }

    /// `self + other`: the lower ends added and the upper ends added.
    func adding(_ other: QuantityRange) throws(Quantity.UnitMismatch) -> QuantityRange {
        QuantityRange(lower: try Self.combine(lower, other.lower) { a, b throws(Quantity.UnitMismatch) in try a.adding(b) },
                      upper: try Self.combine(upper, other.upper) { a, b throws(Quantity.UnitMismatch) in try a.adding(b) })
    }

    /// `self × other` for ranges of values 0 or more (`nil` otherwise, unless both are exact):
    /// the lower ends multiplied, and the upper ends, where an exact 0 on either side keeps
    /// the product at 0 whatever the other side.
    func multiplied(by other: QuantityRange) throws(Quantity.UnitMismatch) -> QuantityRange? {
        if let a = exactValue, let b = other.exactValue { return QuantityRange(exactly: try a.multiplied(by: b)) }
        guard isNonNegative, other.isNonNegative, let lowerLeft = lower, let lowerRight = other.lower else { return nil }
        let low = try lowerLeft.multiplied(by: lowerRight)
        let high: Quantity?
        if let a = upper, a.numerator == 0 {
            high = try a.multiplied(by: lowerRight)
        } else if let b = other.upper, b.numerator == 0 {
            high = try lowerLeft.multiplied(by: b)
        } else if let a = upper, let b = other.upper {
            high = try a.multiplied(by: b)
        } else {
            high = nil
        }
        return QuantityRange(lower: low, upper: high)
    }

    /// `self − other`: from the lower end minus the other's upper end to the upper end minus
    /// the other's lower end.
    func subtracting(_ other: QuantityRange) throws(Quantity.UnitMismatch) -> QuantityRange {
        QuantityRange(lower: try Self.combine(lower, other.upper) { a, b throws(Quantity.UnitMismatch) in try a.subtracting(b) },
                      upper: try Self.combine(upper, other.lower) { a, b throws(Quantity.UnitMismatch) in try a.subtracting(b) })
    }

    /// The smallest range holding both: the lower of the lower ends, the higher of the upper ends.
    func union(_ other: QuantityRange) throws(Quantity.UnitMismatch) -> QuantityRange {
        QuantityRange(lower: try Self.extreme(lower, other.lower, lowest: true, openWins: true),
                      upper: try Self.extreme(upper, other.upper, lowest: false, openWins: true))
    }

    /// The range of the smaller (`lowest`) or larger of values taken from each range.
    static func extreme(of ranges: [QuantityRange], lowest: Bool) throws(Quantity.UnitMismatch) -> QuantityRange? {
        guard var result = ranges.first else { return nil }
        for range in ranges.dropFirst() {
            // The minimum of two values: below by the lower of the lower ends (open if either
            // is open), above by the lower of the upper ends (open only if both are open).
            result = QuantityRange(
                lower: try extreme(result.lower, range.lower, lowest: lowest, openWins: lowest),
                upper: try extreme(result.upper, range.upper, lowest: lowest, openWins: !lowest))
        }
        return result
    }

    /// The lower (`lowest`) or higher of two ends; an open end (`nil`) wins when `openWins`,
    /// else the other end is taken.
    private static func extreme(_ a: Quantity?, _ b: Quantity?, lowest: Bool, openWins: Bool) throws(Quantity.UnitMismatch) -> Quantity? {
        guard let a, let b else { return openWins ? nil : (a ?? b) }
        let order = try a.compare(to: b)
        return (lowest ? order <= 0 : order >= 0) ? a : b
    }

    private static func combine(_ a: Quantity?, _ b: Quantity?,
                                _ operation: (Quantity, Quantity) throws(Quantity.UnitMismatch) -> Quantity)
        throws(Quantity.UnitMismatch) -> Quantity? {
        guard let a, let b else { return nil }
        return try operation(a, b)
    }

    /// The orders `left` can have against `right` for some values in both ranges: less,
    /// equal and greater (the signs -1, 0 and 1).
    public static func possibleOrders(_ left: QuantityRange, _ right: QuantityRange) throws(Quantity.UnitMismatch) -> Set<Int> {
        let mask = try orderMask(left, right)
        return Set([-1, 0, 1].filter { mask & (1 << ($0 + 1)) != 0 })
    }

    /// ``possibleOrders(_:_:)`` as bits: 1 less, 2 equal, 4 greater (no allocation).
    static func orderMask(_ left: QuantityRange, _ right: QuantityRange) throws(Quantity.UnitMismatch) -> UInt8 {
        // An open end compares as beyond every value.
        let lowVersusHigh = try order(left.lower, right.upper)     // smallest left against largest right
        let highVersusLow = try order(left.upper, right.lower)     // largest left against smallest right
        var mask: UInt8 = 0
        if lowVersusHigh.map({ $0 < 0 }) ?? true { mask |= 1 }
        if (lowVersusHigh.map { $0 <= 0 } ?? true) && (highVersusLow.map { $0 >= 0 } ?? true) { mask |= 2 }
        if highVersusLow.map({ $0 > 0 }) ?? true { mask |= 4 }
        return mask
    }

    private static func order(_ a: Quantity?, _ b: Quantity?) throws(Quantity.UnitMismatch) -> Int? {
        guard let a, let b else { return nil }
        return try a.compare(to: b)
    }

    /// Whether `comparison` between `left` and `right` holds for every pair of values
    /// (``Truth/yes``), for none (``Truth/no``) or for some only (``Truth/unknown``).
    public static func truth(_ left: QuantityRange, _ comparison: Comparison, _ right: QuantityRange) throws(Quantity.UnitMismatch) -> Truth {
        let mask = try orderMask(left, right)
        var holds = 0
        var possible = 0
        for order in -1...1 where mask & (1 << (order + 1)) != 0 {
            possible += 1
            if comparison.holds(forOrder: order) { holds += 1 }
        }
        if holds == possible { return .yes }
        if holds == 0 { return .no }
        return .unknown
    }
}
