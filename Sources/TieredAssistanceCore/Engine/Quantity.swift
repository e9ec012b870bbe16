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

    /// The unit in Chinese: 元, 元/月, 元/年, 比率, 个, 岁, 个月, 是否.
    public var chineseDescription: String {
        switch self {
        case .money(let months): return months == 0 ? "元" : months == 1 ? "元/月" : "元/年"
        case .ratio: return "比率"
        case .count: return "个"
        case .years: return "岁"
        case .months: return "个月"
        case .flag: return "是否"
        }
    }

    /// Whether this is money with a period the engine knows: a sum (0), per month (1) or
    /// per year (12); any other unit counts as valid.
    public var isValid: Bool {
        if case .money(let months) = self { return months == 0 || months == 1 || months == 12 }
        return true
    }

    /// The unit in which quantities of units `a` and `b` are compared, added or subtracted:
    /// monthly and yearly money meet per year, a count meets a ratio as a ratio; `nil` when
    /// they do not fit together (a sum of money and an amount per period, money and a count).
    /// The rule catalog checks every comparison with this before anything is evaluated.
    public static func common(_ a: QuantityUnit, _ b: QuantityUnit) -> QuantityUnit? {
        guard a.isValid, b.isValid else { return nil }
        switch (a, b) {
        case (.money(let left), .money(let right)):
            if left == right { return a }
            return left != 0 && right != 0 ? .moneyPerYear : nil
        case (.ratio, .ratio), (.count, .count), (.years, .years), (.months, .months), (.flag, .flag):
            return a
        case (.count, .ratio), (.ratio, .count):
            return .ratio
        default:
            return nil
        }
    }

    /// The unit of a product `a × b`, or `nil` when the product is refused (money times
    /// money, a duration times a sum of money, flags). A duration times an amount per period
    /// is a sum: 24 months × 829 yuan/month = 19,896 yuan.
    public static func product(_ a: QuantityUnit, _ b: QuantityUnit) -> QuantityUnit? {
        guard a.isValid, b.isValid else { return nil }
        switch (a, b) {
        case (.months, .money(let period)) where period > 0, (.money(let period), .months) where period > 0,
             (.years, .money(let period)) where period > 0, (.money(let period), .years) where period > 0:
            return .moneySum
        case (.months, .money), (.money, .months), (.years, .money), (.money, .years):
            // A duration times a sum of money (not an amount per period) has no meaning.
            return nil
        case (.money, .ratio), (.money, .count): return a
        case (.ratio, .money), (.count, .money): return b
        case (.ratio, .ratio): return .ratio
        case (.count, .count): return .count
        case (.count, .ratio), (.ratio, .count): return .ratio
        case (.years, .ratio), (.months, .ratio), (.years, .count), (.months, .count): return a
        case (.ratio, .years), (.ratio, .months), (.count, .years), (.count, .months): return b
        default: return nil
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

        /// What went wrong, in Chinese and English, for a missing item.
        public var label: Label {
            let chinese = operation.contains("overflow")
                ? "数值过大，无法精确计算（\(left.chineseDescription) 与 \(right.chineseDescription)）"
                : "单位不能相互运算（\(left.chineseDescription) 与 \(right.chineseDescription)）"
            return Label(chinese, description)
        }
    }

    /// This quantity and `other` brought to their ``QuantityUnit/common(_:_:)`` unit for
    /// comparison or addition: monthly money is scaled × 12 to meet yearly money.
    private static func aligned(_ lhs: Quantity, _ rhs: Quantity, _ operation: String)
        throws(UnitMismatch) -> (Quantity, Quantity)
    {
        guard let unit = QuantityUnit.common(lhs.unit, rhs.unit) else {
            throw UnitMismatch(left: lhs.unit, right: rhs.unit, operation: operation)
        }
        return (try lhs.expressed(in: unit, operation), try rhs.expressed(in: unit, operation))
    }

    /// The same value in `unit`, which is this unit or its common unit with another.
    private func expressed(in target: QuantityUnit, _ operation: String) throws(UnitMismatch) -> Quantity {
        if target == unit { return self }
        if case .money(let period) = unit, target == .moneyPerYear, period > 0 {
            let (scaled, overflow) = numerator.multipliedReportingOverflow(by: Int128(12 / period))
            if overflow { throw UnitMismatch(left: unit, right: target, operation: operation + " (overflow)") }
            return Quantity(scaled, over: denominator, unit: target)
        }
        return Quantity(numerator, over: denominator, unit: target)
    }

    /// Compares exactly: negative if `self < other`, zero if equal, positive if greater.
    ///
    /// - Throws: ``UnitMismatch`` if the units cannot be compared, or an overflow as a
    ///   mismatch named "compare (overflow)".
    public func compare(to other: Quantity) throws(UnitMismatch) -> Int {
        if unit == other.unit && unit.isValid {
            // The common case: the same unit, so nothing is scaled.
            if denominator == other.denominator {
                return numerator < other.numerator ? -1 : numerator > other.numerator ? 1 : 0
            }
            let (left, o1) = numerator.multipliedReportingOverflow(by: other.denominator)
            let (right, o2) = other.numerator.multipliedReportingOverflow(by: denominator)
            if o1 || o2 { throw UnitMismatch(left: unit, right: other.unit, operation: "compare (overflow)") }
            return left < right ? -1 : left > right ? 1 : 0
        }
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
            let (difference, overflow) = lhs.numerator.subtractingReportingOverflow(rhs.numerator)
            if overflow { throw UnitMismatch(left: unit, right: other.unit, operation: "subtract (overflow)") }
            return Quantity(difference, over: lhs.denominator, unit: lhs.unit)
        }
        let (left, o1) = lhs.numerator.multipliedReportingOverflow(by: rhs.denominator)
        let (right, o2) = rhs.numerator.multipliedReportingOverflow(by: lhs.denominator)
        let (denominator, o3) = lhs.denominator.multipliedReportingOverflow(by: rhs.denominator)
        let (numerator, o4) = left.subtractingReportingOverflow(right)
        if o1 || o2 || o3 || o4 { throw UnitMismatch(left: unit, right: other.unit, operation: "subtract (overflow)") }
        let difference = Quantity(numerator, over: denominator, unit: lhs.unit)
        return denominator > (1 << 40) ? difference.reduced() : difference
    }

    /// `self + other`, exactly.
    public func adding(_ other: Quantity) throws(UnitMismatch) -> Quantity {
        guard other.numerator != .min else { throw UnitMismatch(left: unit, right: other.unit, operation: "add (overflow)") }
        return try subtracting(Quantity(-other.numerator, over: other.denominator, unit: other.unit))
    }

    /// The product of two quantities, in ``QuantityUnit/product(_:_:)``'s unit: a ratio or
    /// count scales money or another ratio or count; a duration times money per period is a
    /// sum; money times money is refused.
    public func multiplied(by other: Quantity) throws(UnitMismatch) -> Quantity {
        guard let unit = QuantityUnit.product(self.unit, other.unit) else {
            throw UnitMismatch(left: self.unit, right: other.unit, operation: "multiply")
        }
        var (numerator, o1) = self.numerator.multipliedReportingOverflow(by: other.numerator)
        var (denominator, o2) = self.denominator.multipliedReportingOverflow(by: other.denominator)
        var o3 = false
        // A duration times money per period: months / period, or years × 12 / period.
        switch (self.unit, other.unit) {
        case (.months, .money(let period)), (.money(let period), .months):
            if unit == .moneySum { (denominator, o3) = denominator.multipliedReportingOverflow(by: Int128(period)) }
        case (.years, .money(let period)), (.money(let period), .years):
            if unit == .moneySum {
                (numerator, o3) = numerator.multipliedReportingOverflow(by: 12)
                if !o3 { (denominator, o3) = denominator.multipliedReportingOverflow(by: Int128(period)) }
            }
        default:
            break
        }
        if o1 || o2 || o3 { throw UnitMismatch(left: self.unit, right: other.unit, operation: "multiply (overflow)") }
        let product = Quantity(numerator, over: denominator, unit: unit)
        // Reduce only when the denominator grows large: reduction costs 128-bit divisions.
        return denominator > (1 << 40) ? product.reduced() : product
    }

    /// The quotient `self / other` as a ratio (for shares such as spending / income).
    /// `nil` when `other` is zero.
    public func ratio(to other: Quantity) throws(UnitMismatch) -> Quantity? {
        let (lhs, rhs) = try Quantity.aligned(self, other, "divide")
        guard rhs.numerator != 0 else { return nil }
        var (numerator, o1) = lhs.numerator.multipliedReportingOverflow(by: rhs.denominator)
        var (denominator, o2) = lhs.denominator.multipliedReportingOverflow(by: rhs.numerator)
        if o1 || o2 || denominator == .min || (denominator < 0 && numerator == .min) {
            throw UnitMismatch(left: unit, right: other.unit, operation: "divide (overflow)")
        }
        if denominator < 0 {
            numerator = -numerator
            denominator = -denominator
        }
        return Quantity(numerator, over: denominator, unit: .ratio).reduced()
    }

    /// The same value with the fraction in lowest terms.
    public func reduced() -> Quantity {
        var a = numerator.magnitude
        var b = denominator.magnitude
        while b != 0 { (a, b) = (b, a % b) }
        // The divisor divides the positive denominator, so it fits in Int128.
        let divisor = a == 0 ? 1 : Int128(a)
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
            let (percent, overflow) = numerator.multipliedReportingOverflow(by: 100)
            return overflow ? "≈" + Quantity.decimal(numerator, denominator, maximumDecimals: 0) + "×"
                : Quantity.decimal(percent, denominator, maximumDecimals: 2) + "%"
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
        let (product, overflow) = numerator.multipliedReportingOverflow(by: scale)
        if overflow {
            // Beyond any real figure: show the whole part only, marked as rounded.
            return "≈" + String(RoundingRule.halfUp.divide(numerator, by: denominator))
        }
        let scaled = RoundingRule.halfUp.divide(product, by: denominator)
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

extension Quantity.UnitMismatch: AssistanceError {
    /// ``ErrorCode/unitMismatch``.
    public var code: ErrorCode { .unitMismatch }
    /// The root: a mismatch is about a computation, not one field.
    public var path: FieldPath { .root }
    /// The same as ``description``.
    public var message: String { description }
}
