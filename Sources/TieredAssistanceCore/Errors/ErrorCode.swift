/// The kind of an error, by a stable name (`unknown-key`, `money-overflow`) that scripts
/// and tests can match. New kinds may be added, so match with `==`, not an exhaustive
/// switch.
public struct ErrorCode: Sendable, Hashable, CustomStringConvertible {
    /// The code's stable name, for example `unknown-key`.
    public let name: String

    private init(_ name: String) { self.name = name }

    /// Not well-formed JSON.
    public static let syntax = ErrorCode("syntax")
    /// A value of the wrong JSON type (a string where a number belongs).
    public static let wrongType = ErrorCode("wrong-type")
    /// An object key the format does not define (often a typo).
    public static let unknownKey = ErrorCode("unknown-key")
    /// The same key twice in one object.
    public static let duplicateKey = ErrorCode("duplicate-key")
    /// A required key is absent.
    public static let missingKey = ErrorCode("missing-key")
    /// A value outside its vocabulary or not a valid day, code or identifier.
    public static let invalidValue = ErrorCode("invalid-value")
    /// A number outside its allowed range (a disability grade of 5).
    public static let outOfRange = ErrorCode("out-of-range")
    /// An amount with more than 2 decimals.
    public static let tooManyDecimals = ErrorCode("too-many-decimals")
    /// A negative amount.
    public static let negativeAmount = ErrorCode("negative-amount")
    /// An amount above ``Money/inputLimit`` or a number too large to hold.
    public static let tooLarge = ErrorCode("too-large")
    /// A list, string, record or nesting deeper than a documented limit.
    public static let limitExceeded = ErrorCode("limit-exceeded")
    /// Bytes that are not valid UTF-8.
    public static let invalidUTF8 = ErrorCode("invalid-utf8")
    /// Two records with the same identifier.
    public static let duplicateID = ErrorCode("duplicate-id")
    /// A reference to a member (or other record) that does not exist.
    public static let unknownReference = ErrorCode("unknown-reference")
    /// A resident ID number that fails validation.
    public static let invalidResidentID = ErrorCode("invalid-resident-id")
    /// Values that contradict each other (no applicant, a birth after the event).
    public static let inconsistent = ErrorCode("inconsistent")
    /// A format version this library does not read.
    public static let unsupportedVersion = ErrorCode("unsupported-version")

    // MARK: Errors outside input data

    /// A checked money operation whose result does not fit in 64-bit fen.
    public static let moneyOverflow = ErrorCode("money-overflow")
    /// Two quantities whose units cannot be compared or combined.
    public static let unitMismatch = ErrorCode("unit-mismatch")
    /// A rule catalog whose rules, programs or measures do not fit together.
    public static let inconsistentCatalog = ErrorCode("inconsistent-catalog")
    /// A policy book and a rule catalog built on different parameter catalogs.
    public static let catalogMismatch = ErrorCode("catalog-mismatch")
    /// A calculator that lacks parameters or finds them contradictory.
    public static let calculationFailed = ErrorCode("calculation-failed")
    /// A catalog or table the columnar engine cannot run.
    public static let unsupportedByColumnarEngine = ErrorCode("unsupported-by-columnar-engine")

    public var description: String { name }
}
