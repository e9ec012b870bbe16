import Testing
import TieredAssistance

/// A column form's output guards its block (the article's own example is run, with the
/// household engine as the oracle, by `DocumentationTests.ColumnarEvaluationSnippets`).
@Suite("Column form output")
struct ColumnFormOutputTests {
    static let source = Citation(PolicyDocument(key: "column-form", title: "Column form output", issuer: "tests"))

    /// The smallest catalog that measures `income` in columns: one rule comparing it with a
    /// constant, one program, no parameters.
    static func evaluator(measuring income: Measure) throws -> Evaluator {
        let parameters = ParameterCatalog([])
        let catalog = try RuleCatalog(
            measures: [income],
            rules: [Rule(id: "test.below", chineseTitle: "低于标准", englishTitle: "below the standard", citations: [source],
                         scope: .household, program: "test.program",
                         condition: .compare(.measure(income.id), .lessThan, .constant(Quantity(100_000, unit: .moneyPerMonth))))],
            programs: [Program(id: "test.program", chineseTitle: "测试", englishTitle: "test", kind: .entitlement, scope: .household,
                               rules: ["test.below"], citations: [source])],
            parameters: parameters)
        var book = PolicyBook(catalog: parameters)
        try book.add(PolicyBook.Layer(name: "none", title: "no values", entries: []))
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
