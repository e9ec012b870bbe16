/// Where a ``Measure/ColumnForm`` puts its values: one per row of
/// ``ColumnMeasureContext/rows``, or what is missing for that row. A row left unset is
/// missing (with no reason given); a value in another unit than the measure's is refused
/// (the row is missing, as with ``Evaluator``); a row outside the context's rows stops the
/// program (a precondition).
///
/// It writes straight into the block's column and is valid only while the form's function
/// runs, so it cannot be copied (`~Copyable`).
public struct ColumnMeasureOutput: ~Copyable {
    @usableFromInline let first: Int
    @usableFromInline let unit: QuantityUnit
    // The column's own storage, valid while the form's `compute` runs (see
    // `ValueColumn.fill`): a value is stored without the copy-on-write check an array's
    // element assignment makes, which cost about a tenth of a block's time.
    @usableFromInline let numerators: UnsafeMutableBufferPointer<Int128>
    @usableFromInline let denominators: UnsafeMutableBufferPointer<Int128>
    @usableFromInline let known: UnsafeMutableBufferPointer<Bool>
    @usableFromInline let measure: MeasureID
    /// What rows that could not be measured lack, by block-relative row (rare, so a list).
    @usableFromInline var missing: [(row: Int, items: [MissingItem])] = []

    init(first: Int, unit: QuantityUnit, measure: MeasureID, numerators: UnsafeMutableBufferPointer<Int128>,
         denominators: UnsafeMutableBufferPointer<Int128>, known: UnsafeMutableBufferPointer<Bool>) {
        self.first = first
        self.unit = unit
        self.measure = measure
        self.numerators = numerators
        self.denominators = denominators
        self.known = known
    }

    /// The block-relative index of table row `row`, which must be one of the context's rows.
    @inlinable @inline(__always)
    func index(_ row: Int) -> Int {
        let index = row &- first
        precondition(index >= 0 && index < known.count, "row \(row) is not one of the rows being measured")
        return index
    }

    /// Sets the value of row `row`.
    @inlinable
    public mutating func set(_ value: Quantity, row: Int) {
        let index = index(row)
        guard value.unit == unit else {
            refuse(value.unit, at: index)
            return
        }
        numerators[index] = value.numerator
        denominators[index] = value.denominator
        known[index] = true
    }

    @usableFromInline
    mutating func refuse(_ given: QuantityUnit, at index: Int) {
        known[index] = false
        missing.append((index, [EvaluationRun.unitBroken(measure, gave: given, declared: unit)]))
    }

    /// Records that row `row` cannot be measured, and why. The conditions that read the row
    /// are undetermined, as with ``Evaluator``; ``TableDecisions`` does not list the reasons,
    /// ``TableTraces`` keeps them for the household's explanation.
    public mutating func setMissing(_ items: [MissingItem], row: Int) {
        let index = index(row)
        known[index] = false
        missing.append((index, items))
    }
}
