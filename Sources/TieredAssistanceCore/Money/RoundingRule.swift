/// How an exact quotient is rounded to a whole fen.
///
/// Policy texts rarely state a rounding rule. The library never rounds implicitly: every
/// operation that can produce a fraction of a fen takes a `RoundingRule`.
///
/// | rule | 2.5 | 3.5 | −2.5 | 2.4 | 2.6 |
/// |---|---|---|---|---|---|
/// | ``halfUp`` | 3 | 4 | −3 | 2 | 3 |
/// | ``halfEven`` | 2 | 4 | −2 | 2 | 3 |
/// | ``down`` | 2 | 3 | −3 | 2 | 2 |
/// | ``up`` | 3 | 4 | −2 | 3 | 3 |
/// | ``towardZero`` | 2 | 3 | −2 | 2 | 2 |
public enum RoundingRule: String, Sendable, Hashable, CaseIterable {
    /// To the nearest fen; halves away from zero (四舍五入). The default for payments.
    case halfUp = "half-up"
    /// To the nearest fen; halves to the even neighbour (banker's rounding).
    case halfEven = "half-even"
    /// Toward negative infinity (floor).
    case down
    /// Toward positive infinity (ceiling).
    case up
    /// Toward zero (truncation).
    case towardZero = "toward-zero"

    /// Divides exactly and rounds the quotient by this rule.
    ///
    /// - Precondition: `divisor > 0`.
    package func divide(_ dividend: Int128, by divisor: Int128) -> Int128 {
        precondition(divisor > 0, "divisor must be positive")
        // Floor division first, then adjust.
        var quotient = dividend / divisor
        var remainder = dividend % divisor
        if remainder < 0 {
            quotient -= 1
            remainder += divisor
        }
        // Now dividend = quotient × divisor + remainder with 0 <= remainder < divisor.
        if remainder == 0 { return quotient }
        switch self {
        case .down:
            return quotient
        case .up:
            return quotient + 1
        case .towardZero:
            return dividend < 0 ? quotient + 1 : quotient
        case .halfUp, .halfEven:
            let twice = remainder * 2
            if twice < divisor { return quotient }
            if twice > divisor { return quotient + 1 }
            // Exactly half.
            if self == .halfUp {
                return dividend < 0 ? quotient : quotient + 1
            }
            return quotient % 2 == 0 ? quotient : quotient + 1
        }
    }
}
