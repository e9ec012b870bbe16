import Testing
import TieredAssistance

@Suite("Monitoring article")
struct MonitoringSnippets {
    static func pair() throws -> (previous: Household, current: Household) {
        (try Repository.household("H-152201-0001", inLines: "monitoring/before-2024-09.jsonl"),
         try Repository.household("H-152201-0001", inLines: "monitoring/after-2024-10.jsonl"))
    }

    @Test("The built-in book has no thresholds: the detector names them missing")
    func missingThresholds() throws {
        let (previous, current) = try Self.pair()
        let day = Day(iso: "2024-10-01")!
        // doc: Monitoring.md #1
        let detector = SignalDetector(book: InnerMongoliaBook.book)
        let result = detector.detect(before: previous, after: current, on: day)
        for absence in result.missing {
            print(absence)   // no value for monitoring.medical.single-bill in 152201 (urban) on 2024-10-01
        }
        // end doc
        #expect(result.missing.map(\.description).contains("no value for monitoring.medical.single-bill in 152201 (urban) on 2024-10-01"))
        #expect(!result.signals.contains { $0.kind == .largeMedicalBill })
    }

    @Test("With the illustrative thresholds, one chain for a household with a large medical bill")
    func chain() throws {
        let (previous, current) = try Self.pair()
        let policyBytes = try Repository.sample("policy-illustrative-im.json")
        // doc: Monitoring.md #2
        let book = try InnerMongoliaBook.book.adding(
            PolicyFileLoader.load(policyBytes, name: "policy-illustrative-im.json", catalog: .standard))
        let detector = SignalDetector(book: book)
        let builder = AssistanceChainBuilder(evaluator: try Evaluator(catalog: .innerMongolia, book: book))
        // end doc

        // doc: Monitoring.md #3
        let day = current.asOf!   // or the extract's day: the library never reads the clock
        let detection = detector.detect(before: previous, after: current, on: day)   // previous may be nil
        let chain = try builder.chain(for: current, on: day, detection: detection)

        for signal in chain.signals {
            print(signal.kind.chineseName, signal.detail.chinese, signal.parameter?.entry.status as Any)
        }
        for step in chain.steps {
            print(step.department?.chineseName ?? "入户核实", step.reasons,
                  step.programs.map { "\($0.program) \($0.status) \($0.rules)" })
        }
        print(chain.text(language: .english))
        // end doc
        let text = chain.text(language: .english)
        #expect(text.hasPrefix("Household H-152201-0001 · 2024-10-01 · 2 signals\n"))
        #expect(text.contains("  ! large-medical-bill: out-of-pocket medical bill of 8,000.00 yuan on 2024-09-20 (8,000.00 > threshold 6,000.00, illustrative threshold)"))
        #expect(text.contains("  1. civil-affairs"))
        #expect(text.contains("       minimum living allowance (dibao): eligible [dibao.income-test, dibao.asset-test]"))
        #expect(text.contains("home visit — home visit: an alert is not a decision; verify at home before acting"))
        #expect(chain.steps.last?.isHomeVisit == true)
    }
}
