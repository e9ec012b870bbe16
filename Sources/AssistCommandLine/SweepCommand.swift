import TieredAssistance

/// `assist sweep FILE --vary PATH --from A --to B --step S`: the household evaluated across a
/// range of one amount, with each program's status and amount, the total monthly assistance,
/// the cliffs where assistance falls, and the marginal rate at which it is withdrawn.
enum SweepCommand: AssistCommand {
    static let name = "sweep"
    static let summary = "evaluate across a range of one amount: cliffs and marginal rates"
    static let usage = """
        usage: assist sweep FILE --vary PATH --from A --to B --step S [--as-of DAY] [--svg FILE]
                           [--policy FILE ...] [--rules FILE ...] [--lang zh|en]

        Sets the amount at PATH (a field path such as incomes[0].monthlyAmount) to A, A + S,
        … up to B (yuan, at most 2 decimals, at most 10,000 steps), evaluates the household at
        each step and prints, per step, the tier, the total monthly assistance (the monthly
        amounts paid: eligible, not outranked) and the programs whose status or amount changed
        since the previous step. Then the cliffs (steps where the total falls by more than the
        amount rose) and, per step, the marginal rate: the share of the rise taken back in
        assistance. Each step's household is checked as strictly as a file. With --svg, also
        draws the total against the amount (cliffs in red) as a self-contained SVG file.

        \(EvaluationOptions.usageLines)

        """

    /// One step of the sweep.
    struct Step {
        let value: Money
        let evaluation: Evaluation
        /// The monthly amounts paid, summed.
        let total: Money
    }

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        guard let pathText = try arguments.option("--vary") else { throw UsageError(message: "--vary PATH is required") }
        let path = FieldPath(parsing: pathText)
        guard !path.components.isEmpty else { throw UsageError(message: "--vary needs a field path") }
        func amount(_ option: String) throws -> Money {
            guard let text = try arguments.option(option) else { throw UsageError(message: "\(option) is required") }
            guard let money = Money(yuanText: text), money >= .zero, money <= Money.inputLimit else {
                throw UsageError(message: "\(option) takes an amount in yuan from 0 with at most 2 decimals, not '\(text)'")
            }
            return money
        }
        let svgPath = try arguments.option("--svg")
        let from = try amount("--from"), to = try amount("--to"), step = try amount("--step")
        guard step > .zero else { throw UsageError(message: "--step must be more than 0") }
        guard from <= to else { throw UsageError(message: "--to is below --from") }
        let count = (to.fen - from.fen) / step.fen + 1
        guard count <= 10_000 else { throw UsageError(message: "the sweep has \(count) steps; at most 10,000") }
        let options = try EvaluationOptions(&arguments, formats: ["text"])
        try OutputPaths.check([("--svg", svgPath)], inputs: [options.file])
        guard let original = options.household(console: console) else { return .failure }
        guard let day = try options.evaluationDay(for: original, console: console) else { return .failure }

        let document: JSONValue
        do {
            document = try JSONValue.parse(try InputFile.read(options.file))
        } catch let error as InputError {
            throw UsageError(message: "\(options.file): \(error.path): \(error.message)")
        }
        var steps: [Step] = []
        for index in 0..<Int(count) {
            let value = Money(fen: from.fen + Int64(index) * step.fen)
            let household: Household
            do {
                let changed = try document.setting(path, to: .number(value.decimalText))
                household = try HouseholdDecoder.decode(changed.jsonText)
            } catch let error as InputError {
                console.error("--vary \(path) = \(value.decimalText): \(error.path): \(error.message) [\(error.code)]\n")
                return .failure
            }
            let evaluation = try options.evaluator.evaluate(household, on: day)
            steps.append(Step(value: value, evaluation: evaluation, total: Self.total(evaluation)))
        }
        console.output(SweepReport(steps: steps, path: path, language: options.language).text)
        if let svgPath {
            try TemporaryOutput.write(Array(SweepChart(steps: steps, path: path, language: options.language).svg.utf8), to: svgPath)
        }
        return .success
    }

    /// The monthly amounts an evaluation pays: eligible, not outranked, monthly.
    static func total(_ evaluation: Evaluation) -> Money {
        evaluation.determinations.reduce(Money.zero) { sum, determination in
            guard determination.status == .eligible, determination.supersededBy == nil,
                  let amount = determination.amount, amount.period == .monthly else { return sum }
            return sum + amount.value
        }
    }
}

/// The sweep as text.
struct SweepReport {
    let text: String

    init(steps: [SweepCommand.Step], path: FieldPath, language: Language) {
        let zh = language == .chinese
        func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        var lines = [t("变动 \(path)：\(steps.count) 步", "Varying \(path): \(steps.count) steps"), ""]
        var previous: SweepCommand.Step?
        var cliffs: [String] = []
        for step in steps {
            let tier = step.evaluation.tier
            let tierText: String
            switch tier {
            case .tier(let id): tierText = step.evaluation.catalog.program(id).map { zh ? $0.chineseTitle : $0.englishTitle } ?? id.rawValue
            case .none: tierText = t("无", "none")
            case .undetermined: tierText = t("无法确定", "undetermined")
            }
            var line = "\(step.value.description) " + t("元", "yuan") + " · " + t("层级 ", "tier ") + tierText
                + " · " + t("每月救助合计 ", "monthly assistance ") + step.total.description + t(" 元", " yuan")
            if let before = previous {
                let rise = step.value.fen - before.value.fen
                let withdrawn = before.total.fen - step.total.fen
                let rate = Self.percent(withdrawn, over: rise)
                line += " · " + t("边际退出率 ", "marginal rate ") + rate
                if withdrawn > rise {
                    cliffs.append(t("\(before.value) → \(step.value) 元：救助减少 \(Money(fen: withdrawn)) 元，超过该项增加的 \(Money(fen: rise)) 元",
                                    "\(before.value) → \(step.value) yuan: assistance falls by \(Money(fen: withdrawn)), more than the \(Money(fen: rise)) gained"))
                }
                let diff = EvaluationDiff(before: before.evaluation, after: step.evaluation)
                for change in diff.changes where change.member == nil {
                    let title = step.evaluation.catalog.program(change.program).map { zh ? $0.chineseTitle : $0.englishTitle } ?? change.program.rawValue
                    func status(_ determination: Determination?) -> String {
                        guard let determination else { return "—" }
                        var text = zh ? determination.status.chineseName : determination.status.englishName
                        if determination.supersededBy != nil {
                            text += zh ? "（按层级不另发放）" : " (outranked, not paid)"
                        } else if let amount = determination.amount {
                            text += " \(amount.value)"
                        }
                        return text
                    }
                    lines.append(line)
                    line = "    " + title + t("：", ": ") + status(change.before) + " → " + status(change.after)
                }
            }
            lines.append(line)
            previous = step
        }
        lines.append("")
        lines.append(cliffs.isEmpty ? t("没有断崖：救助减少从未超过收入增加。", "No cliffs: assistance never fell by more than the amount rose.")
                     : t("断崖：", "Cliffs:") + "\n" + cliffs.map { "  " + $0 }.joined(separator: "\n"))
        text = lines.joined(separator: "\n") + "\n"
    }

    /// `part / whole` as a percentage with one decimal, rounded half-up (`25.0%`, `-3.5%`).
    static func percent(_ part: Int64, over whole: Int64) -> String {
        let tenths = RoundingRule.halfUp.divide(Int128(part) * 1000, by: Int128(whole))
        let magnitude = tenths.magnitude
        return (tenths < 0 ? "-" : "") + "\(magnitude / 10).\(magnitude % 10)%"
    }
}

/// The sweep as a self-contained SVG chart: the monthly assistance against the amount varied,
/// each step a point, the segments where assistance falls by more than the amount rose in red.
struct SweepChart {
    let svg: String

    init(steps: [SweepCommand.Step], path: FieldPath, language: Language) {
        let zh = language == .chinese
        let width = 720, height = 400, left = 80, right = 20, top = 40, bottom = 60
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let minimum = steps.first?.value.fen ?? 0, maximum = max(steps.last?.value.fen ?? 1, minimum + 1)
        let highest = max(steps.map(\.total.fen).max() ?? 1, 1)
        func x(_ fen: Int64) -> Int { left + Int((Int128(fen - minimum) * Int128(plotWidth)) / Int128(maximum - minimum)) }
        func y(_ fen: Int64) -> Int { top + plotHeight - Int((Int128(fen) * Int128(plotHeight)) / Int128(highest)) }
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"sans-serif\" font-size=\"12\">",
            "<title>\(escaped(zh ? "每月救助合计随 \(path) 的变化" : "Monthly assistance across \(path)"))</title>",
            "<rect width=\"\(width)\" height=\"\(height)\" fill=\"white\"/>",
            "<text x=\"\(left)\" y=\"24\" font-size=\"14\">\(escaped(zh ? "每月救助合计（元）随 \(path) 的变化" : "Monthly assistance (yuan) across \(path)"))</text>",
            "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\" stroke=\"black\"/>",
            "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\" stroke=\"black\"/>",
            "<text x=\"\(left)\" y=\"\(height - 20)\">\(Money(fen: minimum))</text>",
            "<text x=\"\(left + plotWidth)\" y=\"\(height - 20)\" text-anchor=\"end\">\(Money(fen: maximum))</text>",
            "<text x=\"\(left + plotWidth / 2)\" y=\"\(height - 20)\" text-anchor=\"middle\">\(escaped(path.description)) (\(zh ? "元" : "yuan"))</text>",
            "<text x=\"\(left - 8)\" y=\"\(top + 4)\" text-anchor=\"end\">\(Money(fen: highest))</text>",
            "<text x=\"\(left - 8)\" y=\"\(top + plotHeight)\" text-anchor=\"end\">0.00</text>",
        ]
        for (before, after) in zip(steps, steps.dropFirst()) {
            let cliff = before.total.fen - after.total.fen > after.value.fen - before.value.fen
            parts.append("<line x1=\"\(x(before.value.fen))\" y1=\"\(y(before.total.fen))\" x2=\"\(x(after.value.fen))\" y2=\"\(y(after.total.fen))\" "
                         + "stroke=\"\(cliff ? "#d62728" : "#1f77b4")\" stroke-width=\"\(cliff ? 3 : 2)\"/>")
        }
        for step in steps {
            parts.append("<circle cx=\"\(x(step.value.fen))\" cy=\"\(y(step.total.fen))\" r=\"3\" fill=\"#1f77b4\"><title>\(step.value): \(step.total)</title></circle>")
        }
        parts.append("</svg>")
        svg = parts.joined(separator: "\n") + "\n"
    }
}
