/// A stable program identifier such as `dibao` or `disability.living-subsidy`.
public struct ProgramID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String

    /// Creates an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }


    public var description: String { rawValue }

    public static func < (lhs: ProgramID, rhs: ProgramID) -> Bool { lhs.rawValue < rhs.rawValue }
}
