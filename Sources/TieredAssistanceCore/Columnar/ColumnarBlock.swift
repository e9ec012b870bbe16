/// One block of households decided column by column. Mirrors ``EvaluationRun`` node for
/// node: programs in catalog order, the tier settled before the first program that is not
/// a tier, conditions with the same three-valued logic, amounts with the same arithmetic.
/// Without traces, a part of a condition is computed only on the rows its group has not
/// settled yet, a rule only on the rows its program's earlier rules did not fail, and a
/// measure only on the rows a condition needs (``RowMask``), as the household engine skips
/// them; with traces (``keepsRuleTruths``) every row of every rule. Amounts are computed for
/// the eligible rows. Conditions and measures have no side effects, so this decides exactly
/// as the household engine.
struct ColumnarBlock {
    /// Household rows or member rows.
    enum Level: Int {
        case household = 0, member = 1
    }

    let plan: ColumnarPlan
    let compiled: CompiledCatalog
    let table: HouseholdTable
    let households: Range<Int>
    let householdCount: Int
    let memberCount: Int
    let firstMemberRow: Int
    /// Block-relative member offsets per household (count + 1).
    let memberOffsets: [Int32]
    /// Block-relative household of each member row.
    let memberHousehold: [Int32]
    /// Place position of each household of the block.
    let householdPlace: [Int32]
    /// Place position of each member row of the block.
    let memberPlace: [Int32]
    /// The place of every household of the block, when they share one.
    let singlePlace: Int?

    private(set) var measureCache: [ValueColumn?]
    /// Per measure slot: the rows ``measureCache`` holds a measured value (or a missing
    /// report) for; `nil` for every row.
    private(set) var measuredRows: [[Bool]?]
    /// Per measure: what its rows that could not be measured lack (block-relative rows at
    /// the measure's own level), as its column form reported.
    private(set) var measureMissing: [[(row: Int, items: [MissingItem])]]
    private var constantCache: [ValueColumn?]
    /// Truth columns by ``ColumnarPlan/conditionSlot`` and level.
    private(set) var truthCache: [[UInt8]?]
    /// Per ``truthCache`` entry: the rows it was computed for; `nil` for every row.
    private(set) var truthRows: [[Bool]?]
    /// Truth columns of the conditions that have no ``ColumnarPlan/conditionSlot`` (they read
    /// a program's status or the tier), by node and level, as last computed: each belongs to
    /// one rule or amount, so this is the truth its program saw.
    private(set) var unslottedTruths: [[UInt8]?]
    /// Per ``unslottedTruths`` entry: the rows it was computed for; `nil` for every row.
    private(set) var unslottedRows: [[Bool]?]
    private var householdStatus: [[UInt8]]
    private var memberStatus: [[UInt8]]
    private var tierCodes: [Int32]
    private var complete: [Bool]
    /// Per rule (base position): the truth of the rule that applied (itself or a variant),
    /// as ``TruthBits``, on each row of its program's level; 0 where the program decided
    /// nothing (it does not apply at the row's place, or one of its rules has no version
    /// there), as the household engine then records no rule outcome. Empty for rules not reached.
    private var ruleTruths: [[UInt8]]
    /// Per household of the block: whether a measure measured from the households gave a range.
    private var rangedHouseholds: [Bool]

    /// Whether rule truths are kept for ``measured()`` (a run with ``TableTraces``): every
    /// rule and measure is then computed on every row.
    let keepsRuleTruths: Bool

    init(plan: ColumnarPlan, table: HouseholdTable, households: Range<Int>, keepsRuleTruths: Bool) {
        self.keepsRuleTruths = keepsRuleTruths
        self.plan = plan
        self.compiled = plan.compiled
        self.table = table
        self.households = households
        householdCount = households.count
        firstMemberRow = table.memberRows(of: households.lowerBound).lowerBound
        let lastMemberRow = table.memberRows(of: households.upperBound - 1).upperBound
        memberCount = lastMemberRow - firstMemberRow
        var offsets: [Int32] = []
        offsets.reserveCapacity(householdCount + 1)
        var owners: [Int32] = []
        owners.reserveCapacity(memberCount)
        var places: [Int32] = []
        places.reserveCapacity(householdCount)
        var memberPlaces: [Int32] = []
        memberPlaces.reserveCapacity(memberCount)
        var single: Int? = table.placePosition(of: households.lowerBound)
        for (index, household) in households.enumerated() {
            let rows = table.memberRows(of: household)
            offsets.append(Int32(rows.lowerBound - firstMemberRow))
            let place = table.placePosition(of: household)
            places.append(Int32(place))
            // Plain appends: `append(contentsOf: repeatElement(…))` took a generic path.
            for _ in rows {
                owners.append(Int32(index))
                memberPlaces.append(Int32(place))
            }
            if place != single { single = nil }
        }
        offsets.append(Int32(memberCount))
        memberOffsets = offsets
        memberHousehold = owners
        householdPlace = places
        memberPlace = memberPlaces
        singlePlace = single
        measureCache = Array(repeating: nil, count: plan.catalog.measures.count * 2)
        measuredRows = Array(repeating: nil, count: plan.catalog.measures.count * 2)
        measureMissing = Array(repeating: [], count: plan.catalog.measures.count)
        constantCache = Array(repeating: nil, count: plan.placeValues.count * 2)
        truthCache = Array(repeating: nil, count: plan.conditionSlotCount * 2)
        truthRows = Array(repeating: nil, count: plan.conditionSlotCount * 2)
        unslottedTruths = Array(repeating: nil, count: plan.compiled.conditions.count * 2)
        unslottedRows = Array(repeating: nil, count: plan.compiled.conditions.count * 2)
        householdStatus = Array(repeating: Array(repeating: StatusCode.unset, count: householdCount), count: plan.programCount)
        memberStatus = Array(repeating: [], count: plan.programCount)
        tierCodes = Array(repeating: -1, count: householdCount)
        complete = Array(repeating: true, count: householdCount)
        ruleTruths = Array(repeating: [], count: plan.ruleCount)
        rangedHouseholds = Array(repeating: false, count: householdCount)
    }

    @inline(__always)
    private func rowCount(_ level: Level) -> Int { level == .household ? householdCount : memberCount }

    /// The block-relative household of row `row` at `level`.
    @inline(__always)
    private func owner(_ row: Int, _ level: Level) -> Int { level == .household ? row : Int(memberHousehold[row]) }

    // MARK: Programs

    mutating func run(into decisions: inout TableDecisions) {
        var tierDone = false
        for position in 0..<plan.programCount {
            let isTier = compiled.programIsTier[position]
            if !tierDone && !isTier {
                settleTiers()
                tierDone = true
            }
            let isMember = compiled.programIsMember[position]
            if isMember { memberStatus[position] = Array(repeating: StatusCode.unset, count: memberCount) }
            let level: Level = isMember ? .member : .household
            let truths = requirements(position, level)
            let programApplies = plan.programApplies
            let programCount = plan.programCount
            let places = level == .household ? householdPlace : memberPlace
            var statuses = Array(repeating: StatusCode.notApplicable, count: rowCount(level))
            for row in 0..<statuses.count where programApplies[Int(places[row]) * programCount + position] {
                statuses[row] = truths[row]
            }
            // A program that does not apply evaluated none of its rules.
            for base in compiled.programRules[position] where !ruleTruths[base].isEmpty {
                for row in 0..<statuses.count where statuses[row] == StatusCode.notApplicable { ruleTruths[base][row] = 0 }
            }
            // Statuses are recorded before amounts, as the household engine does (an amount
            // may read its own program); a member-scope tier's household status after them.
            if isMember {
                memberStatus[position] = statuses
            } else {
                householdStatus[position] = (0..<householdCount).map { household in
                    programApplies[Int(householdPlace[household]) * programCount + position] ? statuses[household] : StatusCode.notApplicableAtPlace
                }
            }
            // Amounts of eligible rows.
            var amounts: [Money?] = []
            let root = compiled.amountRoots[position]
            if root >= 0 && statuses.contains(StatusCode.eligible) {
                let exact = amount(root, level, wanted: statuses.map { $0 == StatusCode.eligible })
                let rounding = compiled.amountRounding[position]
                let period = compiled.amountPeriod[position]
                amounts = Array(repeating: nil, count: statuses.count)
                for row in 0..<statuses.count where statuses[row] == StatusCode.eligible {
                    guard let value = exact[row] else {
                        complete[owner(row, level)] = false
                        continue
                    }
                    if let money = AmountArithmetic.payable(value, period: period, rounding: rounding).money {
                        amounts[row] = money
                    } else {
                        complete[owner(row, level)] = false
                    }
                }
            }
            for row in 0..<statuses.count where statuses[row] == StatusCode.undetermined { complete[owner(row, level)] = false }
            if isMember {
                var ownStatus = householdStatus[position]
                for household in 0..<householdCount {
                    if !programApplies[Int(householdPlace[household]) * programCount + position] {
                        ownStatus[household] = StatusCode.notApplicableAtPlace
                    } else if isTier {
                        // A member-scope tier applies to the household when every member is eligible.
                        var worst = StatusCode.eligible
                        for row in Int(memberOffsets[household])..<Int(memberOffsets[household + 1]) {
                            worst = StatusCode.worstOfMembers(worst, statuses[row])
                        }
                        ownStatus[household] = worst
                    }
                }
                householdStatus[position] = ownStatus
            }
            store(position, amounts: amounts, into: &decisions)
        }
        if !tierDone { settleTiers() }
        let base = households.lowerBound - decisions.households.lowerBound
        for household in 0..<householdCount {
            decisions.tierCodes[base + household] = tierCodes[household]
            if !complete[household] { decisions.complete[base + household] = false }
        }
    }

    /// The status codes of program `position` at `level` from its requirement rules: 0
    /// eligible, 1 not eligible, 2 undetermined, 3 not applicable (a rule without a variant
    /// for the place).
    private mutating func requirements(_ position: Int, _ level: Level) -> [UInt8] {
        let rows = rowCount(level)
        var combined = Array(repeating: TruthBits.yes, count: rows)
        var notApplicable = Array(repeating: false, count: rows)
        let (places, ruleChoice, ruleCount) = (level == .household ? householdPlace : memberPlace, plan.ruleChoice, plan.ruleCount)
        // A rule without a version at the row's place makes the program not applicable there,
        // before any rule is evaluated (as the household engine checks).
        for base in compiled.programRules[position] {
            for choice in plan.ruleChoices[base] where choice < 0 {
                for row in 0..<rows where ruleChoice[Int(places[row]) * ruleCount + base] == choice { notApplicable[row] = true }
            }
        }
        // The rows whose program is still undecided: it applies at their place, and no rule
        // failed yet (with traces, every row: each rule's truth is kept).
        var undecided: [Bool]?
        if !keepsRuleTruths {
            let (applies, programCount) = (plan.programApplies, plan.programCount)
            undecided = (0..<rows).map { !notApplicable[$0] && applies[Int(places[$0]) * programCount + position] }
        }
        for base in compiled.programRules[position] {
            let choices = plan.ruleChoices[base]
            for choice in choices where choice >= 0 {
                var wanted = undecided
                if choices.count > 1, let rows = undecided {
                    wanted = rows.indices.map { rows[$0] && ruleChoice[Int(places[$0]) * ruleCount + base] == choice }
                }
                let truths = truth(compiled.ruleRoots[Int(choice)], level, wanted)
                if choices.count == 1 {
                    // One version of the rule everywhere in the block (the common case).
                    TruthBits.formAnd(&combined, truths)
                    if keepsRuleTruths { ruleTruths[base] = truths }
                    continue
                }
                if keepsRuleTruths && ruleTruths[base].isEmpty { ruleTruths[base] = Array(repeating: 0, count: rows) }
                for row in 0..<rows where ruleChoice[Int(places[row]) * ruleCount + base] == choice {
                    combined[row] = TruthBits.and(combined[row], truths[row])
                    if keepsRuleTruths { ruleTruths[base][row] = truths[row] }
                }
            }
            if undecided != nil {
                let (left, anyLeft) = RowMask.undecided(undecided, combined, settled: TruthBits.no)
                // Every row settled: the program's other rules are not evaluated.
                if !anyLeft { break }
                undecided = left
            }
        }
        var codes = Array(repeating: UInt8(0), count: rows)
        for row in 0..<rows {
            if notApplicable[row] {
                codes[row] = 3
            } else {
                codes[row] = TruthBits.statusCode(combined[row])
            }
        }
        return codes
    }

    private func store(_ position: Int, amounts: [Money?], into decisions: inout TableDecisions) {
        let base = households.lowerBound - decisions.households.lowerBound
        let programs = decisions.programCount
        for household in 0..<householdCount {
            decisions.statuses[(base + household) * programs + position] = householdStatus[position][household]
        }
        let amountSlot = decisions.amountSlot[position]
        let memberSlot = decisions.memberSlot[position]
        if memberSlot >= 0 {
            let memberBase = firstMemberRow - decisions.firstMemberRow
            let slots = decisions.memberSlotCount
            for row in 0..<memberCount {
                decisions.memberStatuses[(memberBase + row) * slots + memberSlot] = memberStatus[position][row]
                if amountSlot >= 0 && !amounts.isEmpty { decisions.memberAmounts[(memberBase + row) * slots + memberSlot] = amounts[row] }
            }
        } else if amountSlot >= 0 && !amounts.isEmpty {
            let slots = decisions.amountSlotCount
            for household in 0..<householdCount { decisions.amounts[(base + household) * slots + amountSlot] = amounts[household] }
        }
    }

    /// Applies precedence to each household's tier statuses, as ``EvaluationRun/settleTier()``.
    private mutating func settleTiers() {
        for household in 0..<householdCount {
            let (winner, pending) = settle(household)
            tierCodes[household] = pending.isEmpty ? winner.map { Int32($0) } ?? TierCode.none : TierCode.undetermined
        }
    }

    /// ``EvaluationRun/settle(_:status:)`` on household `household`'s tier statuses.
    private func settle(_ household: Int) -> (winner: Int?, pending: [Int]) {
        TierPrecedence.settle(compiled.tiersByRank) { StatusCode.status(householdStatus[$0][household]) ?? .undetermined }
    }

    // MARK: Measures and operands

    /// Measures, at its own level, every measure no node of the block read yet, so that the
    /// household engine can decide any household of the block again from the recorded columns
    /// (it may compute an amount the block computed for no row).
    mutating func measureAll() {
        for index in 0..<plan.catalog.measures.count {
            _ = measure(index, compiled.measureIsMember[index] ? .member : .household, nil)
        }
    }

    /// Measure `index` at `level`, measured at least on `rows` (a column form measures every
    /// row at once; a measure measured from the households only the rows not measured yet).
    private mutating func measure(_ index: Int, _ level: Level, _ rows: [Bool]?) -> ValueColumn {
        let slot = index * 2 + level.rawValue
        if let cached = measureCache[slot], RowMask.covers(measuredRows[slot], rows) { return cached }
        let isMember = compiled.measureIsMember[index]
        precondition(!isMember || level == .member, "member measure outside a member context")
        let wanted = keepsRuleTruths ? nil : rows
        let values: ValueColumn
        var covered: [Bool]?
        if level == .member && !isMember {
            // The household column on the households of the wanted member rows, spread over their members.
            let households = wanted.map { rows in
                var households = [Bool](repeating: false, count: householdCount)
                for row in 0..<rows.count where rows[row] { households[Int(memberHousehold[row])] = true }
                return households
            }
            let householdSlot = index * 2 + Level.household.rawValue
            values = measure(index, .household, households).gathered(memberHousehold)
            covered = measuredRows[householdSlot].map { households in memberHousehold.map { households[Int($0)] } }
        } else {
            let tableRows = isMember ? firstMemberRow..<(firstMemberRow + memberCount) : households
            let columns = plan.columns[index]
            let context = ColumnMeasureContext(
                table: table, households: households, rows: tableRows, day: plan.day,
                householdColumns: columns.household.map { table.householdValues($0) },
                memberColumns: columns.member.map { table.memberValues($0) },
                memberHousehold: memberHousehold, parametersByPlace: plan.parameters)
            let form = plan.forms[index]
            // A column form measures every row; a household form the wanted rows not measured yet.
            let earlier = form == nil ? measureCache[slot] : nil
            measureCache[slot] = nil
            var column = earlier ?? ValueColumn(unknown: tableRows.count, unit: compiled.measureUnits[index])
            let todo: [Bool]? = form != nil ? nil : earlier == nil ? wanted
                : (wanted ?? Array(repeating: true, count: tableRows.count)).indices.map {
                    RowMask.contains(wanted, $0) && !RowMask.contains(measuredRows[slot], $0)
                }
            covered = form != nil ? nil : earlier == nil ? wanted : RowMask.union(measuredRows[slot], wanted)
            let missing = column.fill(first: tableRows.lowerBound, measure: plan.catalog.measures[index].id) { output in
                if let form {
                    form.compute(context, &output)
                } else {
                    measureFromHouseholds(index, isMember: isMember, context: context, rows: todo, into: &output)
                }
            }
            values = column
            if !missing.isEmpty {
                // In row order (the order of reports for one row kept), for ``missing(measure:row:)``;
                // rows measured now come after the reports of rows measured before.
                let all = measureMissing[index] + missing
                let ordered = zip(all.indices, all).allSatisfy { $0 == 0 || all[$0 - 1].row <= $1.row }
                measureMissing[index] = ordered ? all
                    : all.enumerated().sorted { ($0.element.row, $0.offset) < ($1.element.row, $1.offset) }.map(\.element)
            }
        }
        measureCache[slot] = values
        measuredRows[slot] = covered
        return values
    }

    /// Measures measure `index` (which has no column form) on each row of `context` from the
    /// table's households, with the measure's own function, as ``EvaluationRun`` does: a
    /// value in another unit than the declared one is refused; a range is missing here
    /// (columns hold a value or nothing), and its household is marked (``gaveRange(household:)``)
    /// for the household engine to decide over it.
    private mutating func measureFromHouseholds(_ index: Int, isMember: Bool, context: ColumnMeasureContext, rows: [Bool]?,
                                                into output: inout ColumnMeasureOutput) {
        guard let households = table.households else {
            preconditionFailure("measure \(plan.catalog.measures[index].id) has no column form and the table holds no households")
        }
        let function = compiled.measureFunctions[index]
        let unit = compiled.measureUnits[index]
        let first = context.rows.lowerBound
        // One context per household, its member changed from row to row (a member measure's
        // rows of one household are consecutive).
        var measured: MeasureContext?
        var measuredHousehold = -1
        for row in context.rows where RowMask.contains(rows, row - first) {
            let household = isMember ? context.household(ofMemberRow: row) : row
            let member = isMember ? row - table.memberRows(of: household).lowerBound : nil
            if household != measuredHousehold {
                measured = MeasureContext(household: households[household], day: plan.day, memberIndex: member,
                                          parameters: plan.parameters[table.placePosition(of: household)])
                measuredHousehold = household
            } else {
                measured!.memberIndex = member
            }
            switch function.compute(measured!) {
            case .value(let quantity):
                output.set(quantity, row: row)
            case .missing(let items):
                output.setMissing(items, row: row)
            case .range(let range, let items):
                if let exact = range.exactValue, exact.unit == unit {
                    output.set(exact, row: row)
                } else if let broken = [range.lower, range.upper].compactMap({ $0 }).first(where: { $0.unit != unit }) {
                    output.setMissing([EvaluationRun.unitBroken(plan.catalog.measures[index].id, gave: broken.unit, declared: unit)],
                                      row: row)
                } else {
                    output.setMissing(items, row: row)
                    rangedHouseholds[household - self.households.lowerBound] = true
                }
            }
        }
    }

    /// Whether a measure of `household` (a table position in the block) gave a range, which
    /// the household engine may decide over.
    func gaveRange(household: Int) -> Bool {
        rangedHouseholds[household - households.lowerBound]
    }

    /// The value of operand `node` on each row at `level`, computed at least on `rows`.
    private mutating func operand(_ node: Int32, _ level: Level, _ rows: [Bool]?) -> ValueColumn {
        let constant = plan.constantSlot[Int(node)]
        if constant >= 0 {
            // The same at every row of a place: computed per place once, spread over the rows.
            let slot = Int(constant) * 2 + level.rawValue
            if let cached = constantCache[slot] { return cached }
            let perPlace = plan.placeValues[Int(constant)]
            let column = singlePlace.map { ValueColumn(repeating: perPlace[$0], count: rowCount(level)) }
                ?? ValueColumn(gathering: perPlace, at: level == .household ? householdPlace : memberPlace)
            constantCache[slot] = column
            return column
        }
        let operand = compiled.operands[Int(node)]
        let count = rowCount(level)
        switch operand.kind {
        case .measure:
            return measure(Int(operand.index), level, rows)
        case .parameter:
            let index = Int(operand.index)
            let (quantities, parameters) = (plan.quantities, plan.parameterCount)
            if let place = singlePlace { return ValueColumn(repeating: quantities[place * parameters + index], count: count) }
            let byPlace = (0..<table.places.count).map { quantities[$0 * parameters + index] }
            return ValueColumn(gathering: byPlace, at: level == .household ? householdPlace : memberPlace)
        case .constant:
            return ValueColumn(repeating: compiled.constants[Int(operand.index)], count: count)
        case .product:
            return ValueColumn.product(self.operand(operand.left, level, rows), self.operand(operand.right, level, rows))
        case .sum:
            return ValueColumn.combine(self.operand(operand.left, level, rows), self.operand(operand.right, level, rows)) { try? $0.adding($1) }
        case .labelled:
            return self.operand(operand.left, level, rows)
        }
    }

    // MARK: Conditions

    /// The truth of condition `node` on each row at `level`, as ``TruthBits``, computed at
    /// least on `rows` (other rows hold a truth no decision reads).
    private mutating func truth(_ node: Int32, _ level: Level, _ rows: [Bool]?) -> [UInt8] {
        let rows = keepsRuleTruths ? nil : rows
        let slot = Int(plan.conditionSlot[Int(node)])
        guard slot >= 0 else {
            let truth = computeTruth(node, level, rows)
            unslottedTruths[Int(node) * 2 + level.rawValue] = truth
            unslottedRows[Int(node) * 2 + level.rawValue] = rows
            return truth
        }
        let entry = slot * 2 + level.rawValue
        if let cached = truthCache[entry], RowMask.covers(truthRows[entry], rows) { return cached }
        // Computed again on the rows computed before and the rows wanted now (the measures
        // they read are kept, so only the new rows are measured).
        let wanted = truthCache[entry] == nil ? rows : RowMask.union(truthRows[entry], rows)
        let truth = computeTruth(node, level, wanted)
        truthCache[entry] = truth
        truthRows[entry] = wanted
        return truth
    }

    /// ``truth(_:_:_:)`` without the cache.
    private mutating func computeTruth(_ node: Int32, _ level: Level, _ wanted: [Bool]?) -> [UInt8] {
        let condition = compiled.conditions[Int(node)]
        let rows = rowCount(level)
        switch condition.kind {
        case .compare:
            return ValueColumn.compare(operand(condition.a, level, wanted), condition.comparison, operand(condition.b, level, wanted))
        case .isTrue:
            return measure(Int(condition.a), level, wanted).truthBits()
        case .all, .any:
            let isAll = condition.kind == .all
            var result = [UInt8](repeating: isAll ? TruthBits.yes : TruthBits.no, count: rows)
            var undecided = wanted
            for offset in 0..<Int(condition.b) {
                let part = truth(compiled.children[Int(condition.a) + offset], level, undecided)
                if isAll { TruthBits.formAnd(&result, part) } else { TruthBits.formOr(&result, part) }
                if keepsRuleTruths { continue }
                // A row whose group is settled needs no later part.
                let (left, anyLeft) = RowMask.undecided(undecided, result, settled: isAll ? TruthBits.no : TruthBits.yes)
                if !anyLeft { break }
                undecided = left
            }
            return result
        case .not:
            return TruthBits.negated(truth(condition.a, level, wanted))
        case .program:
            let position = Int(condition.a)
            let wanted = condition.status
            let ofMember = compiled.programIsMember[position] && level == .member
            return (0..<rows).map { row in
                // A status not yet recorded (unset, or no member statuses yet) reads as undetermined.
                let code = ofMember ? memberStatus[position].isEmpty ? StatusCode.unset : memberStatus[position][row]
                    : householdStatus[position][owner(row, level)]
                return TruthBits.of(Truth.programTruth(StatusCode.status(code) ?? .undetermined, wanted: wanted))
            }
        case .tier:
            let positions = compiled.children[Int(condition.a)..<Int(condition.a + condition.b)].map(Int.init)
            var perHousehold = [UInt8](repeating: TruthBits.no, count: householdCount)
            for household in 0..<householdCount {
                let code = tierCodes[household]
                if code >= 0 {
                    perHousehold[household] = TruthBits.of(positions.contains(Int(code)))
                } else if code == TierCode.undetermined {
                    perHousehold[household] = tierCandidates(household).contains { positions.contains($0) } ? TruthBits.unknown : TruthBits.no
                }
            }
            return level == .household ? perHousehold : memberHousehold.map { perHousehold[Int($0)] }
        case .anyMember, .allMembers:
            let isAny = condition.kind == .anyMember
            // Every member of a household with a wanted row.
            let members = wanted.map { rows in
                var households = [Bool](repeating: false, count: householdCount)
                for row in 0..<rows.count where rows[row] { households[owner(row, level)] = true }
                return memberHousehold.map { households[Int($0)] }
            }
            let parts = truth(condition.a, .member, members)
            var perHousehold = [UInt8](repeating: isAny ? TruthBits.no : TruthBits.yes, count: householdCount)
            for household in 0..<householdCount {
                var result = isAny ? TruthBits.no : TruthBits.yes
                for row in Int(memberOffsets[household])..<Int(memberOffsets[household + 1]) {
                    result = isAny ? TruthBits.or(result, parts[row]) : TruthBits.and(result, parts[row])
                }
                perHousehold[household] = result
            }
            return level == .household ? perHousehold : memberHousehold.map { perHousehold[Int($0)] }
        case .labelled:
            return truth(condition.a, level, wanted)
        }
    }

    /// What the block measured, for ``TableTraces``: each measure's column at its own level
    /// (household rows or member rows; `nil` when no node read it), what the rows that
    /// could not be measured lack, and each rule's truth per row.
    func measured() -> MeasuredBlock {
        var columns: [ValueColumn?] = []
        var missing: [[Int: [MissingItem]]] = []
        for index in 0..<plan.catalog.measures.count {
            let level: Level = compiled.measureIsMember[index] ? .member : .household
            let column = measureCache[index * 2 + level.rawValue]
            columns.append(column)
            var reasons: [Int: [MissingItem]] = [:]
            if let column {
                // The last report for a row counts; a row measured after all lacks nothing.
                for (row, items) in measureMissing[index] where !column.known[row] { reasons[row] = items }
            }
            missing.append(reasons)
        }
        return MeasuredBlock(households: households, firstMemberRow: firstMemberRow, columns: columns, missing: missing,
                             ruleTruths: ruleTruths)
    }

    /// The tiers still possible for a household whose tier is undetermined.
    private func tierCandidates(_ household: Int) -> [Int] {
        TierPrecedence.stillPossible(settle(household))
    }

    // MARK: Amounts

    /// The exact value of amount node `node` on the rows of `level` that `wanted` marks
    /// (other rows are left unknown: only eligible rows are paid).
    private mutating func amount(_ node: Int32, _ level: Level, wanted: [Bool]) -> ValueColumn {
        let amount = compiled.amounts[Int(node)]
        let rows = rowCount(level)
        func each(_ body: (Int) -> Quantity?) -> ValueColumn {
            ValueColumn((0..<rows).map { wanted[$0] ? body($0) : nil })
        }
        switch amount.kind {
        case .operand:
            return operand(amount.a, level, wanted)
        case .sum, .maximum, .minimum:
            let parts = (0..<Int(amount.b)).map { self.amount(compiled.children[Int(amount.a) + $0], level, wanted: wanted) }
            let kind = amount.kind
            return each { row in
                // As AmountArithmetic.combine over the row's parts, without a list per row.
                guard let first = parts.first else { return try? AmountArithmetic.combine([], kind) }
                guard var result = first[row] else { return nil }
                for part in parts.dropFirst() {
                    guard let value = part[row], let next = try? AmountArithmetic.combine(result, value, kind) else { return nil }
                    result = next
                }
                return result
            }
        case .difference:
            let (first, second) = (self.amount(amount.a, level, wanted: wanted), self.amount(amount.b, level, wanted: wanted))
            return each { row in
                guard let x = first[row], let y = second[row] else { return nil }
                return try? x.subtracting(y)
            }
        case .sumOverMembers:
            var wantedHouseholds = [Bool](repeating: false, count: householdCount)
            for row in 0..<rows where wanted[row] { wantedHouseholds[owner(row, level)] = true }
            let wantedMembers = memberHousehold.map { wantedHouseholds[Int($0)] }
            let filter = truth(amount.c, .member, wantedMembers)
            let parts = self.amount(amount.a, .member, wanted: wantedMembers)
            var perHousehold = [Quantity?](repeating: nil, count: householdCount)
            for household in 0..<householdCount where wantedHouseholds[household] {
                var sum = MemberSum()
                for row in Int(memberOffsets[household])..<Int(memberOffsets[household + 1]) {
                    switch filter[row] {
                    case TruthBits.no: continue
                    case TruthBits.yes:
                        if let part = parts[row] { try? sum.add(part) } else { sum.spoil() }
                    default: sum.spoil()
                    }
                }
                perHousehold[household] = sum.total
            }
            let column = ValueColumn(perHousehold)
            return level == .household ? column : column.gathered(memberHousehold)
        case .scaled:
            let (parts, factors) = (self.amount(amount.a, level, wanted: wanted), operand(amount.b, level, wanted))
            return each { row in
                guard let part = parts[row], let factor = factors[row] else { return nil }
                return try? part.multiplied(by: factor)
            }
        case .when:
            let filter = truth(amount.c, level, wanted)
            let first = self.amount(amount.a, level, wanted: wanted)
            let second = self.amount(amount.b, level, wanted: wanted)
            return each { row in
                switch filter[row] {
                case TruthBits.yes: return first[row]
                case TruthBits.no: return second[row]
                default: return nil
                }
            }
        }
    }

}
