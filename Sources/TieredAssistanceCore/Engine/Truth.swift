/// Three-valued truth for conditions over incomplete data: a condition holds, fails, or
/// cannot be decided because a fact or a parameter is missing.
///
/// `all` is false if any part is false, else unknown if any part is unknown; `any` is true
/// if any part is true, else unknown if any part is unknown; `not` keeps unknown.
public enum Truth: Sendable, Hashable {
    /// The condition holds.
    case yes
    /// The condition fails.
    case no
    /// A fact or parameter the condition needs is missing.
    case unknown

    /// The negation; unknown stays unknown.
    @inlinable
    public var negated: Truth {
        switch self {
        case .yes: return .no
        case .no: return .yes
        case .unknown: return .unknown
        }
    }

    /// A definite truth from a Boolean.
    @inlinable
    public init(_ value: Bool) {
        self = value ? .yes : .no
    }
}
