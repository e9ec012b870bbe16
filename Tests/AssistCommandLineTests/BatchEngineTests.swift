import AssistCommandLine
import Foundation
import Testing

/// `assist batch --engine columnar` (the default) writes exactly what `--engine household`
/// writes, and `--explain-where` explains exactly the households that match.
@Suite("assist batch: the two engines")
struct BatchEngineTests {
    /// Every example household (one per line), each five times with other ids and incomes,
    /// interleaving evaluation days and places; a rejected line among them.
    static func population(in directory: URL) throws -> URL {
        let folder = URL(fileURLWithPath: sample("households.jsonl")).deletingLastPathComponent()
        var lines = try String(contentsOfFile: sample("households.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".json") && !name.hasPrefix("policy") && !name.hasPrefix("rules") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            lines.append(text.replacingOccurrences(of: "\n", with: " "))
        }
        var population: [String] = []
        for copy in 0..<5 {
            for (index, line) in lines.enumerated() {
                population.append(line.replacingOccurrences(of: "\"id\":\"", with: "\"id\":\"C\(copy)-", options: [], range: line.range(of: "\"id\":\""))
                    .replacingOccurrences(of: "00.0,", with: "\(copy)0.0,"))
                if copy == 2 && index == 3 { population.append("{\"version\":1,\"id\":\"broken\"}") }
            }
        }
        let url = directory.appendingPathComponent("population.jsonl")
        try (population.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assist-engines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test("Both engines write the same bytes: decisions, summary and csv, with a policy and rule file, 1 and 3 jobs",
          arguments: [["--detail", "decisions"], ["--detail", "summary"], ["--format", "csv"]])
    func sameBytes(detail: [String]) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try Self.population(in: directory)
        for extra in [[], ["--policy", sample("policy-illustrative-im.json"), "--rules", sample("rules-xingan-category-3.json")]] {
            var outputs: [String: Data] = [:]
            for engine in ["columnar", "household"] {
                for jobs in ["1", "3"] {
                    let out = directory.appendingPathComponent("\(engine)-\(jobs).out").path
                    let rejects = directory.appendingPathComponent("\(engine)-\(jobs).rejects").path
                    let result = runAssist(["batch", input.path, "--out", out, "--rejects", rejects, "--engine", engine, "--jobs", jobs]
                                           + detail + extra)
                    #expect(result.status == .failure, "the broken line is rejected: \(result.error)")
                    outputs["\(engine)-\(jobs)"] = try Data(contentsOf: URL(fileURLWithPath: out)) + Data(contentsOf: URL(fileURLWithPath: rejects))
                }
            }
            let reference = try #require(outputs["household-1"])
            #expect(reference.count > 10_000)
            for (name, bytes) in outputs { #expect(bytes == reference, "\(name) differs from household-1 (\(detail) \(extra))") }
        }
    }

    @Test("--explain-where explains, in input order, exactly the households that match, with either engine",
          arguments: ["undetermined", "dibao", "dibao=not-eligible", "medical-aid=eligible"])
    func explainWhere(spec: String) throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try Self.population(in: directory)
        var explained: [String: Data] = [:]
        for engine in ["columnar", "household"] {
            let out = directory.appendingPathComponent("\(engine).jsonl").path
            let explanations = directory.appendingPathComponent("\(engine)-explained.jsonl").path
            _ = runAssist(["batch", input.path, "--out", out, "--engine", engine, "--detail", "summary", "--jobs", "2",
                           "--explain-where", spec, "--explanations", explanations])
            let data = try Data(contentsOf: URL(fileURLWithPath: explanations))
            explained[engine] = data
            // The expected households, read from the summary output.
            let parts = spec.split(separator: "=").map(String.init)
            var expected: [String] = []
            for line in try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let determinations = try #require(object["determinations"] as? [[String: Any]])
                let matches = determinations.contains { determination in
                    let status = determination["status"] as? String
                    switch parts.count {
                    case 2: return determination["program"] as? String == parts[0] && status == parts[1]
                    default:
                        return ["eligible", "not-eligible", "undetermined", "not-applicable"].contains(spec) ? status == spec
                            : determination["program"] as? String == spec && (status == "eligible" || status == "undetermined")
                    }
                }
                if matches { expected.append(try #require(object["household"] as? String)) }
            }
            let ids = try String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["household"] as? String
            }
            #expect(ids == expected, "\(engine) \(spec)")
            #expect(!expected.isEmpty, "the population has households matching \(spec)")
            // Full explanations: the rules with their comparisons.
            #expect(String(decoding: data, as: UTF8.self).contains("\"rules\":[{"))
        }
        #expect(explained["columnar"] == explained["household"])
    }

    @Test("Unknown engines, statuses and programs are usage errors; --explain-where needs --explanations")
    func usage() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try Self.population(in: directory)
        let out = directory.appendingPathComponent("out.jsonl").path
        let explanations = directory.appendingPathComponent("explained.jsonl").path
        let engine = runAssist(["batch", input.path, "--out", out, "--engine", "vector"])
        #expect(engine.status == .usage && engine.error.contains("--engine takes columnar or household"))
        let alone = runAssist(["batch", input.path, "--out", out, "--explain-where", "dibao"])
        #expect(alone.status == .usage && alone.error.contains("go together"))
        let unknown = runAssist(["batch", input.path, "--out", out, "--explain-where", "dibao2", "--explanations", explanations])
        #expect(unknown.status == .usage && unknown.error.contains("neither a status"))
        let status = runAssist(["batch", input.path, "--out", out, "--explain-where", "dibao=maybe", "--explanations", explanations])
        #expect(status.status == .usage && status.error.contains("is not a status"))
        let same = runAssist(["batch", input.path, "--out", out, "--explain-where", "dibao", "--explanations", out])
        #expect(same.status == .usage)
        #expect(!FileManager.default.fileExists(atPath: explanations))
    }
}

/// `assist monitor --engine columnar` (the default) writes exactly what `--engine household` writes.
@Suite("assist monitor: the two engines")
struct MonitorEngineTests {
    @Test("Both engines write the same chains and summary: the monitoring examples in both languages, and every example household against itself",
          arguments: ["en", "zh"])
    func sameBytes(language: String) throws {
        let directory = try BatchEngineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let population = try BatchEngineTests.population(in: directory).path
        let pairs = [(sample("monitoring/before-2024-09.jsonl"), sample("monitoring/after-2024-10.jsonl")), (population, population)]
        for (before, after) in pairs {
            var outputs: [String: (Data, String)] = [:]
            for engine in ["columnar", "household"] {
                let out = directory.appendingPathComponent("monitor-\(engine).jsonl").path
                let result = runAssist(["monitor", "--before", before, "--after", after, "--out", out, "--lang", language,
                                        "--policy", sample("policy-illustrative-im.json"), "--engine", engine, "--jobs", "2"])
                outputs[engine] = (try Data(contentsOf: URL(fileURLWithPath: out)), result.error)
            }
            let (columnar, household) = (try #require(outputs["columnar"]), try #require(outputs["household"]))
            #expect(columnar.0.count > 1_000)
            #expect(columnar.0 == household.0, "\(after) \(language)")
            #expect(columnar.1 == household.1)
        }
    }
}
