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

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
