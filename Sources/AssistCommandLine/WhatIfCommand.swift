import TieredAssistance

/// `assist what-if FILE --set PATH=VALUE ...`: re-evaluates with inputs changed and shows
/// which outcomes changed and why.
enum WhatIfCommand: AssistCommand {
    static let name = "what-if"
    static let summary = "change inputs and show which outcomes change and why"
    static let usage = """
        usage: assist what-if FILE --set PATH=VALUE [--set PATH=VALUE ...] [--as-of DAY]
                              [--policy FILE ...] [--rules FILE ...] [--lang zh|en]

        Evaluates the household, applies each change, evaluates again and prints the
        outcomes that changed (tier, status, amount) with the reasons after the change.
        PATH is a field path such as incomes[0].monthlyAmount or members[1].disability;
        VALUE is JSON (1200.50, "employed", {"category":"visual","grade":2}); a bare
        word is taken as a string. The changed household is checked as strictly as a file.

        \(EvaluationOptions.usageLines)

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        let changes = try arguments.options("--set").map(parseChange)
        guard !changes.isEmpty else { throw UsageError(message: "give at least one --set PATH=VALUE") }
        let options = try EvaluationOptions(&arguments, formats: ["text"])
        guard let original = options.household(console: console) else { return .failure }
        guard let day = try options.evaluationDay(for: original, console: console) else { return .failure }

        var document: JSONValue
        do {
            document = try JSONValue.parse(try InputFile.read(options.file))
            for (path, value) in changes { document = try document.setting(path, to: value) }
        } catch let error as InputError {
            throw UsageError(message: "--set \(error.path): \(error.message)")
        }
        let changed: Household
        do {
            changed = try HouseholdDecoder.decode(document.jsonText)
        } catch {
            console.error("the changed household is invalid: \(error.path): \(error.message) [\(error.code)]\n")
            return .failure
        }
        let before = try options.evaluator.evaluate(original, on: day)
        let after = try options.evaluator.evaluate(changed, on: day)
        let renderer = ExplanationRenderer(language: options.language)
        console.output(WhatIfReport(before: before, after: after, changes: changes, renderer: renderer).text)
        return .success
    }

    static func parseChange(_ text: String) throws -> (FieldPath, JSONValue) {
        guard let equals = text.firstIndex(of: "=") else { throw UsageError(message: "--set takes PATH=VALUE, not '\(text)'") }
        let path = FieldPath(parsing: String(text[..<equals]))
        let valueText = String(text[text.index(after: equals)...])
        guard !path.components.isEmpty else { throw UsageError(message: "--set needs a field path before '='") }
        if let value = try? JSONValue.parse(Array(valueText.utf8)) { return (path, value) }
        guard !valueText.isEmpty, valueText.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw UsageError(message: "--set \(path): the value is neither JSON nor a bare word")
        }
        return (path, .string(valueText))
    }
}

/// The differences between two evaluations of the same household.
struct WhatIfReport {
    let text: String

    init(before: Evaluation, after: Evaluation, changes: [(FieldPath, JSONValue)], renderer: ExplanationRenderer) {
        let zh = renderer.language == .chinese
        var lines: [String] = []
        for (path, value) in changes {
            lines.append((zh ? "假设：" : "What if: ") + "\(path) = " + WhatIfReport.echo(value, path: path, zh: zh))
        }
        lines.append("")
        let beforeTier = renderer.tierLine(of: before)
        let afterTier = renderer.tierLine(of: after)
        lines.append(beforeTier == afterTier ? (zh ? "层级不变：" : "Tier unchanged: ") + beforeTier
                     : beforeTier + "  →  " + afterTier)
        let diff = EvaluationDiff(before: before, after: after)
        for change in diff.changes {
            guard let program = after.catalog.program(change.program) else { continue }
            lines.append("")
            let old = change.before.map { WhatIfReport.status($0, zh: zh) } ?? "—"
            let new = change.after.map { WhatIfReport.status($0, zh: zh) } ?? "—"
            var head = (zh ? program.chineseTitle : program.englishTitle)
            if let member = change.member { head += zh ? " 成员 \(member)" : " member \(member)" }
            lines.append(head + (zh ? "：" : ": ") + old + "  →  " + new)
            if let determination = change.after {
                lines += renderer.render(determination, of: after).dropFirst().map { "  " + $0 }
            }
        }
        let changed = diff.changes.count
        let unchanged = diff.unchangedCount
        lines.append("")
        lines.append(zh ? "变化 \(changed) 项，未变化 \(unchanged) 项。" : "\(changed) outcomes changed, \(unchanged) unchanged.")
        text = lines.joined(separator: "\n") + "\n"
    }

    /// Keys whose values are personal data: never echoed.
    static let personalKeys: Set<String> = ["name", "residentId", "diagnosis"]

    /// A change's value as it may be printed: a personal field's value is withheld, inside
    /// objects too, and digit runs that may be ID numbers are masked in strings.
    static func echo(_ value: JSONValue, path: FieldPath, zh: Bool) -> String {
        if case .key(let key)? = path.components.last, personalKeys.contains(key) {
            return zh ? "（个人信息，不显示）" : "(personal data, not shown)"
        }
        return redacted(value, zh: zh).jsonText
    }

    private static func redacted(_ value: JSONValue, zh: Bool) -> JSONValue {
        let withheld = JSONValue.string(zh ? "不显示" : "withheld")
        switch value {
        case .object(let members):
            return .object(members.map { member in
                (member.key, personalKeys.contains(member.key) ? withheld : redacted(member.value, zh: zh))
            })
        case .array(let items):
            return .array(items.map { redacted($0, zh: zh) })
        case .string(let text):
            return .string(InputError.maskingDigitRuns(text))
        case .number(let text):
            return ResidentIDNumber.mayAppear(in: text) ? withheld : value
        case .bool, .null:
            return value
        }
    }

    private static func status(_ determination: Determination, zh: Bool) -> String {
        var text = zh ? determination.status.chineseName : determination.status.englishName
        if let winner = determination.supersededBy {
            return text + (zh ? "（按层级优先适用 \(winner)，本项不另发放）" : " (outranked by \(winner); not paid)")
        }
        if let amount = determination.amount {
            let period = amount.period == .monthly ? (zh ? "每月" : "a month") : (zh ? "一次性" : "once")
            text += zh ? "（\(period) \(amount.value) 元）" : " (\(amount.value) yuan \(period))"
        }
        return text
    }
}
