import TieredAssistance

/// The report on one household: the decision (tier, every program's status and amount),
/// the open questions (what an undetermined program lacks, with the programs it holds up),
/// the full explanation as a collapsible tree (program → rule with its citations →
/// conditions with measured values, thresholds, margins and the parameters' sources), the
/// amounts' breakdowns, reconciliation and referrals, and the provenance legend.
///
/// Built from the same renderer as `assist explain`, so the sentences, figures and
/// citations are the text output's. Members appear by their ids; nothing personal is shown.
struct HouseholdReport {
    let html: String

    init(evaluation: Evaluation, findings: [ReconciliationFinding], language: Language) {
        let renderer = ExplanationRenderer(language: language)
        let catalog = evaluation.catalog
        var page = HTMLPage(language: language)
        let place = catalog.placeNames.label(of: evaluation.jurisdiction)
        let residence = evaluation.residence == .urban ? page.text("城镇", "urban") : page.text("农村", "rural")
        let title = page.text("家庭救助评估报告", "Household assistance report")
        page.element("h1", title)
        page.element("p", page.text("家庭 \(evaluation.household) · \(place) · \(residence) · 评估日 \(evaluation.day)",
                                    "Household \(evaluation.household) · \(place) · \(residence) · evaluated on \(evaluation.day)"),
                     attributes: "class=\"meta\"")

        // The decision.
        page.element("h2", page.text("决定", "Decision"))
        page.element("p", renderer.tierLine(of: evaluation), attributes: "class=\"tier\" id=\"tier\"")
        let shown = evaluation.determinations.filter { $0.status != .notApplicable }
        // One row per household program, and per member program one row for each status and
        // amount its members share (m1、m3 符合 · 每月 125.00 元).
        var rows: [(program: String, members: [String], status: ProgramStatus, result: String, amount: String)] = []
        for determination in shown {
            guard let program = catalog.program(determination.program) else { continue }
            var amount = ""
            if let winner = determination.supersededBy, let outranking = catalog.program(winner) {
                amount = page.text("按层级优先适用\(outranking.chineseTitle)，本项不另发放", "outranked by \(outranking.englishTitle); not paid")
            } else {
                amount = renderer.amountText(determination, program: program).replacingOccurrences(of: " · ", with: "")
            }
            let title = renderer.title(program)
            let result = renderer.statusText(determination.status) + renderer.provenanceMarks(determination)
            if let member = determination.member,
               let index = rows.firstIndex(where: { $0.program == title && !$0.members.isEmpty && $0.result == result && $0.amount == amount }) {
                rows[index].members.append(member.rawValue)
            } else {
                rows.append((title, determination.member.map { [$0.rawValue] } ?? [], determination.status, result, amount))
            }
        }
        page.raw("<table id=\"programs\">\n<caption>\(HTMLPage.escape(page.text("各项目结果", "Every program")))</caption>\n<thead><tr>")
        for header in [page.text("项目", "Program"), page.text("成员", "Members"), page.text("结果", "Result"), page.text("金额", "Amount")] {
            page.raw("<th scope=\"col\">\(HTMLPage.escape(header))</th>")
        }
        page.raw("</tr></thead>\n<tbody>\n")
        for row in rows {
            page.raw("<tr><th scope=\"row\">\(HTMLPage.escape(row.program))</th><td>"
                     + HTMLPage.escape(row.members.isEmpty ? page.text("全户", "household") : row.members.joined(separator: page.text("、", ", ")))
                     + "</td><td class=\"status \(row.status.rawValue)\">\(HTMLPage.escape(row.result))</td>"
                     + "<td class=\"num\">\(HTMLPage.escape(row.amount))</td></tr>\n")
        }
        page.raw("</tbody>\n</table>\n")

        // Open questions, ranked by what each settles on its own (Evaluation.questions), with
        // the determinations each holds up and the thresholds its answer is compared with.
        page.element("h2", page.text("待补充的信息", "Open questions"))
        let questions = evaluation.questions
        if questions.isEmpty {
            // Nothing to ask: either everything is decided, or what is open waits on a computation.
            let open = shown.contains { $0.status == .undetermined || !$0.missing.isEmpty }
            page.element("p", open
                ? page.text("无需补充家庭信息；尚未确定之处取决于其他项目或计算，见逐项说明。",
                            "Nothing to ask the household; what is still open depends on other programs or on a computation (see the explanation).")
                : page.text("无：每个项目都已作出决定，金额齐全。", "None: every program is decided and every amount is known."))
        } else {
            page.element("p", page.text("单独即可确定的项目多者在前。", "Those that settle the most on their own first."), attributes: "class=\"legend\"")
            page.raw("<ol class=\"questions\" id=\"questions\">\n")
            for question in questions {
                page.raw("<li>" + HTMLPage.escape(page.zh ? question.item.chineseDescription : question.item.description))
                for line in [renderer.subjectLine(question, catalog: catalog)] + renderer.thresholdLines(question) {
                    page.raw("<br><span class=\"cite\">" + HTMLPage.escape(line) + "</span>")
                }
                page.raw("</li>\n")
            }
            page.raw("</ol>\n")
        }

        // Conditions of the sources that no rule here tests, for the programs granted.
        let open = shown.filter { $0.status == .eligible && $0.supersededBy == nil && !$0.openConditions.isEmpty }
        if !open.isEmpty {
            page.element("h2", page.text("待经办人员核查的条件", "Left to the caseworker"))
            page.element("p", page.text("以下条件由政策规定，但本工具未检验；“符合”以其成立为前提。",
                                        "The sources require these, but this tool does not check them; each eligible result assumes they hold."),
                         attributes: "class=\"legend\"")
            page.raw("<ul id=\"open-conditions\">\n")
            var listed = Set<String>()
            for determination in open {
                guard let program = catalog.program(determination.program), listed.insert(program.id.rawValue).inserted else { continue }
                for condition in determination.openConditions {
                    page.element("li", renderer.title(program) + page.text("：", ": ") + condition.text.text(language)
                                 + page.text("（依据：", " (basis: ") + renderer.citationText(condition.citation) + page.text("）", ")"))
                }
            }
            page.raw("</ul>\n")
        }

        // The explanation tree.
        page.element("h2", page.text("逐项说明", "Explanation, program by program"))
        page.element("p", page.text("点击展开每个项目、每条规则和每项条件；打印时全部展开。",
                                    "Open a program, a rule or a condition to see its reasoning; printing opens them all."),
                     attributes: "class=\"legend\"")
        for determination in shown {
            guard let program = catalog.program(determination.program) else { continue }
            page.raw(HouseholdReport.tree(determination, program: program, catalog: catalog, renderer: renderer, page: page))
        }
        let notApplicable = evaluation.determinations.filter { $0.status == .notApplicable && $0.member == nil }
        if !notApplicable.isEmpty {
            let names = notApplicable.compactMap { determination -> String? in
                guard let program = catalog.program(determination.program) else { return nil }
                let cause = determination.notApplicableCause.map { page.zh ? $0.chineseDescription(in: catalog) : $0.description(in: catalog) }
                return renderer.title(program) + (cause.map { page.text("（\($0)）", " (\($0))") } ?? "")
            }
            page.element("p", page.text("不适用：", "Not applicable here and now: ") + names.joined(separator: page.text("；", "; ")),
                         attributes: "class=\"legend\"")
        }

        // Reconciliation and referrals, then the legend of marks.
        let findingLines = renderer.render(findings)
        if !findingLines.isEmpty {
            page.element("h2", page.text("核对与转介", "Reconciliation and referrals"))
            page.raw("<ul>\n")
            for line in findingLines.dropFirst() { page.element("li", line.trimmingCharacters(in: .whitespaces)) }
            page.raw("</ul>\n")
        }
        let legend = renderer.provenanceLegend(evaluation)
        if !legend.isEmpty {
            page.element("h2", page.text("数值来源标记", "Marks on values"))
            for line in legend { page.element("p", line.trimmingCharacters(in: .whitespaces), attributes: "class=\"legend\"") }
        }
        html = page.document(title: title + " · " + evaluation.household.rawValue)
    }

    /// One determination as a `<details>`: undetermined ones open, so the caseworker sees
    /// what is missing first.
    static func tree(_ determination: Determination, program: Program, catalog: RuleCatalog, renderer: ExplanationRenderer,
                     page: HTMLPage) -> String {
        var head = renderer.title(program)
        if let member = determination.member { head += page.text(" 成员 \(member)", " member \(member)") }
        let status = renderer.statusText(determination.status)
        var tail = ""
        if let winner = determination.supersededBy, let outranking = catalog.program(winner) {
            tail = page.text("（按层级优先适用\(outranking.chineseTitle)，本项不另发放）", " (outranked by \(outranking.englishTitle); not paid)")
        } else {
            tail = renderer.amountText(determination, program: program)
        }
        tail += renderer.nearMissText(determination) + renderer.provenanceMarks(determination)
        var html = "<details class=\"program\"\(determination.status == .undetermined ? " open" : "")><summary>"
            + HTMLPage.escape(head + page.text("：", ": "))
            + "<span class=\"status \(determination.status.rawValue)\">\(HTMLPage.escape(status))</span>"
            + HTMLPage.escape(tail) + "</summary>\n"
        for outcome in determination.rules {
            let ruleTitle = page.zh ? outcome.rule.chineseTitle : outcome.rule.englishTitle
            var summary = "\(renderer.mark(outcome.truth)) \(outcome.rule.id) \(ruleTitle)"
            if let base = outcome.baseRule { summary += page.text("（\(base) 的地方规则）", " (local variant of \(base))") }
            html += "<details class=\"rule\"><summary>\(HTMLPage.escape(summary))</summary>\n"
            html += "<p class=\"cite\">" + HTMLPage.escape(page.text("依据：", "Basis: ")
                + outcome.rule.citations.map(renderer.citationText).joined(separator: page.text("；", "; "))) + "</p>\n"
            if let trace = outcome.trace {
                html += "<ul class=\"trace\">\n" + items(trace, renderer: renderer, page: page) + "</ul>\n"
            }
            html += "</details>\n"
        }
        if let amount = determination.amount, !amount.lines.isEmpty {
            html += "<p>" + HTMLPage.escape(page.text("金额计算（精确计算，最后一次四舍五入到分）：",
                                                     "Amount (exact, rounded once to the fen, \(amount.rounding.rawValue)):")) + "</p>\n<ul class=\"trace\">\n"
            for line in amount.lines {
                html += "<li style=\"margin-left: \(line.depth)rem\">"
                    + HTMLPage.escape("\(line.label.text(renderer.language)) = \(renderer.valueText(line.value))") + "</li>\n"
            }
            html += "</ul>\n"
        }
        let openLines = renderer.openConditionLines(determination.openConditions, indent: "")
        if let heading = openLines.first {
            html += "<p>" + HTMLPage.escape(heading) + "</p>\n<ul class=\"trace\">\n"
            for line in openLines.dropFirst() { html += "<li>" + HTMLPage.escape(line.trimmingCharacters(in: .whitespaces)) + "</li>\n" }
            html += "</ul>\n"
        }
        if !determination.missing.isEmpty {
            html += "<p>" + HTMLPage.escape(determination.status == .eligible ? page.text("金额无法确定的原因：", "Amount missing:")
                                                                              : page.text("无法确定的原因：", "Missing:")) + "</p>\n<ul class=\"trace\">\n"
            for item in determination.missing {
                html += "<li>" + HTMLPage.escape(page.zh ? item.chineseDescription : item.description) + "</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</details>\n"
    }

    /// A condition trace as nested list items.
    static func items(_ trace: ConditionTrace, renderer: ExplanationRenderer, page: HTMLPage) -> String {
        switch trace {
        case .comparison(let comparison):
            var html = "<li>" + HTMLPage.escape(renderer.sentence(comparison))
            if !comparison.parameters.isEmpty {
                html += "<ul class=\"trace cite\">"
                for resolved in comparison.parameters { html += "<li>" + HTMLPage.escape(renderer.parameterText(resolved)) + "</li>" }
                html += "</ul>"
            }
            return html + "</li>\n"
        case .fact(let label, let truth, let missing):
            var line = renderer.mark(truth) + " " + label.text(renderer.language)
            if !missing.isEmpty {
                line += page.text("（", " (missing: ") + missing.map { page.zh ? $0.chineseDescription : $0.description }
                    .joined(separator: page.text("；", "; ")) + page.text("）", ")")
            }
            return "<li>" + HTMLPage.escape(line) + "</li>\n"
        case .group(let kind, let label, let truth, let parts):
            let heading: String
            switch kind {
            case .all: heading = page.text("以下全部满足", "all of")
            case .any: heading = page.text("以下任一满足", "any of")
            case .not: heading = page.text("以下不成立", "not")
            }
            guard label != nil || parts.count > 1 || kind == .not else {
                return parts.map { items($0, renderer: renderer, page: page) }.joined()
            }
            let text = label.map { $0.text(renderer.language) + (parts.count > 1 ? page.text("（\(heading)）", " (\(heading))") : "") } ?? heading
            return "<li><details\(truth == .yes ? "" : " open")><summary>" + HTMLPage.escape(renderer.mark(truth) + " " + text)
                + "</summary><ul class=\"trace\">\n" + parts.map { items($0, renderer: renderer, page: page) }.joined()
                + "</ul></details></li>\n"
        case .members(let kind, let label, let truth, let parts):
            let heading = kind == .any ? page.text("任一成员满足", "some member") : page.text("每位成员满足", "every member")
            var html = "<li><details open><summary>" + HTMLPage.escape(renderer.mark(truth) + " " + (label?.text(renderer.language) ?? heading))
                + "</summary><ul class=\"trace\">\n"
            for part in parts {
                html += "<li>" + HTMLPage.escape(page.text("成员 \(part.member)：", "member \(part.member):")) + "<ul class=\"trace\">\n"
                    + items(part.trace, renderer: renderer, page: page) + "</ul></li>\n"
            }
            return html + "</ul></details></li>\n"
        }
    }
}
