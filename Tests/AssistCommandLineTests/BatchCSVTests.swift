@testable import AssistCommandLine
import Foundation
import Testing

@Suite("assist batch --format csv")
struct BatchCSVTests {
    @Test("A byte-order mark, a header, one row per household and program that applies; quoted where needed")
    func csv() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("results.csv").path
        let result = runAssist(["batch", sample("households.jsonl"), "--out", out, "--format", "csv", "--as-of", "2024-10-01", "--jobs", "2"])
        #expect(result.status == .success)
        let bytes = try #require(FileManager.default.contents(atPath: out))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let rows = text.components(separatedBy: "\r\n").dropLast()
        #expect(rows.first == "household,day,jurisdiction,residence,tier,program,member,status,superseded_by,monthly_amount_yuan,one_off_amount_yuan,missing")
        #expect(rows.contains("H-152201-0001,2024-10-01,152201,urban,dibao,dibao,,eligible,,1107.00,,"))
        #expect(rows.contains("H-152201-0001,2024-10-01,152201,urban,dibao,tekun,m2,not-eligible,,,,"))
        // The same households as JSON Lines: one row for each determination that applies.
        let jsonl = folder.appendingPathComponent("results.jsonl").path
        #expect(runAssist(["batch", sample("households.jsonl"), "--out", jsonl, "--as-of", "2024-10-01"]).status == .success)
        let determinations = try String(contentsOfFile: jsonl, encoding: .utf8).split(separator: "\n").reduce(0) { count, line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return count + ((object?["determinations"] as? [Any])?.count ?? 0)
        }
        #expect(rows.count - 1 == determinations)
    }

    @Test("Fields are quoted as RFC 4180 says, and a formula-like field stays text")
    func quoting() {
        #expect(BatchCSVTests.quote("plain") == "plain")
        #expect(BatchCSVTests.quote("a, b") == "\"a, b\"")
        #expect(BatchCSVTests.quote("say \"x\"") == "\"say \"\"x\"\"\"")
        #expect(BatchCSVTests.quote("=1+2") == "'=1+2")
    }

    @Test("csv with --detail decisions is a usage error")
    func decisions() {
        let result = runAssist(["batch", sample("households.jsonl"), "--out", "-", "--format", "csv", "--detail", "decisions"])
        #expect(result.status == .usage)
        #expect(result.error.contains("--format csv takes --detail summary"))
    }

    static func quote(_ field: String) -> String { BatchCSV.quoted(field) }
}
