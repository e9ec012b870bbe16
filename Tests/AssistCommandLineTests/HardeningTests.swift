import AssistCommandLine
import Foundation
import Testing

private func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assist-hardening-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}

private func sampleLines() throws -> [String] {
    try String(contentsOfFile: sample("households.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
}

@Suite("Batch under faults: every line accounted for")
struct BatchFaultTests {
    @Test("Invalid UTF-8, a line over 1 MiB (over the 8 MiB buffer too), duplicates, a file ending mid-record")
    func faults() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try sampleLines()
        var bytes: [UInt8] = []
        func add(_ text: String) { bytes += Array(text.utf8) + [0x0A] }
        add(lines[0])                                               // 1 evaluated
        var invalid = Array(lines[1].utf8)                          // 2 rejected: invalid UTF-8 in a string
        let marker = Array("H-152201".utf8)
        if let start = (0..<(invalid.count - marker.count)).first(where: { Array(invalid[$0..<($0 + marker.count)]) == marker }) {
            invalid[start] = 0xFF
        }
        bytes += invalid + [0x0A]
        add("{\"version\":1,\"padding\":\"" + String(repeating: "x", count: 9 << 20) + "\"}")  // 3 rejected: too long
        add(lines[0])                                               // 4 evaluated: a duplicate id
        add("")                                                     // 5 blank
        add(lines[2])                                               // 6 evaluated
        bytes += Array(lines[3].prefix(100).utf8)                   // 7 rejected: the file ends mid-record
        let input = directory.appendingPathComponent("faults.jsonl")
        try Data(bytes).write(to: input)
        let out = directory.appendingPathComponent("out.jsonl").path
        let rejects = directory.appendingPathComponent("rejects.jsonl").path
        let summary = directory.appendingPathComponent("summary.json").path
        let result = runAssist(["batch", input.path, "--out", out, "--rejects", rejects, "--summary", summary, "--jobs", "2"])
        #expect(result.status == .failure)
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) as? [String: Any])
        #expect(counts["linesRead"] as? Int == 7)
        #expect(counts["evaluated"] as? Int == 3)
        #expect(counts["rejected"] as? Int == 3)
        #expect(counts["blankLines"] as? Int == 1)
        #expect(counts["duplicateIDs"] as? Int == 1)
        let rejected = try String(contentsOfFile: rejects, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(rejected.count == 3)
        #expect(rejected[0].contains("\"line\":2") && rejected[0].contains("invalid-utf8"))
        #expect(rejected[1].contains("\"line\":3") && rejected[1].contains("limit-exceeded"))
        #expect(rejected[2].contains("\"line\":7"))
        #expect(result.error.contains("lines repeat an earlier household id") && result.error.contains("4"))
        #expect(try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").count == 3)
    }

    @Test("A run that fails midway leaves no results file and no partial file")
    func interrupted() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A directory cannot be read as a file: the pipeline fails after creating its output.
        let input = directory.appendingPathComponent("input.jsonl")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let out = directory.appendingPathComponent("out.jsonl").path
        let result = runAssist(["batch", input.path, "--out", out])
        #expect(result.status != .success)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(left == ["input.jsonl"])
    }
}

/// Renders every kind of output for households with names and ID numbers and checks that
/// no full ID number appears anywhere and no full name or diagnosis appears.
@Suite("Personal data never appears unmasked")
struct PersonalDataAuditTests {
    static let names = ["李桂芳", "赵建国", "王秀兰", "陈志刚", "陈雨欣", "张福海", "刘海军", "孙丽", "赵淑珍", "王建军", "周桂兰", "周小龙"]
    static let diagnoses = ["乳腺癌", "脊柱侧弯"]

    /// Every resident ID number in the bundled samples.
    static func idNumbers() throws -> [String] {
        let folder = URL(fileURLWithPath: sample(""))
        var numbers = Set<String>()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".json") {
            let text = try String(contentsOfFile: folder.appendingPathComponent(file).path, encoding: .utf8)
            for part in text.components(separatedBy: "\"residentId\": \"").dropFirst() { numbers.insert(String(part.prefix(18))) }
        }
        return numbers.sorted()
    }

    private func audit(_ text: String, _ what: String) throws {
        for number in try Self.idNumbers() { #expect(!text.contains(number), "\(what) shows an ID number") }
        for name in Self.names { #expect(!text.contains(name), "\(what) shows a name") }
        for diagnosis in Self.diagnoses { #expect(!text.contains(diagnosis), "\(what) shows a diagnosis") }
    }

    @Test("evaluate, explain, what-if, validate, batch, monitor and errors")
    func everyOutput() throws {
        let files = ["xingan-defacto-hardship.json", "dibao-ulanhot-urban.json", "tekun-elderly-ulanhot.json",
                     "disability-household-ulanhot.json", "emergency-wuhai.json", "union-deep-hardship-ulanhot.json"]
        #expect(try Self.idNumbers().count >= 5)
        for file in files {
            for arguments in [["evaluate"], ["evaluate", "--format", "json"], ["evaluate", "--lang", "en"], ["explain"],
                              ["explain", "--lang", "en"], ["validate"]] {
                let result = runAssist([arguments[0], sample(file)] + arguments.dropFirst())
                try audit(result.output + result.error, "\(arguments) \(file)")
            }
            let whatIf = runAssist(["what-if", sample(file), "--set", "incomes[0].monthlyAmount=100"])
            try audit(whatIf.output + whatIf.error, "what-if \(file)")
        }
        // What-if never echoes a personal value it was given, alone or inside an object.
        let personal = runAssist(["what-if", sample("dibao-ulanhot-urban.json"), "--set", "members[0].name=李桂芳",
                                  "--set", "members[0].residentId=\"152201197804120424\"",
                                  "--set", "members[1].majorIllness={\"recognisedOn\":\"2024-01-01\",\"diagnosis\":\"乳腺癌\"}",
                                  "--set", "community=\"户主152201197804120424\""])
        #expect(personal.status == .success, "\(personal.error)")
        #expect(personal.output.contains("members[0].name = （个人信息，不显示）"))
        try audit(personal.output + personal.error, "what-if with personal values")
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Batch: results, rejects (with an ID number put in a wrong field) and the summary.
        let text = try String(contentsOfFile: sample("xingan-defacto-hardship.json"), encoding: .utf8)
        let compact = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: Data(text.utf8)))
        let line = String(decoding: compact, as: UTF8.self)
        let leaky = line.replacingOccurrences(of: "\"applicant\"", with: "\"152201197804120424\"")
        let input = directory.appendingPathComponent("in.jsonl")
        try (line + "\n" + leaky + "\n").write(to: input, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out.jsonl").path
        let rejects = directory.appendingPathComponent("rejects.jsonl").path
        let summary = directory.appendingPathComponent("summary.json").path
        let batch = runAssist(["batch", input.path, "--out", out, "--rejects", rejects, "--summary", summary])
        #expect(batch.status == .failure)
        for path in [out, rejects, summary] { try audit(try String(contentsOfFile: path, encoding: .utf8), path) }
        try audit(batch.error, "batch summary")
        // Monitoring output.
        let monitor = runAssist(["monitor", "--before", sample("monitoring/before-2024-09.jsonl"),
                                 "--after", sample("monitoring/after-2024-10.jsonl"), "--policy", sample("policy-illustrative-im.json")])
        try audit(monitor.output + monitor.error, "monitor")
        // Validation errors for an ID number in the wrong place, or a wrong checksum.
        let wrongChecksum = line.replacingOccurrences(of: "152201197804120424", with: "152201197804120425")
        let errorFile = directory.appendingPathComponent("errors.jsonl")
        try (leaky + "\n" + wrongChecksum + "\n").write(to: errorFile, atomically: true, encoding: .utf8)
        let validate = runAssist(["validate", errorFile.path])
        #expect(validate.output.contains("2 invalid"))
        try audit(validate.output + validate.error, "validation errors")
        #expect(!validate.output.contains("152201197804120425"))
    }
}

@Suite("Bounded input: no command reads more than a record at a time")
struct BoundedInputTests {
    @Test("evaluate on a file over 1 MiB ends with a one-line error and status 1, without reading it all")
    func oversizedDocument() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big.json")
        try Data(repeating: 0x41, count: (1 << 20) + 10).write(to: file)
        let result = runAssist(["evaluate", file.path, "--as-of", "2024-10-01"])
        #expect(result.status == .failure)
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(result.error.contains("longer than 1048576 bytes"))
    }

    @Test("validate streams a JSON Lines file: a line over 1 MiB is reported by number, the others are read")
    func validateStreams() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try sampleLines()
        let text = lines[0] + "\n" + String(repeating: "x", count: 3 << 20) + "\r\n" + lines[1] + "\n\n" + lines[2]
        let file = directory.appendingPathComponent("mixed.jsonl")
        try Data(text.utf8).write(to: file)
        let result = runAssist(["validate", file.path])
        #expect(result.status == .failure)
        #expect(result.output.contains("mixed.jsonl:2: invalid: (root): record longer than 1048576 bytes [limit-exceeded]"))
        #expect(result.output.contains("mixed.jsonl:3: valid"))
        #expect(result.output.contains("mixed.jsonl:5: valid"))
        #expect(result.output.hasSuffix("3 valid, 1 invalid\n"))
    }
}
