import TieredAssistance

/// The reports on a population: a batch summary (tiers and monthly assistance per place,
/// statuses per program, the reasons programs stayed undetermined, ranked, and the rejected
/// lines) and a reform comparison (the tier transition matrix, the change in monthly cost,
/// per place and in a chart).
struct PopulationReport {
    let html: String

    /// What the report says about its inputs: the input file's name, the evaluation day
    /// (or each household's own), and the policy and rule files behind each book.
    struct Inputs {
        let population: String
        let day: Day?
        let policies: [String]
        let rules: [String]
        let reforms: [String]
    }

    /// The tiers in their order of precedence, then none and undetermined.
    static func tierOrder(_ catalog: RuleCatalog) -> [String] {
        catalog.programs.compactMap { program in program.tierRank.map { (rank: $0, id: program.id.rawValue) } }
            .sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.id < $1.id }.map(\.id) + ["none", "undetermined"]
    }

    /// 特困人员救助供养, 无, 无法确定 (or the English titles).
    static func tierName(_ name: String, catalog: RuleCatalog, page: HTMLPage) -> String {
        switch name {
        case "none": return page.text("无", "none")
        case "undetermined": return page.text("无法确定", "undetermined")
        default:
            guard let program = catalog.program(ProgramID(name)) else { return name }
            return page.zh ? program.chineseTitle : program.englishTitle
        }
    }

    static let tierColors = ["#5b2a86", "#1f5fa8", "#3f8f5a", "#c08a1c", "#9aa0a6", "#c0392b", "#333333", "#777777"]

    /// `1,234.56`: fen as yuan with separators.
    static func yuan(_ fen: Int128) -> String {
        let negative = fen < 0
        let magnitude = negative ? -fen : fen
        var whole = String(magnitude / 100)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        let cents = magnitude % 100
        return (negative ? "-" : "") + whole + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// `12.5 %` of `whole`, to one decimal, rounded half up.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "—" }
        let tenths = (part * 1000 * 2 + whole) / (whole * 2)
        return "\(tenths / 10).\(tenths % 10) %"
    }

    private static func header(_ page: inout HTMLPage, title: String, inputs: Inputs, tally: PopulationTally) {
        page.element("h1", title)
        let day = inputs.day.map { page.text("评估日 \($0)", "evaluated on \($0)") } ?? page.text("评估日：按各户记录的评估日", "evaluated on each household's own asOf day")
        page.element("p", page.text("人群文件 \(inputs.population) · \(day)", "Population \(inputs.population) · \(day)"), attributes: "class=\"meta\"")
        let books = page.text("政策：内置政策库", "Policy: the built-in book")
            + inputs.policies.map { page.text(" + \($0)", " + \($0)") }.joined()
            + (inputs.rules.isEmpty ? "" : page.text("；规则文件：", "; rule files: ") + inputs.rules.joined(separator: ", "))
        page.element("p", books, attributes: "class=\"meta\"")
        // Where the figures come from: the values of these books, with their marks per household.
        page.element("p", page.text("金额与层级依据上列政策中各地、各日有效的数值；政策文件中标为示例的数值不是正式标准，"
                                    + "每户所用数值的来源与 [I]、[示例] 标记见该户的逐项说明或家庭报告。",
                                    "Amounts and tiers rest on the values in force in the books above for each place and day; values a policy "
                                    + "file marks illustrative are not law; each household's values, with their [I] and [illustrative] marks, "
                                    + "are in assist explain or its household report."), attributes: "class=\"legend\"")
        let lines = tally.summary.lines
        page.element("p", page.text(
            "读取 \(lines.linesRead) 行（空行 \(lines.blankLines)），评估 \(tally.summary.evaluated) 户，拒收 \(tally.summary.rejected) 行。",
            "\(lines.linesRead) lines read (\(lines.blankLines) blank), \(tally.summary.evaluated) households evaluated, \(tally.summary.rejected) lines rejected."),
                     attributes: "class=\"meta\" id=\"counts\"")
    }

    private static func placeName(_ key: PlaceKey, catalog: RuleCatalog, page: HTMLPage) -> String {
        catalog.placeNames.label(of: key.jurisdiction) + " · " + (key.residence == .urban ? page.text("城镇", "urban") : page.text("农村", "rural"))
    }

    private static func rejections(_ page: inout HTMLPage, tally: PopulationTally) {
        guard tally.summary.rejected > 0 else { return }
        page.element("h2", page.text("拒收的行", "Rejected lines"))
        let shown = tally.rejections.count
        page.table(caption: tally.summary.rejected > shown
                   ? page.text("前 \(shown) 行（共 \(tally.summary.rejected) 行）", "The first \(shown) of \(tally.summary.rejected)")
                   : page.text("共 \(tally.summary.rejected) 行", "All \(tally.summary.rejected)"),
                   headers: [page.text("行号", "Line"), page.text("错误代码", "Code"), page.text("字段", "Field")]
                       + (page.zh ? [] : ["Reason"]),
                   rows: tally.rejections.map { [String($0.line), $0.code, $0.path] + (page.zh ? [] : [$0.message]) }, numeric: [])
    }

    /// The batch summary report.
    init(batch tally: PopulationTally, inputs: Inputs, catalog: RuleCatalog, language: Language) {
        var page = HTMLPage(language: language)
        let title = page.text("人群评估汇总报告", "Population summary report")
        Self.header(&page, title: title, inputs: inputs, tally: tally)
        let tiers = Self.tierOrder(catalog)
        let evaluated = tally.summary.evaluated

        page.element("h2", page.text("救助层级", "Tiers"))
        page.table(caption: page.text("各层级户数", "Households per tier"),
                   headers: [page.text("层级", "Tier"), page.text("户数", "Households"), page.text("占比", "Share")],
                   rows: tiers.map { tier in
                       let count = tally.summary.tiers[tier] ?? 0
                       return [Self.tierName(tier, catalog: catalog, page: page), String(count), Self.percent(count, of: evaluated)]
                   })

        page.element("h2", page.text("各地区", "By place"))
        let places = tally.places.keys.sorted()
        let chart = BarChart(
            title: page.text("各地区各层级户数", "Households per tier and place"),
            categories: places.map { Self.placeName($0, catalog: catalog, page: page) },
            series: tiers.enumerated().map { BarChart.Series(name: Self.tierName($1, catalog: catalog, page: page),
                                                            color: Self.tierColors[$0 % Self.tierColors.count]) },
            values: places.map { key in tiers.map { Int128(tally.places[key]!.tiers[$0] ?? 0) } },
            stacked: true, valueText: { page.text("\($0) 户", "\($0) households") })
        page.figure(chart.svg, caption: page.text("各地区各层级户数（堆叠）；数字见下表。",
                                                "Households per tier and place (stacked); the figures are in the table below."))
        page.table(caption: page.text("各地区户数与每月救助金额（元）", "Households and monthly assistance (yuan) per place"),
                   headers: [page.text("地区", "Place"), page.text("户数", "Households")]
                       + tiers.map { Self.tierName($0, catalog: catalog, page: page) } + [page.text("每月金额", "Monthly amount")],
                   rows: places.map { key in
                       let counts = tally.places[key]!
                       return [Self.placeName(key, catalog: catalog, page: page), String(counts.households)]
                           + tiers.map { String(counts.tiers[$0] ?? 0) } + [Self.yuan(counts.monthlyFen)]
                   })

        page.element("h2", page.text("各项目", "By program"))
        let programs = catalog.programs.filter { tally.summary.statuses[$0.id.rawValue] != nil }
        page.table(caption: page.text("各项目结果（户或人次）与每月金额（元）", "Results per program (households or members) and monthly amounts (yuan)"),
                   headers: [page.text("项目", "Program"), page.text("符合", "Eligible"), page.text("不符合", "Not eligible"),
                             page.text("无法确定", "Undetermined"), page.text("每月金额", "Monthly amount")],
                   rows: programs.map { program in
                       let statuses = tally.summary.statuses[program.id.rawValue] ?? [:]
                       return [page.zh ? program.chineseTitle : program.englishTitle, String(statuses[.eligible] ?? 0),
                               String(statuses[.notEligible] ?? 0), String(statuses[.undetermined] ?? 0),
                               Self.yuan(Int128(tally.summary.monthlyAmounts[program.id.rawValue] ?? 0))]
                   })

        page.element("h2", page.text("无法确定的原因（按户数排序）", "Why programs stayed undetermined (most households first)"))
        let reasons = tally.reasons.sorted {
            $0.value.households != $1.value.households ? $0.value.households > $1.value.households : $0.key.description < $1.key.description
        }
        if reasons.isEmpty {
            page.element("p", page.text("无：每户的每个项目都已作出决定。", "None: every program was decided for every household."))
        } else {
            page.table(caption: page.text("缺少的信息，及其使多少户、哪些项目无法确定", "What was missing, in how many households, for which programs"),
                       headers: [page.text("缺少的信息", "Missing"), page.text("户数", "Households"), page.text("项目", "Programs")],
                       rows: reasons.map { item, reason in
                           [page.zh ? item.chineseDescription : item.description, String(reason.households),
                            reason.programs.sorted { $0.rawValue < $1.rawValue }.map { id in
                                catalog.program(id).map { page.zh ? $0.chineseTitle : $0.englishTitle } ?? id.rawValue
                            }.joined(separator: page.text("、", ", "))]
                       }, numeric: [1])
        }
        Self.rejections(&page, tally: tally)
        html = page.document(title: title + " · " + inputs.population)
    }

    /// The reform comparison report.
    init(reform tally: PopulationTally, inputs: Inputs, catalog: RuleCatalog, language: Language) {
        var page = HTMLPage(language: language)
        let title = page.text("政策调整影响报告", "Reform comparison report")
        Self.header(&page, title: title, inputs: inputs, tally: tally)
        page.element("p", page.text("调整方案：在上述政策之上叠加 ", "Reform: the policy above with ") + inputs.reforms.joined(separator: ", ")
                     + page.text("。", " layered on top."), attributes: "class=\"meta\"")
        let tiers = Self.tierOrder(catalog)
        let places = tally.places.keys.sorted()
        let before = places.reduce(Int128(0)) { $0 + tally.places[$1]!.monthlyFen }
        let after = places.reduce(Int128(0)) { $0 + tally.places[$1]!.reformMonthlyFen }
        let changed = tally.transitions.reduce(0) { sum, row in sum + row.value.filter { $0.key != row.key }.values.reduce(0, +) }

        page.element("h2", page.text("总体", "Overall"))
        page.element("p", page.text(
            "每月救助金额：调整前 \(Self.yuan(before)) 元，调整后 \(Self.yuan(after)) 元，变化 \(Self.yuan(after - before)) 元；层级改变的家庭 \(changed) 户。",
            "Monthly assistance: \(Self.yuan(before)) yuan before, \(Self.yuan(after)) yuan after, a change of \(Self.yuan(after - before)) yuan; \(changed) households change tier."),
                     attributes: "id=\"cost\"")

        page.element("h2", page.text("层级转移矩阵", "Tier transition matrix"))
        page.table(caption: page.text("行：调整前的层级；列：调整后的层级；单元格：户数", "Rows: tier before; columns: tier after; cells: households"),
                   headers: [page.text("调整前 \\ 调整后", "Before \\ after")] + tiers.map { Self.tierName($0, catalog: catalog, page: page) },
                   rows: tiers.map { from in
                       [Self.tierName(from, catalog: catalog, page: page)] + tiers.map { String(tally.transitions[from]?[$0] ?? 0) }
                   })

        page.element("h2", page.text("各地区", "By place"))
        let chart = BarChart(
            title: page.text("各地区每月救助金额（元）：调整前与调整后", "Monthly assistance per place (yuan): before and after"),
            categories: places.map { Self.placeName($0, catalog: catalog, page: page) },
            series: [BarChart.Series(name: page.text("调整前", "before"), color: "#9aa0a6"),
                     BarChart.Series(name: page.text("调整后", "after"), color: "#1f5fa8")],
            values: places.map { [max(0, tally.places[$0]!.monthlyFen), max(0, tally.places[$0]!.reformMonthlyFen)] },
            stacked: false, valueText: { page.text("\(Self.yuan($0)) 元", "\(Self.yuan($0)) yuan") })
        page.figure(chart.svg, caption: page.text("各地区每月救助金额，调整前（灰）与调整后（蓝）；数字见下表。",
                                                "Monthly assistance per place, before (grey) and after (blue); the figures are in the table below."))
        page.table(caption: page.text("各地区户数、层级与每月金额（元）", "Households, tiers and monthly amounts (yuan) per place"),
                   headers: [page.text("地区", "Place"), page.text("户数", "Households")]
                       + tiers.map { Self.tierName($0, catalog: catalog, page: page) + page.text("（前→后）", " (before→after)") }
                       + [page.text("调整前金额", "Before"), page.text("调整后金额", "After"), page.text("变化", "Change")],
                   rows: places.map { key in
                       let counts = tally.places[key]!
                       return [Self.placeName(key, catalog: catalog, page: page), String(counts.households)]
                           + tiers.map { "\(counts.tiers[$0] ?? 0)→\(counts.reformTiers[$0] ?? 0)" }
                           + [Self.yuan(counts.monthlyFen), Self.yuan(counts.reformMonthlyFen), Self.yuan(counts.reformMonthlyFen - counts.monthlyFen)]
                   })
        Self.rejections(&page, tally: tally)
        html = page.document(title: title + " · " + inputs.population)
    }
}
