/// What a ``Quantity`` measures.
public enum QuantityUnit: Sendable, Hashable, CustomStringConvertible {
    /// Money, in fen. `periodMonths` is 0 for a sum (a spending total, a threshold), 1 for
    /// an amount per month, 12 for an amount per year. Comparisons between a monthly and a
    /// yearly amount convert exactly (× 12); a sum never compares with a periodic amount.
    case money(periodMonths: Int)
    /// A pure number: a ratio, a multiple, a share.
    case ratio
    /// A count of persons, items or refusals.
    case count
    /// Years (an age).
    case years
    /// Months (a duration).
    case months
    /// A yes/no fact, 1 or 0.
    case flag

    /// A sum of money.
    public static let moneySum = QuantityUnit.money(periodMonths: 0)
    /// Money per month.
    public static let moneyPerMonth = QuantityUnit.money(periodMonths: 1)
    /// Money per year.
    public static let moneyPerYear = QuantityUnit.money(periodMonths: 12)

    public var description: String {
        switch self {
        case .money(let months): return months == 0 ? "yuan" : months == 1 ? "yuan/month" : "yuan/year"
        case .ratio: return "ratio"
        case .count: return "count"
        case .years: return "years"
        case .months: return "months"
        case .flag: return "flag"
        }
    }
}

/// An exact measured or derived value: a fraction `numerator / denominator` in a unit.
///
/// Money quantities count fen. A per-person income is kept as `total / persons`, never
/// divided, so `income per person < standard` is decided by cross-multiplying
/// (`total < standard × persons`) exactly. Margins are exact fractions as well; text shows
/// them rounded half-up to the fen.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// The numerator (fen for money).
    public let numerator: Int128
    /// The denominator, > 0.
    public let denominator: Int128
    /// The unit.
    public let unit: QuantityUnit

    /// Creates `numerator / denominator` in `unit`.
    ///
    /// - Precondition: `denominator > 0`.
    @inlinable
    public init(_ numerator: Int128, over denominator: Int128 = 1, unit: QuantityUnit) {
        precondition(denominator > 0, "a quantity's denominator is positive")
        self.numerator = numerator
        self.denominator = denominator
        self.unit = unit
    }

    /// An amount of money per `periodMonths` (0 for a sum).
    @inlinable
    public static func money(_ amount: Money, periodMonths: Int) -> Quantity {
        Quantity(Int128(amount.fen), unit: .money(periodMonths: periodMonths))
    }

    /// A whole count.
    @inlinable
    public static func count(_ value: Int) -> Quantity {
        Quantity(Int128(value), unit: .count)
    }

    /// A ratio.
    @inlinable
    public static func ratio(_ rate: Rate) -> Quantity {
        Quantity(Int128(rate.numerator), over: Int128(rate.denominator), unit: .ratio)
    }

    /// A yes/no fact.
    @inlinable
    public static func flag(_ value: Bool) -> Quantity {
        Quantity(value ? 1 : 0, unit: .flag)
    }

    /// Whether a flag quantity is yes (non-zero).
    public var isTrue: Bool { numerator != 0 }

    /// Why two quantities cannot be combined or compared.
    public struct UnitMismatch: Error, Sendable, Hashable, CustomStringConvertible {
        /// The left unit.
        public let left: QuantityUnit
        /// The right unit.
        public let right: QuantityUnit
        /// The operation.
        public let operation: String

        public var description: String { "cannot \(operation) \(left) and \(right)" }
    }

    /// This quantity and `other` brought to a common unit for comparison or addition:
    /// monthly and yearly money are both expressed per year.
    private static func aligned(_ lhs: Quantity, _ rhs: Quantity, _ operation: String)
        throws(UnitMismatch) -> (Quantity, Quantity)
    {
        switch (lhs.unit, rhs.unit) {
        case (.money(let left), .money(let right)):
            if left == right { return (lhs, rhs) }
            if left != 0 && right != 0 {
                // Express both per year: monthly × 12.
                let lhsScaled = Quantity(lhs.numerator * Int128(12 / left), over: lhs.denominator, unit: .moneyPerYear)
                let rhsScaled = Quantity(rhs.numerator * Int128(12 / right), over: rhs.denominator, unit: .moneyPerYear)
                return (lhsScaled, rhsScaled)
            }
            throw UnitMismatch(left: lhs.unit, right: rhs.unit, operation: operation)
        case (.ratio, .ratio), (.count, .count), (.years, .years), (.months, .months), (.flag, .flag):
            return (lhs, rhs)
        case (.count, .ratio), (.ratio, .count):
            return (Quantity(lhs.numerator, over: lhs.denominator, unit: .ratio),
                    Quantity(rhs.numerator, over: rhs.denominator, unit: .ratio))
        default:
            throw UnitMismatch(left: lhs.unit, right: rhs.unit, operation: operation)
        }
    }

    /// Compares exactly: negative if `self < other`, zero if equal, positive if greater.
    ///
    /// - Throws: ``UnitMismatch`` if the units cannot be compared, or an overflow as a
    ///   mismatch named "compare (overflow)".
    public func compare(to other: Quantity) throws(UnitMismatch) -> Int {
        let (lhs, rhs) = try Quantity.aligned(self, other, "compare")
        if lhs.denominator == rhs.denominator {
            return lhs.numerator < rhs.numerator ? -1 : lhs.numerator > rhs.numerator ? 1 : 0
        }
        let (left, o1) = lhs.numerator.multipliedReportingOverflow(by: rhs.denominator)
        let (right, o2) = rhs.numerator.multipliedReportingOverflow(by: lhs.denominator)
        if o1 || o2 { throw UnitMismatch(left: unit, right: other.unit, operation: "compare (overflow)") }
        return left < right ? -1 : left > right ? 1 : 0
    }

    /// `self − other`, exactly (used for margins).
    public func subtracting(_ other: Quantity) throws(UnitMismatch) -> Quantity {
        let (lhs, rhs) = try Quantity.aligned(self, other, "subtract")
        if lhs.denominator == rhs.denominator {
            return Quantity(lhs.numerator - rhs.numerator, over: lhs.denominator, unit: lhs.unit)
        }
        let (left, o1) = lhs.numerator.multipliedReportingOverflow(by: rhs.denominator)
        let (right, o2) = rhs.numerator.multipliedReportingOverflow(by: lhs.denominator)
        let (denominator, o3) = lhs.denominator.multipliedReportingOverflow(by: rhs.denominator)
        if o1 || o2 || o3 { throw UnitMismatch(left: unit, right: other.unit, operation: "subtract (overflow)") }
        let difference = Quantity(left - right, over: denominator, unit: lhs.unit)
        return denominator > (1 << 40) ? difference.reduced() : difference
    }

    /// `self + other`, exactly.
    public func adding(_ other: Quantity) throws(UnitMismatch) -> Quantity {
        try subtracting(Quantity(-other.numerator, over: other.denominator, unit: other.unit))
    }

    /// The product of two quantities: a ratio or count scales money or another ratio or
    /// count; money times money is refused.
    public func multiplied(by other: Quantity) throws(UnitMismatch) -> Quantity {
        // Months × money per period is a sum: 24 months × 829 yuan/month = 19,896 yuan.
        switch (self.unit, other.unit) {
        case (.months, .money(let period)) where period > 0:
            return try Quantity(numerator, over: denominator * Int128(period), unit: .count)
                .multiplied(by: Quantity(other.numerator, over: other.denominator, unit: .moneySum))
        case (.money(let period), .months) where period > 0:
            return try other.multiplied(by: self)
        case (.years, .money(let period)) where period > 0:
            // Years × money per period is a sum: 2 years × 829 yuan/month = 19,896 yuan.
            return try Quantity(numerator * 12, over: denominator * Int128(period), unit: .count)
                .multiplied(by: Quantity(other.numerator, over: other.denominator, unit: .moneySum))
        case (.money(let period), .years) where period > 0:
            return try other.multiplied(by: self)
        default:
            break
        }
        let unit: QuantityUnit
        switch (self.unit, other.unit) {
        case (.money, .ratio), (.money, .count), (.money, .months), (.money, .years): unit = self.unit
        case (.ratio, .money), (.count, .money), (.months, .money), (.years, .money): unit = other.unit
        case (.ratio, .ratio): unit = .ratio
        case (.count, .count), (.count, .ratio), (.ratio, .count): unit = self.unit == .count && other.unit == .count ? .count : .ratio
        case (.years, .ratio), (.months, .ratio), (.years, .count), (.months, .count): unit = self.unit
        case (.ratio, .years), (.ratio, .months), (.count, .years), (.count, .months): unit = other.unit
        default: throw UnitMismatch(left: self.unit, right: other.unit, operation: "multiply")
        }
        let (numerator, o1) = self.numerator.multipliedReportingOverflow(by: other.numerator)
        let (denominator, o2) = self.denominator.multipliedReportingOverflow(by: other.denominator)
        if o1 || o2 { throw UnitMismatch(left: self.unit, right: other.unit, operation: "multiply (overflow)") }
        let product = Quantity(numerator, over: denominator, unit: unit)
        // Reduce only when the denominator grows large: reduction costs 128-bit divisions.
        return denominator > (1 << 40) ? product.reduced() : product
    }

    /// The quotient `self / other` as a ratio (for shares such as spending / income).
    /// `nil` when `other` is zero.
    public func ratio(to other: Quantity) throws(UnitMismatch) -> Quantity? {
        let (lhs, rhs) = try Quantity.aligned(self, other, "divide")
        guard rhs.numerator != 0 else { return nil }
        var numerator = lhs.numerator * rhs.denominator
        var denominator = lhs.denominator * rhs.numerator
        if denominator < 0 {
            numerator = -numerator
            denominator = -denominator
        }
        return Quantity(numerator, over: denominator, unit: .ratio).reduced()
    }

    /// The same value with the fraction in lowest terms.
    public func reduced() -> Quantity {
        var a = numerator < 0 ? -numerator : numerator
        var b = denominator
        while b != 0 { (a, b) = (b, a % b) }
        let divisor = a == 0 ? 1 : a
        return Quantity(numerator / divisor, over: denominator / divisor, unit: unit)
    }

    /// The value rounded to a whole number (of fen, for money) by `rule`.
    public func rounded(_ rule: RoundingRule) -> Int128 {
        rule.divide(numerator, by: denominator)
    }

    /// The value as money, rounded to the fen by `rule` (for display and payments).
    /// `nil` if it does not fit in `Int64` fen.
    public func money(rounding rule: RoundingRule) -> Money? {
        Int64(exactly: rounded(rule)).map { Money(fen: $0) }
    }

    /// The value for display: money as yuan with 2 decimals (rounded half-up), ratios as
    /// percentages or multiples, counts and ages as integers (or exact decimals).
    public var description: String {
        switch unit {
        case .money:
            return money(rounding: .halfUp)?.description ?? "∞"
        case .ratio:
            return Quantity.decimal(numerator * 100, denominator, maximumDecimals: 2) + "%"
        case .count, .years, .months:
            return Quantity.decimal(numerator, denominator, maximumDecimals: 2)
        case .flag:
            return numerator != 0 ? "yes" : "no"
        }
    }

    /// A decimal rendering of `numerator / denominator` with at most `maximumDecimals`
    /// decimals (rounded half-up), trailing zeros removed.
    static func decimal(_ numerator: Int128, _ denominator: Int128, maximumDecimals: Int) -> String {
        var scale: Int128 = 1
        for _ in 0..<maximumDecimals { scale *= 10 }
        let scaled = RoundingRule.halfUp.divide(numerator * scale, by: denominator)
        let negative = scaled < 0
        let magnitude = negative ? -scaled : scaled
        var whole = String(magnitude / scale)
        var fraction = String(magnitude % scale)
        while fraction.count < maximumDecimals { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if !fraction.isEmpty { whole += "." + fraction }
        return (negative ? "-" : "") + whole
    }
}
