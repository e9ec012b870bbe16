/// An exact, non-negative ratio such as 1.5× (the 低保边缘 multiple) or 70 % (a
/// rigid-expenditure share), stored as a reduced fraction of two integers.
///
/// Rates never pass through floating point. Comparisons cross-multiply in 128-bit
/// arithmetic, so `income < 1.5 × standard × persons` is decided exactly as
/// `2 × income < 3 × standard × persons`.
public struct Rate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The numerator of the reduced fraction (>= 0).
    public let numerator: Int64
    /// The denominator of the reduced fraction (> 0).
    public let denominator: Int64

    /// Creates the rate `numerator / denominator`, reduced to lowest terms.
    ///
    /// - Precondition: `numerator >= 0` and `denominator > 0`.
    public init(_ numerator: Int64, over denominator: Int64) {
        precondition(numerator >= 0, "a rate is not negative")
        precondition(denominator > 0, "a rate's denominator is positive")
        let divisor = Rate.greatestCommonDivisor(numerator, denominator)
        self.numerator = numerator / divisor
        self.denominator = denominator / divisor
    }

    /// A whole multiple, for example `Rate.times(2)` for 2×.
    public static func times(_ multiple: Int64) -> Rate {
        Rate(multiple, over: 1)
    }

    /// A percentage, for example `Rate.percent(70)` for 70 %.
    public static func percent(_ value: Int64) -> Rate {
        Rate(value, over: 100)
    }

    /// Parses a plain decimal such as `"1.5"`, `"0.7"` or `"10"` (at most 9 decimals,
    /// no sign, no exponent). Returns `nil` for anything else.
    public init?(decimal text: String) {
        guard let value = FixedPointDecimal.parseRate(Array(text.utf8)) else { return nil }
        self = value
    }

    /// Zero.
    public static let zero = Rate(0, over: 1)
    /// One (100 %).
    public static let one = Rate(1, over: 1)

    public static func < (lhs: Rate, rhs: Rate) -> Bool {
        Int128(lhs.numerator) * Int128(rhs.denominator) < Int128(rhs.numerator) * Int128(lhs.denominator)
    }

    /// The rate as an exact decimal if it has one with at most 9 decimals (`"1.5"`,
    /// `"0.7"`), otherwise as a fraction (`"1/3"`).
    public var description: String {
        Rate.decimalText(Int128(numerator), Int128(denominator))
    }

    /// The rate written as a percentage, for example `"70%"` or `"150%"`; a rate with no
    /// short decimal form is written as a fraction of percent (`"100/3%"`).
    public var percentDescription: String {
        Rate.decimalText(Int128(numerator) * 100, Int128(denominator)) + "%"
    }

    /// The rate as a percentage rounded half-up to `decimals` places, trailing zeros
    /// removed: `"3.33%"` for 1/30, `"70%"` for 0.7. For display only.
    public func roundedPercentDescription(decimals: Int = 2) -> String {
        Quantity.decimal(Int128(numerator) * 100, Int128(denominator), maximumDecimals: decimals) + "%"
    }

    private static func decimalText(_ numerator: Int128, _ denominator: Int128) -> String {
        var scaled = numerator
        var decimals = 0
        while scaled % denominator != 0 && decimals < 9 {
            scaled *= 10
            decimals += 1
        }
        guard scaled % denominator == 0 else {
            let divisor = greatestCommonDivisor(numerator, denominator)
            return "\(numerator / divisor)/\(denominator / divisor)"
        }
        var digits = String(scaled / denominator)
        guard decimals > 0 else { return digits }
        while digits.count <= decimals { digits = "0" + digits }
        let split = digits.index(digits.endIndex, offsetBy: -decimals)
        return digits[..<split] + "." + digits[split...]
    }

    static func greatestCommonDivisor<Value: BinaryInteger>(_ a: Value, _ b: Value) -> Value {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }
}
