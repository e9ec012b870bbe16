@testable import AssistCommandLine
import Foundation
import Testing
import TieredAssistance

/// The readable text of an HTML report: styles and scripts removed, one line per element,
/// entities decoded.
func visibleText(ofHTML html: String) -> String {
    var text = html.replacingOccurrences(of: #"<(style|script)[^>]*>[\s\S]*?</\1>"#, with: "", options: .regularExpression)
    text = text.replacingOccurrences(of: #"<[^>]+>"#, with: "\n", options: .regularExpression)
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
        text = text.replacingOccurrences(of: entity, with: character)
    }
    return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
}

/// A fresh folder for a test's files.
func temporaryFolder(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Suite("assist report")
struct ReportCommandTests {
    static let policy = sample("policy-illustrative-im.json")
    static let reform = sample("policy-reform-illustrative-im.json")

    /// The report at `path` after a run that must succeed.
    static func report(_ arguments: [String], out: String) throws -> String {
        let result = runAssist(["report"] + arguments + ["--out", out])
        #expect(result.status == .success, "\(result.error)")
        return try String(contentsOfFile: out, encoding: .utf8)
    }

    /// A report is self-contained: nothing is fetched from anywhere.
    static func expectSelfContained(_ html: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for reference in ["src=", "href=", "<link", "@import", "url(", "<img", "<iframe"] {
            #expect(!html.contains(reference), "the report refers to an outside resource: \(reference)")
        }
    }

    @Test("household: the decision, every program, open questions and the explanation tree agree with the library, in zh")
    func householdChinese() throws {
        let folder = try temporaryFolder("report-household")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = sample("xingan-defacto-hardship.json")
        let html = try Self.report(["household", file], out: folder.appendingPathComponent("h.html").path)
        Self.expectSelfContained(html)
        #expect(html.contains("<html lang=\"zh-CN\">"))
        // The oracle: the library's own evaluation of the same household.
        let household = try HouseholdDecoder.decode(Array(try Data(contentsOf: URL(fileURLWithPath: file))))
        let evaluation = try Evaluator(catalog: .innerMongolia, book: InnerMongoliaBook.book).evaluate(household, on: household.asOf!)
        let renderer = ExplanationRenderer(language: .chinese)
        let text = visibleText(ofHTML: html)
        #expect(text.contains(renderer.tierLine(of: evaluation)))
        for determination in evaluation.determinations where determination.status != .notApplicable {
            let program = try #require(evaluation.catalog.program(determination.program))
            #expect(text.contains(program.chineseTitle))
            for outcome in determination.rules { #expect(text.contains(outcome.rule.id.rawValue), "rule \(outcome.rule.id)") }
            for item in determination.missing { #expect(text.contains(item.chineseDescription), "missing \(item)") }
        }
        // The open questions are the evaluation's, ranked, each once.
        let questions = try #require(html.range(of: #"<ol class="questions" id="questions">[\s\S]*?</ol>"#, options: .regularExpression))
        let listed = html[questions].components(separatedBy: "<li>").dropFirst().map { visibleText(ofHTML: "<li>" + $0).split(separator: "\n")[0] }
        #expect(listed == evaluation.questions.map { Substring($0.item.chineseDescription) })
        // Collapsible: one <details> per program shown, with rules inside.
        #expect(html.components(separatedBy: "<details class=\"program\"").count - 1
                == evaluation.determinations.filter { $0.status != .notApplicable }.count)
        // What the sources require and no rule here tests is listed for the programs granted.
        #expect(html.contains("<ul id=\"open-conditions\">"))
        #expect(text.contains("待经办人员核查的条件"))
        for (word, line) in ChineseOutputTests.englishWords(in: text) {
            Issue.record("English word \"\(word)\" in the zh household report: \(line)")
        }
        #expect(!text.contains("王秀兰") && !text.contains("152201197804120424") && !text.contains("乳腺癌"))
    }

    @Test("household in English, with the illustrative policy: amounts, marks and their legend")
    func householdEnglish() throws {
        let folder = try temporaryFolder("report-household-en")
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try Self.report(["household", sample("dibao-ulanhot-urban.json"), "--lang", "en", "--policy", Self.policy],
                                   out: folder.appendingPathComponent("h.html").path)
        Self.expectSelfContained(html)
        #expect(html.contains("<html lang=\"en\">"))
        let text = visibleText(ofHTML: html)
        #expect(text.contains("Household assistance report"))
        #expect(text.contains("Tier: "))
        #expect(text.contains("yuan a month"))
        #expect(text.contains("[illustrative] illustrative values (not law)"))
        #expect(!text.contains("救助层级"))
    }

    @Test("batch: tiers, places and programs equal assist batch's summary; undetermined reasons ranked")
    func batchAgreesWithBatch() throws {
        let folder = try temporaryFolder("report-batch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let population = sample("households.jsonl")
        let html = try Self.report(["batch", population, "--policy", Self.policy], out: folder.appendingPathComponent("b.html").path)
        Self.expectSelfContained(html)
        let summaryPath = folder.appendingPathComponent("summary.json").path
        let batch = runAssist(["batch", population, "--policy", Self.policy, "--out", folder.appendingPathComponent("r.jsonl").path,
                               "--summary", summaryPath])
        #expect(batch.status == .success)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summaryPath))) as? [String: Any])
        let tiers = try #require(summary["tiers"] as? [String: Int])
        let text = visibleText(ofHTML: html)
        #expect(text.contains("读取 6 行（空行 0），评估 6 户，拒收 0 行。"))
        for (tier, count) in tiers {
            let name = tier == "none" ? "无" : tier == "undetermined" ? "无法确定"
                : try #require(RuleCatalog.innerMongolia.program(ProgramID(tier))).chineseTitle
            #expect(text.contains("\(name)\n\(count)\n"), "tier \(tier)")
        }
        let programs = try #require(summary["programs"] as? [String: [String: Any]])
        for (id, counts) in programs {
            let title = try #require(RuleCatalog.innerMongolia.program(ProgramID(id))).chineseTitle
            let row = "\(title)\n\(counts["eligible"]!)\n\(counts["not-eligible"]!)\n\(counts["undetermined"]!)\n"
            #expect(text.contains(row), "program \(id)")
        }
        #expect(html.contains("<svg") && html.contains("role=\"img\""))
        // Ranked: the households column of the reasons table never rises.
        let reasons = try #require(html.range(of: #"缺少的信息，及其使多少户、哪些项目无法确定[\s\S]*?</table>"#, options: .regularExpression))
        let counts = html[reasons].matches(of: /<td class="num">(\d+)<\/td>/).map { Int($0.output.1)! }
        #expect(!counts.isEmpty)
        #expect(counts == counts.sorted(by: >))
        for (word, line) in ChineseOutputTests.englishWords(in: text) {
            Issue.record("English word \"\(word)\" in the zh batch report: \(line)")
        }
    }

    @Test("batch: a rejected line is listed by number, field and reason, never by its content; exit 1")
    func batchRejections() throws {
        let folder = try temporaryFolder("report-rejects")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try String(contentsOfFile: sample("households.jsonl"), encoding: .utf8).split(separator: "\n")
        let bad = lines[1].replacingOccurrences(of: #""id":"m1""#, with: #""id":"王秀兰""#)
        let population = folder.appendingPathComponent("p.jsonl").path
        try ([String(lines[0]), bad] + lines.dropFirst(2).map(String.init)).joined(separator: "\n").write(toFile: population, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("b.html").path
        let result = runAssist(["report", "batch", population, "--out", out, "--lang", "en"])
        #expect(result.status == .failure)
        let text = visibleText(ofHTML: try String(contentsOfFile: out, encoding: .utf8))
        #expect(text.contains("6 lines read (0 blank), 5 households evaluated, 1 lines rejected."))
        #expect(text.contains("Rejected lines"))
        #expect(text.contains("\n2\n"))
        #expect(!text.contains("王秀兰"))
        // In Chinese the reasons (English) are left out: line, code and field.
        let zh = runAssist(["report", "batch", population, "--out", out])
        #expect(zh.status == .failure)
        let zhText = visibleText(ofHTML: try String(contentsOfFile: out, encoding: .utf8))
        #expect(zhText.contains("拒收的行"))
        // The error code (invalid-value) stands alone in its cell: a code, not prose.
        let prose = zhText.split(separator: "\n").filter { $0.wholeMatch(of: /[a-z]+(-[a-z]+)*/) == nil }.joined(separator: "\n")
        #expect(zhText.contains("\ninvalid-value\n"))
        for (word, line) in ChineseOutputTests.englishWords(in: prose) {
            Issue.record("English word \"\(word)\" in the zh batch report with a rejected line: \(line)")
        }
    }

    @Test("reform: the transition matrix accounts for every household; the cost change equals the library's")
    func reformAgreesWithLibrary() throws {
        let folder = try temporaryFolder("report-reform")
        defer { try? FileManager.default.removeItem(at: folder) }
        let population = sample("households.jsonl")
        let html = try Self.report(["reform", population, "--policy", Self.policy, "--reform", Self.reform],
                                   out: folder.appendingPathComponent("r.html").path)
        Self.expectSelfContained(html)
        // The oracle: both books through the library, summed here.
        func layer(_ path: String) throws -> PolicyBook.Layer {
            try PolicyFileLoader.load(try String(contentsOfFile: path, encoding: .utf8), name: path, catalog: InnerMongoliaBook.book.catalog)
        }
        let baseline = try InnerMongoliaBook.book.adding(try layer(Self.policy))
        let reformed = try baseline.adding(try layer(Self.reform))
        var before: Int64 = 0
        var after: Int64 = 0
        var changed = 0
        for line in try String(contentsOfFile: population, encoding: .utf8).split(separator: "\n") {
            let household = try HouseholdDecoder.decode(Array(line.utf8))
            let old = try Evaluator(catalog: .innerMongolia, book: baseline).evaluate(household, on: household.asOf!, tracing: false)
            let new = try Evaluator(catalog: .innerMongolia, book: reformed).evaluate(household, on: household.asOf!, tracing: false)
            func monthly(_ evaluation: Evaluation) -> Int64 {
                evaluation.determinations.reduce(0) { sum, determination in
                    guard determination.status == .eligible, determination.supersededBy == nil,
                          let amount = determination.amount, amount.period == .monthly else { return sum }
                    return sum + amount.value.fen
                }
            }
            before += monthly(old)
            after += monthly(new)
            if old.tier != new.tier { changed += 1 }
        }
        #expect(after > before, "the reform raises the standards")
        let text = visibleText(ofHTML: html)
        let expected = "每月救助金额：调整前 \(PopulationReport.yuan(Int128(before))) 元，调整后 \(PopulationReport.yuan(Int128(after))) 元，"
            + "变化 \(PopulationReport.yuan(Int128(after - before))) 元；层级改变的家庭 \(changed) 户。"
        #expect(text.contains(expected), "\(text)")
        // Every household is in exactly one cell of the matrix.
        let matrix = try #require(html.range(of: #"行：调整前的层级；列：调整后的层级；单元格：户数[\s\S]*?</table>"#, options: .regularExpression))
        let cells = html[matrix].matches(of: /<td class="num">(\d+)<\/td>/).map { Int($0.output.1)! }
        #expect(cells.reduce(0, +) == 6)
        for (word, line) in ChineseOutputTests.englishWords(in: text) {
            Issue.record("English word \"\(word)\" in the zh reform report: \(line)")
        }
    }

    @Test("monitor: the counts are the monitor's; every household with a signal has its chain")
    func monitorAgreesWithMonitor() throws {
        let folder = try temporaryFolder("report-monitor")
        defer { try? FileManager.default.removeItem(at: folder) }
        let extracts = ["--before", sample("monitoring/before-2024-09.jsonl"), "--after", sample("monitoring/after-2024-10.jsonl"),
                        "--policy", Self.policy]
        let html = try Self.report(["monitor"] + extracts, out: folder.appendingPathComponent("m.html").path)
        Self.expectSelfContained(html)
        let chains = folder.appendingPathComponent("chains.jsonl").path
        let monitor = runAssist(["monitor"] + extracts + ["--out", chains])
        #expect(monitor.status == .success)
        let text = visibleText(ofHTML: html)
        // 提取前 8 户，提取后 8 户；配对 7，新增 1，消失 1
        let counts = try #require(monitor.error.firstMatch(of: /提取前 (\d+) 户，提取后 (\d+) 户；配对 (\d+)，新增 (\d+)，消失 (\d+)/))
        #expect(text.contains("上月 \(counts.output.1) 户，本月 \(counts.output.2) 户；配对 \(counts.output.3)，新增 \(counts.output.4)，消失 \(counts.output.5)；拒收 0 行。"))
        // Figures exactly, in yuan with their unit, as the text output shows them.
        #expect(text.contains("（8,000.00 元 > 阈值 6,000.00 元，示例阈值）"), "\(text)")
        for line in try String(contentsOfFile: chains, encoding: .utf8).split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let signals = object["signals"] as? [[String: Any]] ?? []
            let id = try #require(object["household"] as? String)
            if !signals.isEmpty { #expect(text.contains("家庭 \(id) · 2024-10-01 · 预警 \(signals.count) 项"), "\(id)") }
        }
        for (word, line) in ChineseOutputTests.englishWords(in: text) {
            Issue.record("English word \"\(word)\" in the zh monitoring report: \(line)")
        }
        // The household engine gives the same report, byte for byte.
        let household = try Self.report(["monitor"] + extracts + ["--engine", "household"],
                                        out: folder.appendingPathComponent("m-household.html").path)
        #expect(household == html)
    }

    @Test("usage errors exit 64 and name what is wrong", arguments: [
        (["report"], "give the kind of report first"),
        (["report", "summary", "x.jsonl", "--out", "r.html"], "unknown report 'summary'"),
        (["report", "household", "x.json"], "--out is required"),
        (["report", "reform", "x.jsonl", "--out", "r.html"], "a reform report needs --reform FILE"),
        (["report", "batch", "x.jsonl", "--out", "r.html", "--reform", "y.json"], "--reform belongs to assist report reform"),
        (["report", "batch", "x.jsonl", "--out", "r.html", "--colour"], "unknown option '--colour'"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let result = runAssist(arguments)
        #expect(result.status == .usage)
        #expect(result.error.contains(message), "\(result.error)")
    }

    @Test("a report that would overwrite its input is refused before anything is read")
    func outputIsInput() throws {
        let result = runAssist(["report", "batch", sample("households.jsonl"), "--out", sample("households.jsonl")])
        #expect(result.status == .usage)
        #expect(result.error.contains("--out"))
    }

    @Test("markup in text is escaped, control characters made visible")
    func escaping() {
        #expect(HTMLPage.escape("<a href='x'>&\"\u{1B}[2J") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;\\u{1B}[2J")
    }
}
