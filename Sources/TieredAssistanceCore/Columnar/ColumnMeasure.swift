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
