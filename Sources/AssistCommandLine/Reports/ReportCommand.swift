import Foundation
import TieredAssistance

/// `assist report household|batch|reform|monitor … --out REPORT.html`: one self-contained
/// HTML file to open in a browser.
enum ReportCommand: AssistCommand {
    static let name = "report"
    static let summary = "write an HTML report (household, batch, reform comparison, monitoring) to open in a browser"
    static let usage = """
        usage: assist report household FILE --out REPORT.html [--as-of DAY] [--policy FILE ...] [--rules FILE ...]
                                [--lang zh|en] [--near-miss PCT]
               assist report batch IN.jsonl --out REPORT.html [--as-of DAY] [--policy FILE ...] [--rules FILE ...]
                                [--jobs N] [--lang zh|en]
               assist report reform IN.jsonl --reform FILE [--reform FILE ...] --out REPORT.html [--as-of DAY]
                                [--policy FILE ...] [--rules FILE ...] [--jobs N] [--lang zh|en]
               assist report monitor --before A.jsonl --after B.jsonl --out REPORT.html [--as-of DAY]
                                [--policy FILE ...] [--rules FILE ...] [--jobs N] [--lang zh|en]
                                [--engine columnar|household]

        Writes one self-contained HTML file: CSS and charts (SVG) inline, nothing fetched from the
        network, so it opens from a USB stick on an offline computer; it prints (one inline line
        of script opens every collapsed part before printing). Chinese by default, English with
        --lang en.

          household  one household: the decision, the open questions (what each undetermined
                     program lacks), the explanation as a collapsible tree (program, rule with
                     its citations, conditions with figures, thresholds, margins and the sources
                     of the values), amounts, reconciliation and referrals.
          batch      a population (JSON Lines, read as strictly as assist batch): households per
                     tier, per place (with a chart) and per program, monthly amounts, the reasons
                     programs stayed undetermined ranked by households, and the rejected lines.
          reform     the population under the built-in book with --policy files (the baseline)
                     and with the --reform files layered on top: the tier transition matrix, the
                     change in monthly assistance overall and per place, with a chart.
          monitor    assist monitor on the two extracts: signals by kind, departments to notify
                     (with a chart), each household's signals and assistance chain (the first 500,
                     all counted), and the rejected lines.

          --out FILE     the report (- for standard output); written under a temporary name and
                         renamed when complete
          --reform FILE  a policy file of the reform (repeatable, in order)
          --engine E     monitor: the engine that decides the households, as for assist monitor
                         (columnar by default; both give the same report)

        Members appear by their ids; rejected lines by line number, field and reason.
        Exit status: 0 when the report was written and every input was read, 1 when the household
        was invalid (no report) or some lines were rejected (the report lists them), 64 for
        usage errors, 74 when the report could not be written.

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        let kinds = ["household", "batch", "reform", "monitor"]
        guard let kind = arguments.subcommand() else {
            throw UsageError(message: "give the kind of report first: " + kinds.joined(separator: ", "))
        }
        guard kinds.contains(kind) else {
            throw UsageError(message: "unknown report '\(InputError.maskedKey(kind))': give " + kinds.joined(separator: ", "))
        }
        guard let output = try arguments.option("--out") else { throw UsageError(message: "--out is required (- for standard output)") }
        switch kind {
        case "household": return try household(&arguments, output: output, console: console)
        case "monitor": return try monitor(&arguments, output: output, console: console)
        default: return try population(&arguments, reform: kind == "reform", output: output, console: console)
        }
    }

    static func household(_ arguments: inout ArgumentList, output: String, console: Console) throws -> ExitCode {
        let options = try EvaluationOptions(&arguments, formats: ["html"])
        try OutputPaths.check([("--out", output)], inputs: [options.file])
        guard let household = options.household(console: console) else { return .failure }
        guard let day = try options.evaluationDay(for: household, console: console) else { return .failure }
        let evaluation = try options.evaluator.evaluate(household, on: day)
        let findings = options.reconciliation(for: household, evaluation: evaluation)
        let report = HouseholdReport(evaluation: evaluation, findings: findings, language: options.language)
        try TemporaryOutput.write(Array(report.html.utf8), to: output)
        return .success
    }

    static func population(_ arguments: inout ArgumentList, reform: Bool, output: String, console: Console) throws -> ExitCode {
        let day = try arguments.option("--as-of").map { try PolicyOptions.day($0, option: "--as-of") }
        let policies = try arguments.options("--policy")
        let reforms = try arguments.options("--reform")
        if reform && reforms.isEmpty { throw UsageError(message: "a reform report needs --reform FILE") }
        if !reform && !reforms.isEmpty { throw UsageError(message: "--reform belongs to assist report reform") }
        let rules = try arguments.options("--rules")
        let book = try PolicyOptions.book(files: policies)
        let catalog = try RuleOptions.catalog(files: rules, parameters: book.catalog)
        let baseline = try Evaluator(catalog: catalog, book: book)
        var reformEvaluator: Evaluator?
        if reform {
            let reformBook = try PolicyOptions.book(files: reforms, onto: book, option: "--reform")
            reformEvaluator = try Evaluator(catalog: try RuleOptions.catalog(files: rules, parameters: reformBook.catalog), book: reformBook)
        }
        let jobs = try arguments.jobs()
        let language = try arguments.language()
        let inputs = try arguments.positionals()
        guard inputs.count == 1 else { throw UsageError(message: "give one population file (JSON Lines)") }
        guard FileManager.default.isReadableFile(atPath: inputs[0]) else { throw UsageError(message: "cannot read \(inputs[0])") }
        try OutputPaths.check([("--out", output)], inputs: inputs + policies + reforms + rules)

        var workers = (0..<jobs).map { _ in PopulationWorker(baseline: baseline, reform: reformEvaluator, day: day) }
        let counts: JSONLinesCounts
        do {
            counts = try JSONLinesPipeline(jobs: jobs, chunkBytes: 2 << 20)
                .run(inputPath: inputs[0], outputDescriptor: -1, rejectsDescriptor: -1, workers: &workers)
        } catch {
            console.error("assist report: \(error)\n")
            return .ioFailure
        }
        var tally = PopulationTally()
        for worker in workers { tally.merge(worker.tally) }
        tally.summary.lines = counts
        let name = { (path: String) in (path as NSString).lastPathComponent }
        let described = PopulationReport.Inputs(population: name(inputs[0]), day: day, policies: policies.map(name),
                                                rules: rules.map(name), reforms: reforms.map(name))
        let report = reform ? PopulationReport(reform: tally, inputs: described, catalog: catalog, language: language)
                            : PopulationReport(batch: tally, inputs: described, catalog: catalog, language: language)
        try TemporaryOutput.write(Array(report.html.utf8), to: output)
        guard tally.summary.reconciles else {
            console.error("assist report: internal error: the counts do not reconcile\n")
            return .failure
        }
        if tally.summary.rejected > 0 {
            console.error("\(tally.summary.rejected) lines were rejected; the report lists the first \(tally.rejections.count)\n")
            return .failure
        }
        return .success
    }

    static func monitor(_ arguments: inout ArgumentList, output: String, console: Console) throws -> ExitCode {
        let options = try MonitorCommand.Options(&arguments)
        let extra = try arguments.positionals()
        guard extra.isEmpty else { throw UsageError(message: "unexpected argument '\(extra[0])'") }
        try OutputPaths.check([("--out", output)], inputs: [options.beforePath, options.afterPath])
        // The run's JSON lines go to a temporary file beside the report, read back once.
        let folder = output == OutputPaths.standardOutput ? "." : (output as NSString).deletingLastPathComponent
        let results = (folder.isEmpty ? "." : folder) + "/.assist-report-monitor-\(getpid()).jsonl"
        defer { unlink(results) }
        let outcome = try MonitorCommand.execute(options, outPath: results, console: console, readableChains: false)
        let report = try MonitoringReport(results: results, outcome: outcome, options: options)
        try TemporaryOutput.write(Array(report.html.utf8), to: output)
        if outcome.rejectedCount > 0 {
            console.error("\(outcome.rejectedCount) lines were rejected; the report lists them\n")
            return .failure
        }
        return .success
    }
}
