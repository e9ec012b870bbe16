/// Renders an ``Evaluation`` as text for caseworkers: for each program the decision, the
/// rules with their citations, each comparison with the measured value, the threshold and
/// the margin, the parameters' sources, what was missing, near misses and the amount's
/// breakdown. Chinese (official terms) by default; English on request.
///
/// The text never contains names, ID numbers or diagnoses: members appear by their ids.
/// Program titles and place names come from the catalog the evaluation carries
/// (``Evaluation/catalog``), so programs added by a rule file are explained like the others.
public struct ExplanationRenderer: Sendable {
    /// The language.
    public let language: Language
    /// Whether to list programs that do not apply here and now.
    public var includeNotApplicable: Bool

    /// Creates a renderer.
    public init(language: Language = .chinese, includeNotApplicable: Bool = false) {
        self.language = language
        self.includeNotApplicable = includeNotApplicable
    }

    private var zh: Bool { language == .chinese }

    private func text(_ chinese: String, _ english: String) -> String { zh ? chinese : english }

    /// The full explanation.
    public func render(_ evaluation: Evaluation) -> String {
        var lines: [String] = []
        let catalog = evaluation.catalog
        let place = catalog.placeNames.label(of: evaluation.jurisdiction)
        let residence = evaluation.residence == .urban ? text("城镇", "urban") : text("农村", "rural")
        lines.append(text("家庭 \(evaluation.household) · \(place) · \(residence) · 评估日 \(evaluation.day)",
                          "Household \(evaluation.household) · \(place) · \(residence) · evaluated on \(evaluation.day)"))
        lines.append(tierLine(evaluation.tier, catalog: catalog))
        lines.append("")
        var notApplicable: [String] = []
        for determination in evaluation.determinations {
            guard let program = catalog.program(determination.program) else { continue }
            if determination.status == .notApplicable {
                if determination.member == nil || program.scope == .household {
                    notApplicable.append("\(title(program))（\(determination.notApplicableCause.map { zh ? $0.chineseDescription(in: catalog) : $0.description(in: catalog) } ?? "")）")
                }
                if !includeNotApplicable { continue }
            }
            lines += render(determination, program: program, catalog: catalog)
            lines.append("")
        }
        if !notApplicable.isEmpty {
            lines.append(text("不适用：", "Not applicable here and now: ") + notApplicable.joined(separator: zh ? "；" : "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A short summary: the tier, then one line per program with its status and amount;
    /// for programs not granted, the failed comparisons (why not) or what was missing.
    public func renderSummary(_ evaluation: Evaluation) -> String {
        var lines: [String] = []
        let catalog = evaluation.catalog
        let place = catalog.placeNames.label(of: evaluation.jurisdiction)
        let residence = evaluation.residence == .urban ? text("城镇", "urban") : text("农村", "rural")
        lines.append(text("家庭 \(evaluation.household) · \(place) · \(residence) · 评估日 \(evaluation.day)",
                          "Household \(evaluation.household) · \(place) · \(residence) · evaluated on \(evaluation.day)"))
        lines.append(tierLine(evaluation.tier, catalog: catalog))
        var membersDone = Set<ProgramID>()
        for determination in evaluation.determinations where determination.status != .notApplicable {
            guard let program = catalog.program(determination.program) else { continue }
            if determination.member != nil {
                guard membersDone.insert(program.id).inserted else { continue }
                lines += memberSummary(program, evaluation.memberDeterminations(program.id))
                continue
            }
            var line = "  " + title(program) + text("：", ": ") + statusText(determination.status)
            if let winner = determination.supersededBy, let outranking = catalog.program(winner) {
                line += text("（按层级优先适用\(outranking.chineseTitle)，本项不另发放）", " (outranked by \(outranking.englishTitle); not paid)")
            } else {
                line += amountText(determination, program: program)
            }
            line += nearMissText(determination)
            line += provenanceMarks(determination)
            lines.append(line)
            lines += reasons(determination, indent: "      ")
            if determination.status == .eligible && determination.supersededBy == nil {
                lines += openConditionLines(determination.openConditions, indent: "      ")
            }
        }
        lines += provenanceLegend(evaluation)
        return lines.joined(separator: "\n") + "\n"
    }

    /// ` [I]` when a decision may read (directly or through the tier or another program) a
    /// value whose effective day is inferred, ` [示例]` an illustrative value (legend at the
    /// end of the summary).
    package func provenanceMarks(_ determination: Determination) -> String {
        guard determination.status != .notApplicable else { return "" }
        var marks = ""
        if determination.flaggedParameters.contains(where: { $0.entry.isEffectiveDayInferred }) { marks += " [I]" }
        if determination.flaggedParameters.contains(where: { $0.entry.status == .illustrative }) {
            marks += text(" [示例]", " [illustrative]")
        }
        return marks
    }

    /// The values behind the summary's [I] and [示例] marks, once each.
    package func provenanceLegend(_ evaluation: Evaluation) -> [String] {
        var inferred: [ResolvedParameter] = []
        var illustrative: [ResolvedParameter] = []
        var seen = Set<String>()
        for determination in evaluation.determinations where determination.status != .notApplicable {
            for resolved in determination.flaggedParameters {
                let key = "\(resolved.definition.id)|\(resolved.entry.jurisdiction)|\(resolved.entry.effective)|\(resolved.layerName)"
                guard seen.insert(key).inserted else { continue }
                if resolved.entry.isEffectiveDayInferred { inferred.append(resolved) }
                if resolved.entry.status == .illustrative { illustrative.append(resolved) }
            }
        }
        var lines: [String] = []
        if !inferred.isEmpty {
            lines.append(text("[I] 施行日期为推定的参数（来源只给出年份或发布日期）：",
                              "[I] values whose effective day is inferred (the source gives only a year or a publication day):"))
            for resolved in inferred {
                lines.append("  · " + text("\(resolved.definition.chineseTitle)（\(resolved.definition.id)）\(resolved.entry.displayValue(chinese: true))，推定 \(resolved.entry.effective) 起施行",
                                           "\(resolved.definition.englishTitle) (\(resolved.definition.id)) \(resolved.entry.displayValue(chinese: false)), in force from \(resolved.entry.effective) (inferred)"))
            }
        }
        if !illustrative.isEmpty {
            lines.append(text("[示例] 示例值（非正式标准），仅供演示：", "[illustrative] illustrative values (not law), for demonstration only:"))
            for resolved in illustrative {
                lines.append("  · " + text("\(resolved.definition.chineseTitle)（\(resolved.definition.id)）\(resolved.entry.displayValue(chinese: true))，来自 \(resolved.layerName)",
                                           "\(resolved.definition.englishTitle) (\(resolved.definition.id)) \(resolved.entry.displayValue(chinese: false)), from \(resolved.layerName)"))
            }
        }
        return lines
    }

    /// The amount of an eligible determination, or ` · 金额无法确定` when its program pays an
    /// amount that could not be computed (the reasons follow as missing items).
    package func amountText(_ determination: Determination, program: Program) -> String {
        if let amount = determination.amount { return amountText(amount) }
        guard determination.status == .eligible, program.amount != nil else { return "" }
        if let range = determination.amountRange {
            return text(" · 金额无法确定（\(sideText(nil, range))）", " · amount undetermined (\(sideText(nil, range)))")
        }
        return text(" · 金额无法确定", " · amount undetermined")
    }

    /// ` · 每月 829.00 元` or ` · 一次性 12,000.00 元`.
    func amountText(_ amount: AmountResult) -> String {
        amount.period == .monthly ? text(" · 每月 \(amount.value) 元", " · \(amount.value) yuan a month")
            : text(" · 一次性 \(amount.value) 元", " · \(amount.value) yuan once")
    }

    package func nearMissText(_ determination: Determination) -> String {
        guard let nearMiss = determination.nearMiss else { return "" }
        return text(" · 接近符合（差距 \(nearMiss.distance.roundedPercentDescription())）",
                    " · near miss (within \(nearMiss.distance.roundedPercentDescription()))")
    }

    /// Why a determination is not eligible (the failed comparisons) or undetermined (what is missing).
    private func reasons(_ determination: Determination, indent: String) -> [String] {
        var lines: [String] = []
        switch determination.status {
        case .notEligible:
            for outcome in determination.rules where outcome.truth == .no {
                let failed = outcome.trace?.comparisons.filter { $0.truth == .no } ?? []
                if failed.isEmpty || failed.count > 2 {
                    lines.append(indent + "✗ \(outcome.rule.id) " + (zh ? outcome.rule.chineseTitle : outcome.rule.englishTitle))
                } else {
                    for comparison in failed { lines.append(indent + sentence(comparison) + " [\(outcome.rule.id)]") }
                }
            }
        case .undetermined, .eligible:
            // For an eligible determination these are what its amount lacks.
            for item in determination.missing {
                lines.append(indent + "? " + (zh ? item.chineseDescription : item.description))
            }
        case .notApplicable:
            break
        }
        return lines
    }

    /// One member-scope program: the eligible and undetermined members with their amounts
    /// and reasons, and the others in one line.
    private func memberSummary(_ program: Program, _ determinations: [Determination]) -> [String] {
        var lines = ["  " + title(program) + text("：", ":")]
        var others: [String] = []
        for determination in determinations {
            guard let member = determination.member else { continue }
            switch determination.status {
            case .eligible, .undetermined:
                var line = "    " + text("成员 \(member)：", "member \(member): ") + statusText(determination.status)
                line += amountText(determination, program: program)
                line += provenanceMarks(determination)
                lines.append(line)
                lines += reasons(determination, indent: "        ")
            case .notEligible:
                if determination.nearMiss != nil {
                    lines.append("    " + text("成员 \(member)：", "member \(member): ") + statusText(.notEligible) + nearMissText(determination)
                                 + provenanceMarks(determination))
                    lines += reasons(determination, indent: "        ")
                } else {
                    others.append(member.rawValue)
                }
            case .notApplicable:
                break
            }
        }
        if !others.isEmpty {
            lines.append("    " + text("成员 \(others.joined(separator: "、"))：不符合", "members \(others.joined(separator: ", ")): not eligible"))
        }
        if let eligible = determinations.first(where: { $0.status == .eligible }) {
            lines += openConditionLines(eligible.openConditions, indent: "      ")
        }
        return lines
    }

    /// The evaluation's ``Evaluation/questions`` as a section (待补充的信息), best first: each
    /// missing fact or parameter, how many determinations it settles on its own, which it
    /// concerns, and the thresholds its unknown side must pass; nothing when none is missing.
    public func renderQuestions(_ evaluation: Evaluation) -> [String] {
        let questions = evaluation.questions
        guard !questions.isEmpty else { return [] }
        let catalog = evaluation.catalog
        var lines = [text("待补充的信息（单独即可确定的项目多者在前）：", "Questions (those that settle the most on their own first):")]
        for (index, question) in questions.enumerated() {
            lines.append("  \(index + 1). " + (zh ? question.item.chineseDescription : question.item.description))
            lines.append("     " + subjectLine(question, catalog: catalog))
            lines += thresholdLines(question).map { "     " + $0 }
        }
        return lines
    }

    /// "单独即可确定 1 项；涉及：住房救助": what `question` settles on its own and which
    /// determinations it concerns.
    package func subjectLine(_ question: Question, catalog: RuleCatalog) -> String {
        let names = question.subjects.map { subject -> String in
            let title = catalog.program(subject.program).map(title) ?? subject.program.rawValue
            return title + (subject.member.map { text(" 成员 \($0)", " member \($0)") } ?? "")
        }
        return text("单独即可确定 \(question.settles) 项；涉及：", "settles \(question.settles) on its own; concerns: ")
            + names.joined(separator: text("、", ", "))
    }

    /// One line per threshold of `question`: "若低保标准超过 460.00 元，则 dibao.income-test 的这一条件满足".
    package func thresholdLines(_ question: Question) -> [String] {
        question.thresholds.map { threshold in
            let value = valueText(threshold.value)
            return text("若\(threshold.side.chinese)\(threshold.comparison.chineseWord) \(value)，则 \(threshold.rule) 的这一条件满足",
                        "met when \(threshold.side.english) is \(threshold.comparison.englishWord) \(value) (\(threshold.rule))")
        }
    }

    /// The reconciliation findings as a section (核对与转介), one line each with its kind,
    /// due day, citation and what it lacks; nothing when there are none.
    public func render(_ findings: [ReconciliationFinding]) -> [String] {
        guard !findings.isEmpty else { return [] }
        var lines = [text("核对与转介：", "Reconciliation and referrals:")]
        for finding in findings {
            let kind: String
            switch finding.kind {
            case .review: kind = text("复核", "review")
            case .outreach: kind = text("主动发现", "outreach")
            case .reviewDue: kind = text("定期核查", "periodic review")
            case .findingLapses: kind = text("认定期满", "finding lapses")
            case .reviewAfterDeath: kind = text("死亡后核查", "review after a death")
            case .referral: kind = text("转介", "referral")
            }
            let due = finding.dueOn != nil && finding.isDue ? text("【已到期】", " [DUE]") : ""
            var line = "  · [\(kind)]\(due) " + finding.text.text(language)
            line += text("（依据：", " (basis: ") + finding.citations.map { citationText($0) }.joined(separator: text("；", "; ")) + text("）", ")")
            lines.append(zh ? line : line.replacingChinesePunctuation())
            for item in finding.missing {
                lines.append("      ? " + (zh ? item.chineseDescription : item.description))
            }
        }
        return lines
    }

    /// The one-line summary of the evaluation's tier.
    public func tierLine(of evaluation: Evaluation) -> String {
        tierLine(evaluation.tier, catalog: evaluation.catalog)
    }

    private func tierLine(_ tier: TierOutcome, catalog: RuleCatalog) -> String {
        switch tier {
        case .tier(let id):
            return text("救助层级：", "Tier: ") + (catalog.program(id).map(title) ?? id.rawValue)
        case .none:
            return text("救助层级：无（不属于特困、低保、低保边缘或刚性支出困难）",
                        "Tier: none (not 特困, dibao, marginal or rigid-expenditure hardship)")
        case .undetermined(let candidates):
            let names = candidates.map { catalog.program($0).map(title) ?? $0.rawValue }
            return text("救助层级：无法确定（可能为：\(names.joined(separator: "、"))）",
                        "Tier: undetermined (possibly: \(names.joined(separator: ", ")))")
        }
    }

    package func title(_ program: Program) -> String {
        zh ? program.chineseTitle : program.englishTitle
    }

    package func statusText(_ status: ProgramStatus) -> String {
        zh ? status.chineseName : status.englishName
    }

    /// One of the evaluation's determinations: its status, rules with citations and
    /// comparisons, amount, missing items and near miss.
    public func render(_ determination: Determination, of evaluation: Evaluation) -> [String] {
        guard let program = evaluation.catalog.program(determination.program) else { return [] }
        return render(determination, program: program, catalog: evaluation.catalog)
    }

    private func render(_ determination: Determination, program: Program, catalog: RuleCatalog) -> [String] {
        var lines: [String] = []
        var head = "【\(title(program))】"
        if let member = determination.member { head += text(" 成员 \(member)", " member \(member)") }
        head += " " + statusText(determination.status)
        if let winner = determination.supersededBy, let outranking = catalog.program(winner) {
            head += text("（按层级优先适用\(outranking.chineseTitle)，本项不另发放）", " (outranked by \(outranking.englishTitle); not paid)")
        } else {
            head += amountText(determination, program: program)
        }
        head += provenanceMarks(determination)
        lines.append(head)
        if determination.status == .notApplicable, let cause = determination.notApplicableCause {
            lines.append("  " + text("不适用：", "not applicable: ") + (zh ? cause.chineseDescription(in: catalog) : cause.description(in: catalog)))
        }
        for outcome in determination.rules {
            lines += render(outcome)
        }
        if let amount = determination.amount, !amount.lines.isEmpty {
            lines.append("  " + text("金额计算（精确计算，最后一次四舍五入到分）：", "Amount (exact, rounded once to the fen, \(amount.rounding.rawValue)):"))
            for line in amount.lines {
                let indent = String(repeating: "  ", count: line.depth + 2)
                lines.append("\(indent)\(line.label.text(language)) = \(moneyText(line.value))")
            }
        }
        if !determination.missing.isEmpty {
            lines.append("  " + (determination.status == .eligible ? text("金额无法确定的原因：", "Amount missing:")
                                                                     : text("无法确定的原因：", "Missing:")))
            for item in determination.missing {
                lines.append("    - " + (zh ? item.chineseDescription : item.description))
            }
        }
        if let nearMiss = determination.nearMiss {
            lines.append("  " + text("接近符合：差距为门槛的 \(nearMiss.distance.roundedPercentDescription())",
                                     "Near miss: within \(nearMiss.distance.roundedPercentDescription()) of the threshold"))
        }
        lines += openConditionLines(determination.openConditions, indent: "  ")
        return lines
    }

    /// `待经办人员核查（本工具未检验）：` and one `☐` line per open condition with its basis;
    /// nothing when there are none.
    package func openConditionLines(_ conditions: [OpenCondition], indent: String) -> [String] {
        guard !conditions.isEmpty else { return [] }
        var lines = [indent + text("待经办人员核查（本工具未检验）：", "Left to the caseworker (not checked here):")]
        for condition in conditions {
            let line = indent + "  ☐ " + condition.text.text(language) + text("（依据：", " (basis: ") + citationText(condition.citation) + text("）", ")")
            lines.append(zh ? line : line.replacingChinesePunctuation())
        }
        return lines
    }

    private func render(_ outcome: RuleOutcome) -> [String] {
        var lines: [String] = []
        let mark = outcome.truth == .yes ? "✓" : outcome.truth == .no ? "✗" : "?"
        let ruleTitle = zh ? outcome.rule.chineseTitle : outcome.rule.englishTitle
        var head = "  \(mark) \(outcome.rule.id) \(ruleTitle)"
        if let base = outcome.baseRule { head += text("（\(base) 的地方规则）", " (local variant of \(base))") }
        lines.append(head)
        lines.append("    " + text("依据：", "Basis: ") + outcome.rule.citations.map(citationText).joined(separator: zh ? "；" : "; "))
        if let trace = outcome.trace {
            lines += render(trace, depth: 2)
        }
        return lines
    }

    package func citationText(_ citation: Citation) -> String {
        var text = "\(citation.document.key) \(citation.document.shortReference)"
        if let article = citation.article { text += " \(article)" }
        return text
    }

    private func render(_ trace: ConditionTrace, depth: Int) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        switch trace {
        case .comparison(let comparison):
            var lines = [indent + sentence(comparison)]
            for resolved in comparison.parameters {
                lines.append(indent + "  " + parameterText(resolved))
            }
            return lines
        case .fact(let label, let truth, let missing):
            var line = indent + mark(truth) + " " + label.text(language)
            if !missing.isEmpty {
                line += text("（", " (missing: ") + missing.map { zh ? $0.chineseDescription : $0.description }
                    .joined(separator: text("；", "; ")) + text("）", ")")
            }
            return [line]
        case .group(let kind, let label, let truth, let parts):
            var lines: [String] = []
            let heading: String
            switch kind {
            case .all: heading = text("以下全部满足", "all of")
            case .any: heading = text("以下任一满足", "any of")
            case .not: heading = text("以下不成立", "not")
            }
            if let label {
                lines.append(indent + mark(truth) + " " + label.text(language) + (parts.count > 1 ? text("（\(heading)）", " (\(heading))") : ""))
            } else if parts.count > 1 || kind == .not {
                lines.append(indent + mark(truth) + " " + heading + text("：", ":"))
            } else {
                return parts.flatMap { render($0, depth: depth) }
            }
            return lines + parts.flatMap { render($0, depth: depth + 1) }
        case .members(let kind, let label, let truth, let parts):
            var lines: [String] = []
            let heading = kind == .any ? text("任一成员满足", "some member") : text("每位成员满足", "every member")
            lines.append(indent + mark(truth) + " " + (label?.text(language) ?? heading))
            for part in parts {
                lines.append(indent + "  " + text("成员 \(part.member)：", "member \(part.member):"))
                lines += render(part.trace, depth: depth + 2)
            }
            return lines
        }
    }

    package func mark(_ truth: Truth) -> String {
        truth == .yes ? "✓" : truth == .no ? "✗" : "?"
    }

    package func valueText(_ quantity: Quantity) -> String {
        switch quantity.unit {
        case .money: return moneyText(quantity)
        case .years: return text("\(quantity) 岁", "\(quantity) years")
        case .months: return text("\(quantity) 个月", "\(quantity) months")
        case .flag: return quantity.isTrue ? text("是", "yes") : text("否", "no")
        default: return quantity.description
        }
    }

    /// A side of a comparison: its value, the range it lies in (至少 X / 至多 Y / 介于 X 与 Y
    /// 之间), or 未知.
    package func sideText(_ value: Quantity?, _ range: QuantityRange?) -> String {
        if let value { return valueText(value) }
        switch (range?.lower, range?.upper) {
        case (let lower?, let upper?): return text("介于 \(valueText(lower)) 与 \(valueText(upper)) 之间", "between \(valueText(lower)) and \(valueText(upper))")
        case (let lower?, nil): return text("至少 \(valueText(lower))", "at least \(valueText(lower))")
        case (nil, let upper?): return text("至多 \(valueText(upper))", "at most \(valueText(upper))")
        case (nil, nil): return text("未知", "unknown")
        }
    }

    private func moneyText(_ quantity: Quantity) -> String {
        text("\(quantity) 元", "\(quantity) yuan")
    }

    /// "人均月收入 1,233.33 元，超过低保标准 829.00 元，相差 404.33 元（要求低于：未满足）".
    package func sentence(_ comparison: ComparisonTrace) -> String {
        let left = comparison.left.text(language)
        let right = comparison.right.text(language)
        let required = zh ? comparison.comparison.chineseWord : comparison.comparison.englishWord
        guard let lv = comparison.leftValue, let rv = comparison.rightValue else {
            let lvText = sideText(comparison.leftValue, comparison.leftRange)
            let rvText = sideText(comparison.rightValue, comparison.rightRange)
            if comparison.truth != .unknown {
                // Decided over ranges: whatever the unknown values are, the answer is the same.
                let verdict = comparison.truth == .yes ? text("满足", "met") : text("未满足", "not met")
                return mark(comparison.truth) + " " + text(
                    "\(left) \(lvText)，\(right) \(rvText)（要求\(required)：\(verdict)；未知的值无论为何，结论不变）",
                    "\(left) \(lvText), \(right) \(rvText) (must be \(required): \(verdict) whatever the unknown values are)")
            }
            let missing = comparison.missing.map { zh ? $0.chineseDescription : $0.description }.joined(separator: "; ")
            return "? " + text("\(left) \(lvText)，\(right) \(rvText)（要求\(required)：无法确定；\(missing)）",
                               "\(left) \(lvText), \(right) \(rvText) (must be \(required): undetermined; \(missing))")
        }
        let order = (try? lv.compare(to: rv)) ?? 0
        var relation: String
        if order < 0 {
            relation = text("低于", "below")
        } else if order > 0 {
            relation = text("超过", "above")
        } else {
            relation = text("等于", "equal to")
        }
        var marginText = ""
        if let margin = comparison.margin, margin.numerator != 0 {
            let magnitude = Quantity(margin.numerator < 0 ? -margin.numerator : margin.numerator, over: margin.denominator,
                                     unit: margin.unit)
            marginText = zh ? "，相差 " + valueText(magnitude) : " by " + valueText(magnitude)
        }
        if order == 0 { relation = text("等于", "equal to") }
        let verdict = comparison.truth == .yes ? text("满足", "met") : text("未满足", "not met")
        return mark(comparison.truth) + " " + text(
            "\(left) \(valueText(lv))，\(relation)\(right) \(valueText(rv))\(marginText)（要求\(required)：\(verdict)）",
            "\(left) \(valueText(lv)), \(relation) \(right) \(valueText(rv))\(marginText) (must be \(required): \(verdict))")
    }

    package func parameterText(_ resolved: ResolvedParameter) -> String {
        let entry = resolved.entry
        let title = zh ? resolved.definition.chineseTitle : resolved.definition.englishTitle
        var text = "· \(title)（\(resolved.definition.id)）：\(entry.displayValue(chinese: zh))"
        if let source = entry.source { text += "，" + citationText(source) }
        if entry.isEffectiveDayInferred {
            text += zh ? "，\(entry.effective) 起施行 [I]（推定：来源只给出年份或发布日期）"
                : ", in force from \(entry.effective) [I] (inferred: the source gives only a year or a publication day)"
        } else {
            text += zh ? "，\(entry.effective) 起施行" : ", in force from \(entry.effective)"
        }
        text += zh ? "，适用地区 \(entry.jurisdiction)" : ", set for \(entry.jurisdiction)"
        if entry.status == .illustrative { text += zh ? "，示例值（非正式标准）" : ", ILLUSTRATIVE value (not law)" }
        if resolved.layerName != PolicyBook.Layer.builtInName { text += zh ? "，来自 \(resolved.layerName)" : ", from \(resolved.layerName)" }
        return zh ? text : text.replacingChinesePunctuation()
    }
}

extension String {
    /// The same text with the Chinese comma and colon replaced by their ASCII forms.
    package func replacingChinesePunctuation() -> String {
        var result = ""
        for character in self {
            switch character {
            case "，": result += ", "
            case "：": result += ": "
            case "（": result += " ("
            case "）": result += ")"
            default: result.append(character)
            }
        }
        return result
    }
}
