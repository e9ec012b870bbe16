import AssistCommandLine
import Foundation
import Testing
import TieredAssistance

private func folder() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assist-leaks-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}

/// A valid household with one change, as a JSON document.
private func household(_ change: (String, String)) -> String {
    let base = """
        {"version":1,"id":"H1","jurisdiction":"152201","residence":"urban","asOf":"2024-10-01",
         "members":[{"id":"m1","relationship":"applicant","birthDate":"1978-04-12","labourCapacity":"full"}],
         "incomes":[{"member":"m1","kind":"wage","monthlyAmount":500}],"expenses":[]}
        """
    precondition(base.contains(change.0))
    return base.replacingOccurrences(of: change.0, with: change.1)
}

/// Personal data never reaches an error or report (issue 17 item 2), and control characters
/// never reach a terminal raw (item 3).
@Suite("Errors echo no personal data; terminals get no control characters")
struct LeakAndTerminalTests {
    static let personal = ["152201197804120424", "李桂芳"]

    /// Each way an input string can reach an error message: a key, an enum value, an
    /// identifier, a member reference.
    static let cases: [(name: String, change: (String, String), path: String)] = [
        ("an ID number as a key", ("\"labourCapacity\":\"full\"", "\"152201197804120424\":\"full\""), "members[0].##################"),
        ("a name as a key", ("\"labourCapacity\":\"full\"", "\"李桂芳\":\"full\""), "members[0].<3 characters>"),
        ("a name as an enum value", ("\"labourCapacity\":\"full\"", "\"labourCapacity\":\"李桂芳\""), "members[0].labourCapacity"),
        ("an ID number as an enum value", ("\"labourCapacity\":\"full\"", "\"labourCapacity\":\"152201197804120424\""), "members[0].labourCapacity"),
        ("a name as a member id", ("\"id\":\"m1\"", "\"id\":\"李桂芳\""), "members[0].id"),
        ("a name as a member reference", ("\"member\":\"m1\"", "\"member\":\"李桂芳\""), "incomes[0].member"),
        ("an ID number as a household id", ("\"id\":\"H1\"", "\"id\":\"152201197804120424\""), "id"),
    ]

    @Test("evaluate, validate, what-if, batch rejects and monitor rejects name the field and echo nothing personal")
    func noPersonalDataInErrors() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (index, testCase) in Self.cases.enumerated() {
            let file = directory.appendingPathComponent("h\(index).json")
            let text = household(testCase.change)
            try Data(text.utf8).write(to: file)
            let lines = directory.appendingPathComponent("h\(index).jsonl")
            try Data((text.replacingOccurrences(of: "\n", with: "") + "\n").utf8).write(to: lines)
            let rejects = directory.appendingPathComponent("r\(index).jsonl").path
            let results = [
                runAssist(["evaluate", file.path]),
                runAssist(["validate", file.path]),
                runAssist(["what-if", file.path, "--set", "incomes[0].monthlyAmount=600"]),
                runAssist(["batch", lines.path, "--out", directory.appendingPathComponent("o\(index).jsonl").path, "--rejects", rejects]),
                runAssist(["monitor", "--before", lines.path, "--after", lines.path]),
            ]
            var everything = results.map { $0.output + $0.error }.joined()
            everything += (try? String(contentsOfFile: rejects, encoding: .utf8)) ?? ""
            #expect(everything.contains(testCase.path), "\(testCase.name): \(everything.prefix(300))")
            for value in Self.personal {
                #expect(!everything.contains(value), "\(testCase.name) echoes \(value)")
            }
        }
    }

    @Test("Control characters in a file path or a rule title reach the terminal escaped, never raw")
    func escapesControls() throws {
        let result = runAssist(["evaluate", "/nonexistent/\u{1B}]0;pwned\u{07}\u{202E}x.json"])
        #expect(!result.error.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(result.error.contains("\\u{1B}]0;pwned\\u{7}\\u{202E}x.json"))
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rules = try String(contentsOfFile: sample("rules-xingan-category-3.json"), encoding: .utf8)
            .replacingOccurrences(of: "城镇事实困难人员（第三类，数据规则）", with: "城镇\\u001b[2J事实\\u202e困难")
        let file = directory.appendingPathComponent("rules.json")
        try Data(rules.utf8).write(to: file)
        let explained = runAssist(["explain", sample("xingan-defacto-hardship.json"), "--rules", file.path])
        #expect(explained.status == .success, "\(explained.error)")
        #expect(explained.output.contains("城镇\\u{1B}[2J事实\\u{202E}困难"))
        #expect(!explained.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }

    @Test("JSON escapes C0, C1, DEL and bidirectional controls, so JSON on a terminal is safe too")
    func jsonEscapes() throws {
        var writer = JSONWriter()
        writer.string("a\u{1B}b\u{7F}c\u{85}d\u{202E}e\u{2066}f兴安")
        #expect(writer.text == "\"a\\u001bb\\u007fc\\u0085d\\u202ee\\u2066f兴安\"")
        let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes), options: .fragmentsAllowed) as? String
        #expect(decoded == "a\u{1B}b\u{7F}c\u{85}d\u{202E}e\u{2066}f兴安")
    }
}
