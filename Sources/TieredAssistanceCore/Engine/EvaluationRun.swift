/// The state of one household's evaluation.
///
/// Measures are cached per household (and per member) in plain arrays: a state byte (not
/// yet measured, measured, missing) and the value. Missing items are kept apart, in the
/// rare list ``missingMeasures``.
struct EvaluationRun {
    let catalog: RuleCatalog
    let compiled: CompiledCatalog
    let day: Day
    let parameters: ResolvedParameters
    let tracing: Bool
    private let memberCount: Int
    private let measureCount: Int
    private var context: MeasureContext
    private var measureState: [UInt8]
    private var measureValues: [Quantity]
    private var missingMeasures: [(slot: Int, items: [MissingItem])] = []
    /// The measures that gave a range (state 3), with what would make them exact; rare.
    private var rangedMeasures: [(slot: Int, range: QuantityRange, items: [MissingItem])] = []
    /// Whether comparisons with an unknown side are decided over the ranges the sides can
    /// take (on unless a test compares with the engine that never did).
    let decidesOverRanges: Bool
    private var statuses: [UInt8]
    private(set) var tier: TierOutcome?
    /// Measures already taken by another run, read instead of computing them.
    private let recorded: RecordedMeasures?


    init(catalog: RuleCatalog, household: Household, day: Day, parameters: ResolvedParameters, tracing: Bool,
         scratch: EvaluationScratch?, recorded: RecordedMeasures?, decidesOverRanges: Bool = true) {
        self.recorded = recorded
        self.decidesOverRanges = decidesOverRanges
        self.catalog = catalog
        self.compiled = catalog.compiled
        self.day = day
        self.parameters = parameters
        self.tracing = tracing
        self.memberCount = household.members.count
        self.measureCount = catalog.measures.count
        self.context = MeasureContext(household: household, day: day, memberIndex: nil, parameters: parameters)
        measureState = []
        measureValues = []
        statuses = []
        if let scratch {
            swap(&measureState, &scratch.measureState)
            swap(&measureValues, &scratch.measureValues)
            swap(&statuses, &scratch.statuses)
        }
        let slots = measureCount * (memberCount + 1)
        measureState.removeAll(keepingCapacity: true)
        measureState.append(contentsOf: repeatElement(0, count: slots))
        if measureValues.count < slots {
            measureValues.append(contentsOf: repeatElement(Quantity(0, unit: .count), count: slots - measureValues.count))
        }
        statuses.removeAll(keepingCapacity: true)
        statuses.append(contentsOf: repeatElement(StatusCode.unset, count: catalog.programs.count * (memberCount + 1)))
    }

    /// Gives the buffers back to the scratch for the next evaluation.
    mutating func returnBuffers(to scratch: EvaluationScratch?) {
        guard let scratch else { return }
        swap(&measureState, &scratch.measureState)
        swap(&measureValues, &scratch.measureValues)
        swap(&statuses, &scratch.statuses)
    }

    // MARK: Status bookkeeping

    mutating func setStatus(_ status: ProgramStatus, program: Int, member: Int?) {
        statuses[program * (memberCount + 1) + (member.map { $0 + 1 } ?? 0)] = StatusCode.code(status)
    }

    /// The status codes (``StatusCode``), program by program: household, then each member.
    var statusCodes: [UInt8] { statuses }

    /// A status; one not decided yet reads as undetermined.
    func status(program: Int, member: Int?) -> ProgramStatus {
        StatusCode.status(statuses[program * (memberCount + 1) + (member.map { $0 + 1 } ?? 0)]) ?? .undetermined
    }

    /// Applies precedence to the household-level tier statuses.
    mutating func settleTier() {
        let settled = TierPrecedence.settle(compiled.tiersByRank) { status(program: $0, member: nil) }
        if settled.pending.isEmpty {
            tier = settled.winner.map { .tier(catalog.programs[$0].id) } ?? TierOutcome.none
        } else {
            tier = .undetermined(TierPrecedence.stillPossible(settled).map { catalog.programs[$0].id })
        }
    }


    // MARK: Programs

    /// What deciding one program for the household or a member gave: its status, and (when
    /// tracing) the rules as evaluated and the near miss.
    struct ProgramDecision {
        var status: ProgramStatus
        var rules: [RuleOutcome] = []
        var amount: AmountResult?
        var missing: [MissingItem] = []
        var nearMiss: NearMiss?
        var notApplicableCause: NotApplicableCause?
        /// For an eligible program whose amount is unknown: the range it lies in, when bounded.
        var amountRange: QuantityRange?
    }

    /// Decides every program in catalog order, settling the tier before the first program
    /// that is not a tier, and hands each household-level and member-level decision to
    /// `visit(program position, member position, decision)`. A member-scope program that
    /// does not apply is reported for no one; a member-scope tier's household status is the
    /// worst of its members'.
    ///
    /// `taken(program position, member position)` may hand over a decision made elsewhere
    /// (a columnar run's): it is recorded as if determined here, and the program's rules are
    /// not evaluated. Only a decision that needs nothing from this run may be handed over (a
    /// status, and for an eligible program its amount), and only one this run would make.
    mutating func walkPrograms(nearMissShare: Rate, taken: ((Int, Int?) -> ProgramDecision?)? = nil,
                               _ visit: (Int, Int?, ProgramDecision) -> Void) {
        var tierDone = false
        for position in 0..<catalog.programs.count {
            let isTier = compiled.programIsTier[position]
            if !tierDone && !isTier {
                settleTier()
                tierDone = true
            }
            guard compiled.applies(compiled.programApplicability[position], to: context.household.jurisdiction, on: day) else {
                setStatus(.notApplicable, program: position, member: nil)
                for index in 0..<memberCount { setStatus(.notApplicable, program: position, member: index) }
                if !compiled.programIsMember[position] || isTier {
                    visit(position, nil, ProgramDecision(status: .notApplicable,
                                                         notApplicableCause: .program(catalog.programs[position].id)))
                }
                continue
            }
            if !compiled.programIsMember[position] {
                visit(position, nil, takeOrDetermine(position, member: nil, nearMissShare: nearMissShare, taken: taken))
            } else {
                var worst = StatusCode.eligible
                for index in 0..<memberCount {
                    let decided = takeOrDetermine(position, member: index, nearMissShare: nearMissShare, taken: taken)
                    worst = StatusCode.worstOfMembers(worst, StatusCode.code(decided.status))
                    visit(position, index, decided)
                }
                if isTier {
                    // A member-scope tier applies to the household when every member is eligible.
                    setStatus(StatusCode.status(worst) ?? .undetermined, program: position, member: nil)
                }
            }
        }
        if !tierDone { settleTier() }
    }

    /// The decision `taken` hands over for the program (its status recorded), or else the one
    /// ``determine(_:member:nearMissShare:)`` makes.
    private mutating func takeOrDetermine(_ position: Int, member: Int?, nearMissShare: Rate,
                                          taken: ((Int, Int?) -> ProgramDecision?)?) -> ProgramDecision {
        if let decided = taken?(position, member) {
            setStatus(decided.status, program: position, member: member)
            return decided
        }
        return determine(position, member: member, nearMissShare: nearMissShare)
    }

    mutating func determine(_ position: Int, member: Int?, nearMissShare: Rate) -> ProgramDecision {
        var combined = Truth.yes
        var outcomes: [RuleOutcome] = []
        var missing: [MissingItem] = []
        for base in compiled.programRules[position] {
            guard let ruleIndex = applicableRule(base) else {
                setStatus(.notApplicable, program: position, member: member)
                return ProgramDecision(status: .notApplicable, notApplicableCause: .rule(catalog.rules[base].id))
            }
            // Without traces, a failed rule decides the program: the others are not evaluated
            // (only whether they apply at the place, which can make the program not applicable).
            if combined == .no && !tracing { continue }
            let root = compiled.ruleRoots[ruleIndex]
            let ruleTruth: Truth
            if tracing {
                let traced = trace(root, member: member, missing: &missing)
                ruleTruth = traced.truth
                outcomes.append(RuleOutcome(rule: catalog.rules[ruleIndex],
                                            baseRule: ruleIndex == base ? nil : catalog.rules[base].id,
                                            truth: ruleTruth, trace: traced))
            } else {
                ruleTruth = truth(root, member: member, missing: &missing)
            }
            combined = Truth.and(combined, ruleTruth)
        }
        // A failed rule decides the program: what the other rules lack does not matter.
        if combined == .no { missing.removeAll(keepingCapacity: true) }
        let status = ProgramStatus(combined)
        setStatus(status, program: position, member: member)
        var amount: AmountResult?
        var amountRange: QuantityRange?
        let amountRoot = compiled.amountRoots[position]
        if status == .eligible, amountRoot >= 0 {
            let rounding = compiled.amountRounding[position]
            let period = compiled.amountPeriod[position]
            var lines: [AmountLine] = []
            let mark = missing.count
            var computed = evaluateAmount(amountRoot, member: member, depth: 0, lines: &lines, missing: &missing)
            if computed == nil && decidesOverRanges, let range = self.amountRange(amountRoot, member: member) {
                // An amount every unknown value leaves the same (a cap below what is known) is
                // known; otherwise the range it lies in is reported.
                if let exact = range.exactValue {
                    computed = exact
                    missing.removeSubrange(mark...)
                    if tracing {
                        lines = [AmountLine(label: Label("金额（未知的值无论为何，金额相同）", "amount (the same whatever the unknown values are)"),
                                            value: exact, depth: 0)]
                    }
                } else if range.upper != nil || (range.lower?.numerator ?? 0) > 0 {
                    // Shown in the period paid; "0 or more" says nothing and is left out.
                    func paid(_ end: Quantity?) -> Quantity? { end.map { AmountArithmetic.payable($0, period: period, rounding: rounding).exact } }
                    amountRange = QuantityRange(lower: paid(range.lower), upper: paid(range.upper))
                }
            }
            if let exact = computed {
                let payable = AmountArithmetic.payable(exact, period: period, rounding: rounding)
                if let money = payable.money {
                    amount = AmountResult(value: money, period: period, exact: payable.exact, lines: lines, rounding: rounding)
                } else {
                    missing.append(.arithmetic(Label("项目 \(catalog.programs[position].id) 的金额过大", "amount of \(catalog.programs[position].id) too large")))
                }
            }
        }
        var decided = ProgramDecision(status: status, rules: outcomes, amount: amount, missing: Self.unique(missing))
        decided.amountRange = amountRange
        if tracing && status == .notEligible {
            decided.nearMiss = NearMissFinder.find(in: outcomes, share: nearMissShare)
        }
        return decided
    }

    private func applicableRule(_ base: Int) -> Int? {
        compiled.applicableRule(base, jurisdiction: context.household.jurisdiction, on: day)
    }


    static func unique(_ items: [MissingItem]) -> [MissingItem] {
        guard items.count > 1 else { return items }
        guard items.count <= 16 else {
            var seen = Set<MissingItem>()
            return items.filter { seen.insert($0).inserted }
        }
        // A short list (the usual case): comparing with the items kept costs less than hashing
        // their strings.
        var kept: [MissingItem] = []
        kept.reserveCapacity(items.count)
        for item in items where !kept.contains(item) { kept.append(item) }
        return kept
    }

    // MARK: Measures and operands

    /// The value of measure `index` for the household or `member`; `nil` when missing or
    /// known only as a range (its items are appended to `missing`).
    mutating func measure(_ index: Int, member: Int?, missing: inout [MissingItem]) -> Quantity? {
        let isMember = compiled.measureIsMember[index]
        precondition(!isMember || member != nil, "member measure outside a member context")
        let slot = isMember ? (member! + 1) * measureCount + index : index
        switch measureState[slot] {
        case 1:
            return measureValues[slot]
        case 2:
            if let entry = missingMeasures.first(where: { $0.slot == slot }) { missing += entry.items }
            return nil
        case 3:
            if let entry = rangedMeasures.first(where: { $0.slot == slot }) { missing += entry.items }
            return nil
        default:
            let outcome: MeasureOutcome
            if let recorded {
                outcome = recorded.outcome(index, isMember ? member : nil)
            } else {
                context.memberIndex = isMember ? member : nil
                outcome = compiled.measureFunctions[index].compute(context)
            }
            switch outcome {
            case .value(let quantity) where quantity.unit != compiled.measureUnits[index]:
                // A measure that breaks its declared unit would defeat the catalog's unit check.
                let items = [Self.unitBroken(catalog.measures[index].id, gave: quantity.unit, declared: compiled.measureUnits[index])]
                measureState[slot] = 2
                missingMeasures.append((slot, items))
                missing += items
                return nil
            case .value(let quantity):
                measureState[slot] = 1
                measureValues[slot] = quantity
                return quantity
            case .missing(let items):
                measureState[slot] = 2
                missingMeasures.append((slot, items))
                missing += items
                return nil
            case .range(let range, let items):
                // An exact range is the value; a range in another unit breaks the declaration.
                if let exact = range.exactValue, exact.unit == compiled.measureUnits[index] {
                    measureState[slot] = 1
                    measureValues[slot] = exact
                    return exact
                }
                let ends = [range.lower, range.upper].compactMap { $0 }
                if let broken = ends.first(where: { $0.unit != compiled.measureUnits[index] }) {
                    let items = [Self.unitBroken(catalog.measures[index].id, gave: broken.unit, declared: compiled.measureUnits[index])]
                    measureState[slot] = 2
                    missingMeasures.append((slot, items))
                    missing += items
                    return nil
                }
                measureState[slot] = 3
                rangedMeasures.append((slot, range, items))
                missing += items
                return nil
            }
        }
    }

    /// The range of measure `index` for the household or `member`: its value, the range it
    /// gave, or `nil` when nothing bounds it.
    mutating func measureRange(_ index: Int, member: Int?) -> QuantityRange? {
        let slot = compiled.measureIsMember[index] ? (member! + 1) * measureCount + index : index
        if measureState[slot] == 0 {
            var ignored: [MissingItem] = []
            _ = measure(index, member: member, missing: &ignored)
        }
        switch measureState[slot] {
        case 1: return QuantityRange(exactly: measureValues[slot])
        case 3: return rangedMeasures.first(where: { $0.slot == slot })?.range
        default: return nil
        }
    }

    /// What a measure that gave a value in another unit than its declared one lacks (both
    /// engines report it so).
    static func unitBroken(_ measure: MeasureID, gave unit: QuantityUnit, declared: QuantityUnit) -> MissingItem {
        .arithmetic(Label("指标 \(measure) 给出的单位为 \(unit.chineseDescription)，但声明为 \(declared.chineseDescription)",
                          "measure \(measure) gave \(unit), but is declared in \(declared)"))
    }

    /// What an operand that reads an option parameter (a choice, not a number) lacks (both
    /// engines report it so).
    static func optionIsNotANumber(_ id: ParameterID) -> MissingItem {
        .arithmetic(Label("参数 \(id) 是选项，不是数值", "parameter \(id) is an option, not a number"))
    }

    /// A product or sum operand of two known values, or `nil` with what went wrong appended
    /// (both engines compute it so).
    static func combine(_ kind: CompiledCatalog.OperandKind, _ left: Quantity, _ right: Quantity,
                        missing: inout [MissingItem]) -> Quantity? {
        do {
            return kind == .product ? try left.multiplied(by: right) : try left.adding(right)
        } catch {
            missing.append(.arithmetic(error.label))
            return nil
        }
    }

    /// The value of operand node `node`; `nil` when something it needs is missing.
    mutating func value(_ node: Int32, member: Int?, missing: inout [MissingItem]) -> Quantity? {
        let operand = compiled.operands[Int(node)]
        switch operand.kind {
        case .measure:
            return measure(Int(operand.index), member: member, missing: &missing)
        case .parameter:
            if let quantity = parameters.quantities[Int(operand.index)] { return quantity }
            if case .absent(let absence) = parameters[Int(operand.index)] {
                missing.append(.parameter(absence))
            } else {
                missing.append(Self.optionIsNotANumber(catalog.parameterCatalog.definitions[Int(operand.index)].id))
            }
            return nil
        case .constant:
            return compiled.constants[Int(operand.index)]
        case .product, .sum:
            let left = value(operand.left, member: member, missing: &missing)
            let right = value(operand.right, member: member, missing: &missing)
            guard let left, let right else { return nil }
            return Self.combine(operand.kind, left, right, missing: &missing)
        case .labelled:
            return value(operand.left, member: member, missing: &missing)
        }
    }

    /// The range operand node `node` can take: exact values as single points, the range a
    /// measure gave, a parameter without a value as 0 or more (the policy format's domain:
    /// no parameter value is negative), sums and products of those; `nil` when nothing bounds
    /// it (a missing measure, a choice, a product of ranges that reach below 0, an overflow).
    mutating func range(_ node: Int32, member: Int?) -> QuantityRange? {
        let operand = compiled.operands[Int(node)]
        switch operand.kind {
        case .measure:
            return measureRange(Int(operand.index), member: member)
        case .parameter:
            if let quantity = parameters.quantities[Int(operand.index)] { return QuantityRange(exactly: quantity) }
            guard case .absent = parameters[Int(operand.index)],
                  let unit = catalog.parameterCatalog.definitions[Int(operand.index)].units.first?.quantityUnit
            else { return nil }
            return QuantityRange(lower: Quantity(0, unit: unit), upper: nil)
        case .constant:
            return QuantityRange(exactly: compiled.constants[Int(operand.index)])
        case .sum, .product:
            guard let left = range(operand.left, member: member), let right = range(operand.right, member: member) else { return nil }
            return operand.kind == .sum ? try? left.adding(right) : (try? left.multiplied(by: right)) ?? nil
        case .labelled:
            return range(operand.left, member: member)
        }
    }

    /// A comparison with an unknown side, decided over the ranges both sides can take:
    /// ``Truth/yes`` or ``Truth/no`` when every pair of values agrees, else ``Truth/unknown``;
    /// with the ranges, for the trace.
    mutating func rangeTruth(_ condition: CompiledCatalog.ConditionNode, member: Int?) -> (Truth, QuantityRange?, QuantityRange?) {
        guard decidesOverRanges else { return (.unknown, nil, nil) }
        let left = range(condition.a, member: member)
        let right = range(condition.b, member: member)
        guard let left, let right, let truth = try? QuantityRange.truth(left, condition.comparison, right) else {
            return (.unknown, left, right)
        }
        return (truth, left, right)
    }

    // MARK: Conditions without a trace

    mutating func truth(_ node: Int32, member: Int?, missing: inout [MissingItem]) -> Truth {
        let condition = compiled.conditions[Int(node)]
        switch condition.kind {
        case .compare:
            let mark = missing.count
            let left = value(condition.a, member: member, missing: &missing)
            let right = value(condition.b, member: member, missing: &missing)
            guard let left, let right else {
                // Decided over ranges: what is missing cannot change the answer.
                let (truth, _, _) = rangeTruth(condition, member: member)
                if truth != .unknown { missing.removeSubrange(mark...) }
                return truth
            }
            do {
                return Truth(condition.comparison.holds(forOrder: try left.compare(to: right)))
            } catch {
                missing.append(.arithmetic(error.label))
                return .unknown
            }
        case .isTrue:
            guard let quantity = measure(Int(condition.a), member: member, missing: &missing) else { return .unknown }
            return Truth(quantity.isTrue)
        case .all:
            // A failed part decides an `all` (a met one an `any`): the parts after it are not
            // evaluated, and what the parts before it lack is dropped (``decided(_:missing:since:)``).
            let mark = missing.count
            var result = Truth.yes
            for offset in 0..<Int(condition.b) where result != .no {
                result = Truth.and(result, truth(compiled.children[Int(condition.a) + offset], member: member, missing: &missing))
            }
            return Self.decided(result, missing: &missing, since: mark)
        case .any:
            let mark = missing.count
            var result = Truth.no
            for offset in 0..<Int(condition.b) where result != .yes {
                result = Truth.or(result, truth(compiled.children[Int(condition.a) + offset], member: member, missing: &missing))
            }
            return Self.decided(result, missing: &missing, since: mark)
        case .not:
            return truth(condition.a, member: member, missing: &missing).negated
        case .program:
            let position = Int(condition.a)
            let subject = compiled.programIsMember[position] ? member : nil
            let result = Truth.programTruth(status(program: position, member: subject), wanted: condition.status)
            if result == .unknown { missing.append(.undeterminedProgram(catalog.programs[position].id)) }
            return result
        case .tier:
            let result = tierTruth(first: Int(condition.a), count: Int(condition.b))
            if result == .unknown { missing.append(.undeterminedTier) }
            return result
        case .anyMember:
            let mark = missing.count
            var result = Truth.no
            for index in 0..<memberCount where result != .yes {
                result = Truth.or(result, truth(condition.a, member: index, missing: &missing))
            }
            return Self.decided(result, missing: &missing, since: mark)
        case .allMembers:
            let mark = missing.count
            var result = Truth.yes
            for index in 0..<memberCount where result != .no {
                result = Truth.and(result, truth(condition.a, member: index, missing: &missing))
            }
            return Self.decided(result, missing: &missing, since: mark)
        case .labelled:
            return truth(condition.a, member: member, missing: &missing)
        }
    }

    /// `result`, after dropping what its parts found missing when it is decided anyway: an
    /// `any` with one part met, or an `all` with one part failed, does not depend on the
    /// undetermined parts, so their missing facts are not what the decision lacks.
    @inline(__always)
    static func decided(_ result: Truth, missing: inout [MissingItem], since mark: Int) -> Truth {
        if result != .unknown && missing.count > mark { missing.removeSubrange(mark...) }
        return result
    }


    func tierTruth(first: Int, count: Int) -> Truth {
        let positions = compiled.children[first..<(first + count)]
        switch tier ?? .none {
        case .tier(let id):
            return Truth(positions.contains { catalog.programs[Int($0)].id == id })
        case .none:
            return .no
        case .undetermined(let candidates):
            return positions.contains { candidates.contains(catalog.programs[Int($0)].id) } ? .unknown : .no
        }
    }

    // MARK: Conditions with a trace

    mutating func trace(_ node: Int32, member: Int?, missing: inout [MissingItem]) -> ConditionTrace {
        let condition = compiled.conditions[Int(node)]
        switch condition.kind {
        case .compare:
            var items: [MissingItem] = []
            let left = value(condition.a, member: member, missing: &items)
            let right = value(condition.b, member: member, missing: &items)
            var truth = Truth.unknown
            var margin: Quantity?
            var ranges: (QuantityRange?, QuantityRange?) = (nil, nil)
            if left == nil || right == nil {
                let decided = rangeTruth(condition, member: member)
                truth = decided.0
                // A side's range is shown when it is not exact and bounds something.
                func shown(_ range: QuantityRange?, _ exact: Quantity?) -> QuantityRange? {
                    // "0 or more" says nothing and is left out.
                    guard exact == nil, let range, range.upper != nil || (range.lower?.numerator ?? 0) > 0 else { return nil }
                    return range
                }
                ranges = (shown(decided.1, left), shown(decided.2, right))
                if truth != .unknown { items.removeAll() }
            } else if let left, let right {
                do {
                    truth = Truth(condition.comparison.holds(forOrder: try left.compare(to: right)))
                    // The margin is for the explanation only: one too large to compute is left
                    // out, it does not make the decided comparison undetermined.
                    margin = try? left.subtracting(right)
                } catch {
                    items.append(.arithmetic(error.label))
                }
            }
            missing += items
            return .comparison(ComparisonTrace(
                left: label(condition.a), leftValue: left, comparison: condition.comparison, right: label(condition.b),
                rightValue: right, truth: truth, margin: margin,
                parameters: parametersRead(condition.a, condition.b), missing: items, leftRange: ranges.0, rightRange: ranges.1))
        case .isTrue:
            let measure = catalog.measures[Int(condition.a)]
            var items: [MissingItem] = []
            let value = self.measure(Int(condition.a), member: member, missing: &items)
            missing += items
            return .fact(Label(measure.chineseTitle, measure.englishTitle), value.map { Truth($0.isTrue) } ?? .unknown,
                         missing: items)
        case .all, .any:
            let mark = missing.count
            var traces: [ConditionTrace] = []
            for offset in 0..<Int(condition.b) {
                traces.append(trace(compiled.children[Int(condition.a) + offset], member: member, missing: &missing))
            }
            if condition.kind == .all {
                let result = Self.decided(traces.reduce(Truth.yes) { Truth.and($0, $1.truth) }, missing: &missing, since: mark)
                return .group(.all, nil, result, traces)
            }
            let result = Self.decided(traces.reduce(Truth.no) { Truth.or($0, $1.truth) }, missing: &missing, since: mark)
            return .group(.any, nil, result, traces)
        case .not:
            let inner = trace(condition.a, member: member, missing: &missing)
            return .group(.not, nil, inner.truth.negated, [inner])
        case .program:
            let program = catalog.programs[Int(condition.a)]
            let subject = program.scope == .member ? member : nil
            let actual = status(program: Int(condition.a), member: subject)
            let wanted = condition.status
            let label = Label("\(program.chineseTitle)须为\(wanted.chineseName)（本次认定：\(actual.chineseName)）",
                              "\(program.englishTitle) must be \(wanted.englishName) (it is \(actual.englishName))")
            let truth = Truth.programTruth(actual, wanted: wanted)
            let items: [MissingItem] = truth == .unknown ? [.undeterminedProgram(program.id)] : []
            missing += items
            return .fact(label, truth, missing: items)
        case .tier:
            let names = compiled.children[Int(condition.a)..<Int(condition.a + condition.b)].map { catalog.programs[Int($0)] }
            let label = Label("救助层级为" + names.map(\.chineseTitle).joined(separator: "或"),
                              "tier is " + names.map(\.englishTitle).joined(separator: " or "))
            let truth = tierTruth(first: Int(condition.a), count: Int(condition.b))
            let items: [MissingItem] = truth == .unknown ? [.undeterminedTier] : []
            missing += items
            return .fact(label, truth, missing: items)
        case .anyMember, .allMembers:
            let isAny = condition.kind == .anyMember
            let mark = missing.count
            var traces: [(member: Member.ID, trace: ConditionTrace)] = []
            var result: Truth = isAny ? .no : .yes
            for index in 0..<memberCount {
                let traced = trace(condition.a, member: index, missing: &missing)
                result = isAny ? Truth.or(result, traced.truth) : Truth.and(result, traced.truth)
                traces.append((context.household.members[index].id, traced))
            }
            return .members(isAny ? .any : .all, nil, Self.decided(result, missing: &missing, since: mark), traces)
        case .labelled:
            let label = compiled.labels[Int(condition.b)]
            switch trace(condition.a, member: member, missing: &missing) {
            case .group(let kind, _, let truth, let parts): return .group(kind, label, truth, parts)
            case .members(let kind, _, let truth, let parts): return .members(kind, label, truth, parts)
            case .fact(_, let truth, let items): return .fact(label, truth, missing: items)
            case .comparison(let comparison): return .group(.all, label, comparison.truth, [.comparison(comparison)])
            }
        }
    }

    /// The label of operand node `node` (built once per catalog).
    func label(_ node: Int32) -> Label {
        compiled.operandLabels[Int(node)]
    }

    /// The parameters in force that operand nodes `a` and `b` read, in reading order.
    func parametersRead(_ a: Int32, _ b: Int32) -> [ResolvedParameter] {
        let (first, second) = (compiled.operandParameters[Int(a)], compiled.operandParameters[Int(b)])
        guard !first.isEmpty || !second.isEmpty else { return [] }
        var read: [ResolvedParameter] = []
        read.reserveCapacity(first.count + second.count)
        for position in first { if let resolved = parameters[Int(position)].resolved { read.append(resolved) } }
        for position in second { if let resolved = parameters[Int(position)].resolved { read.append(resolved) } }
        return read
    }

    // MARK: Amounts

    /// The exact value of amount node `node`; `nil` when something is missing. Labelled
    /// lines are recorded when tracing.
    mutating func evaluateAmount(_ node: Int32, member: Int?, depth: Int, lines: inout [AmountLine],
                                 missing: inout [MissingItem]) -> Quantity? {
        let amount = compiled.amounts[Int(node)]
        let lineIndex = lines.count
        if tracing { lines.append(AmountLine(label: compiled.labels[Int(amount.label)], value: Quantity(0, unit: .moneySum), depth: depth)) }
        var result: Quantity?
        switch amount.kind {
        case .operand:
            result = value(amount.a, member: member, missing: &missing)
        case .sum, .maximum, .minimum:
            var values: [Quantity] = []
            var complete = true
            for offset in 0..<Int(amount.b) {
                if let part = evaluateAmount(compiled.children[Int(amount.a) + offset], member: member, depth: depth + 1,
                                             lines: &lines, missing: &missing) {
                    values.append(part)
                } else {
                    complete = false
                }
            }
            if complete { result = Self.combine(values, amount.kind, missing: &missing) }
        case .difference:
            let first = evaluateAmount(amount.a, member: member, depth: depth + 1, lines: &lines, missing: &missing)
            let second = evaluateAmount(amount.b, member: member, depth: depth + 1, lines: &lines, missing: &missing)
            if let first, let second {
                do { result = try first.subtracting(second) } catch { missing.append(.arithmetic(error.label)) }
            }
        case .sumOverMembers:
            var sum = MemberSum()
            for index in 0..<memberCount {
                switch truth(amount.c, member: index, missing: &missing) {
                case .no: continue
                case .unknown: sum.spoil()
                case .yes:
                    guard let part = evaluateAmount(amount.a, member: index, depth: depth + 1, lines: &lines, missing: &missing) else {
                        sum.spoil()
                        continue
                    }
                    do { try sum.add(part) } catch { missing.append(.arithmetic(error.label)) }
                }
            }
            result = sum.total
        case .scaled:
            let part = evaluateAmount(amount.a, member: member, depth: depth + 1, lines: &lines, missing: &missing)
            let factor = value(amount.b, member: member, missing: &missing)
            if let part, let factor {
                do { result = try part.multiplied(by: factor) } catch { missing.append(.arithmetic(error.label)) }
            }
        case .when:
            switch truth(amount.c, member: member, missing: &missing) {
            case .yes: result = evaluateAmount(amount.a, member: member, depth: depth + 1, lines: &lines, missing: &missing)
            case .no: result = evaluateAmount(amount.b, member: member, depth: depth + 1, lines: &lines, missing: &missing)
            case .unknown: result = nil
            }
        }
        if tracing {
            if let result {
                var name = compiled.labels[Int(amount.label)]
                if let member, amount.kind != .sumOverMembers {
                    name = Label("\(name.chinese)（\(context.household.members[member].id)）", "\(name.english) (\(context.household.members[member].id))")
                }
                lines[lineIndex] = AmountLine(label: name, value: result, depth: depth)
            } else {
                lines.remove(at: lineIndex)
            }
        }
        return result
    }

    /// The range amount node `node` can take when something it reads is unknown: parts as
    /// ranges (``range(_:member:)``), sums and differences of ranges, the smaller or larger of
    /// ranges, a member or a branch whose condition is unknown counted both ways; `nil` when
    /// nothing bounds it.
    mutating func amountRange(_ node: Int32, member: Int?) -> QuantityRange? {
        let amount = compiled.amounts[Int(node)]
        var ignored: [MissingItem] = []
        do {
            switch amount.kind {
            case .operand:
                return range(amount.a, member: member)
            case .sum, .maximum, .minimum:
                var parts: [QuantityRange] = []
                for offset in 0..<Int(amount.b) {
                    let part = amountRange(compiled.children[Int(amount.a) + offset], member: member)
                    if amount.kind == .sum, part == nil { return nil }
                    parts.append(part ?? QuantityRange(lower: nil, upper: nil))
                }
                if amount.kind == .sum {
                    // An empty sum is 0 per month, as AmountArithmetic.combine has it.
                    guard var total = parts.first else { return QuantityRange(exactly: Quantity(0, unit: .moneyPerMonth)) }
                    for part in parts.dropFirst() { total = try total.adding(part) }
                    return total
                }
                return try QuantityRange.extreme(of: parts, lowest: amount.kind == .minimum)
            case .difference:
                guard let first = amountRange(amount.a, member: member), let second = amountRange(amount.b, member: member) else { return nil }
                return try first.subtracting(second)
            case .sumOverMembers:
                var total: QuantityRange?
                for index in 0..<memberCount {
                    let holds = truth(amount.c, member: index, missing: &ignored)
                    if holds == .no { continue }
                    guard var part = amountRange(amount.a, member: index) else { return nil }
                    if holds == .unknown, let zero = part.lower.map({ Quantity(0, unit: $0.unit) }) ?? part.upper.map({ Quantity(0, unit: $0.unit) }) {
                        part = try part.union(QuantityRange(exactly: zero))
                    } else if holds == .unknown {
                        return nil
                    }
                    total = try total.map { try $0.adding(part) } ?? part
                }
                return total ?? QuantityRange(exactly: Quantity(0, unit: .moneyPerMonth))
            case .scaled:
                guard let part = amountRange(amount.a, member: member), let factor = range(amount.b, member: member) else { return nil }
                return try part.multiplied(by: factor)
            case .when:
                switch truth(amount.c, member: member, missing: &ignored) {
                case .yes: return amountRange(amount.a, member: member)
                case .no: return amountRange(amount.b, member: member)
                case .unknown:
                    guard let first = amountRange(amount.a, member: member), let second = amountRange(amount.b, member: member) else { return nil }
                    return try first.union(second)
                }
            }
        } catch {
            return nil
        }
    }

    private static func combine(_ values: [Quantity], _ kind: CompiledCatalog.AmountKind,
                                missing: inout [MissingItem]) -> Quantity? {
        do {
            return try AmountArithmetic.combine(values, kind)
        } catch {
            missing.append(.arithmetic(error.label))
            return nil
        }
    }

}


/// Measure outcomes taken by another run of the same catalog, household and day (a
/// ``TableTraces`` block's columns), read by ``EvaluationRun`` instead of computing the
/// measures: `outcome(measure position, member position or nil)`.
struct RecordedMeasures {
    let outcome: (Int, Int?) -> MeasureOutcome
}
