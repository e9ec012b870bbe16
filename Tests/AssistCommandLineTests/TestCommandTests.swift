import AssistCommandLine
import Foundation
import Testing

@Suite("assist test")
struct TestCommandTests {
    static let examples = repositoryRoot.appendingPathComponent("Examples/cases/examples.json").path

    /// A case file in a fresh folder, referring to the bundled households.
    static func caseFile(_ body: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cases-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("cases.json").path
        try body.replacingOccurrences(of: "DATA", with: repositoryRoot.appendingPathComponent("Examples/data").path)
            .write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("The project's examples ship as cases, and pass")
    func examplesPass() {
        let result = runAssist(["test", Self.examples, "--lang", "en"])
        #expect(result.status == .success)
        #expect(result.output.contains("5 cases: 5 passed, 0 failed"))
    }

    @Test("A failing case names each difference and explains the program concerned; exit 1")
    func failure() throws {
        let file = try Self.caseFile(#"""
            {"version": 1, "cases": [{"name": "wrong on purpose", "household": "DATA/dibao-ulanhot-urban.json", "on": "2024-10-01",
              "expect": {"tier": "marginal", "amount": {"dibao": 1000.00}, "missing": {"marginal": []}}}]}
            """#)
        let result = runAssist(["test", file, "--lang", "en"])
        #expect(result.status == .failure)
        #expect(result.output.contains("FAILED  wrong on purpose"))
        #expect(result.output.contains("tier: expected marginal, got dibao"))
        #expect(result.output.contains("dibao amount: expected 1,000.00, got 1,107.00"))
        #expect(result.output.contains("marginal missing: expected ; got marginal.asset-limit.financial-months"))
        #expect(result.output.contains("        | 【minimum living allowance (dibao)】"))
        #expect(result.output.contains("1 cases: 0 passed, 1 failed"))
    }

    @Test("An invalid case file names the file and the field path; exit 1", arguments: [
        (#"{"version": 1, "cases": [{"name": "x", "household": "DATA/dibao-ulanhot-urban.json", "on": "2024-10-01", "expect": {}, "extra": 1}]}"#,
         "cases[0].extra: unknown key"),
        (#"{"version": 1, "cases": [{"name": "x", "household": "DATA/dibao-ulanhot-urban.json", "on": "2024-10-01", "expect": {"status": {"dibaoo": "eligible"}}}]}"#,
         "cases[0].expect.status.dibaoo: the catalog has no program \"dibaoo\""),
        (#"{"version": 2, "cases": []}"#, "version: case files are version 1"),
        (#"{"version": 1, "cases": [{"name": "x", "household": "DATA/dibao-ulanhot-urban.json", "on": "2024-10-01", "expect": {"status": {" ": "eligible"}}}]}"#,
         "cases[0].expect.status. : a program id, optionally followed by a member id"),
    ])
    func invalid(body: String, message: String) throws {
        let file = try Self.caseFile(body)
        let result = runAssist(["test", file])
        #expect(result.status == .failure)
        #expect(result.output.contains("\(file): \(message)"))
    }

    @Test("Coverage lists, by citation, the rules the cases never saw fail or hold")
    func coverage() {
        let result = runAssist(["test", Self.examples, "--lang", "en", "--coverage"])
        let lines = result.output.components(separatedBy: "\n")
        guard let citation = lines.firstIndex(of: "  S2 《最低生活保障审核确认办法》(民发〔2021〕57号) 第十四条") else {
            Issue.record("no S2 art. 14 heading in the coverage report")
            return
        }
        #expect(lines[citation + 1] == "    dibao.asset-test: never failed")
    }

    @Test("In Chinese, the report is Chinese")
    func chinese() throws {
        let file = try Self.caseFile(#"""
            {"version": 1, "cases": [{"name": "乌兰浩特低保家庭", "household": "DATA/dibao-ulanhot-urban.json", "on": "2024-10-01",
              "expect": {"tier": "dibao", "amount": {"dibao": 900.00}}}]}
            """#)
        let result = runAssist(["test", file, "--coverage"])
        #expect(result.output.contains("失败    乌兰浩特低保家庭"))
        let words = ChineseOutputTests.englishWords(in: result.output)
        #expect(words.isEmpty, "\(words.prefix(5))")
    }
}
