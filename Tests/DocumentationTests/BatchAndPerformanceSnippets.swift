import Testing
import TieredAssistance

@Suite("Batch Runs and Performance article")
struct BatchAndPerformanceSnippets {
    static func households() throws -> [Household] {
        let lines = try Repository.text("Examples/data/households.jsonl").split(separator: "\n")
        // Repeated with fresh ids, so that the run spans several slices.
        return try (0..<200).flatMap { copy in
            try lines.map { line -> Household in
                var household = try HouseholdDecoder.decode(String(line))
                household.id = Household.ID("\(household.id)-\(copy)")
                return household
            }
        }
    }

    @Test("Every core from a service: the merged summary counts every household once")
    func taskGroup() async throws {
        let households = try Self.households()
        // doc: BatchAndPerformance.md #1
        let evaluator = Evaluator.innerMongolia
        let day = Day(iso: "2024-10-01")!
        let slices = stride(from: 0, to: households.count, by: 1_000).map {   // households: [Household]
            Array(households[$0..<min($0 + 1_000, households.count)])
        }

        let summary = await withTaskGroup(of: BatchSummary.self) { group in
            for slice in slices {
                group.addTask {
                    let scratch = EvaluationScratch()
                    var summary = BatchSummary()
                    for household in slice {
                        let parameters = evaluator.book.resolveAll(
                            jurisdiction: household.jurisdiction, residence: household.residence, on: day)
                        do {
                            let evaluation = try evaluator.evaluate(household, on: day, parameters: parameters,
                                                                    tracing: false, scratch: scratch)
                            summary.add(evaluation)
                        } catch {
                            summary.rejected += 1               // error.path names the field
                        }
                    }
                    return summary
                }
            }
            var total = BatchSummary()
            for await part in group { total.merge(part) }
            return total
        }
        print(summary.text)
        // end doc
        #expect(slices.count > 1)
        #expect(summary.evaluated + summary.rejected == households.count)
        var sequential = BatchSummary()
        for household in households { sequential.add(try evaluator.evaluate(household, on: day, tracing: false)) }
        #expect(summary.tiers == sequential.tiers && summary.monthlyAmounts == sequential.monthlyAmounts)
    }

    @Test("Decisions only: decide fills a reusable Decision, read by program position")
    func decisions() throws {
        let evaluator = Evaluator.innerMongolia
        let household = try HouseholdDecoder.decode(try Repository.household("dibao-ulanhot-urban.json"))
        let day = Day(iso: "2024-10-01")!
        let parameters = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
        let scratch = EvaluationScratch()
        var total: Int64 = 0
        // doc: BatchAndPerformance.md #2
        let dibao = evaluator.catalog.position(ofProgram: .dibao)!
        var decision = Decision()
        try evaluator.decide(household, on: day, parameters: parameters, into: &decision, scratch: scratch)
        if decision.status(ofProgramAt: dibao) == .eligible, let amount = decision.amount(ofProgramAt: dibao) {
            total += amount.fen
        }
        // end doc
        #expect(total == Money(yuan: 1107).fen)
    }
}
