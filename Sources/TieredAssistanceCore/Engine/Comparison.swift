/// A comparison operator, named after the policy wording it encodes.
public enum Comparison: String, Sendable, Hashable, CaseIterable {
    /// 低于 (below): `<`.
    case lessThan = "<"
    /// 不高于 / 不超过 (not above): `<=`.
    case atMost = "<="
    /// 超过 / 高于 (exceeds): `>`.
    case greaterThan = ">"
    /// 以上 / 不低于 (at least): `>=`.
    case atLeast = ">="
    /// 等于 (equals): `==`.
    case equal = "=="

    /// Whether `order` (negative, zero, positive for less, equal, greater) satisfies this.
    @inlinable
    public func holds(forOrder order: Int) -> Bool {
        switch self {
        case .lessThan: return order < 0
        case .atMost: return order <= 0
        case .greaterThan: return order > 0
        case .atLeast: return order >= 0
        case .equal: return order == 0
        }
    }

    /// The policy word: 低于, 不高于, 超过, 不低于, 等于.
    public var chineseWord: String {
        switch self {
        case .lessThan: return "低于"
        case .atMost: return "不高于"
        case .greaterThan: return "超过"
        case .atLeast: return "不低于"
        case .equal: return "等于"
        }
    }

    /// The English phrase: below, at most, above, at least, equal to.
    public var englishWord: String {
        switch self {
        case .lessThan: return "below"
        case .atMost: return "at most"
        case .greaterThan: return "above"
        case .atLeast: return "at least"
        case .equal: return "equal to"
        }
    }
}
