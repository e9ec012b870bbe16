/// A stable measure identifier, such as `income.counted-monthly-per-person`.
public struct MeasureID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String

    /// Creates an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }


    public var description: String { rawValue }

    public static func < (lhs: MeasureID, rhs: MeasureID) -> Bool { lhs.rawValue < rhs.rawValue }
}
