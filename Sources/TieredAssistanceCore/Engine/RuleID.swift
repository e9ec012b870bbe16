/// A stable rule identifier such as `dibao.income-test`, cited in explanations and
/// RULES.md. Renaming one is a breaking change.
public struct RuleID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String

    /// Creates an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }


    public var description: String { rawValue }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
