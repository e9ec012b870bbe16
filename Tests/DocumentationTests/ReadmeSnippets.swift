import Foundation
import Testing
import TieredAssistance

@Suite("README snippets")
struct ReadmeSnippets {
    @Test("Using the library: decode, the 12-month window, exact sums; evaluate and explain, errors typed")
    func usingTheLibrary() throws {
        let jsonText = try Repository.household("rigid-expenditure-ulanhot.json")
        // doc: README.md #1
        let household = try HouseholdDecoder.decode(jsonText)      // throws InputError with a field path
        let window = DayInterval.twelveMonths(endingOn: Day(iso: "2024-10-01")!)
        let rigid = household.expenses
            .filter { window.contains($0.day) && $0.category == .medical }
            .map(\.amount).sum()                                     // Money, exact fen
        // end doc
        let expected = household.expenses.filter { $0.category == .medical && $0.day > Day(iso: "2023-10-01")!
            && $0.day <= Day(iso: "2024-10-01")! }.reduce(0) { $0 + $1.amount.fen }
        #expect(rigid.fen == expected && expected > 0)

        // doc: README.md #2
        do {
            let evaluation = try Evaluator.innerMongolia.evaluate(household, on: Day(iso: "2024-10-01")!)
            print(ExplanationRenderer(language: .english).render(evaluation))  // titles from evaluation.catalog
        } catch {
            print(error.code, error.path, error.message)   // InputError: never a trap, even for a household built in code
        }
        // end doc
        var broken = household
        broken.members = []
        #expect(throws: InputError.self) { try Evaluator.innerMongolia.evaluate(broken, on: Day(iso: "2024-10-01")!) }
    }

    @Test("The DocC overview's first example")
    func overview() throws {
        let jsonText = try Repository.household("dibao-ulanhot-urban.json")
        // doc: TieredAssistance.md #1
        let household = try HouseholdDecoder.decode(jsonText)
        let evaluator = try Evaluator(catalog: .innerMongolia, book: InnerMongoliaBook.book)
        let evaluation = try evaluator.evaluate(household, on: Day(iso: "2024-10-01")!)
        print(ExplanationRenderer(language: .chinese).render(evaluation))
        // end doc
        #expect(evaluation.tier == .tier(.dibao))
    }
}
