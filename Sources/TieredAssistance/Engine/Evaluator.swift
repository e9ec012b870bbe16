/// Evaluates households against a rule catalog and a policy book.
///
/// ```swift
/// let evaluator = Evaluator(catalog: .innerMongolia, book: InnerMongoliaBook.book)
/// let evaluation = evaluator.evaluate(household, on: Day(iso: "2024-10-01")!)
/// print(ExplanationRenderer(language: .chinese).render(evaluation, household: household))
/// ```
///
/// With `tracing: false` the evaluator builds no traces, breakdowns or near-miss reports:
/// conditions are walked over precompiled positions and no memory is allocated per
/// condition. Missing facts and parameters are still reported, as every undetermined
/// outcome must name what it lacks.
public struct Evaluator: Sendable {
    /// The rules.
    public let catalog: RuleCatalog
    /// The parameter values.
    public let book: PolicyBook
    /// A program missed by no more than this share of its thresholds is flagged as a near
    /// miss (tracing only). 5 % unless set.
    public var nearMissShare: Rate

    /// Creates an evaluator.
    ///
    /// - Precondition: the book and the catalog use the same parameter catalog.
    public init(catalog: RuleCatalog, book: PolicyBook, nearMissShare: Rate = .percent(5)) {
        precondition(catalog.parameterCatalog.definitions.map(\.id) == book.catalog.definitions.map(\.id),
                     "the rule catalog and the policy book must share their parameter catalog")
        self.catalog = catalog
        self.book = book
        self.nearMissShare = nearMissShare
    }

    /// Evaluates `household` on `day`, resolving parameters from the book.
    public func evaluate(_ household: Household, on day: Day, tracing: Bool = true) -> Evaluation {
        let parameters = book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
        return evaluate(household, on: day, parameters: parameters, tracing: tracing)
    }

    /// Evaluates `household` on `day` with parameters already resolved for its
    /// jurisdiction, residence and day (batch runs resolve once per place).
    ///
    /// - Precondition: `parameters` were resolved for this household's jurisdiction,
    ///   residence and `day`.
    public func evaluate(_ household: Household, on day: Day, parameters: ResolvedParameters,
                         tracing: Bool) -> Evaluation {
        var run = EvaluationRun(catalog: catalog, household: household, day: day, parameters: parameters, tracing: tracing)
        var determinations: [Determination] = []
        determinations.reserveCapacity(catalog.programs.count + household.members.count)
        let compiled = catalog.compiled
        var tierDone = false
        for (position, program) in catalog.programs.enumerated() {
            if !tierDone && program.tierRank == nil {
                run.settleTier()
                tierDone = true
            }
            guard program.applicability.applies(to: household.jurisdiction, on: day) else {
                run.setStatus(.notApplicable, program: position, member: nil)
                for index in household.members.indices { run.setStatus(.notApplicable, program: position, member: index) }
                if program.scope == .household || program.tierRank != nil {
                    determinations.append(Determination(
                        program: program.id, member: nil, status: .notApplicable, rules: [], amount: nil, missing: [],
                        supersededBy: nil, nearMiss: nil,
                        notApplicableReason: "applies \(program.applicability.summary)"))
                }
                continue
            }
            switch program.scope {
            case .household:
                determinations.append(run.determine(position, member: nil, compiled: compiled, nearMissShare: nearMissShare))
            case .member:
                var statuses: [ProgramStatus] = []
                for index in household.members.indices {
                    let determination = run.determine(position, member: index, compiled: compiled, nearMissShare: nearMissShare)
                    statuses.append(determination.status)
                    determinations.append(determination)
                }
                if program.tierRank != nil {
                    // A member-scope tier applies to the household when every member is eligible.
                    let status: ProgramStatus = statuses.contains(.notEligible) ? .notEligible
                        : statuses.contains(.undetermined) ? .undetermined
                        : statuses.contains(.notApplicable) ? .notApplicable : .eligible
                    run.setStatus(status, program: position, member: nil)
                }
            }
        }
        if !tierDone { run.settleTier() }
        let tier = run.tier ?? .none
        if case .tier(let winner) = tier {
            for index in determinations.indices {
                let program = catalog.programs[catalog.programIndex[determinations[index].program]!]
                if program.tierRank != nil, determinations[index].program != winner, determinations[index].status == .eligible,
                   determinations[index].member == nil
                {
                    determinations[index].supersededBy = winner
                }
            }
        }
        return Evaluation(household: household.id, day: day, jurisdiction: household.jurisdiction,
                          residence: household.residence, tier: tier, determinations: determinations)
    }
}

/// The state of one household's evaluation.
struct EvaluationRun {
    let catalog: RuleCatalog
    let household: Household
    let day: Day
    let parameters: ResolvedParameters
    let tracing: Bool
    private let memberCount: Int
    private let programCount: Int
    private var householdMeasures: [MeasureOutcome?]
    private var memberMeasures: [MeasureOutcome?]
    private var statuses: [ProgramStatus?]
    private(set) var tier: TierOutcome?

    init(catalog: RuleCatalog, household: Household, day: Day, parameters: ResolvedParameters, tracing: Bool) {
        self.catalog = catalog
        self.household = household
        self.day = day
        self.parameters = parameters
        self.tracing = tracing
        self.memberCount = household.members.count
        self.programCount = catalog.programs.count
        self.householdMeasures = Array(repeating: nil, count: catalog.measures.count)
        self.memberMeasures = []
        self.statuses = Array(repeating: nil, count: catalog.programs.count * (household.members.count + 1))
    }

    // MARK: Status bookkeeping

    mutating func setStatus(_ status: ProgramStatus, program: Int, member: Int?) {
        statuses[program * (memberCount + 1) + (member.map { $0 + 1 } ?? 0)] = status
    }

    func status(program: Int, member: Int?) -> ProgramStatus {
        statuses[program * (memberCount + 1) + (member.map { $0 + 1 } ?? 0)] ?? .undetermined
    }

    /// Applies precedence to the household-level tier statuses.
    mutating func settleTier() {
        var pending: [ProgramID] = []
        for position in catalog.compiled.tiersByRank {
            switch status(program: position, member: nil) {
            case .eligible:
                if pending.isEmpty {
                    tier = .tier(catalog.programs[position].id)
                } else {
                    tier = .undetermined(pending + [catalog.programs[position].id])
                }
                return
            case .undetermined:
                pending.append(catalog.programs[position].id)
            case .notEligible, .notApplicable:
                continue
            }
        }
        tier = pending.isEmpty ? TierOutcome.none : .undetermined(pending)
    }

    // MARK: Programs

    mutating func determine(_ position: Int, member: Int?, compiled: CompiledCatalog, nearMissShare: Rate) -> Determination {
        let program = catalog.programs[position]
        var truth = Truth.yes
        var outcomes: [RuleOutcome] = []
        var missing: [MissingItem] = []
        for base in compiled.programRules[position] {
            guard let ruleIndex = applicableRule(base, compiled: compiled) else {
                setStatus(.notApplicable, program: position, member: member)
                let rule = catalog.rules[base]
                return Determination(program: program.id, member: member.map { household.members[$0].id },
                                     status: .notApplicable, rules: [], amount: nil, missing: [], supersededBy: nil,
                                     nearMiss: nil,
                                     notApplicableReason: "rule \(rule.id) applies \(rule.applicability.summary)")
            }
            let rule = catalog.rules[ruleIndex]
            let ruleTruth: Truth
            var trace: ConditionTrace?
            if tracing {
                let traced = self.trace(compiled.conditions[ruleIndex], member: member, missing: &missing)
                ruleTruth = traced.truth
                trace = traced
            } else {
                ruleTruth = self.truth(compiled.conditions[ruleIndex], member: member, missing: &missing)
            }
            if tracing {
                outcomes.append(RuleOutcome(rule: rule, baseRule: ruleIndex == base ? nil : catalog.rules[base].id,
                                            truth: ruleTruth, trace: trace))
            }
            truth = Self.and(truth, ruleTruth)
        }
        let status = ProgramStatus(truth)
        setStatus(status, program: position, member: member)
        var amount: AmountResult?
        if status == .eligible, let formula = program.amount, let expression = compiled.amounts[position] {
            var lines: [AmountLine] = []
            switch evaluateAmount(expression, member: member, depth: 0, lines: &lines, missing: &missing) {
            case .value(let exact):
                let monthly = exact.unit == .moneyPerYear
                    ? Quantity(exact.numerator, over: exact.denominator * 12, unit: .moneyPerMonth) : exact
                if let money = monthly.money(rounding: formula.rounding) {
                    amount = AmountResult(monthly: money, exact: monthly, lines: lines, rounding: formula.rounding)
                } else {
                    missing.append(.arithmetic("amount of \(program.id) too large"))
                }
            case .missing(let items):
                missing.append(contentsOf: items)
            }
        }
        var determination = Determination(
            program: program.id, member: member.map { household.members[$0].id }, status: status, rules: outcomes,
            amount: amount, missing: Self.unique(missing), supersededBy: nil, nearMiss: nil, notApplicableReason: nil)
        if tracing && status == .notEligible {
            determination.nearMiss = NearMissFinder.find(in: outcomes, share: nearMissShare)
        }
        return determination
    }

    private func applicableRule(_ base: Int, compiled: CompiledCatalog) -> Int? {
        for variant in compiled.ruleVariants[base]
        where catalog.rules[variant].applicability.applies(to: household.jurisdiction, on: day) {
            return variant
        }
        return catalog.rules[base].applicability.applies(to: household.jurisdiction, on: day) ? base : nil
    }

    static func and(_ a: Truth, _ b: Truth) -> Truth {
        if a == .no || b == .no { return .no }
        if a == .unknown || b == .unknown { return .unknown }
        return .yes
    }

    static func or(_ a: Truth, _ b: Truth) -> Truth {
        if a == .yes || b == .yes { return .yes }
        if a == .unknown || b == .unknown { return .unknown }
        return .no
    }

    static func unique(_ items: [MissingItem]) -> [MissingItem] {
        guard items.count > 1 else { return items }
        var seen = Set<MissingItem>()
        return items.filter { seen.insert($0).inserted }
    }

    // MARK: Measures and operands

    mutating func measure(_ index: Int, member: Int?) -> MeasureOutcome {
        let measure = catalog.measures[index]
        if measure.scope == .household {
            if let cached = householdMeasures[index] { return cached }
            let outcome = measure.measure(in: MeasureContext(household: household, day: day, memberIndex: nil,
                                                             parameters: parameters, catalog: catalog.parameterCatalog))
            householdMeasures[index] = outcome
            return outcome
        }
        guard let member else { preconditionFailure("member measure \(measure.id) outside a member context") }
        if memberMeasures.isEmpty {
            memberMeasures = Array(repeating: nil, count: catalog.measures.count * memberCount)
        }
        let slot = member * catalog.measures.count + index
        if let cached = memberMeasures[slot] { return cached }
        let outcome = measure.measure(in: MeasureContext(household: household, day: day, memberIndex: member,
                                                         parameters: parameters, catalog: catalog.parameterCatalog))
        memberMeasures[slot] = outcome
        return outcome
    }

    func parameterQuantity(_ index: Int) -> MeasureOutcome {
        switch parameters[index] {
        case .absent(let absence):
            return .missing([.parameter(absence)])
        case .value(let resolved):
            return .value(Self.quantity(of: resolved.entry))
        }
    }

    static func quantity(of entry: ParameterEntry) -> Quantity {
        switch entry.value {
        case .money(let amount): return .money(amount, periodMonths: entry.unit.periodMonths ?? 0)
        case .rate(let rate): return .ratio(rate)
        case .integer(let value):
            let unit: QuantityUnit = entry.unit == .months ? .months : entry.unit == .years ? .years : .count
            return Quantity(Int128(value), unit: unit)
        case .choice: return Quantity(0, unit: .flag)
        }
    }

    mutating func value(_ operand: CompiledOperand, member: Int?) -> MeasureOutcome {
        switch operand {
        case .measure(let index):
            return measure(index, member: member)
        case .parameter(let index):
            return parameterQuantity(index)
        case .constant(let quantity):
            return .value(quantity)
        case .product(let a, let b), .sum(let a, let b):
            let left = value(a, member: member)
            let right = value(b, member: member)
            switch (left, right) {
            case (.value(let x), .value(let y)):
                do {
                    if case .product = operand { return .value(try x.multiplied(by: y)) }
                    return .value(try x.adding(y))
                } catch {
                    return .missing([.arithmetic(error.description)])
                }
            case (.missing(let a), .missing(let b)): return .missing(a + b)
            case (.missing(let a), _), (_, .missing(let a)): return .missing(a)
            }
        case .labelled(let inner, _):
            return value(inner, member: member)
        }
    }

    // MARK: Conditions without a trace

    mutating func truth(_ condition: CompiledCondition, member: Int?, missing: inout [MissingItem]) -> Truth {
        switch condition {
        case .compare(let left, let comparison, let right):
            let a = value(left, member: member)
            let b = value(right, member: member)
            guard case .value(let x) = a, case .value(let y) = b else {
                if case .missing(let items) = a { missing.append(contentsOf: items) }
                if case .missing(let items) = b { missing.append(contentsOf: items) }
                return .unknown
            }
            do {
                return Truth(comparison.holds(forOrder: try x.compare(to: y)))
            } catch {
                missing.append(.arithmetic(error.description))
                return .unknown
            }
        case .isTrue(let index):
            switch measure(index, member: member) {
            case .value(let quantity): return Truth(quantity.isTrue)
            case .missing(let items):
                missing.append(contentsOf: items)
                return .unknown
            }
        case .all(let parts):
            var result = Truth.yes
            for part in parts {
                result = Self.and(result, truth(part, member: member, missing: &missing))
            }
            return result
        case .any(let parts):
            var result = Truth.no
            for part in parts {
                result = Self.or(result, truth(part, member: member, missing: &missing))
            }
            return result
        case .not(let part):
            return truth(part, member: member, missing: &missing).negated
        case .program(let position, let wanted):
            let subject = catalog.programs[position].scope == .member ? member : nil
            return programTruth(status(program: position, member: subject), wanted: wanted)
        case .tier(let positions):
            return tierTruth(positions)
        case .anyMember(let part):
            var result = Truth.no
            for index in 0..<memberCount {
                result = Self.or(result, truth(part, member: index, missing: &missing))
            }
            return result
        case .allMembers(let part):
            var result = Truth.yes
            for index in 0..<memberCount {
                result = Self.and(result, truth(part, member: index, missing: &missing))
            }
            return result
        case .labelled(let part, _):
            return truth(part, member: member, missing: &missing)
        }
    }

    func programTruth(_ status: ProgramStatus, wanted: ProgramStatus) -> Truth {
        if status == wanted { return .yes }
        if status == .undetermined || wanted == .undetermined { return .unknown }
        return .no
    }

    func tierTruth(_ positions: [Int]) -> Truth {
        switch tier ?? .none {
        case .tier(let id):
            return Truth(positions.contains { catalog.programs[$0].id == id })
        case .none:
            return .no
        case .undetermined(let candidates):
            return positions.contains { position in candidates.contains(catalog.programs[position].id) } ? .unknown : .no
        }
    }

    // MARK: Conditions with a trace

    mutating func trace(_ condition: CompiledCondition, member: Int?, missing: inout [MissingItem]) -> ConditionTrace {
        switch condition {
        case .compare(let left, let comparison, let right):
            let a = value(left, member: member)
            let b = value(right, member: member)
            var items: [MissingItem] = []
            if case .missing(let list) = a { items += list }
            if case .missing(let list) = b { items += list }
            var truth = Truth.unknown
            var margin: Quantity?
            if case .value(let x) = a, case .value(let y) = b {
                do {
                    truth = Truth(comparison.holds(forOrder: try x.compare(to: y)))
                    margin = try x.subtracting(y)
                } catch {
                    items.append(.arithmetic(error.description))
                }
            }
            missing += items
            return .comparison(ComparisonTrace(
                left: label(left), leftValue: a.quantity, comparison: comparison, right: label(right),
                rightValue: b.quantity, truth: truth, margin: margin,
                parameters: parametersRead(left) + parametersRead(right), missing: items))
        case .isTrue(let index):
            let measure = catalog.measures[index]
            switch self.measure(index, member: member) {
            case .value(let quantity):
                return .fact(Label(measure.chineseTitle, measure.englishTitle), Truth(quantity.isTrue), missing: [])
            case .missing(let items):
                missing += items
                return .fact(Label(measure.chineseTitle, measure.englishTitle), .unknown, missing: items)
            }
        case .all(let parts):
            let traces = parts.map { trace($0, member: member, missing: &missing) }
            return .group(.all, nil, traces.reduce(Truth.yes) { Self.and($0, $1.truth) }, traces)
        case .any(let parts):
            let traces = parts.map { trace($0, member: member, missing: &missing) }
            return .group(.any, nil, traces.reduce(Truth.no) { Self.or($0, $1.truth) }, traces)
        case .not(let part):
            let inner = trace(part, member: member, missing: &missing)
            return .group(.not, nil, inner.truth.negated, [inner])
        case .program(let position, let wanted):
            let program = catalog.programs[position]
            let subject = program.scope == .member ? member : nil
            let actual = status(program: position, member: subject)
            let label = Label("\(program.chineseTitle)：\(wanted.chineseName)（实际：\(actual.chineseName)）",
                              "\(program.englishTitle): \(wanted.englishName) (actually \(actual.englishName))")
            return .fact(label, programTruth(actual, wanted: wanted), missing: [])
        case .tier(let positions):
            let names = positions.map { catalog.programs[$0] }
            let label = Label("救助层级为" + names.map(\.chineseTitle).joined(separator: "或"),
                              "tier is " + names.map(\.englishTitle).joined(separator: " or "))
            return .fact(label, tierTruth(positions), missing: [])
        case .anyMember(let part), .allMembers(let part):
            let isAny: Bool
            if case .anyMember = condition { isAny = true } else { isAny = false }
            var traces: [(member: Member.ID, trace: ConditionTrace)] = []
            var result: Truth = isAny ? .no : .yes
            for index in 0..<memberCount {
                let traced = trace(part, member: index, missing: &missing)
                result = isAny ? Self.or(result, traced.truth) : Self.and(result, traced.truth)
                traces.append((household.members[index].id, traced))
            }
            return .members(isAny ? .any : .all, nil, result, traces)
        case .labelled(let part, let label):
            switch trace(part, member: member, missing: &missing) {
            case .group(let kind, _, let truth, let parts): return .group(kind, label, truth, parts)
            case .members(let kind, _, let truth, let parts): return .members(kind, label, truth, parts)
            case .fact(_, let truth, let items): return .fact(label, truth, missing: items)
            case .comparison(let comparison): return .group(.all, label, comparison.truth, [.comparison(comparison)])
            }
        }
    }

    func label(_ operand: CompiledOperand) -> Label {
        switch operand {
        case .measure(let index):
            return Label(catalog.measures[index].chineseTitle, catalog.measures[index].englishTitle)
        case .parameter(let index):
            let definition = catalog.parameterCatalog.definitions[index]
            return Label(definition.chineseTitle, definition.englishTitle)
        case .constant(let quantity):
            return Label(quantity.unit == .ratio ? Quantity.decimal(quantity.numerator, quantity.denominator, maximumDecimals: 4)
                         : quantity.description, quantity.unit == .ratio ? Quantity.decimal(quantity.numerator, quantity.denominator, maximumDecimals: 4) : quantity.description)
        case .product(let a, let b):
            let (x, y) = (label(a), label(b))
            return Label("\(x.chinese) × \(y.chinese)", "\(x.english) × \(y.english)")
        case .sum(let a, let b):
            let (x, y) = (label(a), label(b))
            return Label("\(x.chinese) + \(y.chinese)", "\(x.english) + \(y.english)")
        case .labelled(_, let label):
            return label
        }
    }

    func parametersRead(_ operand: CompiledOperand) -> [ResolvedParameter] {
        switch operand {
        case .parameter(let index): return parameters[index].resolved.map { [$0] } ?? []
        case .measure, .constant: return []
        case .product(let a, let b), .sum(let a, let b): return parametersRead(a) + parametersRead(b)
        case .labelled(let inner, _): return parametersRead(inner)
        }
    }

    // MARK: Amounts

    mutating func evaluateAmount(_ expression: CompiledAmount, member: Int?, depth: Int, lines: inout [AmountLine],
                                 missing: inout [MissingItem]) -> MeasureOutcome {
        let lineIndex = lines.count
        if tracing { lines.append(AmountLine(label: Label("", ""), value: Quantity(0, unit: .moneySum), depth: depth)) }
        let result: MeasureOutcome
        let label: Label
        switch expression {
        case .operand(let operand, let name):
            label = name
            result = value(operand, member: member)
        case .sum(let parts, let name), .maximum(let parts, let name), .minimum(let parts, let name):
            label = name
            var values: [Quantity] = []
            var gaps: [MissingItem] = []
            for part in parts {
                switch evaluateAmount(part, member: member, depth: depth + 1, lines: &lines, missing: &missing) {
                case .value(let quantity): values.append(quantity)
                case .missing(let items): gaps += items
                }
            }
            if !gaps.isEmpty {
                result = .missing(gaps)
            } else {
                result = Self.combine(values, expression)
            }
        case .difference(let a, let b, let name):
            label = name
            let x = evaluateAmount(a, member: member, depth: depth + 1, lines: &lines, missing: &missing)
            let y = evaluateAmount(b, member: member, depth: depth + 1, lines: &lines, missing: &missing)
            if case .value(let first) = x, case .value(let second) = y {
                do { result = .value(try first.subtracting(second)) } catch { result = .missing([.arithmetic(error.description)]) }
            } else {
                result = .missing((x.missingItems) + (y.missingItems))
            }
        case .sumOverMembers(let filter, let each, let name):
            label = name
            var total: Quantity?
            var gaps: [MissingItem] = []
            for index in 0..<memberCount {
                var filterMissing: [MissingItem] = []
                switch truth(filter, member: index, missing: &filterMissing) {
                case .no: continue
                case .unknown: gaps += filterMissing
                case .yes:
                    switch evaluateAmount(each, member: index, depth: depth + 1, lines: &lines, missing: &missing) {
                    case .value(let quantity):
                        if let current = total {
                            do { total = try current.adding(quantity) } catch { gaps.append(.arithmetic(error.description)) }
                        } else {
                            total = quantity
                        }
                    case .missing(let items): gaps += items
                    }
                }
            }
            result = gaps.isEmpty ? .value(total ?? Quantity(0, unit: .moneyPerMonth)) : .missing(gaps)
        case .when(let filter, let a, let b, let name):
            label = name
            var filterMissing: [MissingItem] = []
            switch truth(filter, member: member, missing: &filterMissing) {
            case .yes: result = evaluateAmount(a, member: member, depth: depth + 1, lines: &lines, missing: &missing)
            case .no: result = evaluateAmount(b, member: member, depth: depth + 1, lines: &lines, missing: &missing)
            case .unknown: result = .missing(filterMissing)
            }
        }
        if tracing {
            if case .value(let quantity) = result {
                var name = label
                if let member, case .sumOverMembers = expression {} else if let member {
                    name = Label("\(label.chinese)（\(household.members[member].id)）", "\(label.english) (\(household.members[member].id))")
                }
                lines[lineIndex] = AmountLine(label: name, value: quantity, depth: depth)
            } else {
                lines.remove(at: lineIndex)
            }
        }
        return result
    }

    private static func combine(_ values: [Quantity], _ expression: CompiledAmount) -> MeasureOutcome {
        guard var result = values.first else { return .value(Quantity(0, unit: .moneyPerMonth)) }
        do {
            for value in values.dropFirst() {
                switch expression {
                case .sum: result = try result.adding(value)
                case .maximum: if try value.compare(to: result) > 0 { result = value }
                case .minimum: if try value.compare(to: result) < 0 { result = value }
                default: break
                }
            }
        } catch {
            return .missing([.arithmetic(error.description)])
        }
        return .value(result)
    }
}

extension MeasureOutcome {
    /// The missing items, if the outcome is missing.
    var missingItems: [MissingItem] {
        if case .missing(let items) = self { return items }
        return []
    }
}
