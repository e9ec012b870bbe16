import TieredAssistance

/// `assist evaluate FILE`: decide every program for a household on a day.
enum EvaluateCommand: AssistCommand {
    static let name = "evaluate"
    static let summary = "decide every program for a household (summary text or JSON)"
    static let usage = """
        usage: assist evaluate FILE [--as-of DAY] [--policy FILE ...] [--rules FILE ...]
                               [--format text|json] [--lang zh|en] [--near-miss PCT]

        Evaluates the household in FILE: the tier (特困 > 低保 > 低保边缘 > 刚性支出困难 > none)
        and every entitlement, each eligible, not eligible or undetermined (naming what is
        missing), with amounts. Text shows why each program was missed, what the caseworker must
        still check for the programs granted (待经办人员核查), and last the missing facts and
        parameters ranked by how many outcomes each settles on its own (待补充的信息; assist
        interview asks them); JSON has the full structured trace, `questions` and `openConditions`.

        \(EvaluationOptions.usageLines)
          --format text|json  text (default) or json

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        let options = try EvaluationOptions(&arguments, formats: ["text", "json"])
        guard let household = options.household(console: console) else { return .failure }
        guard let day = try options.evaluationDay(for: household, console: console) else { return .failure }
        let evaluation = try options.evaluator.evaluate(household, on: day)
        let reconciliation = options.reconciliation(for: household, evaluation: evaluation)
        if options.format == "json" {
            var writer = JSONWriter()
            EvaluationJSON.write(evaluation, detail: .full, language: options.language, reconciliation: reconciliation, to: &writer)
            writer.newline()
            console.output(writer.text)
        } else {
            let renderer = ExplanationRenderer(language: options.language)
            console.output(renderer.renderSummary(evaluation) + renderer.renderQuestions(evaluation).map { $0 + "\n" }.joined()
                           + renderer.render(reconciliation).map { $0 + "\n" }.joined())
        }
        return .success
    }
}

/// `assist explain FILE`: the full explanation, rule by rule, with citations and figures.
enum ExplainCommand: AssistCommand {
    static let name = "explain"
    static let summary = "explain every decision with rules, citations, figures and margins"
    static let usage = """
        usage: assist explain FILE [--as-of DAY] [--policy FILE ...] [--rules FILE ...]
                              [--lang zh|en] [--near-miss PCT]

        Prints, for each program, the decision, each rule with its citation, each comparison
        with the measured value, the threshold, the margin and the parameter's source, what
        was missing, near misses, and the amount's breakdown. Chinese by default.

        \(EvaluationOptions.usageLines)

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        let options = try EvaluationOptions(&arguments, formats: ["text"])
        guard let household = options.household(console: console) else { return .failure }
        guard let day = try options.evaluationDay(for: household, console: console) else { return .failure }
        let evaluation = try options.evaluator.evaluate(household, on: day)
        let renderer = ExplanationRenderer(language: options.language)
        let reconciliation = renderer.render(options.reconciliation(for: household, evaluation: evaluation))
        console.output(renderer.render(evaluation) + (reconciliation.isEmpty ? "" : "\n" + reconciliation.map { $0 + "\n" }.joined()))
        return .success
    }
}
