import AssistCommandLine
import Foundation
import Testing

@Suite("assist parameters")
struct ParametersCommandTests {
    @Test("The living subsidy is 100 yuan on 2024-06-30 and 125 on 2024-07-01, each with its source",
          arguments: [("2024-06-30", "100.00 元/人·月", "S17-2019"), ("2024-07-01", "125.00 元/人·月", "S17 ")])
    func subsidyChange(day: String, value: String, source: String) throws {
        let result = runAssist(["parameters", "--jurisdiction", "152201", "--on", day])
        #expect(result.status == .success)
        let block = try #require(result.output.components(separatedBy: "\n\n").first { $0.hasPrefix("disability.living-subsidy") })
        #expect(block.contains("value: \(value)"))
        #expect(block.contains("source: \(source)"))
        #expect(block.contains("sourced"))
    }

    @Test("Ulanhot's urban standard on 2024-10-01 is 829 with 内政字〔2024〕131号, and absences are listed")
    func ulanhotStandard() throws {
        let result = runAssist(["parameters", "--jurisdiction", "152201", "--on", "2024-10-01", "--residence", "urban"])
        let block = try #require(result.output.components(separatedBy: "\n\n").first { $0.hasPrefix("dibao.standard [urban]") })
        #expect(block.contains("829.00 元/人·月"))
        #expect(block.contains("内政字〔2024〕131号"))
        #expect(result.output.contains("rules that need these are undetermined:\n  dibao.asset-limit.financial-months"))
    }

    @Test("JSON output is well-formed and carries sources")
    func jsonFormat() throws {
        let result = runAssist(["parameters", "--jurisdiction", "152201", "--on", "2024-10-01", "--format", "json"])
        #expect(result.status == .success)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let resolved = try #require(object?["resolved"] as? [[String: Any]])
        let standard = try #require(resolved.first { ($0["parameter"] as? String) == "dibao.standard" && ($0["residence"] as? String) == "urban" })
        #expect((standard["source"] as? [String: Any])?["number"] as? String == "内政字〔2024〕131号")
        #expect((object?["absent"] as? [Any])?.isEmpty == false)
    }

    @Test("A policy file layers on top; a broken one is a usage error naming the field")
    func policyFiles() throws {
        let illustrative = sample("policy-illustrative-im.json")
        let layered = runAssist(["parameters", "--jurisdiction", "152201", "--on", "2024-10-01", "--policy", illustrative])
        #expect(layered.status == .success)
        #expect(layered.output.contains("dibao.asset-limit.financial-months  "))
        #expect(layered.output.contains("illustrative"))

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assist-params-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.json")
        try #"{"version":1,"title":"t","values":[{"parameter":"dibao.standard","jurisdiction":"152201","residence":"urban","effective":"2024-01-01","value":850,"unit":"ratio","status":"illustrative"}]}"#
            .write(to: broken, atomically: true, encoding: .utf8)
        let result = runAssist(["parameters", "--jurisdiction", "152201", "--on", "2024-10-01", "--policy", broken.path])
        #expect(result.status == .usage)
        #expect(result.error.contains("values[0].unit"))
    }

    @Test("Usage errors exit 64", arguments: [
        ["parameters"], ["parameters", "--jurisdiction", "152201"], ["parameters", "--jurisdiction", "1522", "--on", "2024-10-01"],
        ["parameters", "--jurisdiction", "152201", "--on", "2024-02-30"],
        ["parameters", "--jurisdiction", "152201", "--on", "2024-10-01", "--format", "xml"],
        ["parameters", "--jurisdiction", "152201", "--on", "2024-10-01", "--residense", "urban"],
    ])
    func usage(arguments: [String]) {
        #expect(runAssist(arguments).status == .usage)
    }

    @Test("--coverage: per place and year, sourced (S), illustrative (I), partly (~) or not (-) covered")
    func coverage() throws {
        let result = runAssist(["parameters", "--coverage", "--from", "2024-01-01", "--to", "2025-12-31", "--jurisdiction", "152201"])
        #expect(result.status == .success)
        let lines = result.output.components(separatedBy: "\n")
        #expect(lines.contains("152201 乌兰浩特市"))
        func row(_ name: String, in lines: [String]) -> [String]? {
            lines.first { $0.hasPrefix(name + " ") }.map { $0.split(separator: " ").dropFirst(name.split(separator: " ").count).map(String.init) }
        }
        #expect(row("dibao.standard [urban]", in: lines) == ["S", "-"])
        #expect(row("dibao.asset-limit.financial-months", in: lines) == ["-", "-"])
        let layered = runAssist(["parameters", "--coverage", "--from", "2024-01-01", "--to", "2025-12-31", "--jurisdiction", "152201",
                                 "--policy", sample("policy-illustrative-im.json")])
        #expect(row("dibao.asset-limit.financial-months", in: layered.output.components(separatedBy: "\n")) == ["I", "I"])
        let usage = runAssist(["parameters", "--coverage", "--from", "2025-01-01", "--to", "2024-01-01"])
        #expect(usage.status == .usage && usage.error.contains("is before --from"))
    }
}
