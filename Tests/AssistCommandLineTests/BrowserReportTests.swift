@testable import AssistCommandLine
import Foundation
import Testing

/// The reports as a person sees them: opened in headless Chromium (Debian's `chromium`;
/// `.ci/run` installs it and a Chinese font when missing, `ASSIST_BROWSER` names another
/// binary), their rendered DOM read for key elements, and screenshots checked for ink and
/// for Chinese drawn as real glyphs rather than the boxes of a missing font.
@Suite("Reports in a browser", .serialized)
struct BrowserReportTests {
    /// The browser, or a failure that says how to install one.
    static func browser() throws -> String {
        var candidates = ["chromium", "chromium-browser", "google-chrome"]
        if let named = ProcessInfo.processInfo.environment["ASSIST_BROWSER"] { candidates.insert(named, at: 0) }
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for candidate in candidates {
            if candidate.hasPrefix("/"), FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            for folder in path where FileManager.default.isExecutableFile(atPath: "\(folder)/\(candidate)") {
                return "\(folder)/\(candidate)"
            }
        }
        let message = "no headless browser: install Debian's chromium and a Chinese font "
            + "(apt-get install chromium fonts-wqy-zenhei; .ci/run does) or set ASSIST_BROWSER"
        Issue.record(Comment(rawValue: message))
        throw CancellationError()
    }

    /// Runs a program and returns its standard output (standard error is discarded: Chromium
    /// logs there); fails after 90 seconds.
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("browser-out-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: outputPath, contents: nil), let output = FileHandle(forWritingAtPath: outputPath) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Issue.record("\(executable) did not finish in 90 seconds")
        }
        process.waitUntilExit()
        try output.close()
        return try String(contentsOfFile: outputPath, encoding: .utf8)
    }

    /// Chromium headless, with its own profile folder (so runs never share a lock).
    static func chromium(_ arguments: [String], profile: URL) throws -> String {
        try run(try browser(), ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                                "--user-data-dir=\(profile.path)"] + arguments)
    }

    /// `width height ink hash` of each PNG (Tests/Browser/png-ink.py, Python's standard library).
    static func ink(_ pngs: [String]) throws -> [(width: Int, height: Int, ink: Int, hash: String)] {
        let script = repositoryRoot.appendingPathComponent("Tests/Browser/png-ink.py").path
        return try run("/usr/bin/env", ["python3", script] + pngs).split(separator: "\n").map { line in
            let fields = line.split(separator: " ")
            return (Int(fields[0])!, Int(fields[1])!, Int(fields[2])!, String(fields[3]))
        }
    }

    /// The four reports in one language, written to `folder`.
    static func writeReports(_ language: String, in folder: URL) -> [String: String] {
        let policy = sample("policy-illustrative-im.json")
        let runs: [String: [String]] = [
            "household": ["household", sample("xingan-defacto-hardship.json")],
            "batch": ["batch", sample("households.jsonl"), "--policy", policy],
            "reform": ["reform", sample("households.jsonl"), "--policy", policy, "--reform", sample("policy-reform-illustrative-im.json")],
            "monitor": ["monitor", "--before", sample("monitoring/before-2024-09.jsonl"), "--after", sample("monitoring/after-2024-10.jsonl"),
                        "--policy", policy],
        ]
        var paths: [String: String] = [:]
        for (name, arguments) in runs {
            let path = folder.appendingPathComponent("\(name)-\(language).html").path
            let result = runAssist(["report"] + arguments + ["--lang", language, "--out", path])
            #expect(result.status == .success, "\(name) \(language): \(result.error)")
            paths[name] = path
        }
        return paths
    }

    /// The text of the element with `id` in a rendered DOM.
    static func element(_ id: String, in dom: String) -> String? {
        guard let start = dom.range(of: "id=\"\(id)\"") else { return nil }
        let rest = dom[start.upperBound...]
        guard let open = rest.firstIndex(of: ">") else { return nil }
        let tag = dom[dom[..<start.lowerBound].lastIndex(of: "<")!...].prefix { $0 != " " && $0 != ">" }.dropFirst()
        guard let close = rest.range(of: "</\(tag)>") else { return nil }
        return visibleText(ofHTML: String(rest[rest.index(after: open)..<close.lowerBound]))
    }

    @Test("Every report renders in both languages: the DOM holds the title, the key figures and the language", arguments: ["zh", "en"])
    func renderedDOM(language: String) throws {
        let folder = try temporaryFolder("browser-\(language)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = Self.writeReports(language, in: folder)
        let zh = language == "zh"
        let expected: [String: (title: String, id: String, text: String)] = [
            "household": (zh ? "家庭救助评估报告" : "Household assistance report", "tier", zh ? "救助层级：" : "Tier: "),
            "batch": (zh ? "人群评估汇总报告" : "Population summary report", "counts", zh ? "评估 6 户，拒收 0 行" : "6 households evaluated, 0 lines rejected"),
            "reform": (zh ? "政策调整影响报告" : "Reform comparison report", "cost", zh ? "每月救助金额：调整前" : "Monthly assistance: "),
            "monitor": (zh ? "监测预警报告" : "Monitoring report", "counts", zh ? "配对 7，新增 1，消失 1" : "paired 7, new 1, vanished 1"),
        ]
        for (name, path) in reports.sorted(by: { $0.key < $1.key }) {
            let dom = try Self.chromium(["--dump-dom", URL(fileURLWithPath: path).absoluteString],
                                        profile: folder.appendingPathComponent("profile-\(name)"))
            let want = try #require(expected[name])
            #expect(dom.contains("<html lang=\"\(zh ? "zh-CN" : "en")\">"), "\(name)")
            #expect(dom.contains("<h1>\(want.title)</h1>"), "\(name): \(dom.prefix(400))")
            let text = Self.element(want.id, in: dom)
            #expect(text?.contains(want.text) == true, "\(name) #\(want.id): \(text ?? "missing")")
        }
    }

    @Test("Screenshots are not blank, and Chinese is drawn with real glyphs")
    func screenshots() throws {
        let folder = try temporaryFolder("browser-shots")
        defer { try? FileManager.default.removeItem(at: folder) }
        var shots: [String] = []
        for language in ["zh", "en"] {
            let reports = Self.writeReports(language, in: folder)
            for name in ["household", "batch"] {
                let png = folder.appendingPathComponent("\(name)-\(language).png").path
                _ = try Self.chromium(["--window-size=900,700", "--screenshot=\(png)", URL(fileURLWithPath: reports[name]!).absoluteString],
                                      profile: folder.appendingPathComponent("profile-\(name)-\(language)"))
                shots.append(png)
            }
        }
        // Two different characters in the reports' own font stack: a font that has them draws
        // two different shapes; without one, both are the same missing-glyph box.
        var glyphs: [String] = []
        for character in ["救", "助"] {
            let page = folder.appendingPathComponent("glyph-\(glyphs.count).html")
            try "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><style>body { margin: 0; background: #fff; } p { margin: 10px; font: 64px \(HTMLPage.fontStack); }</style><p>\(character)</p>"
                .write(to: page, atomically: true, encoding: .utf8)
            let png = folder.appendingPathComponent("glyph-\(glyphs.count).png").path
            _ = try Self.chromium(["--window-size=300,200", "--screenshot=\(png)", page.absoluteString],
                                  profile: folder.appendingPathComponent("profile-glyph-\(glyphs.count)"))
            glyphs.append(png)
        }
        let measured = try Self.ink(shots + glyphs)
        #expect(measured.count == shots.count + glyphs.count)
        for (index, shot) in measured.prefix(shots.count).enumerated() {
            #expect(shot.width == 900 && shot.height == 700, "\(shots[index])")
            // Text and tables cover far more than 1 % of the first screen.
            #expect(shot.ink > 900 * 700 / 100, "\(shots[index]) is nearly blank: \(shot.ink) dark pixels")
        }
        let first = measured[shots.count]
        let second = measured[shots.count + 1]
        #expect(first.ink > 200 && second.ink > 200, "Chinese characters left no ink")
        #expect(first.hash != second.hash, "救 and 助 look the same: no font with Chinese glyphs (install fonts-wqy-zenhei)")
    }
}
