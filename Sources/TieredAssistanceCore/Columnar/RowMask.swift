/// The rows of one level of a block that a computation needs: `nil` for every row,
/// otherwise a flag per row.
///
/// ``ColumnarBlock`` evaluates as the household engine does without traces: a failed part
/// ends an `all`, a met part an `any`, a failed rule its program. Row by row, the parts
/// after the deciding one are not needed, so the block passes each part only the rows still
/// undecided, and a measure is measured only on the rows some condition needs (a measure
/// measured from the households costs far more than the column arithmetic). Values on other
/// rows are left unknown and are never read for a decision: a row drops out only once its
/// result is settled whatever the later parts give.
enum RowMask {
    /// Whether the rows `have` include every row of `want`.
    static func covers(_ have: [Bool]?, _ want: [Bool]?) -> Bool {
        guard let have else { return true }
        guard let want else { return !have.contains(false) }
        for row in 0..<want.count where want[row] && !have[row] { return false }
        return true
    }

    /// Whether `rows` include row `row`.
    @inline(__always)
    static func contains(_ rows: [Bool]?, _ row: Int) -> Bool {
        rows?[row] ?? true
    }

    /// The rows of `a` and of `b`.
    static func union(_ a: [Bool]?, _ b: [Bool]?) -> [Bool]? {
        guard var a, let b else { return nil }
        for row in 0..<a.count where b[row] { a[row] = true }
        return a
    }

    /// The rows of `rows` whose truth in `result` is not `settled` (``TruthBits/no`` for an
    /// `all`, ``TruthBits/yes`` for an `any`), and whether any is left. When no row of
    /// `rows` is settled, `rows` itself (no new mask is made).
    static func undecided(_ rows: [Bool]?, _ result: [UInt8], settled: UInt8) -> (rows: [Bool]?, anyLeft: Bool) {
        // One branch-free pass over raw bytes finds whether a wanted row is settled and
        // whether one is left (or-ing bytes, the compiler vectorises it 16 rows at a time);
        // the first settled row is looked for only when there is one.
        var settledSeen: UInt8 = 0
        var leftSeen: UInt8 = 0
        result.withUnsafeBufferPointer { result in
            if let rows {
                // A `Bool` is stored as the byte 0 or 1.
                rows.withUnsafeBytes { rows in
                    for row in 0..<result.count {
                        let isSettled: UInt8 = result[row] == settled ? 1 : 0
                        settledSeen |= rows[row] & isSettled
                        leftSeen |= rows[row] & (isSettled ^ 1)
                    }
                }
            } else {
                for row in 0..<result.count {
                    let isSettled: UInt8 = result[row] == settled ? 1 : 0
                    settledSeen |= isSettled
                    leftSeen |= isSettled ^ 1
                }
            }
        }
        let anyLeft = leftSeen != 0
        let firstSettled = settledSeen == 0 ? -1
            : (0..<result.count).first { result[$0] == settled && RowMask.contains(rows, $0) }!
        guard anyLeft else { return ([], false) }
        guard firstSettled >= 0 else { return (rows, true) }
        var left = rows ?? Array(repeating: true, count: result.count)
        result.withUnsafeBufferPointer { result in
            left.withUnsafeMutableBufferPointer { left in
                for row in firstSettled..<left.count where result[row] == settled { left[row] = false }
            }
        }
        return (left, true)
    }
}
