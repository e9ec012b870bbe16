/// An exact amount of Chinese yuan (人民币元), stored as a whole number of fen (分).
///
/// One yuan is 100 fen. Money never passes through floating point: it is built from
/// whole fen or yuan, parsed from decimal text with at most two decimals, and scaled
/// only by an exact ``Rate`` with an explicit ``RoundingRule``.
///
/// Supported arithmetic is deliberately small: money plus or minus money, money times a
/// whole count, and money times a rate (with rounding). There is no money times money.
///
/// - Important: `+`, `-` and ``multiplied(by:)-(Int)`` trap on `Int64` overflow, like
///   `Int64` itself; they never wrap. Amounts that come from input are bounded by
///   ``inputLimit`` when they are read, and the number of amounts in one household is
///   bounded too (see ``HouseholdLimits``), so sums of input amounts cannot overflow.
///   Code that combines unbounded amounts uses the `checked` variants, which throw
///   ``MoneyOverflow`` instead.
public struct Money: Sendable, Hashable, Comparable {
    /// The amount in fen (分).
    public let fen: Int64

    /// Creates an amount from a whole number of fen.
    @inlinable
    public init(fen: Int64) {
        self.fen = fen
    }

    /// Creates an amount from a whole number of yuan.
    ///
    /// - Important: Traps if `yuan × 100` does not fit in `Int64`.
    @inlinable
    public init(yuan: Int64) {
        self.fen = yuan * 100
    }

    /// Creates an amount from whole yuan and fen, for example `Money(yuan: 829, fen: 50)`
    /// for 829.50 yuan. Both parts take the sign of the amount; `fen` is 0...99.
    public init(yuan: Int64, fen: Int64) {
        precondition((0...99).contains(fen), "fen must be 0...99")
        self.fen = yuan >= 0 ? yuan * 100 + fen : yuan * 100 - fen
    }

    /// Zero yuan.
    public static let zero = Money(fen: 0)

    /// The largest amount accepted from input: 1,000,000,000,000.00 yuan (10^14 fen).
    ///
    /// Larger amounts in a household or policy file are rejected with an error naming the
    /// field. The bound keeps every sum of input amounts within `Int64` (see
    /// ``HouseholdLimits``) and is far above any real household's figures.
    public static let inputLimit = Money(fen: 100_000_000_000_000)

    /// Whether the amount is below zero.
    @inlinable
    public var isNegative: Bool { fen < 0 }

    /// Whether the amount is exactly zero.
    @inlinable
    public var isZero: Bool { fen == 0 }

    @inlinable
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
}

/// The error thrown when a checked money operation would not fit in `Int64` fen.
public struct MoneyOverflow: Error, Sendable, Hashable, CustomStringConvertible {
    /// The operation that overflowed, for example `"sum"` or `"1500.00 × 3"`.
    public let operation: String

    /// Creates the error for the named operation.
    public init(operation: String) {
        self.operation = operation
    }

    public var description: String {
        "money overflow in \(operation): the result does not fit in 64-bit fen"
    }
}

extension MoneyOverflow: AssistanceError {
    /// ``ErrorCode/moneyOverflow``.
    public var code: ErrorCode { .moneyOverflow }
    /// The root: an overflow is about a computation, not one field.
    public var path: FieldPath { .root }
    /// The same as ``description``.
    public var message: String { description }
}
