import Testing
import TieredAssistance

/// A column form's output guards its block (the article's own example is run, with the
/// household engine as the oracle, by `DocumentationTests.ColumnarEvaluationSnippets`).
@Suite("Column form output")
struct ColumnFormOutputTests {
    static let source = Citation(PolicyDocument(key: "article", title: "Columnar Evaluation", issuer: "DocC"))
    static let standard: ParameterID = "article.standard"

    /// A one-rule catalog (the measure below a standard) around `income`.
    static func evaluator(measuring income: Measure) throws -> Evaluator {
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
            try? ColumnarEvaluator(ColumnFormOutputTests.evaluator(measuring: stray)).decide(table, on: Day(iso: "2025-01-15")!,
                                                                                              into: &decisions)
        }
        #expect(String(decoding: result.standardErrorContent, as: UTF8.self).contains("is not one of the rows being measured"))
    }
}
