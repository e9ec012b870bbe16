import Testing
@testable import TieredAssistanceCore

/// `RowMask.undecided` is what lets the columnar engine skip the parts after the deciding
/// one: checked against a plain row-by-row reading on random masks and truths.
@Suite("Row masks")
struct RowMaskTests {
    /// The rows of `rows` whose truth is not `settled`, read row by row.
    private func expected(_ rows: [Bool]?, _ result: [UInt8], settled: UInt8) -> (rows: [Bool], anyLeft: Bool) {
        let left = result.indices.map { (rows?[$0] ?? true) && result[$0] != settled }
        return (left, left.contains(true))
    }

    @Test("undecided keeps exactly the wanted rows not settled, and says whether any is left")
    func undecidedMatchesRowByRow() {
        var random = SplitMix64(state: 21)
        let truths = [TruthBits.yes, TruthBits.no, TruthBits.unknown]
        for trial in 0..<2_000 {
            let count = random.below(300)
            let result = (0..<count).map { _ in truths[random.below(3)] }
            // Every third trial has no mask (every row wanted); `shortPaths` covers the
            // masks with no row settled or every row settled.
            let rows: [Bool]? = trial % 3 == 0 ? nil : (0..<count).map { _ in random.below(4) != 0 }
            for settled in [TruthBits.no, TruthBits.yes] {
                let (left, anyLeft) = RowMask.undecided(rows, result, settled: settled)
                let want = expected(rows, result, settled: settled)
                #expect(anyLeft == want.anyLeft, "trial \(trial)")
                if anyLeft {
                    #expect((left ?? Array(repeating: true, count: count)) == want.rows, "trial \(trial)")
                }
            }
        }
    }

    @Test("no row settled hands back the same mask; every row settled leaves none")
    func shortPaths() {
        let result = [TruthBits.yes, TruthBits.unknown, TruthBits.yes]
        let none = RowMask.undecided(nil, result, settled: TruthBits.no)
        #expect(none.rows == nil && none.anyLeft)
        let mask = [true, false, true]
        #expect(RowMask.undecided(mask, result, settled: TruthBits.no).rows == mask)
        let all = RowMask.undecided(mask, [TruthBits.no, TruthBits.yes, TruthBits.no], settled: TruthBits.no)
        #expect(!all.anyLeft)
        #expect(RowMask.undecided([], [], settled: TruthBits.no).anyLeft == false)
    }
}
