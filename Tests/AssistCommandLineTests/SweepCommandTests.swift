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

    @Test("--svg draws every step; a segment is red only at a cliff; the output path is checked like batch's")
    func svg() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sweep-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let chart = folder.appendingPathComponent("chart.svg").path
        let arguments = ["sweep", sample("dibao-ulanhot-urban.json"), "--vary", "incomes[0].monthlyAmount", "--from", "0",
                         "--to", "3000", "--step", "250", "--as-of", "2024-10-01", "--policy", sample("policy-illustrative-im.json")]
        #expect(runAssist(arguments + ["--svg", chart]).status == .success)
        let svg = try String(contentsOfFile: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.components(separatedBy: "<circle").count - 1 == 13)
        #expect(!svg.contains("#d62728"))
        #expect(svg.contains("每月救助合计（元）随 incomes[0].monthlyAmount 的变化"))
        // Near the dibao line, leaving dibao also ends its 82.90 supplement: a cliff, drawn red.
        let narrow = runAssist(["sweep", sample("dibao-ulanhot-urban.json"), "--vary", "incomes[0].monthlyAmount", "--from", "2550",
                                "--to", "2700", "--step", "10", "--as-of", "2024-10-01", "--lang", "en",
                                "--policy", sample("policy-illustrative-im.json"), "--svg", chart])
        #expect(narrow.output.contains("Cliffs:\n  2,600.00 → 2,610.00 yuan: assistance falls by 89.90, more than the 10.00 gained"))
        #expect(try String(contentsOfFile: chart, encoding: .utf8).components(separatedBy: "#d62728").count - 1 == 1)
        let refused = runAssist(arguments + ["--svg", sample("dibao-ulanhot-urban.json")])
        #expect(refused.status == .usage)
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
