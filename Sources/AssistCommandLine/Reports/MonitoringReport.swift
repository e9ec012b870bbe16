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
            page.figure(chart.svg)
            page.table(caption: page.text("各部门需跟进的家庭数", "Households each department is to follow up"),
                       headers: [page.text("部门", "Department"), page.text("家庭数", "Households")],
                       rows: zip(departments, names).map { [$1, String(outcome.departmentCounts[$0] ?? 0)] })
        }

        page.element("h2", page.text("一户一条救助链", "One assistance chain per household"))
        var listed = 0
        var withSignals = 0
        var chains = ""
        try Self.forEachLine(path) { object in
            let signals = object["signals"]?.items ?? []
            let presence = object["presence"]?.string ?? ""
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
                var shown = line.replacingOccurrences(of: options.beforePath, with: before).replacingOccurrences(of: options.afterPath, with: after)
                if page.zh {
                    // The reasons are English: in Chinese, the file, line, field and error code.
                    shown = shown.replacingOccurrences(of: #"^(.*?:\d+): household id (.*) appears twice; the first is kept$"#,
                                                       with: "$1：家庭编号 $2 重复，保留第一条", options: .regularExpression)
                    shown = shown.replacingOccurrences(of: #"^(.*?:\d+: [^ ]*): .* (\[[a-z-]+\])$"#, with: "$1 $2", options: .regularExpression)
                }
                page.element("li", shown)
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
    static func chain(_ object: JSONValue, signals: [JSONValue], catalog: RuleCatalog, page: HTMLPage) -> String {
        let household = object["household"]?.string ?? ""
        let day = object["day"]?.string ?? ""
        let vanished = object["presence"]?.string == "vanished"
        var summary = page.text("家庭 \(household) · \(day) · ", "Household \(household) · \(day) · ")
        summary += vanished ? page.text("本月数据中消失", "vanished from this month's data")
            : page.text("预警 \(signals.count) 项", "\(signals.count) signal" + (signals.count == 1 ? "" : "s"))
        var html = "<details class=\"chain\"><summary>\(HTMLPage.escape(summary))</summary>\n<ul>\n"
        for signal in signals {
            let kind = signal["kind"]?.string.flatMap(SignalKind.init(rawValue:))
            var line = (kind.map { name($0, page) } ?? "") + page.text("：", ": ") + (signal["detail"]?.string ?? "")
            if case .number(let value)? = signal["value"], case .number(let threshold)? = signal["threshold"] {
                let unit = signal["unit"]?.string ?? ""
                let illustrative = signal["parameterStatus"]?.string == "illustrative"
                line += page.text("（\(figure(value, unit: unit, page)) > 阈值 \(figure(threshold, unit: unit, page))\(illustrative ? "，示例阈值" : "")）",
                                  " (\(figure(value, unit: unit, page)) > threshold \(figure(threshold, unit: unit, page))\(illustrative ? ", illustrative" : ""))")
            }
            html += "<li>" + HTMLPage.escape(line) + "</li>\n"
        }
        html += "</ul>\n<ol>\n"
        for step in object["chain"]?.items ?? [] {
            let department = step["department"]?.string
            var head = department.map { departmentName($0, page) } ?? page.text("入户核实", "home visit")
            if let note = step["note"]?.string { head += " — " + note }
            html += "<li>" + HTMLPage.escape(head)
            let programs = step["programs"]?.items ?? []
            if !programs.isEmpty {
                html += "<ul>"
                for entry in programs {
                    guard let id = entry["program"]?.string else { continue }
                    let program = catalog.program(ProgramID(id))
                    var text = program.map { page.zh ? $0.chineseTitle : $0.englishTitle } ?? id
                    if let member = entry["member"]?.string { text += page.text(" 成员 \(member)", " member \(member)") }
                    let status = entry["status"]?.string.flatMap(ProgramStatus.init(rawValue:))
                    html += "<li>" + HTMLPage.escape(text + page.text("：", ": "))
                        + "<span class=\"status \(status?.rawValue ?? "")\">"
                        + HTMLPage.escape(status.map { page.zh ? $0.chineseName : $0.englishName } ?? "") + "</span>"
                        + "<span class=\"cite\"> [" + HTMLPage.escape((entry["rules"]?.items ?? []).compactMap(\.string).joined(separator: ", ")) + "]</span></li>"
                }
                html += "</ul>"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</details>\n"
    }

    /// A signal figure as the text output shows it: money exactly, in yuan with two decimals
    /// and its unit (8,000.00 元); other figures as written.
    static func figure(_ text: String, unit: String, _ page: HTMLPage) -> String {
        guard unit.hasPrefix("yuan"), let money = Money(yuanText: text) else { return text + (unit.isEmpty ? "" : " " + unit) }
        let period = unit == "yuan/month" ? page.text("元/月", "yuan/month") : unit == "yuan/year" ? page.text("元/年", "yuan/year") : page.text("元", "yuan")
        return "\(money) \(period)"
    }

    /// Calls `body` with each line of the file at `path` parsed as JSON (numbers kept as their
    /// exact text), reading 1 MiB at a time; a line that is not JSON (the monitor wrote it, so
    /// it never is) stops the report.
    static func forEachLine(_ path: String, _ body: (JSONValue) -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw OutputError(message: "cannot read \(path)") }
        defer { try? handle.close() }
        var pending = Data()
        var number = 0
        func emit(_ line: Data) throws {
            number += 1
            guard !line.isEmpty else { return }
            do {
                body(try JSONValue.parse([UInt8](line)))
            } catch {
                throw OutputError(message: "internal error: line \(number) of the monitoring results is not JSON")
            }
        }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            var start = pending.startIndex
            while let end = pending[start...].firstIndex(of: 0x0A) {
                try emit(pending[start..<end])
                start = end + 1
            }
            pending = pending[start...]
        }
        try emit(pending)
    }
}

extension JSONValue {
    /// The value of `key` in an object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The text of a string.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The items of an array (none for anything else).
    var items: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }
}
