import AssistCommandLine
import Foundation
import Testing

@Suite("assist batch")
struct BatchCommandTests {
    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assist-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private func sampleLines() throws -> [String] {
        try String(contentsOfFile: sample("households.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test("Every line is evaluated or rejected with its line number; blank lines are counted; output keeps input order",
          arguments: [1, 2, 3])
    func accounting(jobs: Int) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try sampleLines()
        let broken = lines[2].replacingOccurrences(of: "\"monthlyAmount\":5200.0", with: "\"monthlyAmount\":-5200.0")
        #expect(broken != lines[2])
        // CRLF line ends, a blank line, an invalid record, a truncated last line without a line end.
        let input = [lines[0], "", lines[1], broken, "   ", lines[3], lines[4], lines[5], String(lines[0].prefix(80))]
            .joined(separator: "\r\n")
        let inputURL = directory.appendingPathComponent("in.jsonl")
        try input.write(to: inputURL, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out.jsonl").path
        let rejects = directory.appendingPathComponent("rejects.jsonl").path
        let summary = directory.appendingPathComponent("summary.json").path
        let result = runAssist(["batch", inputURL.path, "--out", out, "--rejects", rejects, "--summary", summary,
                                "--jobs", String(jobs)])
        #expect(result.status == .failure, "some lines are rejected, so the status is 1")
        let outputLines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(outputLines.count == 5)
        let ids = outputLines.compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["household"] as? String
        }
        #expect(ids == ["H-152201-0001", "H-152201-0004", "H-152201-0005", "H-152201-0003", "H-152201-0002"])
        let rejectLines = try String(contentsOfFile: rejects, encoding: .utf8).split(separator: "\n")
        #expect(rejectLines.count == 2)
        #expect(rejectLines[0].contains("\"line\":4"))
        #expect(rejectLines[0].contains("monthlyAmount"))
        #expect(rejectLines[1].contains("\"line\":9"))
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) as? [String: Any])
        #expect(counts["linesRead"] as? Int == 9)
        #expect(counts["blankLines"] as? Int == 2)
        #expect(counts["evaluated"] as? Int == 5)
        #expect(counts["rejected"] as? Int == 2)
        #expect(result.error.contains("lines read 9: 5 evaluated, 2 rejected, 2 blank"))
        #expect(!FileManager.default.fileExists(atPath: out + ".partial-\(getpid())"))
    }

    @Test("Output order matches input order for any number of jobs")
    func order() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try sampleLines()
        var many: [String] = []
        for index in 0..<600 {
            many.append(lines[index % lines.count].replacingOccurrences(of: "\"id\":\"H-", with: "\"id\":\"N\(index)-"))
        }
        let inputURL = directory.appendingPathComponent("in.jsonl")
        try (many.joined(separator: "\n") + "\n").write(to: inputURL, atomically: true, encoding: .utf8)
        var outputs: [String] = []
        for jobs in [1, 3] {
            let out = directory.appendingPathComponent("out\(jobs).jsonl").path
            #expect(runAssist(["batch", inputURL.path, "--out", out, "--jobs", String(jobs)]).status == .success)
            outputs.append(try String(contentsOfFile: out, encoding: .utf8))
        }
        #expect(outputs[0] == outputs[1])
        let first = outputs[0].split(separator: "\n").map { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["household"] as? String ?? ""
        }
        #expect(first.enumerated().allSatisfy { $0.element.hasPrefix("N\($0.offset)-") })
    }

    @Test("--detail decisions: one line per household with only eligible and undetermined programs, the same summary")
    func decisions() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var outputs: [String: (lines: [Substring], summary: String)] = [:]
        for detail in ["summary", "decisions"] {
            let out = directory.appendingPathComponent("\(detail).jsonl").path
            let summary = directory.appendingPathComponent("\(detail)-summary.json").path
            let result = runAssist(["batch", sample("households.jsonl"), "--out", out, "--summary", summary, "--detail", detail,
                                    "--policy", sample("policy-illustrative-im.json"), "--jobs", "2"])
            #expect(result.status == .success, "\(result.error)")
            outputs[detail] = (try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n"),
                               try String(contentsOfFile: summary, encoding: .utf8))
        }
        let full = try #require(outputs["summary"])
        let compact = try #require(outputs["decisions"])
        #expect(compact.lines.count == full.lines.count)
        #expect(compact.lines.count == (try sampleLines()).count)
        #expect(compact.summary == full.summary)
        #expect(compact.lines.map(\.count).reduce(0, +) < full.lines.map(\.count).reduce(0, +) / 2)
        var amounts = 0
        for (line, fullLine) in zip(compact.lines, full.lines) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let expected = try #require(try JSONSerialization.jsonObject(with: Data(fullLine.utf8)) as? [String: Any])
            #expect(object["household"] as? String == expected["household"] as? String, "input order is kept")
            #expect(object["tier"] as? String == expected["tier"] as? String)
            let programs = try #require(object["programs"] as? [[String: Any]])
            #expect(programs.allSatisfy { ["eligible", "undetermined"].contains($0["status"] as? String ?? "") }, "\(line)")
            #expect(object["determinations"] == nil)
            // Each compact line is the full line's eligible and undetermined determinations, without nearMiss.
            let determinations = try #require(expected["determinations"] as? [[String: Any]])
            let filtered = determinations.filter { ["eligible", "undetermined"].contains($0["status"] as? String ?? "") }
                .map { $0.filter { $0.key != "nearMiss" } }
            #expect(NSArray(array: programs).isEqual(to: filtered), "\(line)")
            amounts += programs.filter { !($0["monthlyAmount"] is NSNull) }.count
        }
        #expect(amounts > 0, "the eligible programs' monthly amounts are written")
    }

    @Test("Usage errors exit 64", arguments: [["batch"], ["batch", "in.jsonl"], ["batch", "/nonexistent.jsonl", "--out", "/tmp/x"],
                                              ["batch", "x.jsonl", "--out", "y", "--jobs", "0"],
                                              ["batch", "x.jsonl", "--out", "y", "--detail", "full"]])
    func usage(arguments: [String]) {
        #expect(runAssist(arguments).status == .usage)
    }
}
