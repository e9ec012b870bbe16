import Testing
@testable import TieredAssistanceCore
import TieredAssistance

/// `ColumnarEvaluator` must decide exactly what `Evaluator.decide` decides. These tests run
/// both engines on a purpose-built catalog that uses every construct of the engine (tiers
/// of both scopes in an order that is not their rank order, entitlements reading the tier
/// and other programs, every condition, operand and amount node, five roundings, missing
/// facts and parameters, applicability by place and day, local rule variants) over a few
/// thousand seeded households whose ``Household`` model and ``HouseholdTable`` columns are
/// filled from the same records, and compare every tier, status, amount and completeness
/// flag.
@Suite("Columnar evaluator against the household evaluator")
struct ColumnarEvaluatorTests {
    /// The shared population and the household engine's decisions on both days (built once).
    private static let scenario = Scenario.make()

    // MARK: - Differential

    @Test("3,000 households at 6 places, whole table and sub-ranges, two days: same tier, statuses, amounts and completeness")
    func agreesWithEvaluator() throws {
        let scenario = Self.scenario
        let count = scenario.households.count
        #expect(count > 8 * scenario.columnar.blockSize)
        var disagreements: [String] = []
        var compared = 0
        // One TableDecisions reused for every call: nothing of an earlier call may leak.
        var decisions = TableDecisions()
        for (dayIndex, day) in Twin.days.enumerated() {
            let expected = scenario.expected[dayIndex]
            let ranges = [0..<count, 100..<2_100, 255..<257, 1_000..<1_000, (count - 1)..<count, 511..<1_301]
            for range in ranges {
                try scenario.columnar.decide(scenario.table, households: range, on: day, into: &decisions)
                #expect(decisions.households == range)
                disagreements += Self.compare(decisions, expected, households: range, day: day, scenario: scenario)
                compared += range.count
            }
            // The default range is the whole table.
            try scenario.columnar.decide(scenario.table, on: day, into: &decisions)
            #expect(decisions.households == 0..<count)
            disagreements += Self.compare(decisions, expected, households: 0..<count, day: day, scenario: scenario)
        }
        #expect(compared > 10_000)
        #expect(disagreements.isEmpty, """
            \(disagreements.count) disagreements between ColumnarEvaluator and Evaluator.decide; the first ones:
            \(disagreements.prefix(25).joined(separator: "\n"))
            """)
    }

    @Test("Values unknown at a place: where the household engine decides over ranges, the columnar engine decides the same (both days, all households)")
    func agreesOverRanges() throws {
        let scenario = Scenario.make(book: try Twin.bookWithUnknownValues())
        var disagreements: [String] = []
        var decidedOverRanges = 0
        var decisions = TableDecisions()
        var withoutRanges = scenario.evaluator
        withoutRanges.decidesOverRanges = false
        for (dayIndex, day) in Twin.days.enumerated() {
            try scenario.columnar.decide(scenario.table, on: day, into: &decisions)
            disagreements += Self.compare(decisions, scenario.expected[dayIndex], households: 0..<scenario.households.count, day: day,
                                          scenario: scenario)
            // What the ranges decide: undetermined without them, decided with them.
            let narrow = try Scenario.decide(scenario.households, on: day, evaluator: withoutRanges)
            for (household, outcome) in narrow.enumerated() {
                for position in scenario.catalog.programs.indices {
                    let wide = scenario.expected[dayIndex][household].status(position, nil)
                    if outcome.status(position, nil) == .undetermined, wide != .undetermined { decidedOverRanges += 1 }
                }
            }
        }
        #expect(decidedOverRanges > 40, "the unknown values must leave comparisons the ranges decide: \(decidedOverRanges)")
        #expect(disagreements.isEmpty, """
            \(disagreements.count) disagreements between ColumnarEvaluator and Evaluator.decide over ranges; the first ones:
            \(disagreements.prefix(25).joined(separator: "\n"))
            """)
    }

    @Test("The population reaches every outcome the catalog is designed to produce, on the household engine's side")
    func populationIsHealthy() {
        let scenario = Self.scenario
        let catalog = scenario.catalog
        var statuses: [ProgramID: [ProgramStatus: Int]] = [:]
        var paid: [ProgramID: Int] = [:]
        var unpaid: [ProgramID: Int] = [:]
        var memberTierHouseholds = 0
        var notApplicableByRule: [ProgramID: Int] = [:]
        var tiers: [ProgramID: Int] = [:]
        var noTier = 0
        var undeterminedAboveEligible = 0
        var undeterminedWithoutEligible = 0
        var complete = 0
        var incomplete = 0
        for (dayIndex, expected) in scenario.expected.enumerated() {
            for outcome in expected {
                for (position, program) in catalog.programs.enumerated() {
                    let members: [Int?] = program.scope == .member ? outcome.memberIndices.map { $0 } : [nil]
                    for member in members {
                        guard let status = outcome.status(position, member) else { continue }
                        statuses[program.id, default: [:]][status, default: 0] += 1
                        // On the first day every program but twin.rigid (not in C) applies everywhere
                        // by its own applicability: not applicable then means one of its rules is not.
                        if dayIndex == 0 && program.id != Twin.rigid && status == .notApplicable {
                            notApplicableByRule[program.id, default: 0] += 1
                        }
                        if status == .eligible && program.amount != nil {
                            if let amount = outcome.amount(position, member), amount > .zero {
                                paid[program.id, default: 0] += 1
                            } else if outcome.amount(position, member) == nil {
                                unpaid[program.id, default: 0] += 1
                            }
                        }
                    }
                    if program.id == Twin.memberTier && outcome.status(position, nil) == .eligible { memberTierHouseholds += 1 }
                }
                switch outcome.tier {
                case .tier(let id): tiers[id, default: 0] += 1
                case .none: noTier += 1
                case .undetermined(let candidates):
                    let last = candidates.last.flatMap { catalog.position(ofProgram: $0) }
                    if let last, outcome.status(last, nil) == .eligible {
                        undeterminedAboveEligible += 1
                    } else {
                        undeterminedWithoutEligible += 1
                    }
                }
                if outcome.complete { complete += 1 } else { incomplete += 1 }
            }
        }
        // Which outcomes each program must reach (both days together): a program that
        // applies everywhere has no `notApplicable` bucket; one that reads nothing that can
        // be missing has no `undetermined` bucket.
        let all: [ProgramStatus] = [.eligible, .notEligible, .undetermined, .notApplicable]
        let decided: [ProgramStatus] = [.eligible, .notEligible, .undetermined]
        let designed: [(ProgramID, [ProgramStatus])] = [
            (Twin.dibao, decided), (Twin.extreme, decided), (Twin.memberTier, all), (Twin.marginal, decided),
            (Twin.rigid, all), (Twin.topUp, decided), (Twin.afterMarginal, decided), (Twin.review, all),
            (Twin.care, decided), (Twin.child, all), (Twin.grant, decided), (Twin.spendingAid, decided),
        ]
        for (program, buckets) in designed {
            for bucket in buckets {
                #expect(statuses[program]?[bucket, default: 0] ?? 0 >= 10,
                        "\(program) \(bucket.englishName): \(statuses[program]?[bucket] ?? 0) outcomes")
            }
        }
        #expect(designed.count == catalog.programs.count)
        for program in catalog.programs where program.amount != nil {
            #expect(paid[program.id, default: 0] >= 10, "\(program.id) paid \(paid[program.id, default: 0]) times")
        }
        // Eligible without an amount: a parameter absent at the place, a `when` whose condition
        // is unknown, or an amount too large for Int64 fen.
        for program in [Twin.memberTier, Twin.grant, Twin.spendingAid] {
            #expect(unpaid[program, default: 0] >= 3, "\(program) eligible without an amount \(unpaid[program, default: 0]) times")
        }
        for program in [Twin.memberTier, Twin.child] {
            #expect(notApplicableByRule[program, default: 0] >= 10, "\(program) not applicable by a rule \(notApplicableByRule[program, default: 0]) times")
        }
        #expect(memberTierHouseholds >= 10, "member-scope tier eligible for every member of \(memberTierHouseholds) households")
        for program in catalog.programs where program.tierRank != nil {
            #expect(tiers[program.id, default: 0] >= 10, "tier \(program.id) decided \(tiers[program.id, default: 0]) times")
        }
        #expect(noTier >= 10)
        #expect(undeterminedAboveEligible >= 10, "undetermined tiers above an eligible one: \(undeterminedAboveEligible)")
        #expect(undeterminedWithoutEligible >= 10, "undetermined tiers without an eligible one: \(undeterminedWithoutEligible)")
        #expect(complete >= 100 && incomplete >= 100, "complete \(complete), incomplete \(incomplete)")
    }

    @Test("Block sizes do not change the decisions: the default size, and one household per block")
    func blockSizes() throws {
        let scenario = Self.scenario
        let count = scenario.households.count
        var decisions = TableDecisions()
        try ColumnarEvaluator(scenario.evaluator).decide(scenario.table, on: Twin.days[0], into: &decisions)
        var disagreements = Self.compare(decisions, scenario.expected[0], households: 0..<count, day: Twin.days[0],
                                         scenario: scenario)
        try ColumnarEvaluator(scenario.evaluator, blockSize: 1).decide(scenario.table, households: 0..<300, on: Twin.days[1],
                                                                         into: &decisions)
        disagreements += Self.compare(decisions, scenario.expected[1], households: 0..<300, day: Twin.days[1], scenario: scenario)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5).joined(separator: "\n"))")
    }

    // MARK: - Traces

    @Test("Traces: each household's evaluation built from a columnar run's traces is the household engine's traced evaluation (full JSON, both explanations); rule truths and tallies read from the columns agree")
    func tracesExplainAsTheHouseholdEngine() throws {
        let scenario = Self.scenario
        var decisions = TableDecisions()
        var traces = TableTraces()
        var mismatches: [String] = []
        var (compared, undetermined, nearMisses, amounts, members, ruleTruthsRead) = (0, 0, 0, 0, 0, 0)
        var tallies: [RuleID: RuleTally] = [:]
        // The whole table on the first day; a range starting inside a block on the second
        // (the traces reused: nothing of the first run may leak).
        for (day, range) in zip(Twin.days, [0..<scenario.households.count, 511..<1_801]) {
            try scenario.columnar.decide(scenario.table, households: range, on: day, into: &decisions, traces: &traces)
            #expect(traces.households == range)
            // Keeping traces does not change the decisions.
            let dayIndex = Twin.days.firstIndex(of: day)!
            mismatches += Self.compare(decisions, scenario.expected[dayIndex], households: range, day: day, scenario: scenario)
            for index in range {
                let household = scenario.households[index]
                let expected = try scenario.evaluator.evaluate(household, on: day, tracing: true)
                let replayed = traces.evaluation(ofHousehold: index, id: household.id, memberIDs: household.members.map(\.id))
                compared += 1
                if case .undetermined = expected.tier { undetermined += 1 }
                if expected.determinations.contains(where: { $0.nearMiss != nil }) { nearMisses += 1 }
                if expected.determinations.contains(where: { !($0.amount?.lines.isEmpty ?? true) }) { amounts += 1 }
                if expected.determinations.contains(where: { $0.member != nil && !$0.missing.isEmpty }) { members += 1 }
                let json = (EvaluationJSON.encode(replayed, detail: .full), EvaluationJSON.encode(expected, detail: .full))
                if json.0 != json.1 {
                    // Where they part, with some context.
                    let start = max(0, (zip(json.0, json.1).enumerated().first { $1.0 != $1.1 }?.offset ?? min(json.0.count, json.1.count)) - 150)
                    func around(_ bytes: [UInt8]) -> String { String(decoding: bytes.dropFirst(start).prefix(300), as: UTF8.self) }
                    mismatches.append("household \(index) on \(day): JSON differs\n  traces:    \(around(json.0))\n  evaluator: \(around(json.1))")
                    continue
                }
                for language in [Language.chinese, .english] {
                    let renderer = ExplanationRenderer(language: language)
                    if renderer.render(replayed) != renderer.render(expected) {
                        mismatches.append("household \(index) on \(day): \(language) explanation differs")
                    }
                }
                // Every base rule's truth, read from the columns, is the evaluation's rule outcome
                // (nil where the program did not apply or decided nothing for the member).
                for rule in scenario.catalog.rules where rule.refines == nil {
                    let subjects: [Int?] = rule.scope == .member ? household.members.indices.map { $0 } : [nil]
                    for member in subjects {
                        let determination = expected.determinations.first {
                            $0.program == rule.program && $0.member == member.map { household.members[$0].id }
                        }
                        let outcome = determination?.rules.first { ($0.baseRule ?? $0.rule.id) == rule.id }
                        let read = traces.ruleTruth(rule.id, household: index, member: member)
                        if read != outcome?.truth {
                            mismatches.append("household \(index) on \(day): rule \(rule.id) member \(String(describing: member)) "
                                              + "read \(String(describing: read)), evaluated \(String(describing: outcome?.truth))")
                        }
                        if read != nil { ruleTruthsRead += 1 }
                        switch read {
                        case .yes: tallies[rule.id, default: RuleTally()].held += 1
                        case .no: tallies[rule.id, default: RuleTally()].failed += 1
                        case .unknown: tallies[rule.id, default: RuleTally()].undetermined += 1
                        case nil: break
                        }
                    }
                }
            }
            // The tallies count the same truths, over the whole traced range.
            for rule in scenario.catalog.rules where rule.refines == nil {
                let tally = traces.tally(rule.id)
                if tally != tallies[rule.id, default: RuleTally()] {
                    mismatches.append("rule \(rule.id) on \(day): tally \(tally), counted \(tallies[rule.id, default: RuleTally()])")
                }
            }
            #expect(tallies.values.contains { $0.held > 0 && $0.failed > 0 && $0.undetermined > 0 })
            tallies = [:]
        }
        #expect(ruleTruthsRead > 50_000)
        #expect(compared == scenario.households.count + 1_290)
        // The population exercises what an explanation holds.
        #expect(undetermined > 50 && nearMisses > 50 && amounts > 500 && members > 20,
                "undetermined \(undetermined), near misses \(nearMisses), amounts \(amounts), member missing \(members)")
        #expect(mismatches.count == 0, "\(mismatches.count) mismatches; the first:\n\(mismatches.prefix(3).joined(separator: "\n"))")
    }

    @Test("Traces are what the columnar run measured: a column form one year off explains other ages than the household engine")
    func tracesReadTheColumnarMeasures() throws {
        let scenario = Self.scenario
        let columnar = try ColumnarEvaluator(Evaluator(catalog: try Twin.catalog(ageShift: 1), book: scenario.book))
        var decisions = TableDecisions()
        var traces = TableTraces()
        try columnar.decide(scenario.table, households: 0..<300, on: Twin.days[0], into: &decisions, traces: &traces)
        let differing = try (0..<300).filter { index in
            let household = scenario.households[index]
            let replayed = traces.evaluation(ofHousehold: index, id: household.id, memberIDs: household.members.map(\.id))
            return EvaluationJSON.encode(replayed, detail: .full)
                != EvaluationJSON.encode(try scenario.evaluator.evaluate(household, on: Twin.days[0], tracing: true), detail: .full)
        }
        #expect(differing.count > 100)
    }

    @Test("The comparison is sensitive: a column form one year off its household form is caught")
    func comparisonCatchesAWrongColumnForm() throws {
        let scenario = Self.scenario
        let shifted = try Twin.catalog(ageShift: 1)
        let columnar = try ColumnarEvaluator(Evaluator(catalog: shifted, book: scenario.book))
        var decisions = TableDecisions()
        try columnar.decide(scenario.table, households: 0..<1_000, on: Twin.days[0], into: &decisions)
        let disagreements = Self.compare(decisions, scenario.expected[0], households: 0..<1_000, day: Twin.days[0],
                                         scenario: scenario)
        #expect(disagreements.count > 20)
    }

    @Test("A program that only ranges make eligible pays an amount reading a measure no condition reads: the columnar engine settles it without crashing")
    func settlingReadsUnreadMeasures() throws {
        // Eligible when assets are at most an (unknown) amount: only households with
        // no assets are decided (0 is at most any value of 0 or more). The amount reads the
        // members' incomes, which no condition of the catalog reads.
        let program: ProgramID = "twin.settled"
        let catalog = try RuleCatalog(measures: Twin.measures(), rules: [
            Twin.rule("twin.settled.rule", program, .compare(.measure("twin.assets"), .atMost, .parameter(Twin.grantAmount))),
        ], programs: [
            Twin.program(program, .entitlement, rules: ["twin.settled.rule"],
                         amount: Twin.formula(.sumOverMembers(where: .compare(Twin.age, .atLeast, Twin.years(0)),
                                                              each: .operand(Twin.memberIncome, Twin.label("income")), Twin.label("total")),
                                              .halfUp)),
        ], parameters: Twin.parameters)
        var book = PolicyBook(catalog: Twin.parameters)
        try book.add(PolicyBook.Layer(name: "none", title: "no threshold", entries: []))
        let evaluator = try Evaluator(catalog: catalog, book: book)
        let records = Self.scenario.records.prefix(400)
        var table = Twin.emptyTable()
        for record in records { try Twin.append(record, to: &table) }
        let expected = try Scenario.decide(records.enumerated().map { Twin.household($1, index: $0) }, on: Twin.days[0], evaluator: evaluator)
        var decisions = TableDecisions()
        try ColumnarEvaluator(evaluator, blockSize: 64).decide(table, on: Twin.days[0], into: &decisions)
        var eligible = 0
        for (household, outcome) in expected.enumerated() {
            #expect(decisions.status(ofProgramAt: 0, household: household) == outcome.status(0, nil), "household \(household)")
            #expect(decisions.amount(ofProgramAt: 0, household: household) == outcome.amount(0, nil), "household \(household)")
            if outcome.status(0, nil) == .eligible { eligible += 1 }
        }
        #expect(eligible > 0, "some household has no assets and is decided eligible over ranges")
    }

    @Test("An amount formula may read its own program's status (the catalog allows it): both engines pay it")
    func amountReadsItsOwnProgram() throws {
        // Minimal: one household entitlement and one member entitlement, each always
        // eligible, each paying 100 yuan when `.program(itself, is: .eligible)` holds and 1
        // yuan otherwise. Evaluator sets the status before computing the amount.
        let own: ProgramID = "twin.own"
        let ownMember: ProgramID = "twin.own-member"
        func pays(_ program: ProgramID) -> AmountFormula {
            Twin.formula(.when(.program(program, is: .eligible), then: .operand(Twin.monthly(Money(yuan: 100)), Twin.label("paid")),
                               otherwise: .operand(Twin.monthly(Money(yuan: 1)), Twin.label("otherwise")), Twin.label("own")), .halfUp)
        }
        let catalog = try RuleCatalog(measures: Twin.measures(), rules: [
            Twin.rule("twin.own.rule", own, .compare(Twin.size, .atLeast, .constant(.count(1)))),
            Twin.rule("twin.own-member.rule", ownMember, .member, .compare(Twin.age, .atLeast, Twin.years(0))),
        ], programs: [
            Twin.program(own, .entitlement, rules: ["twin.own.rule"], amount: pays(own)),
            Twin.program(ownMember, .entitlement, .member, rules: ["twin.own-member.rule"], amount: pays(ownMember)),
        ], parameters: Twin.parameters)
        let evaluator = try Evaluator(catalog: catalog, book: Self.scenario.book)
        let record = Self.scenario.records[0]
        let household = Twin.household(record, index: 0)
        var table = Twin.emptyTable()
        try Twin.append(record, to: &table)
        let day = Twin.days[0]
        var decision = Decision()
        try evaluator.decide(household, on: day, parameters: evaluator.book.resolveAll(jurisdiction: household.jurisdiction,
                                                                                   residence: household.residence, on: day),
                         into: &decision)
        #expect(decision.status(ofProgramAt: 0) == .eligible)
        #expect(decision.amount(ofProgramAt: 0) == Money(yuan: 100))
        #expect(decision.amount(ofProgramAt: 1, member: 0) == Money(yuan: 100))
        var decisions = TableDecisions()
        try ColumnarEvaluator(evaluator).decide(table, on: day, into: &decisions)
        #expect(decisions.status(ofProgramAt: 0, household: 0) == .eligible)
        #expect(decisions.amount(ofProgramAt: 0, household: 0) == Money(yuan: 100))
        #expect(decisions.amount(ofProgramAt: 1, household: 0, member: 0) == Money(yuan: 100))
        #expect(decisions.isComplete(household: 0))
    }

    @Test("Conditions written more than once (decided once per block) decide as the household engine; near twins stay apart")
    func sharedConditions() throws {
        // `shared` appears in six rules, once under a label, once inside `any`, twice after
        // a program read (never shared: statuses change while a block is decided); the near
        // twins differ from it only in the comparison, the constant or the operand's label.
        let shared: Condition = .compare(Twin.size, .atLeast, .constant(.count(2)))
        let ids: [ProgramID] = ["twin.middle", "twin.after", "twin.after-again", "twin.strict", "twin.three", "twin.labelled",
                                "twin.member-all", "twin.never", "twin.any"]
        let readsMiddle: Condition = .all([.program(ids[0], is: .eligible), shared])
        let frailAnywhere: Condition = .anyMember(Twin.frailMember)
        let conditions: [(Condition, Scope)] = [
            (shared, .household),
            (readsMiddle, .household),
            (.not(readsMiddle), .household),
            (.compare(Twin.size, .greaterThan, .constant(.count(2))), .household),
            (.compare(.labelled(Twin.size, Twin.label("人数")), .atLeast, .constant(.count(3))), .household),
            (.labelled(shared, Twin.label("two or more")), .household),
            (.all([Twin.frailMember, shared]), .member),
            (.all([frailAnywhere, .not(frailAnywhere)]), .household),
            (.all([.program(ids[0], is: .notEligible), .any([frailAnywhere, shared])]), .household),
        ]
        var rules: [Rule] = []
        var programs: [Program] = []
        for (index, (condition, scope)) in conditions.enumerated() {
            let rule = RuleID("\(ids[index].rawValue).rule")
            rules.append(Twin.rule(rule, ids[index], scope, condition))
            programs.append(Twin.program(ids[index], .entitlement, scope, rules: [rule]))
        }
        let catalog = try RuleCatalog(measures: Twin.measures(), rules: rules, programs: programs, parameters: Twin.parameters)
        let evaluator = try Evaluator(catalog: catalog, book: Self.scenario.book)
        let columnar = ColumnarEvaluator(evaluator, blockSize: 256)
        let day = Twin.days[0]
        var decisions = TableDecisions()
        try columnar.decide(Self.scenario.table, on: day, into: &decisions)
        var decision = Decision()
        var disagreements: [String] = []
        var seen: Set<String> = []
        for (index, household) in Self.scenario.households.enumerated() {
            try evaluator.decide(household, on: day, parameters: evaluator.book.resolveAll(
                jurisdiction: household.jurisdiction, residence: household.residence, on: day), into: &decision)
            for program in ids.indices {
                let members: [Int?] = programs[program].scope == .member ? Array(0..<decision.memberCount) : [nil]
                for member in members {
                    let want = decision.status(ofProgramAt: program, member: member)
                    let got = decisions.status(ofProgramAt: program, household: index, member: member)
                    seen.insert("\(ids[program]) \(want.map { "\($0)" } ?? "-")")
                    if want != got {
                        disagreements.append("household \(index) \(ids[program]) member \(member ?? -1): \(got.map { "\($0)" } ?? "-"), want \(want.map { "\($0)" } ?? "-")")
                    }
                }
            }
        }
        #expect(disagreements.count == 0, "the first disagreements: \(disagreements.prefix(10))")
        // The shared condition, its near twins and the program reads each reach both outcomes.
        #expect(!seen.contains("twin.never eligible"))
        for id in ["twin.middle", "twin.after", "twin.after-again", "twin.strict", "twin.three", "twin.labelled",
                   "twin.member-all", "twin.any"] {
            #expect(seen.contains("\(id) eligible") && seen.contains("\(id) notEligible"), "\(id)")
        }
    }

    // MARK: - Errors and table shape

    @Test("A measure without a column form is measured from a table made of households; a table of columns is refused, naming the measure")
    func measureWithoutColumnForm() throws {
        let lacking = RuleCatalog.innerMongolia.measures.filter { $0.columnForm == nil }.map(\.id)
        #expect(!lacking.isEmpty)
        var decisions = TableDecisions()
        var table = HouseholdTable(householdColumns: [], memberColumns: [])
        _ = table.place(HouseholdTable.Place(jurisdiction: Fixture.ulanhot, residence: .urban))
        let error = #expect(throws: ColumnarEvaluator.MissingColumn.self) {
            try ColumnarEvaluator(Evaluator.innerMongolia).decide(table, on: Fixture.evaluationDay, into: &decisions)
        }
        #expect(error?.measure == lacking[0])
        #expect(error?.column == nil)
        #expect(error?.path == .root)
        #expect(error?.description.contains("no column form") == true)

        let plain = Measure(id: "twin.plain", chineseTitle: "无列形式", englishTitle: "no column form", scope: .member,
                            unit: .flag, definition: "A measure with only a household form.") { _ in .value(.flag(true)) }
        let catalog = try Twin.catalog().adding(measures: [plain])
        let partial = #expect(throws: ColumnarEvaluator.MissingColumn.self) {
            try ColumnarEvaluator(Evaluator(catalog: catalog, book: Self.scenario.book)).decide(Self.scenario.table, on: Twin.days[0],
                                                                                                into: &decisions)
        }
        #expect(partial?.measure == "twin.plain")

        var households = HouseholdTable(households: [])
        #expect(throws: HouseholdTable.ShapeError.self) { try households.endHousehold(place: 0) }
    }

    @Test("Deciding a table without a column a measure reads throws MissingColumn naming the measure and the column",
          arguments: [(Twin.Column.birth, Scope.member, MeasureID("twin.age")),
                      (Twin.Column.expenseDay, Scope.household, MeasureID("twin.rigid-spending")),
                      (Twin.Column.incomeUnknown, Scope.member, MeasureID("twin.income"))])
    func missingColumn(column: String, scope: Scope, measure: MeasureID) throws {
        var table = HouseholdTable(householdColumns: Twin.householdColumns.filter { $0 != column },
                                   memberColumns: Twin.memberColumns.filter { $0 != column })
        _ = table.place(HouseholdTable.Place(jurisdiction: Twin.placeA, residence: .urban))
        var decisions = TableDecisions()
        let error = #expect(throws: ColumnarEvaluator.MissingColumn.self) {
            try Self.scenario.columnar.decide(table, on: Twin.days[0], into: &decisions)
        }
        #expect(error?.measure == measure)
        #expect(error?.column == column)
        #expect(error?.scope == scope)
        #expect(error?.description.contains(column) == true)
    }

    @Test("endHousehold refuses a household of the wrong shape and leaves the table as it was; discardPartialHousehold drops a partial one")
    func tableShape() throws {
        var table = HouseholdTable(householdColumns: ["a", "b"], memberColumns: ["x", "y"])
        let place = table.place(HouseholdTable.Place(jurisdiction: Twin.placeA, residence: .urban))
        #expect(table.place(HouseholdTable.Place(jurisdiction: Twin.placeA, residence: .urban)) == place)
        func appendGood(_ seed: Int64, members: Int) throws {
            table.appendHouseholdValue(seed, column: 0)
            table.appendHouseholdValue(seed + 1, column: 1)
            for member in 0..<Int64(members) {
                table.appendMemberValue(seed * 10 + member, column: 0)
                table.appendMemberValue(seed * 10 + member + 5, column: 1)
            }
            try table.endHousehold(place: place)
        }
        try appendGood(1, members: 2)
        try appendGood(2, members: 3)
        struct Snapshot: Equatable {
            let count: Int
            let memberRows: Int
            let households: [[Int64]]
            let members: [[Int64]]
            let rows: [Range<Int>]
        }
        func snapshot() -> Snapshot {
            Snapshot(count: table.count, memberRows: table.memberRowCount,
                     households: (0..<2).map { table.householdValues($0) }, members: (0..<2).map { table.memberValues($0) },
                     rows: (0..<table.count).map { table.memberRows(of: $0) })
        }
        let before = snapshot()
        #expect(before.count == 2 && before.memberRows == 5 && before.rows == [0..<2, 2..<5])

        // A household column without a value.
        table.appendHouseholdValue(3, column: 0)
        table.appendMemberValue(30, column: 0)
        table.appendMemberValue(35, column: 1)
        let noValue = #expect(throws: HouseholdTable.ShapeError.self) { try table.endHousehold(place: place) }
        #expect(noValue?.description.contains("b") == true)
        #expect(snapshot() == before)

        // A household column with two values.
        table.appendHouseholdValue(3, column: 0)
        table.appendHouseholdValue(3, column: 0)
        table.appendHouseholdValue(4, column: 1)
        #expect(throws: HouseholdTable.ShapeError.self) { try table.endHousehold(place: place) }
        #expect(snapshot() == before)

        // Member columns with different counts.
        table.appendHouseholdValue(3, column: 0)
        table.appendHouseholdValue(4, column: 1)
        table.appendMemberValue(30, column: 0)
        table.appendMemberValue(31, column: 0)
        table.appendMemberValue(35, column: 1)
        let uneven = #expect(throws: HouseholdTable.ShapeError.self) { try table.endHousehold(place: place) }
        #expect(uneven?.description.contains("y") == true)
        #expect(snapshot() == before)

        // A place position the table does not have.
        table.appendHouseholdValue(3, column: 0)
        table.appendHouseholdValue(4, column: 1)
        #expect(throws: HouseholdTable.ShapeError.self) { try table.endHousehold(place: 7) }
        #expect(snapshot() == before)

        // A reader that fails halfway discards what it appended.
        table.appendHouseholdValue(9, column: 1)
        table.appendMemberValue(90, column: 0)
        table.discardPartialHousehold()
        #expect(snapshot() == before)
        table.discardPartialHousehold()
        #expect(snapshot() == before)

        // The table still takes well-formed households afterwards, including one without members.
        try appendGood(3, members: 1)
        table.appendHouseholdValue(4, column: 0)
        table.appendHouseholdValue(5, column: 1)
        try table.endHousehold(place: place)
        #expect(table.count == 4)
        #expect(table.memberRowCount == 6)
        #expect(table.memberRows(of: 2) == 5..<6 && table.memberRows(of: 3) == 6..<6)
        #expect(table.householdValues(0) == [1, 2, 3, 4] && table.householdValues(1) == [2, 3, 4, 5])
        #expect(table.memberValues(0) == [10, 11, 20, 21, 22, 30] && table.memberValues(1) == [15, 16, 25, 26, 27, 35])
    }

    // MARK: - Comparison

    /// Every disagreement between `decisions` and the household engine's outcomes for
    /// `households`, one line each.
    private static func compare(_ decisions: TableDecisions, _ expected: [Outcome], households: Range<Int>, day: Day,
                        scenario: Scenario) -> [String] {
        let catalog = scenario.catalog
        var found: [String] = []
        for household in households {
            let want = expected[household]
            func note(_ what: String) {
                found.append("\(day) household \(household) [\(scenario.records[household].summary)]: \(what)")
            }
            let members = decisions.memberCount(ofHousehold: household)
            guard members == want.memberCount else {
                note("\(members) members, not \(want.memberCount)")
                continue
            }
            let tier = decisions.tier(ofHousehold: household)
            if tier != want.tier { note("tier \(tier), evaluator \(want.tier)") }
            var wantPosition: Int?
            if case .tier(let id) = want.tier { wantPosition = catalog.position(ofProgram: id) }
            if let position = decisions.tierPosition(ofHousehold: household), position != wantPosition {
                note("tier position \(position), evaluator \(wantPosition.map(String.init) ?? "none")")
            } else if decisions.tierPosition(ofHousehold: household) == nil, let wantPosition {
                note("no tier position, evaluator \(wantPosition)")
            }
            for (position, program) in catalog.programs.enumerated() {
                for member in [nil] + want.memberIndices.map(Optional.some) {
                    let subject = member.map { "member \($0)" } ?? "household"
                    let status = decisions.status(ofProgramAt: position, household: household, member: member)
                    if status != want.status(position, member) {
                        note("\(program.id) \(subject) status \(status?.rawValue ?? "none"), evaluator \(want.status(position, member)?.rawValue ?? "none")")
                    }
                    let amount = decisions.amount(ofProgramAt: position, household: household, member: member)
                    if amount != want.amount(position, member) {
                        note("\(program.id) \(subject) amount \(amount?.description ?? "none"), evaluator \(want.amount(position, member)?.description ?? "none")")
                    }
                }
            }
            if decisions.isComplete(household: household) != want.complete {
                note("complete \(decisions.isComplete(household: household)), evaluator \(want.complete)")
            }
        }
        return found
    }
}
