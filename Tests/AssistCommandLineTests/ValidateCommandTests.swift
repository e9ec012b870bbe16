import AssistCommandLine
import Foundation
import Testing

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A path under `Examples/data`.
func sample(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("Examples/data/\(name)").path
}

/// Runs `assist` in-process and returns its status and output.
func runAssist(_ arguments: [String]) -> (status: ExitCode, output: String, error: String) {
    let console = Console.capturing()
    let status = AssistCommandLine.run(arguments, console: console)
    return (status, console.capturedStandardOutput, console.capturedStandardError)
}

@Suite("assist validate")
struct ValidateCommandTests {
    @Test("Every bundled household is valid", arguments: [
        "dibao-ulanhot-urban.json", "marginal-ulanhot.json", "not-eligible-ulanhot.json",
        "rigid-expenditure-ulanhot.json", "tekun-elderly-ulanhot.json", "xingan-defacto-hardship.json",
        "households.jsonl",
    ])
    func bundledSamples(name: String) {
        let result = runAssist(["validate", sample(name)])
        #expect(result.status == .success, "\(result.output)\(result.error)")
        #expect(result.output.contains("0 invalid"))
    }

    @Test("A summary never shows names or ID numbers")
    func summaryHasNoPersonalData() {
        let result = runAssist(["validate", sample("xingan-defacto-hardship.json")])
        #expect(result.output.contains("household H-152201-0002"))
        #expect(!result.output.contains("王秀兰"))
        #expect(!result.output.contains("152201197804120424"))
        #expect(!result.output.contains("乳腺癌"))
    }

    @Test("Invalid JSON Lines records are reported with line and path, and the status is 1")
    func invalidLines() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assist-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try String(contentsOfFile: sample("households.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let broken = lines[1].replacingOccurrences(of: "\"grade\":3", with: "\"grade\":9")
        let file = directory.appendingPathComponent("mixed.jsonl")
        try ([lines[0], "", broken, lines[2]].joined(separator: "\r\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = runAssist(["validate", file.path])
        #expect(result.status == .failure)
        #expect(result.output.contains("mixed.jsonl:3: invalid: members[1].disability.grade"))
        #expect(result.output.contains("2 valid, 1 invalid"))
    }

    @Test("Usage errors exit with 64", arguments: [["validate"], ["validate", "--bogus", "x.json"], ["frobnicate"], []])
    func usageErrors(arguments: [String]) {
        #expect(runAssist(arguments).status == .usage)
    }

    @Test("A missing file is reported, not a crash")
    func missingFile() {
        let result = runAssist(["validate", "/nonexistent/household.json"])
        #expect(result.status == .failure)
        #expect(result.error.contains("cannot read"))
    }
}
