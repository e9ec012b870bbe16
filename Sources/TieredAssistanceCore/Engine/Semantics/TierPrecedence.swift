/// Precedence over the exclusive tiers (特困 > 低保 > 低保边缘 > 刚性支出困难): the one rule
/// both engines apply to settle a household's tier.
enum TierPrecedence {
    /// The tiers still possible after ``settle(_:status:)`` left some pending: those, then
    /// the winner, if any.
    static func stillPossible(_ settled: (winner: Int?, pending: [Int])) -> [Int] {
        settled.pending + (settled.winner.map { [$0] } ?? [])
    }

    /// Precedence over tiers (program positions in rank order): the first eligible tier
    /// wins, the undetermined tiers ranked above it are still possible. With `pending`
    /// non-empty the tier is undetermined (among `pending` and the winner, if any). Shared
    /// by both engines.
    static func settle(_ tiersByRank: [Int], status: (Int) -> ProgramStatus) -> (winner: Int?, pending: [Int]) {
        var pending: [Int] = []
        for position in tiersByRank {
            switch status(position) {
            case .eligible: return (position, pending)
            case .undetermined: pending.append(position)
            case .notEligible, .notApplicable: continue
            }
        }
        return (nil, pending)
    }
}
