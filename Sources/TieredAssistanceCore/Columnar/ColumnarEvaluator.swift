/// Decides whole tables of households block by block, column by column: each measure
/// once per block (through its ``Measure/ColumnForm``, or, in a table made of households,
/// from the households themselves), each condition, operand and amount of the catalog over
/// the rows of the block at once. Without traces, as ``Evaluator`` does, a part of a
/// condition is computed only on the rows its group has not settled (a failed part ends an
/// `all`, a met one an `any`, a failed rule its program), and a measure measured from the
/// households only on the rows a condition needs.
///
/// It decides exactly what ``Evaluator/decide(_:on:parameters:into:scratch:)`` decides for
/// the same households (tiers, statuses, amounts; the same three-valued logic, units,
/// rounding, overflow and local rule variants). ``TableDecisions`` names no missing facts;
/// ``decide(_:households:on:each:)`` hands over each household's full ``Decision``, what
/// its undetermined programs lack included (read from the block's columns);
/// ``evaluate(_:households:on:each:)`` its ``Evaluation`` without traces; for explanations,
/// decide with a ``TableTraces`` or use ``Evaluator``. Where ``Evaluator`` decides over ranges (``QuantityRange``: a
/// parameter with no value at the household's place, a measure that gave a range, an
/// amount the columns could not compute), the household is decided again by ``Evaluator``
/// and its decisions taken: columns hold a value or nothing.
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
    /// Per measure: its column form, if it has one.
    let forms: [Measure.ColumnForm?]

    /// A table lacks a column a measure reads, or holds no households to measure a measure
    /// that has no column form.
    ///
    /// (Member-by-member order, which ``Evaluator`` follows, never matters: ``RuleCatalog``
    /// refuses member quantifiers inside member-scope rules and amounts, so a member's
    /// decision cannot read another member's status of the same program.)
    public struct MissingColumn: Error, Sendable, Hashable, CustomStringConvertible {
        /// The measure.
        public let measure: MeasureID
        /// The column's name; `nil` when the measure has no column form and the table is not
        /// made of households (``HouseholdTable/init(households:)``).
        public let column: String?
        /// Whether it is a household or a member column.
        public let scope: Scope

        public var description: String {
            guard let column else {
                return "measure \(measure) has no column form and the table holds no households to measure it from"
            }
            return "measure \(measure) reads \(scope) column \(column), which the table does not have"
        }
    }

    /// Creates a columnar evaluator for `evaluator`'s catalog and book, deciding
    /// `blockSize` households at a time (at least 1). In a table made of households every
    /// measure is measured from the households; a table of columns needs every measure's
    /// column form.
    public init(_ evaluator: Evaluator, blockSize: Int = ColumnarEvaluator.defaultBlockSize) {
        precondition(blockSize >= 1, "a block holds at least one household")
        self.blockSize = blockSize
        self.evaluator = evaluator
        self.forms = evaluator.catalog.measures.map(\.columnForm)
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

    /// Decides `households` of `table` (all of them by default) on `day` and hands each
    /// household's ``Decision`` to `body`, in table order: exactly what
    /// ``Evaluator/decide(_:on:parameters:into:scratch:)`` gives for it, what undetermined
    /// programs lack included.
    ///
    /// The columns decide every program, and what an undetermined program lacks is read
    /// from them (the unknown conditions' missing measures and parameters). Where the
    /// household engine could decide more over ranges (a measure of the household gave a
    /// range, an undetermined program reads a parameter without a value at the place, an
    /// eligible program's amount is unknown), it evaluates the programs the columns left open,
    /// taking the others' statuses from the columns: three-valued logic never undoes a
    /// decided condition when an unknown becomes known, so what the columns decided is what
    /// the household engine decides.
    ///
    /// The household's ``Decision/household`` is its id for a table made of households,
    /// `row-N` (its table position) otherwise; member ids likewise (`m1`, `m2`, … otherwise).
    ///
    /// - Throws: ``MissingColumn`` when a measure reads a column the table lacks, or has no
    ///   column form and the table is not made of households, before deciding anything.
    public func decide(_ table: HouseholdTable, households: Range<Int>? = nil, on day: Day,
                       each body: (_ household: Int, _ decision: Decision) -> Void) throws(MissingColumn) {
        let scratch = EvaluationScratch()
        var decision = Decision()
        try forEachBlock(table, households: households, on: day) { block, decisions, plan in
            var measured: MeasuredBlock?
            for household in block.households {
                if decisions.isComplete(household: household)
                    || (!block.gaveRange(household: household) && !decisions.lacksAnAmount(household: household)) {
                    // From the columns, with what undetermined programs lack, unless the
                    // household engine might decide one of them over ranges.
                    var walked = true
                    decision.fill(subject(household, table: table, day: day), day: day, catalog: evaluator.catalog, from: decisions,
                                  position: household) { program, member in
                        guard walked, let items = block.missingItems(program: program, household: household - block.households.lowerBound,
                                                                     member: member, overRanges: evaluator.decidesOverRanges) else {
                            walked = false
                            return []
                        }
                        return items
                    }
                    if walked {
                        body(household, decision)
                        continue
                    }
                }
                // The household engine decides what the columns left open, over ranges where it can.
                let columns = ColumnStatuses(decisions: decisions, household: household, catalog: evaluator.catalog)
                let parameters = plan.parameters[table.placePosition(of: household)]
                if let households = table.households {
                    evaluator.decide(households[household], on: day, parameters: parameters, into: &decision,
                                     scratch: scratch, recorded: nil, columns: columns)
                } else {
                    if measured == nil {
                        block.measureAll()
                        measured = block.measured()
                    }
                    evaluator.decide(subject(household, table: table, day: day), on: day, parameters: parameters, into: &decision,
                                     scratch: scratch, recorded: recorded(household, table: table, block: measured!), columns: columns)
                }
                body(household, decision)
            }
        }
    }

    /// Decides `households` of `table` (all of them by default) on `day` and hands each
    /// household's ``Evaluation`` without traces to `body`, in table order: exactly what
    /// ``Evaluator/evaluate(_:on:parameters:tracing:scratch:)`` gives with `tracing: false`.
    /// The columns decide every program; the household engine then evaluates the programs
    /// that are not decided not eligible (a ``Determination`` holds an eligible program's
    /// exact amount, an undetermined one's missing facts), taking the others' statuses from
    /// the columns. Ids are as for ``decide(_:households:on:each:)``.
    ///
    /// - Throws: ``MissingColumn`` as ``decide(_:households:on:each:)`` does.
    public func evaluate(_ table: HouseholdTable, households: Range<Int>? = nil, on day: Day,
                         each body: (_ household: Int, _ evaluation: Evaluation) -> Void) throws(MissingColumn) {
        let scratch = EvaluationScratch()
        try forEachBlock(table, households: households, on: day) { block, decisions, plan in
            var measured: MeasuredBlock?
            if table.households == nil {
                block.measureAll()
                measured = block.measured()
            }
            for household in block.households {
                let columns = ColumnStatuses(decisions: decisions, household: household, catalog: evaluator.catalog)
                body(household, evaluator.evaluate(subject(household, table: table, day: day), on: day,
                                                   parameters: plan.parameters[table.placePosition(of: household)], tracing: false,
                                                   scratch: scratch, recorded: measured.map { recorded(household, table: table, block: $0) },
                                                   columns: columns))
            }
        }
    }

    /// Decides `households` of `table` (all by default) on `day` block by block, handing
    /// each decided block, its decisions and the run's plan to `body`.
    private func forEachBlock(_ table: HouseholdTable, households: Range<Int>?, on day: Day,
                              _ body: (_ block: inout ColumnarBlock, _ decisions: TableDecisions, _ plan: ColumnarPlan) -> Void)
        throws(MissingColumn)
    {
        let range = households ?? 0..<table.count
        precondition(range.lowerBound >= 0 && range.upperBound <= table.count, "households outside the table")
        let plan = try plan(for: table, on: day)
        var decisions = TableDecisions()
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(start + blockSize, range.upperBound)
            decisions.begin(catalog: evaluator.catalog, table: table, households: start..<end)
            var block = ColumnarBlock(plan: plan, table: table, households: start..<end, keepsRuleTruths: false)
            block.run(into: &decisions)
            body(&block, decisions, plan)
            start = end
        }
    }

    /// Where each measure's columns are in `table`, and what is fixed for deciding it on `day`.
    private func plan(for table: HouseholdTable, on day: Day) throws(MissingColumn) -> ColumnarPlan {
        let catalog = evaluator.catalog
        if table.households != nil {
            // A table made of households has no columns: every measure is measured from them.
            return ColumnarPlan(catalog: catalog, book: evaluator.book, places: table.places, day: day,
                                forms: forms.map { _ in nil }, columns: forms.map { _ in MeasureColumns(household: [], member: []) })
        }
        var columns: [MeasureColumns] = []
        for (index, form) in forms.enumerated() {
            guard let form else {
                throw MissingColumn(measure: catalog.measures[index].id, column: nil, scope: catalog.measures[index].scope)
            }
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
        return ColumnarPlan(catalog: catalog, book: evaluator.book, places: table.places, day: day, forms: forms,
                            columns: columns)
    }

    private func decide(_ table: HouseholdTable, households: Range<Int>?, on day: Day,
                        into decisions: inout TableDecisions, traces: inout TableTraces?) throws(MissingColumn) {
        let range = households ?? 0..<table.count
        precondition(range.lowerBound >= 0 && range.upperBound <= table.count, "households outside the table")
        let catalog = evaluator.catalog
        let plan = try plan(for: table, on: day)
        decisions.begin(catalog: catalog, table: table, households: range)
        traces?.begin(evaluator: evaluator, table: table, households: range, day: day, parameters: plan.parameters,
                      blockSize: blockSize)
        // Places where a parameter the rules read has no value: there the household engine
        // decides some comparisons and amounts over ranges (``QuantityRange``), which columns do not hold.
        let readParameters = Set(catalog.compiled.operands.filter { $0.kind == .parameter }.map { Int($0.index) })
        let rangePlaces = plan.parameters.map { resolved in
            readParameters.contains { if case .absent = resolved[$0] { return true } else { return false } }
        }
        // The flagged parameters of each place, made once for the households settled over ranges.
        let scratch = EvaluationScratch()
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(start + blockSize, range.upperBound)
            var block = ColumnarBlock(plan: plan, table: table, households: start..<end, keepsRuleTruths: traces != nil)
            block.run(into: &decisions)
            // Households the household engine may decide further: with a measure that gave a
            // range, with an eligible program whose amount the columns left unknown (an amount
            // can be known over ranges, as when both branches of an unknown condition pay the
            // same), or at such a place where the missing-item walk finds an unknown comparison
            // the ranges decide (the walk ``decide(_:households:on:each:)`` makes).
            let settling = (start..<end).filter { household in
                !decisions.isComplete(household: household)
                    && (block.gaveRange(household: household) || decisions.lacksAnAmount(household: household)
                        || (rangePlaces[table.placePosition(of: household)]
                            && rangesMayDecide(household, block: block, decisions: decisions)))
            }
            if traces != nil || !settling.isEmpty {
                if !settling.isEmpty && table.households == nil { block.measureAll() }
                let measured = block.measured()
                for household in settling {
                    settleOverRanges(household, table: table, block: measured, day: day, parameters: plan.parameters,
                                     scratch: scratch, into: &decisions)
                }
                traces?.blocks.append(measured)
            }
            start = end
        }
    }

    /// Whether the household engine may decide one of `household`'s undetermined programs
    /// (or members) over ranges: the missing-item walk of one of them says so, or needs a
    /// truth the block did not compute.
    private func rangesMayDecide(_ household: Int, block: ColumnarBlock, decisions: TableDecisions) -> Bool {
        guard evaluator.decidesOverRanges else { return false }
        let compiled = evaluator.catalog.compiled
        let row = household - block.households.lowerBound
        let members = decisions.memberCount(ofHousehold: household)
        for program in 0..<decisions.programCount {
            for slot in compiled.programIsMember[program] ? 0..<members : -1..<0 {
                let member = slot >= 0 ? slot : nil
                guard decisions.recordedCode(ofProgramAt: program, household: household, member: member) == StatusCode.undetermined
                else { continue }
                if block.missingItems(program: program, household: row, member: member, overRanges: true) == nil { return true }
            }
        }
        return false
    }

    /// Decides `household` again with the household engine and takes from it what the
    /// columns left undetermined and it decides over ranges: the statuses, amounts and tier
    /// of the household engine, which is the oracle. A table made of households lends the
    /// household itself; a table of columns the measures the block recorded (every measure,
    /// ``ColumnarBlock/measureAll()``; none is measured twice).
    private func settleOverRanges(_ household: Int, table: HouseholdTable, block: MeasuredBlock, day: Day,
                                  parameters: [ResolvedParameters], scratch: EvaluationScratch,
                                  into decisions: inout TableDecisions) {
        var decision = Decision()
        let resolved = parameters[table.placePosition(of: household)]
        let recorded = table.households == nil ? recorded(household, table: table, block: block) : nil
        evaluator.decide(subject(household, table: table, day: day), on: day, parameters: resolved, into: &decision,
                         scratch: scratch, recorded: recorded, columns: nil)
        decisions.settle(household: household, with: decision)
    }

    /// The household at table position `household` as the household engine sees it: the
    /// household itself in a table made of households; otherwise its place and members
    /// (ids `row-N`, `m1`, `m2`, …), whose measures are read from a block (``recorded(_:table:block:)``).
    private func subject(_ household: Int, table: HouseholdTable, day: Day) -> Household {
        if let households = table.households { return households[household] }
        let place = table.places[table.placePosition(of: household)]
        return Household(id: Household.ID("row-\(household)"), jurisdiction: place.jurisdiction, residence: place.residence,
                         members: (0..<table.memberRows(of: household).count).map {
                             Member(id: Member.ID("m\($0 + 1)"), relationship: .applicant, birthDate: day)
                         })
    }

    /// The measures `block` recorded for table household `household`.
    private func recorded(_ household: Int, table: HouseholdTable, block: MeasuredBlock) -> RecordedMeasures {
        let householdRow = household - block.households.lowerBound
        let firstMemberRow = table.memberRows(of: household).lowerBound - block.firstMemberRow
        return RecordedMeasures { measure, member in
            block.outcome(measure, row: member.map { firstMemberRow + $0 } ?? householdRow)
        }
    }
}

extension ColumnarEvaluator.MissingColumn: AssistanceError {
    /// ``ErrorCode/unsupportedByColumnarEngine``.
    public var code: ErrorCode { .unsupportedByColumnarEngine }
    /// The missing column's name; the root when the measure has no column form.
    public var path: FieldPath { column.map { FieldPath([.key($0)]) } ?? .root }
    /// The same as ``description``.
    public var message: String { description }
}
