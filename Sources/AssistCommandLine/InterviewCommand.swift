import TieredAssistance

/// `assist interview FILE [--out FILE]`: asks for the facts an undetermined household
/// lacks, the one that settles the most first, until nothing the household can give would
/// change an outcome.
enum InterviewCommand: AssistCommand {
    static let name = "interview"
    static let summary = "ask for the missing facts one at a time, the most decisive first"
    static let usage = """
        usage: assist interview FILE [--out FILE] [--as-of DAY] [--policy FILE ...] [--rules FILE ...]
                                [--lang zh|en]

        Evaluates the household and asks for the facts it lacks, one at a time: first the one
        that settles the most undetermined outcomes on its own (assist evaluate lists them in
        that order), with the thresholds its answer is compared with. Type the value as JSON or
        a bare word (1200.50, full, true, {"category":"visual","grade":2}); an empty line skips the
        question; q ends the interview. Each answer is set in the household, which is checked as
        strictly as a file: an answer it refuses is asked again, with the reason. The interview
        stops when no fact is left that could change an outcome, and lists the parameters still
        missing (they come from policy files: assist policy template). Answers are read from the
        terminal, or from standard input when it is not one (one answer per line).

          --out FILE    write the completed household (the file's own content with the answers set)

        \\(EvaluationOptions.usageLines)

        Exit status: 0 when the interview ended, 1 when the household is invalid, 64 for usage
        errors, 74 when --out could not be written.

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        let outPath = try arguments.option("--out")
        let options = try EvaluationOptions(&arguments, formats: ["text"])
        try OutputPaths.check([("--out", outPath)], inputs: [options.file])
        guard let original = options.household(console: console) else { return .failure }
        guard let day = try options.evaluationDay(for: original, console: console) else { return .failure }
        var document: JSONValue
        do {
            document = try JSONValue.parse(try InputFile.read(options.file))
        } catch {
            console.error("\(options.file): \(error)\n")
            return .failure
        }
        let zh = options.language == .chinese
        func text(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        let renderer = ExplanationRenderer(language: options.language)
        var household = original
        var skipped: Set<String> = []
        var answered = 0
        var lastAnswered: String?
        var evaluation = try options.evaluator.evaluate(household, on: day)
        console.output(renderer.tierLine(of: evaluation) + "\n")
        interview: while true {
            let open = evaluation.questions.filter { question in
                guard case .field(let path, _) = question.item else { return false }
                return !skipped.contains(path.description)
            }
            guard let question = open.first, case .field(let path, _) = question.item else { break }
            // An answer that leaves the field missing (null) is not asked again.
            if path.description == lastAnswered {
                skipped.insert(path.description)
                lastAnswered = nil
                continue
            }
            console.output("\n" + text("问题（尚有 \(open.count) 项）：", "Question (\(open.count) open): ")
                           + (zh ? question.item.chineseDescription : question.item.description) + "\n")
            console.output("  " + renderer.subjectLine(question, catalog: evaluation.catalog) + "\n")
            for line in renderer.thresholdLines(question) { console.output("  " + line + "\n") }
            while true {
                console.output(text("\(path) = （输入取值，数字、单词或对象；空行跳过；q 结束）", "\(path) = (JSON or a word; empty line skips; q ends) "))
                guard let answer = console.readLine()?.trimmingCharacters(in: .whitespaces) else {
                    if !console.inputIsTerminal { console.output("\n") }
                    break interview
                }
                // Standard input is not a terminal: show the answer, masked as every echo is.
                if !console.inputIsTerminal {
                    let shown = answer == "q" || answer.isEmpty ? answer
                        : (try? WhatIfCommand.parseChange("\(path)=\(answer)")).map { WhatIfReport.echo($0.1, path: path, zh: zh) }
                            ?? InputError.maskingDigitRuns(answer)
                    console.output(shown + "\n")
                }
                if answer == "q" { break interview }
                if answer.isEmpty {
                    skipped.insert(path.description)
                    continue interview
                }
                do {
                    let (_, value) = try WhatIfCommand.parseChange("\(path)=\(answer)")
                    let changed = try document.setting(path, to: value)
                    let updated = try HouseholdDecoder.decode(changed.jsonText)
                    try evaluation.catalog.checkReferences(of: updated)
                    try updated.checkDates(on: day)
                    document = changed
                    household = updated
                    answered += 1
                    lastAnswered = path.description
                    console.output(text("已记录 ", "recorded ") + "\(path) = " + WhatIfReport.echo(value, path: path, zh: zh) + "\n")
                    break
                } catch is UsageError {
                    console.output(text("无法使用：不是有效的取值（数字、单词或对象）", "not usable: neither JSON nor a bare word") + "\n")
                } catch let error as InputError {
                    console.output(text("无法使用：字段 \(error.path) 不接受此值（错误代码 \(error.code)）",
                                        "not usable: \(error.path): \(error.message) [\(error.code)]") + "\n")
                }
            }
            evaluation = try options.evaluator.evaluate(household, on: day)
            console.output(renderer.tierLine(of: evaluation) + "\n")
        }
        // What is left: parameters (policy files) and the questions skipped.
        console.output("\n" + text("已回答 \(answered) 项。", "\(answered) answered.") + "\n" + renderer.renderSummary(evaluation))
        let parameters = evaluation.questions.filter { if case .parameter = $0.item { return true } else { return false } }
        if !parameters.isEmpty {
            console.output(text("仍缺少的参数（须由政策文件提供，见 assist policy template）：", "Parameters still missing (they come from policy files: assist policy template):") + "\n")
            for question in parameters { console.output("  · " + (zh ? question.item.chineseDescription : question.item.description) + "\n") }
        }
        if !skipped.isEmpty {
            console.output(text("已跳过：", "Skipped: ") + skipped.sorted().joined(separator: text("、", ", ")) + "\n")
        }
        if let outPath {
            try TemporaryOutput.write(Array((document.jsonText + "\n").utf8), to: outPath)
        }
        return .success
    }
}
