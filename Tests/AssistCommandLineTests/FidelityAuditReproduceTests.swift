import AssistCommandLine
import Foundation
import Testing

/// The reproduce commands of the fidelity audit's section 5 (../shared/FIDELITY-AUDIT.md),
/// each checked for the defect it showed.
@Suite("Fidelity audit, section 5: the reproduce commands no longer show their defects")
struct FidelityAuditReproduceTests {
    @Test("#8: a college student of a dibao household gets no employment aid (xingan-defacto-hardship.json, m3)")
    func employmentAidForAStudent() {
        let result = runAssist(["evaluate", sample("xingan-defacto-hardship.json")])
        #expect(result.status == .success)
        #expect(result.output.contains("  就业救助：\n    成员 m1、m2、m3：不符合\n"))
    }

    @Test("#2: an Ulanhot union member after an accident is not 意外致困 under Qingdao's rule; the tiers wait for union.hardship-tiers")
    func unionAccidentInUlanhot() {
        let result = runAssist(["evaluate", sample("union-accident-ulanhot.json")])
        #expect(result.output.contains("意外致困职工：无法确定"))
        #expect(result.output.contains("参数 union.hardship-tiers 在 152201（城镇）2024-10-01 无值"))
    }

    @Test("#33 #32: explain shows no \"0 0 个月\" and no \"item\" citations")
    func explainGlitches() {
        let result = runAssist(["explain", sample("xingan-defacto-hardship.json")])
        #expect(!result.output.contains("0 0 个月"))
        #expect(!result.output.contains("item "))
        #expect(result.output.contains("相差"))
    }

    @Test("#9: Ordos's care amount is not the regional 125; the parameters listing says why")
    func ordosCare() {
        let result = runAssist(["parameters", "--jurisdiction", "150602", "--on", "2024-10-01"])
        #expect(result.output.contains("  disability.care-subsidy  重度残疾人护理补贴标准\n    150600 has its own value from 2019-01-01, which was not found"))
    }

    @Test("#11: the disaster household's chain finds emergency temporary aid eligible (illustrative window)")
    func disasterIsEmergency() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("audit-monitor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("chains.jsonl").path
        _ = runAssist(["monitor", "--before", sample("monitoring/before-2024-09.jsonl"), "--after", sample("monitoring/after-2024-10.jsonl"),
                       "--policy", sample("policy-illustrative-im.json"), "--out", out])
        let line = try #require(try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").first { $0.contains("\"kind\":\"disaster\"") })
        #expect(line.contains("{\"program\":\"temporary.emergency\",\"member\":null,\"status\":\"eligible\""))
    }

    @Test("Issue 16 item 7: on a day after the last known standard, the reason names it, its end and how to supply one")
    func outOfDateStandard() {
        let result = runAssist(["evaluate", sample("dibao-ulanhot-urban.json"), "--as-of", "2026-11-01"])
        #expect(result.output.contains("参数 dibao.standard 在 152201（城镇）2026-11-01 无值：最近已知值 829.00 元/人·月（S11），2024-01-01 起施行 [I]，已于 2024-12-31 失效；请在政策文件中提供新值（--policy 文件）"))
        let english = runAssist(["evaluate", sample("dibao-ulanhot-urban.json"), "--as-of", "2026-11-01", "--lang", "en"])
        #expect(english.output.contains("ended on 2024-12-31; supply a newer value in a policy file (--policy FILE)"))
    }
}
