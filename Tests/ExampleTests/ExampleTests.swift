import Foundation
import Testing

/// The directory holding the built executables (the test bundle's directory on Linux).
private let productsDirectory: URL = {
    #if os(macOS)
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL
    #else
    return Bundle.main.bundleURL
    #endif
}()

/// Runs a built example and returns its exit status and standard output.
private func run(_ name: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent(name)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite("Example programs run on bundled data and print their key lines")
struct ExampleTests {
    @Test("xingan-defacto-hardship: the window, the sum, the margin, the decision, then the window moves")
    func xingan() throws {
        let result = try run("xingan-defacto-hardship")
        #expect(result.status == 0)
        #expect(result.output.contains("12个月窗口：2023-10-02 至 2024-10-01（共 366 天，含首尾两天）"))
        #expect(result.output.contains("窗口内刚性支出合计：56,700.00 元"))
        #expect(result.output.contains("差额 26,700.00 元"))
        #expect(result.output.contains("【城镇事实困难人员（第三类）】 符合"))
        #expect(result.output.contains("窗口内刚性支出合计：12,700.00 元"))
        #expect(result.output.contains("【城镇事实困难人员（第三类）】 不符合"))
        let english = try run("xingan-defacto-hardship", ["--lang", "en"])
        #expect(english.output.contains("Rigid spending in the window: 56,700.00 yuan"))
    }

    @Test("emergency-aid: 先行救助, the medical-aid referral and the rigid-expenditure test")
    func emergency() throws {
        let result = try run("emergency-aid")
        #expect(result.status == 0)
        #expect(result.output.contains("【急难型临时救助（先行救助）】 符合 · 一次性 15,300.00 元"))
        #expect(result.output.contains("【刚性支出困难家庭】 符合"))
        #expect(result.output.contains("转介医疗救助"))
    }

    @Test("disability-household: the two subsidies before and after 2024-07-01, the son's 特困 test with the obligor rule")
    func disability() throws {
        let result = try run("disability-household")
        #expect(result.status == 0)
        #expect(result.output.contains("困难残疾人生活补贴 m2: 100.00 元/月"))
        #expect(result.output.contains("重度残疾人护理补贴 m2: 125.00 元/月"))
        #expect(result.output.contains("✗ tekun.no-capable-obligor"))
        #expect(result.output.contains("全护理（完全丧失）"))
    }

    @Test("reform-impact: the transition matrix, changes by place and the SVG chart")
    func reform() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent("reform-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: svg) }
        let result = try run("reform-impact", ["--households", "1500", "--svg", svg.path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.output.contains("Tier transition matrix"))
        #expect(result.output.contains("152201 乌兰浩特市 urban"))
        #expect(result.output.contains("Xing'an category 3 households:"))
        let chart = try String(contentsOf: svg, encoding: .utf8)
        #expect(chart.hasPrefix("<svg") && chart.contains("25,000 (reform)"))
    }

    @Test("monitoring-alerts, union-hardship, public-notice and warmth-campaign print their reports")
    func others() throws {
        let monitoring = try run("monitoring-alerts")
        #expect(monitoring.status == 0)
        #expect(monitoring.output.contains("大额医疗费用") && monitoring.output.contains("入户核实"))
        let union = try run("union-hardship")
        #expect(union.output.contains("深度困难职工：符合（年度救助 8,290.00 元）"))
        #expect(union.output.contains("互助金 3,200.00 元"))
        let notice = try run("public-notice")
        #expect(notice.output.contains("王*兰  1522**********0424  3 人  最低生活保障  687.00 元/月"))
        #expect(notice.output.contains("刘*东  —  1 人  最低生活保障  拟保障 829.00 元/月"))
        #expect(notice.output.contains("公示期为7天（2024-10-01 至 2024-10-07，S2 第十九条、S3 第十五条）"))
        #expect(notice.output.contains("拟终止特困人员救助供养公示\n==========================\n\n和平街道 新桥社区\n  刘*东  —  1 人  特困人员救助供养"))
        #expect(notice.output.contains("依法保护个人隐私，不公开无关信息（S2 第二十四条）"))
        #expect(!notice.output.contains("王秀兰") && !notice.output.contains("152201197804120424") && !notice.output.contains("残疾"))
        let warmth = try run("warmth-campaign", ["--lang", "en"])
        #expect(warmth.output.contains("elderly people living alone (60+): 1"))
        #expect(warmth.status == 0)
    }

    @Test("assist-bench bench-v1: both engines, one and two jobs, write reference.py's bytes for the bundled 1,000-household sample")
    func benchV1Sample() throws {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Benchmarks/data")
        let input = data.appendingPathComponent("bench-v1-sample.jsonl").path
        let reference = try Data(contentsOf: data.appendingPathComponent("bench-v1-sample-reference.jsonl"))
        for arguments in [["--engine", "columnar", "--jobs", "1"], ["--engine", "columnar", "--jobs", "2"],
                          ["--engine", "household", "--jobs", "2"]] {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString).jsonl")
            defer { try? FileManager.default.removeItem(at: output) }
            let result = try run("assist-bench", ["bench-v1", "--in", input, "--out", output.path] + arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.output.hasPrefix("households=1000 seconds="), "\(arguments)")
            #expect(try Data(contentsOf: output) == reference, "\(arguments)")
        }
        let inMemory = try run("assist-bench", ["bench-v1", "--in", input, "--in-memory", "--runs", "1"])
        #expect(inMemory.status == 0)
        #expect(inMemory.output.split(separator: "\n").last?.hasPrefix("households=1000 seconds=") == true)
    }

    @Test("assist batch --out - writes results to standard output; SIGINT removes the partial files and exits 130")
    func batchStandardOutputAndInterrupt() throws {
        let assist = productsDirectory.appendingPathComponent("assist")
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/data")
        let process = Process()
        process.executableURL = assist
        process.arguments = ["batch", data.appendingPathComponent("households.jsonl").path, "--out", "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: output, as: UTF8.self).split(separator: "\n").count == 6)

        // A large input, interrupted once its partial results file exists.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assist-interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try String(contentsOf: data.appendingPathComponent("households.jsonl"), encoding: .utf8)
        let big = directory.appendingPathComponent("big.jsonl")
        try Data(String(repeating: lines, count: 3_000).utf8).write(to: big)
        let batch = Process()
        batch.executableURL = assist
        batch.arguments = ["batch", big.path, "--out", directory.appendingPathComponent("out.jsonl").path, "--jobs", "1"]
        batch.standardOutput = FileHandle.nullDevice
        batch.standardError = FileHandle.nullDevice
        try batch.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline,
              !((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).contains(where: { $0.contains(".partial-") }) {
            usleep(20_000)
        }
        batch.interrupt()
        batch.waitUntilExit()
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(left == ["big.jsonl"], "\(left)")
        #expect(batch.terminationStatus == 130)
    }

    @Test("assist interview through a pseudo-terminal (util-linux script): the answers typed on the terminal are set, the completed household written")
    func interviewOnATerminal() throws {
        let assist = productsDirectory.appendingPathComponent("assist").path
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/data")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assist-interview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("completed.json").path
        let command = [assist, "interview", data.appendingPathComponent("marginal-ulanhot.json").path,
                       "--policy", data.appendingPathComponent("policy-illustrative-im.json").path, "--out", out]
            .map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        // -q quiet, -e the child's exit status, -c the command; the typescript is discarded.
        process.arguments = ["-qec", command, "/dev/null"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("[]\ntrue\nfalse\n".utf8))
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationStatus == 0, "\(text)")
        // On a terminal the program does not echo answers itself (the terminal does).
        #expect(text.contains("问题（尚有 3 项）：缺少 enrolments"), "\(text)")
        #expect(text.contains("已记录 specialHardshipFinding = false"))
        #expect(text.contains("已回答 3 项。"))
        let completed = try String(contentsOfFile: out, encoding: .utf8)
        #expect(completed.contains("\"housingHardshipFinding\":true"))
    }
}
