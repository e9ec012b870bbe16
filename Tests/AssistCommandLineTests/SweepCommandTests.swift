import AssistCommandLine
import Foundation
import Testing

@Suite("assist sweep")
struct SweepCommandTests {
    static func sweep(_ language: String) -> (status: ExitCode, output: String, error: String) {
        runAssist(["sweep", sample("dibao-ulanhot-urban.json"), "--vary", "incomes[0].monthlyAmount", "--from", "0", "--to", "3000",
                   "--step", "250", "--as-of", "2024-10-01", "--lang", language, "--policy", sample("policy-illustrative-im.json")])
    }

    @Test("Across the wage: dibao withdrawn yuan for yuan (100 %), gone at 2,750; no cliff; each change listed")
    func wageSweep() throws {
        let result = Self.sweep("en")
        #expect(result.status == .success)
        let lines = result.output.components(separatedBy: "\n")
        #expect(lines.first == "Varying incomes[0].monthlyAmount: 13 steps")
        #expect(lines.contains { $0.hasPrefix("500.00 yuan · tier minimum living allowance (dibao)") && $0.hasSuffix("marginal rate 100.0%") })
        #expect(lines.contains("    minimum living allowance (dibao): eligible 107.00 → not eligible"))
        #expect(lines.contains { $0.hasPrefix("2,750.00 yuan · tier marginal low-income household · monthly assistance 0.00 yuan") })
        #expect(result.output.contains("No cliffs: assistance never fell by more than the amount rose."))
    }

    @Test("In Chinese, no English words outside ids, codes, paths and units")
    func chinese() {
        let result = Self.sweep("zh")
        #expect(result.status == .success)
        #expect(result.output.contains("边际退出率 100.0%"))
        #expect(ChineseOutputTests.englishWords(in: result.output).isEmpty, "\(ChineseOutputTests.englishWords(in: result.output).prefix(5))")
    }

    @Test("A value the household format refuses stops the sweep with its path; bad ranges are usage errors", arguments: [
        (["--vary", "members[0].birthDate", "--from", "0", "--to", "1", "--step", "1"], ExitCode.failure, "members[0].birthDate"),
        (["--vary", "incomes[0].monthlyAmount", "--from", "10", "--to", "1", "--step", "1"], ExitCode.usage, "--to is below --from"),
        (["--vary", "incomes[0].monthlyAmount", "--from", "0", "--to", "1000000", "--step", "1"], ExitCode.usage, "at most 10,000"),
        (["--vary", "incomes[0].monthlyAmount", "--from", "0", "--to", "1", "--step", "0"], ExitCode.usage, "--step must be more than 0"),
    ])
    func errors(options: [String], status: ExitCode, message: String) {
        let result = runAssist(["sweep", sample("dibao-ulanhot-urban.json"), "--as-of", "2024-10-01"] + options)
        #expect(result.status == status)
        #expect(result.error.contains(message))
    }
}
