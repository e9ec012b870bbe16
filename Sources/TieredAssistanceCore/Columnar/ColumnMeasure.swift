extension Measure {
    /// A measure over a block of ``HouseholdTable`` rows at once, for ``ColumnarEvaluator``:
    /// the columns it reads, by name, and a function that gives one value per row.
    ///
    /// A household measure gives one value per household of ``ColumnMeasureContext/rows``;
    /// a member measure one per member row. Values must be in the measure's declared unit
    /// (another unit makes that row undetermined, as with ``Evaluator``).
    ///
    /// ```swift
    /// Measure.ColumnForm(memberColumns: ["income_fen"]) { context, output in
    ///     let incomes = context.memberColumn(0)
    ///     for household in context.rows {
    ///         var total: Int64 = 0
    ///         for row in context.memberRows(of: household) { total += incomes[row] }
    ///         output.set(Quantity(Int128(total), unit: .moneyPerMonth), row: household)
    ///     }
    /// }
    /// ```
    public struct ColumnForm: Sendable {
        /// The household columns read, in the order ``ColumnMeasureContext/householdColumn(_:)`` numbers them.
        public let householdColumns: [String]
        /// The member columns read, in the order ``ColumnMeasureContext/memberColumn(_:)`` numbers them.
        public let memberColumns: [String]
        let compute: @Sendable (ColumnMeasureContext, inout ColumnMeasureOutput) -> Void

        /// Creates a column form reading these columns.
        public init(householdColumns: [String] = [], memberColumns: [String] = [],
                    compute: @escaping @Sendable (ColumnMeasureContext, inout ColumnMeasureOutput) -> Void) {
            self.householdColumns = householdColumns
            self.memberColumns = memberColumns
            self.compute = compute
        }
    }
}

/// What a ``Measure/ColumnForm`` reads: a block of a table, the evaluation day and the
/// parameters of each household's place. Rows and households are table positions.
public struct ColumnMeasureContext {
    /// The table.
    public let table: HouseholdTable
    /// The households of the block.
    public let households: Range<Int>
    /// The rows to measure: ``households`` for a household measure, their member rows for
    /// a member measure.
    public let rows: Range<Int>
    /// The evaluation day.
    public let day: Day
    @usableFromInline let householdColumns: [[Int64]]
    @usableFromInline let memberColumns: [[Int64]]
    @usableFromInline let memberHousehold: [Int32]
    let parametersByPlace: [ResolvedParameters]

    /// The values of the `position`-th household column the form declared, by household.
    @inlinable
    public func householdColumn(_ position: Int) -> [Int64] { householdColumns[position] }

    /// The values of the `position`-th member column the form declared, by member row.
    @inlinable
    public func memberColumn(_ position: Int) -> [Int64] { memberColumns[position] }

    /// The member rows of `household`.
    @inlinable
    public func memberRows(of household: Int) -> Range<Int> { table.memberRows(of: household) }

    /// The household of member row `row` (a row of this block).
    @inlinable
    public func household(ofMemberRow row: Int) -> Int {
        households.lowerBound + Int(memberHousehold[row - table.memberRows(of: households.lowerBound).lowerBound])
    }

    /// The path of a member field for missing-data reports, as ``MeasureContext/memberPath(_:)``
    /// names it: `members[1].labourCapacity` for member row `row`, the household's second member.
    public func memberPath(_ field: String, row: Int) -> FieldPath {
        FieldPath([.key("members"), .index(row - memberRows(of: household(ofMemberRow: row)).lowerBound), .key(field)])
    }

    /// The parameters resolved for `household`'s place on ``day``.
    public func parameters(ofHousehold household: Int) -> ResolvedParameters {
        parametersByPlace[table.placePosition(of: household)]
    }
}

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
