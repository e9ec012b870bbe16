/// What an undetermined program lacks, read from a decided block's columns: the same list,
/// in the same order, as ``EvaluationRun/determine(_:member:nearMissShare:)`` gives.
///
/// The household engine walks a rule's conditions, appends what each unknown comparison's
/// sides lack (a measure's missing items, a parameter without a value, an arithmetic
/// failure), an undetermined program or tier, and drops what a group's parts lacked once the
/// group is decided anyway. So a decided condition contributes nothing, and an unknown one
/// contributes what its unknown parts contribute, in order: the walk below reads each
/// condition's truth from the block's columns and descends only into unknown ones.
///
/// It holds where the household engine decides nothing over ranges: no measure of the
/// household gave a range, and no unknown comparison is decided over the ranges of its
/// sides (a parameter without a value is 0 or more), which the walk checks as the household
/// engine does: where one is, the walk says so (`nil`) and ``ColumnarEvaluator`` hands the
/// household to the household engine. An unknown condition on an earlier program's status
/// or on the tier needs no such check: that program (or a tier program) was walked first,
/// and would have said so.
extension ColumnarBlock {
    /// What block row `row` of measure `measure` (at the measure's own level) lacks, as
    /// its form reported it (the last report for a row counts). Reports are made in row
    /// order, so the last one for a row is found by binary search.
    func missing(measure: Int, row: Int) -> [MissingItem] {
        let reports = measureMissing[measure]
        var low = 0
        var high = reports.count
        while low < high {
            let middle = (low + high) / 2
            if reports[middle].row <= row { low = middle + 1 } else { high = middle }
        }
        return low > 0 && reports[low - 1].row == row ? reports[low - 1].items : []
    }

    /// What undetermined program `program` lacks for block household `household` (or its
    /// member at position `member`): the household engine's list, or `nil` when the
    /// household engine (deciding over ranges when `overRanges`) decides an unknown
    /// comparison over ranges, or a condition or measure the walk needs was not computed on
    /// the row by this block (the caller then asks the household engine).
    func missingItems(program: Int, household: Int, member: Int?, overRanges: Bool) -> [MissingItem]? {
        let place = Int(householdPlace[household])
        let level: Level = member == nil ? .household : .member
        let row = member.map { Int(memberOffsets[household]) + $0 } ?? household
        var walk = MissingWalk(household: household, parameters: plan.parameters[place], overRanges: overRanges)
        var items: [MissingItem] = []
        for base in compiled.programRules[program] {
            let choice = plan.ruleChoice[place * plan.ruleCount + base]
            guard choice >= 0, condition(compiled.ruleRoots[Int(choice)], level, row, walk: &walk, into: &items) else { return nil }
        }
        guard !walk.decidedOverRanges else { return nil }
        return EvaluationRun.unique(items)
    }

    /// Appends what condition `node` lacks on `row` at `level` (nothing when the columns
    /// decided it); `false` when its truth was not computed.
    private func condition(_ node: Int32, _ level: Level, _ row: Int, walk: inout MissingWalk, into items: inout [MissingItem]) -> Bool {
        let slot = plan.conditionSlot[Int(node)]
        let column = slot >= 0 ? truthCache[Int(slot) * 2 + level.rawValue] : unslottedTruths[Int(node) * 2 + level.rawValue]
        let rows = slot >= 0 ? truthRows[Int(slot) * 2 + level.rawValue] : unslottedRows[Int(node) * 2 + level.rawValue]
        guard let column, RowMask.contains(rows, row) else { return false }
        guard column[row] == TruthBits.unknown else { return true }
        let condition = compiled.conditions[Int(node)]
        switch condition.kind {
        case .compare:
            var known = true
            walk.readsAbsentParameter = false
            let left = value(condition.a, level, row, walk: &walk, into: &items, known: &known)
            let right = value(condition.b, level, row, walk: &walk, into: &items, known: &known)
            guard known else { return false }
            if walk.readsAbsentParameter && walk.overRanges,
               let leftRange = range(condition.a, level, row, walk: walk), let rightRange = range(condition.b, level, row, walk: walk),
               let truth = try? QuantityRange.truth(leftRange, condition.comparison, rightRange), truth != .unknown {
                walk.decidedOverRanges = true
            }
            if let left, let right {
                // Both sides known and still unknown: the comparison itself failed (units).
                do { _ = try left.compare(to: right) } catch { items.append(.arithmetic(error.label)) }
            }
            return true
        case .isTrue:
            var known = true
            _ = measure(Int(condition.a), level, row, walk: walk, into: &items, known: &known)
            return known
        case .all, .any:
            for offset in 0..<Int(condition.b) {
                guard self.condition(compiled.children[Int(condition.a) + offset], level, row, walk: &walk, into: &items) else { return false }
            }
            return true
        case .not, .labelled:
            return self.condition(condition.a, level, row, walk: &walk, into: &items)
        case .program:
            items.append(.undeterminedProgram(plan.catalog.programs[Int(condition.a)].id))
            return true
        case .tier:
            items.append(.undeterminedTier)
            return true
        case .anyMember, .allMembers:
            for memberRow in Int(memberOffsets[walk.household])..<Int(memberOffsets[walk.household + 1]) {
                guard self.condition(condition.a, .member, memberRow, walk: &walk, into: &items) else { return false }
            }
            return true
        }
    }

    /// The value of operand `node` on `row`, appending what it lacks, as
    /// ``EvaluationRun/value(_:member:missing:)`` does; `known` is set to false when a
    /// measure's column was not computed.
    private func value(_ node: Int32, _ level: Level, _ row: Int, walk: inout MissingWalk, into items: inout [MissingItem],
                       known: inout Bool) -> Quantity? {
        let operand = compiled.operands[Int(node)]
        switch operand.kind {
        case .measure:
            return measure(Int(operand.index), level, row, walk: walk, into: &items, known: &known)
        case .parameter:
            if let quantity = walk.parameters.quantities[Int(operand.index)] { return quantity }
            if case .absent(let absence) = walk.parameters[Int(operand.index)] {
                items.append(.parameter(absence))
                walk.readsAbsentParameter = true
            } else {
                items.append(EvaluationRun.optionIsNotANumber(plan.catalog.parameterCatalog.definitions[Int(operand.index)].id))
            }
            return nil
        case .constant:
            return compiled.constants[Int(operand.index)]
        case .product, .sum:
            let left = value(operand.left, level, row, walk: &walk, into: &items, known: &known)
            let right = value(operand.right, level, row, walk: &walk, into: &items, known: &known)
            guard let left, let right else { return nil }
            return EvaluationRun.combine(operand.kind, left, right, missing: &items)
        case .labelled:
            return value(operand.left, level, row, walk: &walk, into: &items, known: &known)
        }
    }

    /// The range of operand `node` on `row`, as ``EvaluationRun/range(_:member:)`` gives it
    /// for a household none of whose measures gave a range: a known value, a parameter
    /// without a value as 0 or more, sums and products of those; `nil` when a measure is
    /// unknown.
    private func range(_ node: Int32, _ level: Level, _ row: Int, walk: MissingWalk) -> QuantityRange? {
        let operand = compiled.operands[Int(node)]
        switch operand.kind {
        case .measure:
            var items: [MissingItem] = []
            var known = true
            return measure(Int(operand.index), level, row, walk: walk, into: &items, known: &known).map { QuantityRange(exactly: $0) }
        case .parameter:
            if let quantity = walk.parameters.quantities[Int(operand.index)] { return QuantityRange(exactly: quantity) }
            guard case .absent = walk.parameters[Int(operand.index)],
                  let unit = plan.catalog.parameterCatalog.definitions[Int(operand.index)].units.first?.quantityUnit
            else { return nil }
            return QuantityRange(lower: Quantity(0, unit: unit), upper: nil)
        case .constant:
            return QuantityRange(exactly: compiled.constants[Int(operand.index)])
        case .sum, .product:
            guard let left = range(operand.left, level, row, walk: walk), let right = range(operand.right, level, row, walk: walk) else { return nil }
            return operand.kind == .sum ? try? left.adding(right) : (try? left.multiplied(by: right)) ?? nil
        case .labelled:
            return range(operand.left, level, row, walk: walk)
        }
    }

    /// Measure `measure` on `row` (read at the measure's own level), appending what it lacks.
    private func measure(_ measure: Int, _ level: Level, _ row: Int, walk: MissingWalk, into items: inout [MissingItem],
                         known: inout Bool) -> Quantity? {
        let isMember = compiled.measureIsMember[measure]
        let ownRow = isMember || level == .household ? row : walk.household
        let slot = measure * 2 + (isMember ? 1 : 0)
        guard let column = measureCache[slot], RowMask.contains(measuredRows[slot], ownRow) else {
            known = false
            return nil
        }
        if let value = column[ownRow] { return value }
        items += missing(measure: measure, row: ownRow)
        return nil
    }
}

/// The state of one walk of ``ColumnarBlock/missingItems(program:household:member:overRanges:)``.
struct MissingWalk {
    /// The block household walked.
    let household: Int
    /// The parameters at its place.
    let parameters: ResolvedParameters
    /// Whether the household engine decides over ranges.
    let overRanges: Bool
    /// Whether the unknown comparison being walked read a parameter without a value.
    var readsAbsentParameter = false
    /// Whether the household engine decides an unknown comparison over ranges.
    var decidedOverRanges = false
}
