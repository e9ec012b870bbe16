/// Decides whole tables of households block by block, column by column: each measure
/// once per block through its ``Measure/ColumnForm``, each condition, operand and amount
/// of the catalog over every row of the block at once.
///
/// It decides exactly what ``Evaluator/decide(_:on:parameters:into:scratch:)`` decides for
/// the same households (tiers, statuses, amounts; the same three-valued logic, units,
/// rounding, overflow and local rule variants). ``TableDecisions`` names no missing facts;
/// for explanations (and what an undetermined household lacks), decide with a
/// ``TableTraces`` and build the households' ``Evaluation``s from it, or use ``Evaluator``.
/// Every measure of the catalog needs a column form. Where ``Evaluator`` decides over ranges
/// (``QuantityRange``: a parameter with no value at the household's place, an amount the
/// columns could not compute), the household is decided again by ``Evaluator`` from the
/// columns this run recorded, and its decisions taken; a measure that gives ranges must have
/// no column form (columns hold a value or nothing).
///
/// ```swift
/// let columnar = try ColumnarEvaluator(Evaluator(catalog: catalog, book: book))
/// var decisions = TableDecisions()
/// try columnar.decide(table, on: day, into: &decisions)
/// let tier = decisions.tier(ofHousehold: 0)
/// ```
///
/// One call works on one thread; decide disjoint ranges of a table on several threads,
/// each into its own ``TableDecisions`` (and ``TableTraces``).
public struct ColumnarEvaluator: Sendable {
    /// The evaluator whose catalog and book are used.
    public let evaluator: Evaluator
    /// The default ``blockSize``: 1,024 households (about 3,000 member rows) keep a block's
    /// columns in the processor's cache while spreading the per-block work over many rows.
    public static let defaultBlockSize = 1024
    /// Households per block.
    public let blockSize: Int
    let forms: [Measure.ColumnForm]

    /// The catalog has measures without a ``Measure/ColumnForm``.
    ///
    /// (Member-by-member order, which ``Evaluator`` follows, never matters: ``RuleCatalog``
    /// refuses member quantifiers inside member-scope rules and amounts, so a member's
    /// decision cannot read another member's status of the same program.)
    public struct Unsupported: Error, Sendable, Hashable, CustomStringConvertible {
        /// The measures that have no column form.
        public let measures: [MeasureID]

        public var description: String {
            "measures without a column form: " + measures.map(\.rawValue).joined(separator: ", ")
        }
    }

    /// A table lacks a column a measure reads.
    public struct MissingColumn: Error, Sendable, Hashable, CustomStringConvertible {
        /// The measure.
        public let measure: MeasureID
        /// The column's name.
        public let column: String
        /// Whether it is a household or a member column.
        public let scope: Scope

        public var description: String { "measure \(measure) reads \(scope) column \(column), which the table does not have" }
    }

    /// Creates a columnar evaluator for `evaluator`'s catalog and book, deciding
    /// `blockSize` households at a time (at least 1).
    ///
    /// - Throws: ``Unsupported`` when a measure of the catalog has no column form.
    public init(_ evaluator: Evaluator, blockSize: Int = ColumnarEvaluator.defaultBlockSize) throws(Unsupported) {
        precondition(blockSize >= 1, "a block holds at least one household")
        self.blockSize = blockSize
        var forms: [Measure.ColumnForm] = []
        var lacking: [MeasureID] = []
        for measure in evaluator.catalog.measures {
            if let form = measure.columnForm { forms.append(form) } else { lacking.append(measure.id) }
        }
        guard lacking.isEmpty else { throw Unsupported(measures: lacking) }
        self.evaluator = evaluator
        self.forms = forms
    }

    /// Decides `households` of `table` (all of them by default) on `day` into `decisions`,
    /// resolving each place's parameters from the book once.
    ///
    /// - Throws: ``MissingColumn`` when a measure reads a column the table lacks.
    public func decide(_ table: HouseholdTable, households: Range<Int>? = nil, on day: Day,
                       into decisions: inout TableDecisions) throws(MissingColumn) {
        var traces: TableTraces?
        try decide(table, households: households, on: day, into: &decisions, traces: &traces)
    }

    /// Decides as ``decide(_:households:on:into:)`` and keeps the explanations in `traces`
    /// (replacing what it held): every measure's value and every rule's truth for every
    /// household and member of `households`, from which
    /// ``TableTraces/evaluation(ofHousehold:id:memberIDs:)`` builds any household's full
    /// explanation.
    ///
    /// - Throws: ``MissingColumn`` when a measure reads a column the table lacks, before
    ///   deciding anything: `decisions` and `traces` are then left as they were (check
    ///   their ``TableDecisions/households`` and ``TableTraces/households`` after a failure).
    public func decide(_ table: HouseholdTable, households: Range<Int>? = nil, on day: Day,
                       into decisions: inout TableDecisions, traces: inout TableTraces) throws(MissingColumn) {
        // Moved out and back, so the blocks are appended to a uniquely referenced array.
        var kept: TableTraces? = traces
        traces = TableTraces()
        defer { traces = kept! }
        try decide(table, households: households, on: day, into: &decisions, traces: &kept)
    }

    private func decide(_ table: HouseholdTable, households: Range<Int>?, on day: Day,
                        into decisions: inout TableDecisions, traces: inout TableTraces?) throws(MissingColumn) {
        let range = households ?? 0..<table.count
        precondition(range.lowerBound >= 0 && range.upperBound <= table.count, "households outside the table")
        let catalog = evaluator.catalog
        var columns: [MeasureColumns] = []
        for (index, form) in forms.enumerated() {
            var householdPositions: [Int] = []
            var memberPositions: [Int] = []
            for name in form.householdColumns {
                guard let position = table.householdColumn(named: name) else {
                    throw MissingColumn(measure: catalog.measures[index].id, column: name, scope: .household)
                }
                householdPositions.append(position)
            }
            for name in form.memberColumns {
                guard let position = table.memberColumn(named: name) else {
                    throw MissingColumn(measure: catalog.measures[index].id, column: name, scope: .member)
                }
                memberPositions.append(position)
            }
            columns.append(MeasureColumns(household: householdPositions, member: memberPositions))
        }
        let plan = ColumnarPlan(catalog: catalog, book: evaluator.book, places: table.places, day: day, forms: forms,
                                columns: columns)
        decisions.begin(catalog: catalog, table: table, households: range)
        traces?.begin(evaluator: evaluator, table: table, households: range, day: day, parameters: plan.parameters,
                      blockSize: blockSize)
        // Places where a parameter the rules read has no value: there the household engine
        // decides some comparisons and amounts over ranges (``QuantityRange``), which columns do not hold.
        let readParameters = Set(catalog.compiled.operands.filter { $0.kind == .parameter }.map { Int($0.index) })
        let rangePlaces = plan.parameters.map { resolved in
            readParameters.contains { if case .absent = resolved[$0] { return true } else { return false } }
        }
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(start + blockSize, range.upperBound)
            var block = ColumnarBlock(plan: plan, table: table, households: start..<end, keepsRuleTruths: traces != nil)
            block.run(into: &decisions)
            // Households the household engine may decide further: at such a place, or with an
            // eligible program whose amount the columns left unknown (an amount can be known
            // over ranges, as when both branches of an unknown condition pay the same).
            let settling = (start..<end).filter { household in
                !decisions.isComplete(household: household)
                    && (rangePlaces[table.placePosition(of: household)] || decisions.lacksAnAmount(household: household))
            }
            if traces != nil || !settling.isEmpty {
                if !settling.isEmpty { block.measureAll() }
                let measured = block.measured()
                for household in settling {
                    settleOverRanges(household, table: table, block: measured, day: day, parameters: plan.parameters,
                                     into: &decisions)
                }
                traces?.blocks.append(measured)
            }
            start = end
        }
    }

    /// Decides `household` again with the household engine over the measures the block
    /// recorded (every measure, ``ColumnarBlock/measureAll()``; none is measured twice), and takes from it what the columns left
    /// undetermined and it decides over ranges: the statuses, amounts and tier of the
    /// household engine, which is the oracle.
    private func settleOverRanges(_ household: Int, table: HouseholdTable, block: MeasuredBlock, day: Day,
                                  parameters: [ResolvedParameters], into decisions: inout TableDecisions) {
        let rows = table.memberRows(of: household)
        let place = table.places[table.placePosition(of: household)]
        let skeleton = Household(id: Household.ID("row-\(household)"), jurisdiction: place.jurisdiction, residence: place.residence,
                                 members: (0..<rows.count).map { Member(id: Member.ID("m\($0 + 1)"), relationship: .applicant, birthDate: day) })
        let householdRow = household - block.households.lowerBound
        let firstMemberRow = rows.lowerBound - block.firstMemberRow
        let recorded = RecordedMeasures { measure, member in
            block.outcome(measure, row: member.map { firstMemberRow + $0 } ?? householdRow)
        }
        var decision = Decision()
        evaluator.decide(skeleton, on: day, parameters: parameters[table.placePosition(of: household)], into: &decision,
                         recorded: recorded)
        decisions.settle(household: household, with: decision)
    }
}

extension ColumnarEvaluator.Unsupported: AssistanceError {
    /// ``ErrorCode/unsupportedByColumnarEngine``.
    public var code: ErrorCode { .unsupportedByColumnarEngine }
    /// The root: the measures are named in ``message``.
    public var path: FieldPath { .root }
    /// The same as ``description``.
    public var message: String { description }
}

extension ColumnarEvaluator.MissingColumn: AssistanceError {
    /// ``ErrorCode/unsupportedByColumnarEngine``.
    public var code: ErrorCode { .unsupportedByColumnarEngine }
    /// The missing column's name.
    public var path: FieldPath { FieldPath([.key(column)]) }
    /// The same as ``description``.
    public var message: String { description }
}
