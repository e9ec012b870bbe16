import AssistCommandLine
import Foundation
import Testing

private func folder() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assist-outputs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}

/// Output paths are checked before anything is read (issue 17): nothing is lost or overwritten.
@Suite("Output safety: no output overwrites an input, another output, a link's target or a device")
struct OutputSafetyTests {
    @Test("Refused with exit 64 before reading, each naming the option and the reason; the files are untouched")
    func refusals() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.jsonl").path
        try FileManager.default.copyItem(atPath: sample("households.jsonl"), toPath: input)
        let original = try Data(contentsOf: URL(fileURLWithPath: input))
        let target = directory.appendingPathComponent("target.jsonl").path
        try Data("keep\n".utf8).write(to: URL(fileURLWithPath: target))
        let link = directory.appendingPathComponent("link.jsonl").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let out = directory.appendingPathComponent("out.jsonl").path
        let cases: [([String], String)] = [
            (["--out", input], "--out \(input) is the input \(input)"),
            (["--out", out, "--rejects", input], "--rejects \(input) is the input"),
            (["--out", out, "--rejects", out], "--rejects and --out are the same file"),
            (["--out", out, "--summary", out], "--summary and --out are the same file"),
            (["--out", link], "--out \(link) is a symbolic link"),
            (["--out", "/dev/null"], "--out /dev/null is not a regular file"),
            (["--out", out, "--summary", directory.path], "--summary \(directory.path) is a folder"),
            (["--out", out, "--summary", directory.path + "/missing/summary.json"], "the folder \(directory.path)/missing does not exist"),
            (["--out", "-", "--rejects", "-"], "--rejects and --out both write to standard output"),
        ]
        for (options, message) in cases {
            let result = runAssist(["batch", input] + options)
            #expect(result.status == .usage, "\(options)")
            #expect(result.error.contains(message), "\(options): \(result.error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep\n")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).allSatisfy { !$0.contains(".partial-") })
    }

    @Test("monitor refuses an --out that is one of its extracts")
    func monitorOutput() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = directory.appendingPathComponent("before.jsonl").path
        try FileManager.default.copyItem(atPath: sample("monitoring/before-2024-09.jsonl"), toPath: before)
        let original = try Data(contentsOf: URL(fileURLWithPath: before))
        let result = runAssist(["monitor", "--before", before, "--after", sample("monitoring/after-2024-10.jsonl"), "--out", before])
        #expect(result.status == .usage)
        #expect(result.error.contains("--out \(before) is the input"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: before)) == original)
    }

    @Test("The summary file is written through a temporary file and renamed; the results are complete")
    func summaryWritten() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out.jsonl").path
        let summary = directory.appendingPathComponent("summary.json").path
        let result = runAssist(["batch", sample("households.jsonl"), "--out", out, "--summary", summary])
        #expect(result.status == .success, "\(result.error)")
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) is [String: Any])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["out.jsonl", "summary.json"])
    }
}
