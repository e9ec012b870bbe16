import Foundation
import TieredAssistance

/// The report on a monitoring run: the counts of both extracts, the signals raised by
/// kind, the departments to notify (in a table and a chart), then, for the households with
/// signals (the first 500 in household-id order, all counted), each household's signals
/// and its assistance chain as a collapsible entry, and the rejected lines.
///
/// Read from the JSON lines `assist monitor` writes (the run is made by `assist report
/// monitor` itself, in the report's language), one line at a time.
struct MonitoringReport {
    let html: String
    static let listedHouseholds = 500

    init(results path: String, outcome: MonitorCommand.Outcome, options: MonitorCommand.Options) throws {
        let catalog = options.catalog
        var page = HTMLPage(language: options.language)
        let title = page.text("监测预警报告", "Monitoring report")
        page.element("h1", title)
        let before = (options.beforePath as NSString).lastPathComponent
        let after = (options.afterPath as NSString).lastPathComponent
        let day = options.day.map { page.text("评估日 \($0)", "evaluated on \($0)") } ?? page.text("评估日：按各户记录的评估日", "evaluated on each household's own asOf day")
        page.element("p", page.text("上月提取 \(before) · 本月提取 \(after) · \(day)", "Before \(before) · after \(after) · \(day)"),
                     attributes: "class=\"meta\"")
        page.element("p", page.text(
            "上月 \(outcome.validCounts[0]) 户，本月 \(outcome.validCounts[1]) 户；配对 \(outcome.presence["paired"] ?? 0)，新增 \(outcome.presence["new"] ?? 0)，消失 \(outcome.presence["vanished"] ?? 0)；拒收 \(outcome.rejectedCount) 行。",
            "Before: \(outcome.validCounts[0]) households, after: \(outcome.validCounts[1]); paired \(outcome.presence["paired"] ?? 0), new \(outcome.presence["new"] ?? 0), vanished \(outcome.presence["vanished"] ?? 0); \(outcome.rejectedCount) lines rejected."),
                     attributes: "class=\"meta\" id=\"counts\"")
        page.element("p", page.text("预警不是决定：每条救助链以入户核实结束，须经入户核实后按程序办理。",
                                    "A signal is not a decision: every chain ends with a home visit before anything is granted."),
                     attributes: "class=\"legend\"")

        page.element("h2", page.text("预警", "Signals"))
        let kinds = SignalKind.allCases.filter { outcome.signalCounts[$0] != nil }
        if kinds.isEmpty {
            page.element("p", page.text("本次没有预警。", "No signal was raised."))
        } else {
            page.table(caption: page.text("各类预警的数量与数据来源", "Signals by kind, with the system whose data raises them"),
                       headers: [page.text("预警", "Signal"), page.text("数量", "Count"), page.text("数据来源", "Data source")],
                       rows: kinds.map { [Self.name($0, page), String(outcome.signalCounts[$0] ?? 0), $0.dataSource.text(options.language)] },
                       numeric: [1])
        }

        page.element("h2", page.text("推送部门", "Departments to notify"))
        let departments = (Department.allCases.map(\.rawValue) + ["home-visit"]).filter { outcome.departmentCounts[$0] != nil }
        if !departments.isEmpty {
            let names = departments.map { Self.departmentName($0, page) }
            let chart = BarChart(title: page.text("各部门需跟进的家庭数", "Households each department is to follow up"),
                                 categories: names, series: [BarChart.Series(name: page.text("家庭", "households"), color: "#1f5fa8")],
                                 values: departments.map { [Int128(outcome.departmentCounts[$0] ?? 0)] }, stacked: false,
                                 valueText: { page.text("\($0) 户", "\($0)") })
            page.raw("<figure>\n" + chart.svg + "</figure>\n")
            page.table(caption: page.text("各部门需跟进的家庭数", "Households each department is to follow up"),
                       headers: [page.text("部门", "Department"), page.text("家庭数", "Households")],
                       rows: zip(departments, names).map { [$1, String(outcome.departmentCounts[$0] ?? 0)] })
        }

        page.element("h2", page.text("一户一条救助链", "One assistance chain per household"))
        var listed = 0
        var withSignals = 0
        var chains = ""
        try Self.forEachLine(path) { object in
            let signals = object["signals"] as? [[String: Any]] ?? []
            let presence = object["presence"] as? String ?? ""
            guard !signals.isEmpty || presence == "vanished" else { return }
            withSignals += 1
            guard listed < Self.listedHouseholds else { return }
            listed += 1
            chains += Self.chain(object, signals: signals, catalog: catalog, page: page)
        }
        page.element("p", withSignals > listed
                     ? page.text("有预警或消失的家庭 \(withSignals) 户，下列前 \(listed) 户（按家庭编号）；全部见 assist monitor 的输出。",
                                 "\(withSignals) households have signals or vanished; the first \(listed) (by household id) follow, and all are in assist monitor's output.")
                     : page.text("有预警或消失的家庭 \(withSignals) 户，全部列于下方。", "\(withSignals) households have signals or vanished; all follow."))
        page.raw(chains)

        if outcome.rejectedCount > 0 {
            page.element("h2", page.text("拒收的行", "Rejected lines"))
            page.raw("<ul>\n")
            for line in outcome.rejected.prefix(PopulationTally.listedRejections) {
                page.element("li", line.replacingOccurrences(of: options.beforePath, with: before)
                    .replacingOccurrences(of: options.afterPath, with: after))
            }
            page.raw("</ul>\n")
            if outcome.rejectedCount > min(outcome.rejected.count, PopulationTally.listedRejections) {
                page.element("p", page.text("另有 \(outcome.rejectedCount - min(outcome.rejected.count, PopulationTally.listedRejections)) 行未列出。",
                                            "… and \(outcome.rejectedCount - min(outcome.rejected.count, PopulationTally.listedRejections)) more."))
            }
        }
        html = page.document(title: title + " · " + after)
    }

    static func name(_ kind: SignalKind, _ page: HTMLPage) -> String {
        page.zh ? kind.chineseName : kind.rawValue.replacingOccurrences(of: "-", with: " ")
    }

    static func departmentName(_ name: String, _ page: HTMLPage) -> String {
        if name == "home-visit" { return page.text("入户核实", "home visit") }
        guard let department = Department(rawValue: name) else { return name }
        return page.zh ? department.chineseName : department.rawValue.replacingOccurrences(of: "-", with: " ")
    }

    /// One household's signals and chain as a `<details>`.
    static func chain(_ object: [String: Any], signals: [[String: Any]], catalog: RuleCatalog, page: HTMLPage) -> String {
        let household = object["household"] as? String ?? ""
        let day = object["day"] as? String ?? ""
        let vanished = object["presence"] as? String == "vanished"
        var summary = page.text("家庭 \(household) · \(day) · ", "Household \(household) · \(day) · ")
        summary += vanished ? page.text("本月数据中消失", "vanished from this month's data")
            : page.text("预警 \(signals.count) 项", "\(signals.count) signal" + (signals.count == 1 ? "" : "s"))
        var html = "<details class=\"chain\"><summary>\(HTMLPage.escape(summary))</summary>\n<ul>\n"
        for signal in signals {
            let kind = (signal["kind"] as? String).flatMap(SignalKind.init(rawValue:))
            var line = (kind.map { name($0, page) } ?? "") + page.text("：", ": ") + (signal["detail"] as? String ?? "")
            if let value = signal["value"] as? NSNumber, let threshold = signal["threshold"] as? NSNumber {
                let illustrative = signal["parameterStatus"] as? String == "illustrative"
                line += page.text("（\(value) > 阈值 \(threshold)\(illustrative ? "，示例阈值" : "")）",
                                  " (\(value) > threshold \(threshold)\(illustrative ? ", illustrative" : ""))")
            }
            html += "<li>" + HTMLPage.escape(line) + "</li>\n"
        }
        html += "</ul>\n<ol>\n"
        for step in object["chain"] as? [[String: Any]] ?? [] {
            let department = step["department"] as? String
            var head = department.map { departmentName($0, page) } ?? page.text("入户核实", "home visit")
            if let note = step["note"] as? String { head += " — " + note }
            html += "<li>" + HTMLPage.escape(head)
            let programs = step["programs"] as? [[String: Any]] ?? []
            if !programs.isEmpty {
                html += "<ul>"
                for entry in programs {
                    guard let id = entry["program"] as? String else { continue }
                    let program = catalog.program(ProgramID(id))
                    var text = program.map { page.zh ? $0.chineseTitle : $0.englishTitle } ?? id
                    if let member = entry["member"] as? String { text += page.text(" 成员 \(member)", " member \(member)") }
                    let status = (entry["status"] as? String).flatMap(ProgramStatus.init(rawValue:))
                    html += "<li>" + HTMLPage.escape(text + page.text("：", ": "))
                        + "<span class=\"status \(status?.rawValue ?? "")\">"
                        + HTMLPage.escape(status.map { page.zh ? $0.chineseName : $0.englishName } ?? "") + "</span>"
                        + "<span class=\"cite\"> [" + HTMLPage.escape((entry["rules"] as? [String] ?? []).joined(separator: ", ")) + "]</span></li>"
                }
                html += "</ul>"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</details>\n"
    }

    /// Calls `body` with each line of the file at `path` parsed as a JSON object, reading
    /// 1 MiB at a time.
    static func forEachLine(_ path: String, _ body: ([String: Any]) -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw OutputError(message: "cannot read \(path)") }
        defer { try? handle.close() }
        var pending = Data()
        func emit(_ line: Data) {
            guard !line.isEmpty, let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else { return }
            body(object)
        }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            var start = pending.startIndex
            while let end = pending[start...].firstIndex(of: 0x0A) {
                emit(pending[start..<end])
                start = end + 1
            }
            pending = pending[start...]
        }
        emit(pending)
    }
}
