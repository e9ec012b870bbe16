import Testing
import TieredAssistance

@Suite("Columnar Evaluation article")
struct ColumnarEvaluationSnippets {
    static let source = Citation(PolicyDocument(key: "article", title: "Columnar Evaluation", issuer: "DocC"))
    static let standard: ParameterID = ParameterID("article.standard")

    /// The article's measure, with both forms.
    static func incomeMeasure() -> Measure {
        // doc: ColumnarEvaluation.md #1
        let income = Measure(
            id: MeasureID("income.monthly-per-person"), chineseTitle: "人均月收入", englishTitle: "income per person",
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
        // end doc
        return income
    }

    /// The catalog and book the article decides with: `income` below a standard, a tier
    /// that pays the standard, 1,000 yuan from 2025 (illustrative).
    static func catalogAndBook() throws -> (RuleCatalog, PolicyBook) {
        let income = incomeMeasure()
        let parameters = ParameterCatalog([
            ParameterDefinition(id: standard, chineseTitle: "标准", englishTitle: "standard", units: [.yuanPerPersonPerMonth],
                                summary: "article"),
        ])
        let catalog = try RuleCatalog(
            measures: [income],
            rules: [Rule(id: RuleID("article.below"), chineseTitle: "低于标准", englishTitle: "below the standard", citations: [source],
                         scope: .household, program: ProgramID("article.dibao"),
                         condition: .compare(.measure(income.id), .lessThan, .parameter(standard)))],
            programs: [Program(id: ProgramID("article.dibao"), chineseTitle: "低保", englishTitle: "dibao", kind: .tier(rank: 0), scope: .household,
                               rules: [RuleID("article.below")],
                               amount: AmountFormula(.operand(.parameter(standard), Label("标准", "standard")), rounding: .halfUp,
                                                     citations: [source]),
                               citations: [source])],
            parameters: parameters)
        var book = PolicyBook(catalog: parameters)
        try book.add(PolicyBook.Layer(name: "article", title: "illustrative", entries: [
            ParameterEntry(parameter: standard, jurisdiction: .innerMongolia, effective: Day(iso: "2025-01-01")!,
                           value: .money(Money(yuan: 1000)), unit: .yuanPerPersonPerMonth, source: source, status: .illustrative),
        ]))
        return (catalog, book)
    }

    @Test("Fill a table, decide it, keep the explanations, tally a rule: as the household engine decides")
    func article() throws {
        let (catalog, book) = try Self.catalogAndBook()
        // doc: ColumnarEvaluation.md #2
        var table = HouseholdTable(householdColumns: [], memberColumns: ["income_fen"])
        let place = table.place(HouseholdTable.Place(jurisdiction: .innerMongolia, residence: .urban))
        table.appendMemberValue(120_000, column: 0)   // first member
        table.appendMemberValue(0, column: 0)         // second member
        try table.endHousehold(place: place)
        // end doc

        // doc: ColumnarEvaluation.md #3
        let columnar = try ColumnarEvaluator(Evaluator(catalog: catalog, book: book))
        var decisions = TableDecisions()
        try columnar.decide(table, on: Day(iso: "2025-01-15")!, into: &decisions)
        if let tier = decisions.tierPosition(ofHousehold: 0) {
            print(catalog.programs[tier].id, decisions.amount(ofProgramAt: tier, household: 0) ?? .zero)
        }
        // end doc
        let tier = try #require(decisions.tierPosition(ofHousehold: 0))
        #expect(catalog.programs[tier].id == ProgramID("article.dibao"))
        #expect(decisions.amount(ofProgramAt: tier, household: 0) == Money(yuan: 1000))
        #expect(decisions.isComplete(household: 0))

        // doc: ColumnarEvaluation.md #4
        var traces = TableTraces()
        try columnar.decide(table, on: Day(iso: "2025-01-15")!, into: &decisions, traces: &traces)
        let evaluation = traces.evaluation(ofHousehold: 0, id: Household.ID("h1"),
                                           memberIDs: [Member.ID("m1"), Member.ID("m2")])
        print(ExplanationRenderer(language: .chinese).render(evaluation))
        // end doc
        // 1,200 yuan over 2 members is 600 a person, below 1,000: the household engine's
        // traced evaluation of the same household renders the same text, and it is not empty.
        let household = Household(id: Household.ID("h1"), jurisdiction: .innerMongolia, residence: .urban,
                                  members: [Member(id: Member.ID("m1"), relationship: .applicant, birthDate: Day(iso: "1980-01-01")!),
                                            Member(id: Member.ID("m2"), relationship: .spouse, birthDate: Day(iso: "1982-01-01")!)],
                                  incomes: [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: Money(yuan: 1200))])
        let traced = try Evaluator(catalog: catalog, book: book).evaluate(household, on: Day(iso: "2025-01-15")!)
        let text = ExplanationRenderer(language: .chinese).render(evaluation)
        #expect(text == ExplanationRenderer(language: .chinese).render(traced))
        #expect(text.contains("【低保】 符合 · 每月 1,000.00 元"))
        #expect(text.contains("人均月收入 600.00 元"))
        // The whole evaluation, not only its text: the same JSON, the measured 600 yuan a
        // person in the comparison, the rule's truth kept in the columns.
        let explainedJSON = EvaluationJSON.encode(evaluation, detail: .full)
        #expect(explainedJSON == EvaluationJSON.encode(traced, detail: .full))
        #expect(String(decoding: explainedJSON, as: UTF8.self).contains("\"text\":\"600.00\""))
        #expect(traces.ruleTruth(RuleID("article.below"), household: 0) == .yes)
        #expect(evaluation.tier == traced.tier)

        // doc: ColumnarEvaluation.md #5
        let income = traces.tally(RuleID("article.below"))
        print("below the standard: \(income.held), above: \(income.failed), unknown: \(income.undetermined)")
        // end doc
        #expect(income.held == 1 && income.failed == 0 && income.undetermined == 0)
    }
}
