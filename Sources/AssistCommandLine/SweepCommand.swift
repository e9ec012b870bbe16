import TieredAssistance

/// `assist sweep FILE --vary PATH --from A --to B --step S`: the household evaluated across a
/// range of one amount, with each program's status and amount, the total monthly assistance,
/// the cliffs where assistance falls, and the marginal rate at which it is withdrawn.
enum SweepCommand: AssistCommand {
    static let name = "sweep"
    static let summary = "evaluate across a range of one amount: cliffs and marginal rates"
    static let usage = """
        usage: assist sweep FILE --vary PATH --from A --to B --step S [--as-of DAY]
                           [--policy FILE ...] [--rules FILE ...] [--lang zh|en]

        Sets the amount at PATH (a field path such as incomes[0].monthlyAmount) to A, A + S,
        … up to B (yuan, at most 2 decimals, at most 10,000 steps), evaluates the household at
        each step and prints, per step, the tier, the total monthly assistance (the monthly
        amounts paid: eligible, not outranked) and the programs whose status or amount changed
        since the previous step. Then the cliffs (steps where the total falls by more than the
        amount rose) and, per step, the marginal rate: the share of the rise taken back in
        assistance. Each step's household is checked as strictly as a file.

        \\(EvaluationOptions.usageLines)

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
        let from = try amount("--from"), to = try amount("--to"), step = try amount("--step")
        guard step > .zero else { throw UsageError(message: "--step must be more than 0") }
        guard from <= to else { throw UsageError(message: "--to is below --from") }
        let count = (to.fen - from.fen) / step.fen + 1
        guard count <= 10_000 else { throw UsageError(message: "the sweep has \(count) steps; at most 10,000") }
        let options = try EvaluationOptions(&arguments, formats: ["text"])
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
                    cliffs.append(t("\(before.value) → \(step.value) 元：救助减少 \(Money(fen: withdrawn)) 元，超过收入增加的 \(Money(fen: rise)) 元",
                                    "\(before.value) → \(step.value) yuan: assistance falls by \(Money(fen: withdrawn)), more than the \(Money(fen: rise)) gained"))
                }
                let diff = EvaluationDiff(before: before.evaluation, after: step.evaluation)
                for change in diff.changes where change.member == nil {
                    let title = step.evaluation.catalog.program(change.program).map { zh ? $0.chineseTitle : $0.englishTitle } ?? change.program.rawValue
                    func status(_ determination: Determination?) -> String {
                        guard let determination else { return "—" }
                        var text = zh ? determination.status.chineseName : determination.status.englishName
                        if let amount = determination.amount { text += " \(amount.value)" }
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
