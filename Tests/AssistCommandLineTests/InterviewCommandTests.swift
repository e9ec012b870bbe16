import AssistCommandLine
import Foundation
import Testing
import TieredAssistance

/// `assist interview` with scripted answers, in-process (the pseudo-terminal run is in ExampleTests).
@Suite("assist interview")
struct InterviewCommandTests {
    static let policy = sample("policy-illustrative-im.json")

    /// Runs the interview with `answers` as standard input.
    static func interview(_ arguments: [String], answers: [String]) -> (status: ExitCode, output: String, error: String) {
        let console = Console.capturing(input: answers)
        let status = AssistCommandLine.run(["interview"] + arguments, console: console)
        return (status, console.capturedStandardOutput, console.capturedStandardError)
    }

    @Test("Asks the most decisive fact first, sets each answer, stops when no fact is left, writes the completed household")
    func completesTheHousehold() throws {
        let folder = try temporaryFolder("interview")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("completed.json").path
        let file = sample("marginal-ulanhot.json")
        // What assist evaluate ranks first is asked first.
        let evaluator = try Evaluator(catalog: .innerMongolia, book: InnerMongoliaBook.book.adding(
            try PolicyFileLoader.load(try String(contentsOfFile: Self.policy, encoding: .utf8), name: "p", catalog: InnerMongoliaBook.book.catalog)))
        let household = try HouseholdDecoder.decode(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
        let before = try evaluator.evaluate(household, on: household.asOf!)
        let fields = before.questions.compactMap { question -> String? in
            if case .field(let path, _) = question.item { return path.description } else { return nil }
        }
        #expect(fields == ["enrolments", "housingHardshipFinding", "specialHardshipFinding"])

        let result = Self.interview([file, "--policy", Self.policy, "--out", out], answers: ["[]", "true", "false"])
        #expect(result.status == .success, "\(result.error)")
        let asked = result.output.components(separatedBy: "\n").filter { $0.hasPrefix("问题（") }
        #expect(asked.count == 3)
        #expect(asked.first?.contains("enrolments") == true)
        #expect(result.output.contains("已记录 housingHardshipFinding = true"))
        #expect(result.output.contains("已回答 3 项。"))
        // The completed household lacks no fact any more: evaluate lists no field question.
        let completed = try HouseholdDecoder.decode(Array(try Data(contentsOf: URL(fileURLWithPath: out))))
        #expect(completed.housingHardshipFinding == true && completed.specialHardshipFinding == false && completed.enrolments == [])
        let after = try evaluator.evaluate(completed, on: completed.asOf!)
        #expect(!after.questions.contains { if case .field = $0.item { return true } else { return false } })
        #expect(after.determination(.housingAid)?.status != .undetermined)
        // The answers typed (codes such as true) are echoed after the prompts and in 已记录 lines.
        let prompts = result.output.components(separatedBy: "\n").map { line -> String in
            if line.hasPrefix("已记录 ") { return "" }
            guard let end = line.range(of: "q 结束）") else { return line }
            return String(line[..<end.upperBound])
        }.joined(separator: "\n")
        for (word, line) in ChineseOutputTests.englishWords(in: prompts) {
            Issue.record("English word \"\(word)\" in the zh interview: \(line)")
        }
    }

    @Test("A refused answer is asked again with the reason; an empty line skips; q ends; the end of input ends")
    func answersThatAreNotUsed() throws {
        let file = sample("marginal-ulanhot.json")
        let refused = Self.interview([file, "--policy", Self.policy, "--lang", "en"], answers: ["partial", "", "q"])
        #expect(refused.status == .success)
        #expect(refused.output.contains("not usable: enrolments: expected an array, found a string [wrong-type]"))
        #expect(refused.output.contains("Skipped: enrolments"))
        #expect(refused.output.contains("0 answered."))
        #expect(refused.output.components(separatedBy: "\n").filter { $0.hasPrefix("Question (") }.count == 2)
        // Personal data typed as an answer is never shown back, and the refusal is in Chinese.
        let personal = Self.interview([file, "--policy", Self.policy],
                                      answers: [#"{"diagnosis":"肺癌","residentId":"152201197804120424"}"#, "q"])
        #expect(!personal.output.contains("肺癌") && !personal.output.contains("152201197804120424"), "\(personal.output)")
        #expect(personal.output.contains("无法使用：字段 enrolments 不接受此值"))
        // An answer that leaves the field missing is not asked again (no endless loop).
        let cleared = Self.interview([file, "--policy", Self.policy, "--lang", "en"], answers: ["null", "null", "null", "null"])
        #expect(cleared.status == .success)
        let ended = Self.interview([file, "--policy", Self.policy], answers: [])
        #expect(ended.status == .success)
        #expect(ended.output.contains("已回答 0 项。"))
    }

    @Test("A household with nothing missing asks nothing; --out over the input is refused")
    func nothingToAskAndUsage() {
        let complete = Self.interview([sample("dibao-ulanhot-urban.json"), "--policy", Self.policy], answers: ["never read"])
        #expect(complete.status == .success)
        #expect(!complete.output.contains("问题（"))
        let file = sample("marginal-ulanhot.json")
        let usage = Self.interview([file, "--out", file], answers: [])
        #expect(usage.status == .usage)
    }
}
