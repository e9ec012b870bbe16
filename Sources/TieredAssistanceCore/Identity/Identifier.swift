/// A typed identifier: `Household.ID` and `Member.ID` are different types, so one cannot
/// be passed where the other is expected.
///
/// Identifiers are opaque text chosen by the data source (a household number, a member
/// number within the household). They are not personal data and may appear in logs;
/// never use a resident ID number or a name as an identifier.
public struct Identifier<Owner>: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String

    /// Creates an identifier from its text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// Why `text` cannot be an identifier, or `nil` when it can: identifiers are 1 to 64
    /// ASCII letters, digits and `- _ . : / # + @` (no spaces, no control characters, no
    /// Chinese text that may be a name), with no run of 15 or more digits (a resident ID
    /// number), because they appear in outputs and logs.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "an identifier must not be empty" }
        if text.utf8.count > 64 { return "an identifier is at most 64 characters" }
        // A switch, not a set of the punctuation: every decoded id passes here.
        guard text.utf8.allSatisfy({ byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"),
                 UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "@"):
                return true
            default:
                return false
            }
        }) else {
            return "an identifier is ASCII letters, digits and - _ . : / # + @ (it appears in outputs and logs, so a name or other text is refused and not shown)"
        }
        if ResidentIDNumber.mayAppear(in: text) {
            return "an identifier must not hold 15 or more digits in a row: they may be a resident ID number, and identifiers appear in outputs and logs"
        }
        return nil
    }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
