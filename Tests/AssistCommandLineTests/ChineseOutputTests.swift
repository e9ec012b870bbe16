import AssistCommandLine
import Foundation
import Testing
import TieredAssistance

/// Chinese output is Chinese: no English words outside ids, codes, field paths and units.
///
/// Every example household is evaluated, explained and what-if'd in zh (with the built-in
/// book, with the illustrative policy file, and on a day after the last known standards);
/// the monitor runs on the example extracts; RULES.md's Chinese columns are read. Any Latin
/// word left once ids (`dibao.income-test`, `H-152201-0002`), field paths
/// (`members[0].schooling`), document keys (`S15`), member ids (`m1`), file paths and the
/// household format's single-word keys are removed fails the test, with the line it is in.
@Suite("Chinese output is Chinese")
struct ChineseOutputTests {
    /// Single-word keys of the household and policy formats (field paths) and single-word
    /// program ids (ids).
    static let fieldNames: Set<String> = Set([
        "enrolments", "housingHardshipFinding", "assetsCannotRelieveFinding", "specialHardshipFinding", "obligors", "assets",
        "expenses", "incomes", "members", "events", "dibaoHistory", "unionWorker", "temporaryAidGrants", "verification",
        "labourCapacity", "employment", "schooling", "supportSetting", "proofOfLifeOn", "dailyLivingActivitiesUnable",
        "needsLongTermCare", "comparablePublicSchoolFee", "birthDate", "annualIncome", "assetsWithinLowIncomeLimits",
        "employmentIncomeRoseOn", "isMigrantWorker", "employmentMonths", "monthsBelowDibaoStandard", "annualDisposableIncome",
        "annualHardshipCosts", "filedOn", "policy",
    ]).union(RuleCatalog.innerMongolia.programs.map(\.id.rawValue))

    /// Hyphenated codes that are not English prose: program ids, the household format's enum
    /// values and parameter choices.
    static let codes: Set<String> = {
        var codes = Set(RuleCatalog.innerMongolia.programs.map(\.id.rawValue))
        codes.formUnion(Relationship.allCases.map(\.rawValue))
        codes.formUnion(EmploymentStatus.allCases.map(\.rawValue))
        codes.formUnion(SchoolingLevel.allCases.map(\.rawValue))
        codes.formUnion(SupportSetting.allCases.map(\.rawValue))
        codes.formUnion(IncomeKind.allCases.map(\.rawValue))
        codes.formUnion(LifeEventKind.allCases.map(\.rawValue))
        codes.formUnion(AssetCheckTier.allCases.map(\.rawValue))
        codes.formUnion(ProgramStatus.allCases.map(\.rawValue))
        codes.formUnion(ParameterCatalog.standard.definitions.flatMap(\.choices))
        return codes
    }()

    /// The Latin words of `text` that are not ids, codes, field paths or units, each with its line.
    static func englishWords(in text: String) -> [(word: String, line: String)] {
        var found: [(String, String)] = []
        for line in text.split(separator: "\n") {
            var stripped = String(line)
            var patterns = [
                #"[A-Za-z0-9_\-/]*[.\[\]/0-9][A-Za-z0-9_\-./\[\]]*"#,   // dotted, indexed or numbered ids and paths
                #"--[a-z]+"#,                                                // command-line flags
            ]
            // What-if echoes the values the user typed, which are codes.
            if line.hasPrefix("假设：") { patterns.append(#""[^"]*""#) }
            for pattern in patterns {
                stripped = stripped.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
            }
            for match in stripped.matches(of: /[A-Za-z]+(?:-[A-Za-z]+)*/) {
                let word = String(match.output)
                if word.count < 2 || fieldNames.contains(word) || codes.contains(word) { continue }
                found.append((word, String(line)))
            }
        }
        return found
    }

    static let households: [String] = {
        let folder = repositoryRoot.appendingPathComponent("Examples/data").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix("policy") && !$0.hasPrefix("rules") }
            .sorted()
    }()

    @Test("evaluate, explain and what-if in zh: every example household, every program, three books and days",
          arguments: households)
    func householdOutputs(file: String) {
        let path = sample(file)
        let policy = sample("policy-illustrative-im.json")
        var outputs: [String] = []
        for extra in [[], ["--policy", policy], ["--as-of", "2026-11-01"]] {
            outputs.append(runAssist(["evaluate", path] + extra).output)
            outputs.append(runAssist(["explain", path] + extra).output)
        }
        outputs.append(runAssist(["what-if", path, "--set", "members[0].labourCapacity=none", "--policy", policy]).output)
        outputs.append(Self.readableJSON(runAssist(["evaluate", path, "--format", "json", "--policy", policy]).output))
        #expect(outputs.allSatisfy { !$0.isEmpty })
        for output in outputs {
            for (word, line) in Self.englishWords(in: output) {
                Issue.record("English word \"\(word)\" in zh output of \(file): \(line)")
            }
        }
    }

    /// The strings of `evaluate --format json` that people read: missing items, comparison
    /// sides, amount lines and reconciliation texts.
    static func readableJSON(_ text: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return "" }
        var readable: [String] = []
        for determination in object["determinations"] as? [[String: Any]] ?? [] {
            readable += determination["missing"] as? [String] ?? []
            for rule in determination["rules"] as? [[String: Any]] ?? [] {
                for comparison in rule["comparisons"] as? [[String: Any]] ?? [] {
                    readable += [comparison["left"], comparison["right"]].compactMap { $0 as? String }
                }
            }
            for line in determination["amountLines"] as? [[String: Any]] ?? [] { readable += [line["label"] as? String ?? ""] }
        }
        for finding in object["reconciliation"] as? [[String: Any]] ?? [] { readable += [finding["text"] as? String ?? ""] }
        return readable.joined(separator: "\n")
    }

    @Test("monitor in zh: signals, chains, data sources and missing thresholds")
    func monitorOutput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zh-monitor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("chains.jsonl").path
        for extra in [[], ["--policy", sample("policy-illustrative-im.json")]] {
            let result = runAssist(["monitor", "--before", sample("monitoring/before-2024-09.jsonl"),
                                    "--after", sample("monitoring/after-2024-10.jsonl"), "--out", out] + extra)
            let lines = try String(contentsOfFile: out, encoding: .utf8)
            #expect(!lines.isEmpty)
            // JSON keys and enum codes are codes; the values people read are checked.
            var readable = ""
            for line in lines.split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                for signal in object["signals"] as? [[String: Any]] ?? [] {
                    readable += "\(signal["detail"] ?? "")\n\(signal["dataSource"] ?? "")\n"
                }
                for step in object["chain"] as? [[String: Any]] ?? [] {
                    readable += "\(step["departmentZh"] ?? "")\n\(step["note"] as? String ?? "")\n"
                }
                for missing in object["missingThresholds"] as? [String] ?? [] { readable += missing + "\n" }
                for finding in object["reconciliation"] as? [[String: Any]] ?? [] { readable += "\(finding["text"] ?? "")\n" }
            }
            for (word, line) in Self.englishWords(in: readable + result.error) {
                Issue.record("English word \"\(word)\" in zh monitor output: \(line)")
            }
        }
    }

    @Test("RULES.md's Chinese columns: program, measure and parameter names, conditions in Chinese words")
    func rulesChineseColumns() throws {
        let markdown = try String(contentsOf: repositoryRoot.appendingPathComponent("RULES.md"), encoding: .utf8)
        var chinese = ""
        var inNamedTable = false
        for line in markdown.split(separator: "\n") {
            if line.hasPrefix("| ") && !line.hasPrefix("| `") { inNamedTable = line.contains("| 名称 |") }
            guard inNamedTable, line.hasPrefix("| `") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmed }
            if cells.count > 2 { chinese += cells[2] + "\n" }          // the 名称 column
        }
        // Conditions render their Chinese reading in parentheses after the ids.
        for match in markdown.matches(of: /\) \(([^()`\n]*[\u{4e00}-\u{9fff}][^()`\n]*)\)$/.anchorsMatchLineEndings()) {
            chinese += String(match.output.1) + "\n"
        }
        #expect(!chinese.isEmpty)
        for (word, line) in Self.englishWords(in: chinese) {
            Issue.record("English word \"\(word)\" in a Chinese column of RULES.md: \(line)")
        }
    }

    @Test("The filter keeps real English words and drops ids, paths and codes")
    func filterWorks() {
        #expect(Self.englishWords(in: "✓ dibao.income-test 人均 members[0].schooling S15 m1 H-152201-0002").isEmpty)
        #expect(Self.englishWords(in: "缺少 x（care needs not assessed）").map(\.word) == ["care", "needs", "not", "assessed"])
        #expect(Self.englishWords(in: "依据 S5 item 5").map(\.word) == ["item"])
        #expect(Self.englishWords(in: "照料 self-care 标准").map(\.word) == ["self-care"])
        #expect(Self.englishWords(in: "状态 \"not applicable\"").map(\.word) == ["not", "applicable"])
        #expect(Self.englishWords(in: "项目 rigid-expenditure 成员 not-in-labour-force").isEmpty)
    }
}

extension String {
    fileprivate var trimmed: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
