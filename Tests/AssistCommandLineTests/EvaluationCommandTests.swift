import AssistCommandLine
import Foundation
import Testing

@Suite("assist evaluate, explain, what-if, rules")
struct EvaluationCommandTests {
    private let policy = sample("policy-illustrative-im.json")

    @Test("evaluate prints the tier and each program's decision, in Chinese by default")
    func evaluate() {
        let result = runAssist(["evaluate", sample("xingan-defacto-hardship.json"), "--as-of", "2024-10-01"])
        #expect(result.status == .success, "\(result.error)")
        #expect(result.output.contains("救助层级：最低生活保障"))
        #expect(result.output.contains("城镇事实困难人员（第三类）：符合"))
        #expect(result.output.contains("最低生活保障：符合 · 每月 687.00 元"))
    }

    @Test("explain shows the decision, the rule, the citation and the figures with margins, in Chinese and English")
    func explain() {
        let zh = runAssist(["explain", sample("xingan-defacto-hardship.json"), "--as-of", "2024-10-01"])
        #expect(zh.status == .success)
        #expect(zh.output.contains("✓ xingan.defacto.category-3.rigid-spending 12个月内医疗、教育等刚性支出超过规定金额（S15：3万元）"))
        #expect(zh.output.contains("依据：S15 《兴安盟城镇事实困难人员认定》 第三类"))
        #expect(zh.output.contains("12个月内刚性支出 56,700.00 元，超过城镇事实困难人员刚性支出门槛（12个月内） 30,000.00 元，相差 26,700.00 元（要求超过：满足）"))
        let en = runAssist(["explain", sample("xingan-defacto-hardship.json"), "--as-of", "2024-10-01", "--lang", "en"])
        #expect(en.output.contains("rigid spending within 12 months (Xing'an) 56,700.00 yuan, above"))
        #expect(en.output.contains("Basis: S15"))
        #expect(!zh.output.contains("王秀兰") && !zh.output.contains("152201197804120424") && !zh.output.contains("乳腺癌"))
    }

    @Test("Moving the evaluation day moves the 12-month window: the spending leaves it")
    func movingWindow() {
        let later = runAssist(["evaluate", sample("xingan-defacto-hardship.json"), "--as-of", "2024-12-31"])
        #expect(later.output.contains("城镇事实困难人员（第三类）：符合"))
        // On 2025-03-21 the 2023-11-15 and 2024-03-20 bills are outside the window; 2025 has no Ulanhot standard either.
        let outside = runAssist(["explain", sample("xingan-defacto-hardship.json"), "--as-of", "2025-03-21"])
        #expect(outside.output.contains("12个月内刚性支出 12,700.00 元"))
    }

    @Test("evaluate --format json is the structured trace")
    func json() throws {
        let result = runAssist(["evaluate", sample("dibao-ulanhot-urban.json"), "--as-of", "2024-10-01", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["tier"] as? String == "dibao")
        let determinations = try #require(object["determinations"] as? [[String: Any]])
        let dibao = try #require(determinations.first { $0["program"] as? String == "dibao" })
        #expect((dibao["monthlyAmount"] as? NSNumber)?.doubleValue == 1107)
    }

    @Test("what-if shows which outcomes change and why")
    func whatIf() {
        let result = runAssist(["what-if", sample("dibao-ulanhot-urban.json"), "--as-of", "2024-10-01", "--set", "incomes[0].monthlyAmount=3000",
                                "--policy", policy])
        #expect(result.status == .success, "\(result.error)")
        #expect(result.output.contains("假设：incomes[0].monthlyAmount = 3000"))
        #expect(result.output.contains("救助层级：最低生活保障  →  救助层级：低保边缘家庭"))
        #expect(result.output.contains("人均月收入 960.00 元，超过低保标准 829.00 元，相差 131.00 元（要求低于：未满足）"))
        let invalid = runAssist(["what-if", sample("dibao-ulanhot-urban.json"), "--as-of", "2024-10-01", "--set", "incomes[0].monthlyAmount=-5"])
        #expect(invalid.status == .failure)
        #expect(invalid.error.contains("incomes[0].monthlyAmount"))
    }

    @Test("An --as-of outside the supported days is a usage error naming the option")
    func farAsOf() {
        let result = runAssist(["evaluate", sample("dibao-ulanhot-urban.json"), "--as-of", "0001-01-01"])
        #expect(result.status == .usage)
        #expect(result.error.contains("--as-of takes a day from 1900-01-01 to 2199-12-31"))
    }

    @Test("A data rule file adds its program to evaluate and rules")
    func ruleFile() {
        let result = runAssist(["evaluate", sample("xingan-defacto-hardship.json"), "--as-of", "2024-10-01",
                                "--rules", sample("rules-xingan-category-3.json")])
        #expect(result.output.contains("城镇事实困难人员（第三类，数据规则）：符合"))
        let rules = runAssist(["rules", "--rules", sample("rules-xingan-category-3.json")])
        #expect(rules.output.contains("`xingan.data.rigid-spending`"))
    }

    @Test("No evaluation day is a usage error, never the clock", arguments: ["evaluate", "explain"])
    func noClock(command: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assist-noclock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: sample("dibao-ulanhot-urban.json"), encoding: .utf8)
        let file = directory.appendingPathComponent("no-as-of.json")
        try text.replacingOccurrences(of: "\"asOf\": \"2024-10-01\",", with: "").write(to: file, atomically: true, encoding: .utf8)
        let result = runAssist([command, file.path])
        #expect(result.status == .usage)
        #expect(result.error.contains("--as-of"))
        #expect(runAssist([command, file.path, "--as-of", "2024-10-01"]).status == .success)
    }

    @Test("rules prints the catalog in Markdown and JSON")
    func rules() throws {
        let markdown = runAssist(["rules", "--format", "markdown"])
        #expect(markdown.output.hasPrefix("# Rule catalog"))
        let json = runAssist(["rules", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["rules"] as? [Any])?.isEmpty == false)
    }

    @Test("A member born after the evaluation day is an input error naming the member's birth date, not an evaluation")
    func bornAfterTheDay() {
        for command in ["evaluate", "explain"] {
            let result = runAssist([command, sample("xingan-defacto-hardship.json"), "--as-of", "2006-01-01"])
            #expect(result.status == .failure)
            #expect(result.error.contains("members[2].birthDate: born on 2006-09-03, after the evaluation day 2006-01-01 [inconsistent]"))
            #expect(result.output.isEmpty)
        }
    }
}
