import Testing
import TieredAssistance

/// The code of the DocC article "Columnar Evaluation", compiled and run, so the article
/// cannot drift from the API.
@Suite("Columnar Evaluation article")
struct ColumnarArticleTests {
    static let source = Citation(PolicyDocument(key: "article", title: "Columnar Evaluation", issuer: "DocC"))
    static let standard: ParameterID = "article.standard"

    static let income = Measure(
        id: "income.monthly-per-person", chineseTitle: "人均月收入", englishTitle: "income per person",
        scope: .household, unit: .moneyPerMonth, definition: "The members' monthly income over their number.",
        columns: Measure.ColumnForm(memberColumns: ["income_fen"]) { context, output in
            let incomes = context.memberColumn(0)
            for household in context.rows {
                let members = context.memberRows(of: household)
                var total: Int64 = 0
                for row in members { total += incomes[row] }
                output.set(Quantity(Int128(total), over: Int128(members.count), unit: .moneyPerMonth), row: household)
            }
        }
    ) { context in
        var total: Int64 = 0
        for item in context.household.incomes { total += item.monthlyAmount.fen }
        return .value(Quantity(Int128(total), over: Int128(context.household.members.count), unit: .moneyPerMonth))
    }

    static func evaluator(measuring income: Measure = income) throws -> Evaluator {
        let parameters = ParameterCatalog([
            ParameterDefinition(id: standard, chineseTitle: "标准", englishTitle: "standard", units: [.yuanPerPersonPerMonth],
                                summary: "article"),
        ])
        let catalog = try RuleCatalog(
            measures: [income],
            rules: [Rule(id: "article.below", chineseTitle: "低于标准", englishTitle: "below the standard", citations: [source],
                         scope: .household, program: "article.dibao",
                         condition: .compare(.measure(income.id), .lessThan, .parameter(standard)))],
            programs: [Program(id: "article.dibao", chineseTitle: "低保", englishTitle: "dibao", kind: .tier(rank: 0), scope: .household,
                               rules: ["article.below"],
                               amount: AmountFormula(.operand(.parameter(standard), Label("标准", "standard")), rounding: .halfUp,
                                                     citations: [source]),
                               citations: [source])],
            parameters: parameters)
        var book = PolicyBook(catalog: parameters)
        try book.add(PolicyBook.Layer(name: "article", title: "illustrative", entries: [
            ParameterEntry(parameter: standard, jurisdiction: .innerMongolia, effective: Day(iso: "2025-01-01")!,
                           value: .money(Money(yuan: 1000)), unit: .yuanPerPersonPerMonth, source: source, status: .illustrative),
        ]))
        return try Evaluator(catalog: catalog, book: book)
    }

    @Test("The article's table is decided as the household engine decides it")
    func articleExample() throws {
        var table = HouseholdTable(householdColumns: [], memberColumns: ["income_fen"])
        let place = table.place(HouseholdTable.Place(jurisdiction: .innerMongolia, residence: .urban))
        table.appendMemberValue(120_000, column: 0)   // first member
        table.appendMemberValue(0, column: 0)         // second member
        try table.endHousehold(place: place)

        let evaluator = try Self.evaluator()
        let catalog = evaluator.catalog
        let columnar = ColumnarEvaluator(evaluator)
        var decisions = TableDecisions()
        try columnar.decide(table, on: Day(iso: "2025-01-15")!, into: &decisions)
        let tier = try #require(decisions.tierPosition(ofHousehold: 0))
        #expect(catalog.programs[tier].id == "article.dibao")
        #expect(decisions.amount(ofProgramAt: tier, household: 0) == Money(yuan: 1000))
        #expect(decisions.isComplete(household: 0))

        // 1,200 yuan over 2 members is 600 a person, below 1,000: the household engine agrees.
        let household = Household(id: Household.ID("h1"), jurisdiction: .innerMongolia, residence: .urban,
                                  members: [Member(id: Member.ID("m1"), relationship: .applicant, birthDate: Day(iso: "1980-01-01")!),
                                            Member(id: Member.ID("m2"), relationship: .spouse, birthDate: Day(iso: "1982-01-01")!)],
                                  incomes: [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: Money(yuan: 1200))])
        let evaluation = try evaluator.evaluate(household, on: Day(iso: "2025-01-15")!, tracing: false)
        #expect(evaluation.tier == decisions.tier(ofHousehold: 0))

        // Keep the explanations: the household's Evaluation built from the traces is the
        // household engine's traced one.
        var traces = TableTraces()
        try columnar.decide(table, on: Day(iso: "2025-01-15")!, into: &decisions, traces: &traces)
        let explained = traces.evaluation(ofHousehold: 0, id: Household.ID("h1"),
                                          memberIDs: [Member.ID("m1"), Member.ID("m2")])
        let renderer = ExplanationRenderer(language: .chinese)
        let traced = try evaluator.evaluate(household, on: Day(iso: "2025-01-15")!, tracing: true)
        #expect(renderer.render(explained) == renderer.render(traced))
        #expect(renderer.render(explained).contains("【低保】 符合"), "the render is not empty: its catalog names the program")
        #expect(EvaluationJSON.encode(explained, detail: .full) == EvaluationJSON.encode(traced, detail: .full))
        let income = traces.tally("article.below")
        #expect(income == { var expected = RuleTally(); expected.held = 1; return expected }())
        #expect(traces.ruleTruth("article.below", household: 0) == .yes)
        // The comparison is explained with the measured 600 yuan a person.
        #expect(String(decoding: EvaluationJSON.encode(explained, detail: .full), as: UTF8.self).contains("\"text\":\"600.00\""))
    }

    @Test("A column form writing outside its rows stops the program rather than write elsewhere")
    func rowOutsideTheBlockStops() async throws {
        let result = try await #require(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let stray = Measure(
                id: "income.monthly-per-person", chineseTitle: "人均月收入", englishTitle: "income per person",
                scope: .household, unit: .moneyPerMonth, definition: "Writes one row past its block.",
                columns: Measure.ColumnForm { context, output in
                    output.set(Quantity(0, unit: .moneyPerMonth), row: context.rows.upperBound)
                }
            ) { _ in .value(Quantity(0, unit: .moneyPerMonth)) }
            var table = HouseholdTable(householdColumns: [], memberColumns: ["income_fen"])
            let place = table.place(HouseholdTable.Place(jurisdiction: .innerMongolia, residence: .urban))
            table.appendMemberValue(0, column: 0)
            try? table.endHousehold(place: place)
            var decisions = TableDecisions()
            try? ColumnarEvaluator(ColumnarArticleTests.evaluator(measuring: stray)).decide(table, on: Day(iso: "2025-01-15")!,
                                                                                              into: &decisions)
        }
        #expect(String(decoding: result.standardErrorContent, as: UTF8.self).contains("is not one of the rows being measured"))
    }
}
