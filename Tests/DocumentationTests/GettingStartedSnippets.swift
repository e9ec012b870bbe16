// doc: GettingStarted.md #1
import TieredAssistance
// end doc
import Foundation
import Testing

@Suite("Getting Started article")
struct GettingStartedSnippets {
    @Test("Decode, evaluate, read the result and explain it, as the article says")
    func walkthrough() throws {
        let jsonText = try Repository.household("dibao-ulanhot-urban.json")
        // doc: GettingStarted.md #2
        let household: Household
        do {
            household = try HouseholdDecoder.decode(jsonText)
        } catch {
            print(error.path, error.code, error.message)   // error is an InputError
            throw error
        }
        // end doc

        // doc: GettingStarted.md #3
        let evaluator = try Evaluator(catalog: .innerMongolia, book: InnerMongoliaBook.book)
        let day = Day(iso: "2024-10-01")!
        let evaluation = try evaluator.evaluate(household, on: day)
        // end doc

        // doc: GettingStarted.md #4
        switch evaluation.tier {
        case .tier(let program):
            print("tier:", program)                       // for example "dibao"
        case .none:
            print("no tier")
        case .undetermined(let stillPossible):
            print("a higher tier could not be decided:", stillPossible)
        }

        if let dibao = evaluation.determination(.dibao) {
            print(dibao.status, dibao.amount?.value ?? .zero)   // eligible 1,107.00
        }
        if let marginal = evaluation.determination(.marginal) {
            for item in marginal.missing {
                print("missing:", item)   // no value for marginal.asset-limit.financial-months in 152201 (urban) on 2024-10-01
            }
        }

        for tekun in evaluation.memberDeterminations(.tekun) {
            print(tekun.member!, tekun.status)
        }
        // end doc
        #expect(evaluation.tier == .tier(.dibao))
        let dibao = try #require(evaluation.determination(.dibao))
        #expect(dibao.status == .eligible && dibao.amount?.value.description == "1,107.00")
        #expect(dibao.missing.isEmpty, "an eligible determination lists nothing missing")
        let marginal = try #require(evaluation.determination(.marginal))
        #expect(marginal.status == .undetermined)
        #expect(marginal.missing.map(\.description)
                .contains("no value for marginal.asset-limit.financial-months in 152201 (urban) on 2024-10-01"))
        #expect(evaluation.memberDeterminations(.tekun).count == household.members.count)

        // doc: GettingStarted.md #5
        print(ExplanationRenderer(language: .chinese).render(evaluation))          // rule by rule
        print(ExplanationRenderer(language: .english).renderSummary(evaluation))   // one line per program
        let bytes = EvaluationJSON.encode(evaluation, detail: .full, language: .english)
        // end doc
        #expect(ExplanationRenderer(language: .chinese).render(evaluation).contains("dibao.income-test"))
        #expect(ExplanationRenderer(language: .english).renderSummary(evaluation).contains("eligible · 1,107.00 yuan a month"))
        #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [String: Any])
    }
}
