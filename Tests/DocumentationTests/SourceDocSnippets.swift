import Testing
import TieredAssistance

/// The Swift examples of the public doc comments, compiled and run.
@Suite("Doc-comment examples")
struct SourceDocSnippets {
    @Test("Evaluator, AssistanceError, Decision and EvaluationDiff examples")
    func engine() throws {
        let household = try HouseholdDecoder.decode(try Repository.household("dibao-ulanhot-urban.json"))
        do {
            // doc: Evaluator.swift #1
            let evaluator = try Evaluator(catalog: .innerMongolia, book: InnerMongoliaBook.book)
            let evaluation = try evaluator.evaluate(household, on: Day(iso: "2024-10-01")!)
            print(ExplanationRenderer(language: .chinese).render(evaluation))
            // end doc
            #expect(evaluation.tier == .tier(.dibao))
        }

        let evaluator = Evaluator.innerMongolia
        let day = Day(iso: "2024-10-01")!
        var broken = household
        broken.members[0].id = Member.ID("m 1")
        var code: ErrorCode?
        do {
            let household = broken
            // doc: AssistanceError.swift #1
            do {
                let evaluation = try evaluator.evaluate(household, on: day)
            } catch {
                print(error.code, error.path, error.message)   // invalid-value members[0].id …
            }
            // end doc
            do { _ = try evaluator.evaluate(household, on: day) } catch {
                code = error.code
                #expect(error.path.description == "members[0].id")
            }
        }
        #expect(code == .invalidValue)

        let households = [household]
        let resolved = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
        let scratch = EvaluationScratch()
        var total: Int64 = 0
        // doc: Decision.swift #1
        var decision = Decision()
        for household in households {
            try evaluator.decide(household, on: day, parameters: resolved, into: &decision, scratch: scratch)
            if decision.status(of: .dibao) == .eligible { total += decision.amount(of: .dibao)?.fen ?? 0 }
        }
        // end doc
        #expect(total == Money(yuan: 1107).fen)

        // doc: EvaluationDiff.swift #1
        var changed = household
        changed.incomes[0].monthlyAmount = Money(yuan: 3000)
        let diff = EvaluationDiff(before: try evaluator.evaluate(household, on: day),
                                  after: try evaluator.evaluate(changed, on: day))
        for change in diff.changes {
            print(change.program, change.before?.status as Any, "→", change.after?.status as Any)
        }
        // end doc
        #expect(diff.changes.contains { $0.program == .dibao && $0.member == nil && $0.after?.status == .notEligible })
    }

    @Test("HouseholdTable, ColumnForm, ColumnarEvaluator and TableTraces examples")
    func columnar() throws {
        let (catalog, book) = try ColumnarEvaluationSnippets.catalogAndBook()
        let code = AdministrativeDivisionCode.innerMongolia
        let day = Day(iso: "2025-01-15")!
        // doc: HouseholdTable.swift #1
        var table = HouseholdTable(householdColumns: ["assets_fen"], memberColumns: ["income_fen"])
        let place = table.place(HouseholdTable.Place(jurisdiction: code, residence: .urban))
        table.appendHouseholdValue(1_000_000, column: 0)
        table.appendMemberValue(120_000, column: 0)
        try table.endHousehold(place: place)
        // end doc
        #expect(table.count == 1 && table.memberRowCount == 1)

        let form =
            // doc: ColumnMeasure.swift #1
            Measure.ColumnForm(memberColumns: ["income_fen"]) { context, output in
                let incomes = context.memberColumn(0)
                for household in context.rows {
                    var total: Int64 = 0
                    for row in context.memberRows(of: household) { total += incomes[row] }
                    output.set(Quantity(Int128(total), unit: .moneyPerMonth), row: household)
                }
            }
            // end doc
        #expect(form.memberColumns == ["income_fen"])

        // doc: ColumnarEvaluator.swift #1
        let columnar = try ColumnarEvaluator(Evaluator(catalog: catalog, book: book))
        var decisions = TableDecisions()
        try columnar.decide(table, on: day, into: &decisions)
        let tier = decisions.tier(ofHousehold: 0)
        // end doc
        // 1,200 yuan for one member is above the article catalog's 1,000-yuan standard.
        #expect(tier == TierOutcome.none)

        for _ in 1..<8 {
            table.appendHouseholdValue(0, column: 0)
            table.appendMemberValue(100_000, column: 0)   // two members, 500 yuan each
            table.appendMemberValue(0, column: 0)
            try table.endHousehold(place: place)
        }
        do {
            // doc: TableTraces.swift #1
            var decisions = TableDecisions()
            var traces = TableTraces()
            try columnar.decide(table, on: day, into: &decisions, traces: &traces)
            let evaluation = traces.evaluation(ofHousehold: 7, id: Household.ID("H-7"),
                                               memberIDs: [Member.ID("m1"), Member.ID("m2")])
            print(ExplanationRenderer(language: .chinese).render(evaluation))
            // end doc
            #expect(evaluation.tier == .tier(ProgramID("article.dibao")) && decisions.tier(ofHousehold: 7) == evaluation.tier)
            #expect(ExplanationRenderer(language: .chinese).render(evaluation).contains("人均月收入 500.00 元"))
        }
    }
}
