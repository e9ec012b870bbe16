import Synchronization
import Testing
@testable import TieredAssistanceCore

/// Without traces, a decided part ends an `all` or `any` and a failed rule ends its
/// program: the measures after it are not measured, by the household engine for each
/// household, by the columnar engine on each row of a block. With traces every part is
/// evaluated, because the explanation shows each one.
@Suite("Short-circuit evaluation")
struct ShortCircuitTests {
    static let source = Citation(PolicyDocument(key: "short-circuit", title: "Short-circuit test", issuer: "tests"))

    /// Counts how often the `expensive` measure is measured.
    final class Counter: Sendable {
        let calls = Mutex(0)
        var count: Int { calls.withLock { $0 } }
    }

    /// A catalog whose programs read `gate` (the household's special-hardship finding) before
    /// `expensive` (always true, counted).
    static func catalog(counting counter: Counter) throws -> RuleCatalog {
        let gate = Measure(id: "test.gate", chineseTitle: "门槛", englishTitle: "gate", scope: .household, unit: .flag,
                           definition: "specialHardshipFinding; missing when not recorded.") { context in
            guard let finding = context.household.specialHardshipFinding else {
                return .missing([.field("specialHardshipFinding", reason: Label("未记录", "not recorded"))])
            }
            return .value(.flag(finding))
        }
        let expensive = Measure(id: "test.expensive", chineseTitle: "耗时", englishTitle: "expensive", scope: .household,
                                unit: .flag, definition: "Always true; counts its calls.") { _ in
            counter.calls.withLock { $0 += 1 }
            return .value(.flag(true))
        }
        func rule(_ id: RuleID, _ program: ProgramID, _ condition: Condition) -> Rule {
            Rule(id: id, chineseTitle: "规则", englishTitle: "rule", citations: [source], scope: .household, program: program,
                 condition: condition)
        }
        func program(_ id: ProgramID, _ rules: [RuleID]) -> Program {
            Program(id: id, chineseTitle: "项目", englishTitle: "program", kind: .entitlement, scope: .household, rules: rules,
                    citations: [source])
        }
        return try RuleCatalog(
            measures: [gate, expensive],
            rules: [
                rule("test.all", "test.in-all", .all([.isTrue("test.gate"), .isTrue("test.expensive")])),
                rule("test.any", "test.in-any", .any([.not(.isTrue("test.gate")), .isTrue("test.expensive")])),
                rule("test.first", "test.two-rules", .isTrue("test.gate")),
                rule("test.second", "test.two-rules", .isTrue("test.expensive")),
            ],
            programs: [program("test.in-all", ["test.all"]), program("test.in-any", ["test.any"]),
                       program("test.two-rules", ["test.first", "test.second"])],
            parameters: ParameterCatalog([]))
    }

    static func household(gate: Bool?) -> Household {
        Household(id: Household.ID("h1"), jurisdiction: .innerMongolia, residence: .urban,
                  members: [Member(id: Member.ID("m1"), relationship: .applicant, birthDate: Day(iso: "1980-01-01")!)],
                  specialHardshipFinding: gate)
    }

    @Test("A failed gate leaves the expensive measure unmeasured without traces, measured with them; the outcome is the same")
    func gateDecides() throws {
        let counter = Counter()
        let evaluator = try Evaluator(catalog: Self.catalog(counting: counter), book: PolicyBook(catalog: ParameterCatalog([])))
        let day = Day(iso: "2025-01-15")!
        let closed = Self.household(gate: false)
        let quick = try evaluator.evaluate(closed, on: day, tracing: false)
        #expect(counter.count == 0)
        // A closed gate fails the `all` and the two-rule program, and meets the `any` by its `not`.
        #expect(quick.determinations.map(\.status) == [.notEligible, .eligible, .notEligible])
        var decision = Decision()
        try evaluator.decide(closed, on: day, parameters: evaluator.book.resolveAll(jurisdiction: .innerMongolia, residence: .urban, on: day),
                             into: &decision)
        #expect(counter.count == 0)
        let traced = try evaluator.evaluate(closed, on: day, tracing: true)
        #expect(counter.count == 1)
        #expect(traced.determinations.map(\.status) == quick.determinations.map(\.status))
        // Each rule of the traced program is in its explanation, the second one too.
        #expect(traced.determinations.first { $0.program == "test.two-rules" }?.rules.count == 2)

        // An open gate needs the expensive measure (measured once, then read from the run's cache);
        // an unknown one too: the `any` is met by the expensive part, the others lack the gate only.
        _ = try evaluator.evaluate(Self.household(gate: true), on: day, tracing: false)
        #expect(counter.count == 2)
        let unknown = try evaluator.evaluate(Self.household(gate: nil), on: day, tracing: false)
        #expect(counter.count == 3)
        #expect(unknown.determinations.map(\.status) == [.undetermined, .eligible, .undetermined])
        #expect(unknown.determinations.map(\.missing.count) == [1, 0, 1])
    }

    @Test("The columnar engine measures the expensive measure only on the rows whose gate is open or unknown; with traces on every row")
    func columnarRows() throws {
        let counter = Counter()
        let evaluator = try Evaluator(catalog: Self.catalog(counting: counter), book: PolicyBook(catalog: ParameterCatalog([])))
        let day = Day(iso: "2025-01-15")!
        // 7 closed gates, 2 open, 1 unknown, in one block.
        let gates: [Bool?] = [false, true, false, false, nil, false, false, true, false, false]
        let table = HouseholdTable(households: gates.enumerated().map { index, gate in
            var household = Self.household(gate: gate)
            household.id = Household.ID("h\(index)")
            return household
        })
        let columnar = ColumnarEvaluator(evaluator)
        var decisions: [Decision] = []
        try columnar.decide(table, on: day) { _, decision in decisions.append(decision) }
        #expect(counter.count == 3)
        // The same decisions as the household engine, one household at a time.
        let parameters = evaluator.book.resolveAll(jurisdiction: .innerMongolia, residence: .urban, on: day)
        for (index, household) in table.households!.enumerated() {
            var alone = Decision()
            try evaluator.decide(household, on: day, parameters: parameters, into: &alone)
            #expect(DecisionJSON.encode(alone) == DecisionJSON.encode(decisions[index]))
        }
        // The household engine measured it for the same 3 households.
        #expect(counter.count == 6)
        // Keeping traces computes every rule on every row.
        var tableDecisions = TableDecisions()
        var traces = TableTraces()
        try columnar.decide(table, on: day, into: &tableDecisions, traces: &traces)
        #expect(counter.count == 6 + gates.count)
    }
}
