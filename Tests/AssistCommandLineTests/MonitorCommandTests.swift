import AssistCommandLine
import Foundation
import Testing

@Suite("assist monitor")
struct MonitorCommandTests {
    @Test("The bundled extracts give signals and chains; every household of both files is accounted for")
    func bundledExtracts() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assist-monitor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("chains.jsonl").path
        let result = runAssist(["monitor", "--before", sample("monitoring/before-2024-09.jsonl"),
                                "--after", sample("monitoring/after-2024-10.jsonl"),
                                "--policy", sample("policy-illustrative-im.json"), "--out", out])
        #expect(result.status == .success, "\(result.error)")
        #expect(result.error.contains("提取前 8 户，提取后 8 户；配对 7，新增 1，消失 1"))
        #expect(result.error.contains("大额医疗费用") && result.error.contains("主要劳动力死亡"))
        let english = runAssist(["monitor", "--before", sample("monitoring/before-2024-09.jsonl"),
                                 "--after", sample("monitoring/after-2024-10.jsonl"),
                                 "--policy", sample("policy-illustrative-im.json"), "--out", out, "--lang", "en"])
        #expect(english.error.contains("before: 8 households, after: 8; paired 7, new 1, vanished 1"))
        #expect(english.error.contains("large-medical-bill") && english.error.contains("main-earner-death"))
        #expect(result.output.contains("大额医疗费用"))
        #expect(result.output.contains("入户核实"))
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 9)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.filter { $0["presence"] as? String == "vanished" }.count == 1)
        #expect(objects.filter { $0["presence"] as? String == "new" }.count == 1)
        for object in objects {
            let chain = try #require(object["chain"] as? [[String: Any]])
            #expect(chain.last?["homeVisit"] as? Bool == true)
        }
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(!result.output.contains("王秀兰"))
        #expect(!written.contains("152201197804120424"))
    }

    @Test("Usage errors exit 64", arguments: [["monitor"], ["monitor", "--before", "a.jsonl"]])
    func usage(arguments: [String]) {
        #expect(runAssist(arguments).status == .usage)
    }

    @Test("Pairing through the sorted extracts: an invalid line is rejected by its line, a repeat of a valid id too; an invalid first line leaves the later valid one")
    func invalidAndRepeatedLines() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("monitor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func household(_ id: String, grade: Int = 2) -> String {
            #"{"version":1,"id":"\#(id)","jurisdiction":"152201","residence":"urban","asOf":"2024-10-01","members":[{"id":"m1","relationship":"applicant","birthDate":"1980-01-01","disability":{"category":"visual","grade":\#(grade)}}],"incomes":[],"expenses":[]}"#
        }
        let before = directory.appendingPathComponent("before.jsonl")
        let after = directory.appendingPathComponent("after.jsonl")
        try Data([household("B"), household("A")].joined(separator: "\n").utf8).write(to: before)
        try Data([household("A", grade: 9), household("A"), household("B"), household("B"), "{oops"].joined(separator: "\n").utf8).write(to: after)
        let out = directory.appendingPathComponent("out.jsonl").path
        let result = runAssist(["monitor", "--before", before.path, "--after", after.path, "--out", out, "--lang", "en"])
        #expect(result.status == .failure)
        #expect(result.error.contains("after.jsonl:1: members[0].disability.grade"))
        #expect(result.error.contains("after.jsonl:4: household id B appears twice; the first is kept"))
        #expect(result.error.contains("after.jsonl:5: "))
        #expect(!result.error.contains("after.jsonl:2:"))
        #expect(result.error.contains("before: 2 households, after: 2; paired 2, new 0, vanished 0"))
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("{\"household\":\"A\",\"presence\":\"paired\""))
    }
}
