import Foundation
import TieredAssistance

/// `assist batch IN.jsonl --out OUT.jsonl`: evaluates a population, streaming, in
/// parallel, every line accounted for.
enum BatchCommand: AssistCommand {
    static let name = "batch"
    static let summary = "evaluate a JSON Lines population (streaming, parallel, every line accounted for)"
    static let usage = """
        usage: assist batch IN.jsonl --out OUT.jsonl [--rejects FILE] [--summary FILE] [--as-of DAY]
                            [--policy FILE ...] [--rules FILE ...] [--jobs N] [--detail summary|decisions]
                            [--format jsonl|csv] [--engine columnar|household]
                            [--explain-where STATUS|PROGRAM|PROGRAM=STATUS --explanations FILE]

        Reads one household per line, evaluates each (no traces) and writes one result line
        per household, in input order. A line that repeats an earlier household id is still
        evaluated; the repeats are counted (by an external sort of the ids' hashes in a
        temporary file beside the results, 16 bytes per line, so memory does not grow with
        the lines) and their first lines listed on standard error.
        A line longer than 1 MiB is rejected and skipped. A line that is not a valid household is rejected:
        it is written to --rejects (or counted and reported on standard error) with its line
        number, error code and field path, never silently dropped. Blank lines are skipped
        and counted. The summary (lines, evaluated, rejected, households per tier, statuses
        and monthly totals per program) goes to standard error and, with --summary, to a
        JSON file. Output files are written under a temporary name in their folder, flushed
        and renamed at the end, so an interrupted run (or SIGINT, SIGTERM) never leaves a file
        that looks complete. An output that is the input, another output, a symbolic link, a
        folder or not a regular file is refused before anything is read; - is standard output.

          --as-of DAY    evaluation day for every household (default: each household's asOf;
                         a household with neither is rejected)
          --jobs N       parallel jobs (default: the number of processors)
          --detail D     what each result line holds: summary (default) every determination with
                         its status, amounts and missing items; decisions only the eligible and
                         undetermined programs (lines about a sixth the size, decided without building
                         determinations). The summary counts the same in both.
          --format F     jsonl (default), or csv: a spreadsheet-ready file (UTF-8 with a byte-order
                         mark, a header row, then one row per household and program, members'
                         programs one row per member: household, day, jurisdiction, residence, tier,
                         program, member, status, the tier that outranks it, monthly and one-off
                         amounts in yuan, missing items; a household no program applies to has one
                         row with the program columns empty).
                         With csv, --detail decisions is not available.
          --engine E     columnar (default): each job decides the households it read a few
                         hundred at a time, column by column, and the household engine only
                         what the columns leave open; household: one household at a time. Both
                         write the same bytes (tested); household is the reference.
          --explain-where W  also write, to --explanations FILE (JSON Lines, in input order),
                         the full explanation (every rule, comparison, figure and source, as
                         assist evaluate --format json) of each household that matches W: a
                         status (eligible, not-eligible, undetermined, not-applicable) that any
                         of its programs has; a program id, eligible or undetermined; or
                         PROGRAM=STATUS. The others are decided without explanations.

        Exit status: 0 when every record was evaluated, 1 when some were rejected,
        64 for usage errors, 74 when an output could not be written.

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        guard let output = try arguments.option("--out") else { throw UsageError(message: "--out is required") }
        let rejectsPath = try arguments.option("--rejects")
        let summaryPath = try arguments.option("--summary")
        let day = try arguments.option("--as-of").map { try PolicyOptions.day($0, option: "--as-of") }
        let jobs = try arguments.jobs()
        let decisionsOnly: Bool
        switch try arguments.option("--detail") {
        case nil, "summary": decisionsOnly = false
        case "decisions": decisionsOnly = true
        case let other?: throw UsageError(message: "--detail takes summary or decisions, not \(other)")
        }
        let csv: Bool
        switch try arguments.option("--format") {
        case nil, "jsonl": csv = false
        case "csv": csv = true
        case let other?: throw UsageError(message: "--format takes jsonl or csv, not \(other)")
        }
        if csv && decisionsOnly { throw UsageError(message: "--format csv takes --detail summary") }
        let engine = try arguments.engine()
        let explainSpec = try arguments.option("--explain-where")
        let explanationsPath = try arguments.option("--explanations")
        guard (explainSpec == nil) == (explanationsPath == nil) else {
            throw UsageError(message: "--explain-where and --explanations FILE go together")
        }
        let book = try PolicyOptions.book(files: try arguments.options("--policy"))
        let catalog = try RuleOptions.catalog(files: try arguments.options("--rules"), parameters: book.catalog)
        let explainWhere = try explainSpec.map { try ExplainWhere($0, catalog: catalog) }
        let inputs = try arguments.positionals()
        guard inputs.count == 1 else { throw UsageError(message: "give one input file") }
        guard FileManager.default.isReadableFile(atPath: inputs[0]) else {
            throw UsageError(message: "cannot read \(inputs[0])")
        }
        try OutputPaths.check([("--out", output), ("--rejects", rejectsPath), ("--summary", summaryPath),
                               ("--explanations", explanationsPath)], inputs: inputs)
        let evaluator = try Evaluator(catalog: catalog, book: book)

        let outputFile = try TemporaryOutput(finalPath: output)
        let rejectsFile = try rejectsPath.map { try TemporaryOutput(finalPath: $0) }
        let explanationsFile = try explanationsPath.map { try TemporaryOutput(finalPath: $0) }
        var workers = (0..<jobs).map { _ in
            BatchWorker(evaluator: evaluator, day: day, decisionsOnly: decisionsOnly, csv: csv, engine: engine,
                        explainWhere: explainWhere)
        }
        if csv {
            // The byte-order mark (spreadsheets then read UTF-8) and the header row, before any result.
            let header = Array("\u{FEFF}".utf8) + Array((BatchCSV.header.joined(separator: ",") + "\r\n").utf8)
            guard header.withUnsafeBytes({ Foundation.write(outputFile.descriptor, $0.baseAddress!, header.count) }) == header.count else {
                outputFile.discard()
                rejectsFile?.discard()
                throw OutputError(message: "cannot write \(output): \(String(cString: strerror(errno)))")
            }
        }
        // 2 MiB chunks: a summary line is about 6× its input line, and every output of a chunk is
        // held until the chunk is written (two chunks' outputs while one is being written; 8 MiB
        // chunks took 89 MiB, 2 MiB chunks 42 MiB, at the same speed, on 100,000 synthetic
        // households, before outputs were written on their own thread; since then 65 MiB with
        // `--detail summary`, 34 MiB with `--detail decisions`).
        let pipeline = JSONLinesPipeline(jobs: jobs, chunkBytes: 2 << 20)
        let showProgress = isatty(2) == 1
        // Duplicate ids are counted by an external sort beside the results (or in the current
        // folder when writing to standard output), so memory does not grow with the lines.
        let folder = output == OutputPaths.standardOutput ? "." : (output as NSString).deletingLastPathComponent
        let duplicateCounter = DuplicateIDCounter(folder: folder)
        var duplicateError: Error?
        var explanationsError: Error?
        let counts: JSONLinesCounts
        do {
            counts = try pipeline.run(
                inputPath: inputs[0], outputDescriptor: outputFile.descriptor, rejectsDescriptor: rejectsFile?.descriptor ?? -1,
                workers: &workers,
                afterChunk: { workers in
                    // Each line's household id, for the duplicate count at the end.
                    for index in workers.indices {
                        for (line, id) in workers[index].idsInChunk where duplicateError == nil {
                            do { try duplicateCounter.add(line: line, hash: id) } catch { duplicateError = error }
                        }
                        workers[index].idsInChunk.removeAll(keepingCapacity: true)
                        // The chunk's explanations, slice by slice: input order.
                        if let explanationsFile, !workers[index].explanations.isEmpty, explanationsError == nil {
                            let bytes = workers[index].explanations
                            if bytes.withUnsafeBytes({ Foundation.write(explanationsFile.descriptor, $0.baseAddress!, bytes.count) }) != bytes.count {
                                explanationsError = OutputError(message: "cannot write \(explanationsFile.finalPath): \(String(cString: strerror(errno)))")
                            }
                            workers[index].explanations.removeAll(keepingCapacity: true)
                        }
                    }
                },
                progress: { counts in
                    if showProgress { console.error("\r\(counts.linesRead) lines read") }
                })
        } catch {
            outputFile.discard()
            rejectsFile?.discard()
            explanationsFile?.discard()
            console.error("assist batch: \(error)\n")
            return .ioFailure
        }
        if let explanationsError {
            outputFile.discard()
            rejectsFile?.discard()
            explanationsFile?.discard()
            console.error("assist batch: \(explanationsError)\n")
            return .ioFailure
        }
        if showProgress { console.error("\n") }
        if let duplicateError { throw duplicateError }
        let duplicates = try duplicateCounter.finish()
        var summary = BatchSummary()
        summary.lines = counts
        summary.duplicateIDs = duplicates.count
        for worker in workers { summary.merge(worker.summary) }
        try outputFile.commit()
        try rejectsFile?.commit()
        try explanationsFile?.commit()
        if let summaryPath {
            try TemporaryOutput.write(Array(summary.json.utf8), to: summaryPath)
        }
        console.error(summary.text)
        if duplicates.count > 0 {
            console.error("\(duplicates.count) lines repeat an earlier household id (each line was evaluated); first at lines "
                          + duplicates.lines.map(String.init).joined(separator: ", ") + "\n")
        }
        if summary.rejected > 0 && rejectsFile == nil {
            console.error("\(summary.rejected) lines were rejected; give --rejects FILE to see which and why\n")
        }
        guard summary.reconciles else {
            console.error("assist batch: internal error: the counts do not reconcile\n")
            return .failure
        }
        return summary.rejected == 0 ? .success : .failure
    }
}

/// One job's state: the evaluator, resolved parameters per place and day, scratch
/// buffers, and its part of the summary.
struct BatchWorker: JSONLinesWorker {
    let evaluator: Evaluator
    let day: Day?
    /// How households are decided: the columnar engine (a slice's households at once, in
    /// ``finishSlice(output:rejects:)``) or the household engine (each line as it is read).
    let engine: BatchEngine
    /// `--detail decisions`: decide (no determinations) and write only eligible and
    /// undetermined programs.
    let decisionsOnly: Bool
    /// `--format csv`: rows instead of JSON lines.
    let csv: Bool
    /// The parameters resolved so far, by place and day.
    var parameters: [PlaceDay: ResolvedParameters] = [:]
    /// A jurisdiction, residence and evaluation day: what parameters are resolved for.
    struct PlaceDay: Hashable {
        let jurisdiction: AdministrativeDivisionCode
        let residence: Residence
        let day: Day
    }
    let scratch = EvaluationScratch()
    var decision = Decision()
    var summary = BatchSummary()
    var writer = JSONWriter(reservingCapacity: 4096)
    /// The household ids read in the current chunk, with their lines (as hashes: 8 bytes
    /// per household, so that even millions of ids fit in memory).
    var idsInChunk: [(line: Int, id: Int)] = []
    /// The columnar engine's households of the current slice, checked, with their days.
    var pending: [(household: Household, day: Day)] = []
    /// `--explain-where`: which households get a full explanation.
    let explainWhere: ExplainWhere?
    /// The explanations of the current chunk's matching households, in input order.
    var explanations: [UInt8] = []

    init(evaluator: Evaluator, day: Day?, decisionsOnly: Bool, csv: Bool = false, engine: BatchEngine = .columnar,
         explainWhere: ExplainWhere? = nil) {
        self.evaluator = evaluator
        self.day = day
        self.decisionsOnly = decisionsOnly
        self.csv = csv
        self.engine = engine
        self.explainWhere = explainWhere
    }

    /// The parameters for `household`'s place on `day`, resolved once per place and day.
    private mutating func parameters(for household: Household, on day: Day) -> ResolvedParameters {
        let key = PlaceDay(jurisdiction: household.jurisdiction, residence: household.residence, day: day)
        if let cached = parameters[key] { return cached }
        let resolved = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
        parameters[key] = resolved
        return resolved
    }

    /// Appends `household`'s full explanation to ``explanations``.
    private mutating func explain(_ household: Household, on day: Day) {
        let resolved = parameters(for: household, on: day)
        // Checked before it was decided: the traced evaluation cannot fail.
        guard let evaluation = try? evaluator.evaluate(household, on: day, parameters: resolved, tracing: true, scratch: scratch) else {
            preconditionFailure("a checked household could not be evaluated")
        }
        var lines = JSONWriter(reservingCapacity: 16_384)
        EvaluationJSON.write(evaluation, detail: .full, language: .english, to: &lines)
        lines.newline()
        lines.appendBytes(to: &explanations)
    }

    mutating func process(_ bytes: UnsafeRawBufferPointer, line: Int, output: inout [UInt8], rejects: inout [UInt8]) {
        let household: Household
        do {
            household = try HouseholdDecoder.decode(bytes)
            try evaluator.catalog.checkReferences(of: household)
        } catch {
            reject(error.onLine(line), into: &rejects)
            return
        }
        idsInChunk.append((line, household.id.rawValue.hashValue))
        guard let day = day ?? household.asOf else {
            reject(InputError(path: "asOf", code: .missingKey, message: "no evaluation day: give --as-of or the household's asOf",
                              line: line), into: &rejects)
            return
        }
        if engine == .columnar {
            // Checked now, so that a rejected line is reported with its number; decided with
            // the rest of the slice.
            do {
                try evaluator.check(household, on: day)
            } catch {
                reject(error.onLine(line), into: &rejects)
                return
            }
            pending.append((household, day))
            return
        }
        // A birth after the day is refused by evaluate/decide (Evaluator.check), below.
        let resolved = parameters(for: household, on: day)
        writer.removeAll()
        do {
            if decisionsOnly {
                try evaluator.decide(household, on: day, parameters: resolved, into: &decision, scratch: scratch)
                summary.add(decision)
                if explainWhere?.matches(decision) == true { explain(household, on: day) }
                DecisionJSON.write(decision, language: .english, to: &writer)
            } else {
                let evaluation = try evaluator.evaluate(household, on: day, parameters: resolved, tracing: false, scratch: scratch)
                summary.add(evaluation)
                if explainWhere?.matches(evaluation, catalog: evaluator.catalog) == true { explain(household, on: day) }
                if csv {
                    output.append(contentsOf: BatchCSV.rows(evaluation).utf8)
                    return
                }
                EvaluationJSON.write(evaluation, detail: .summary, language: .english, to: &writer)
            }
        } catch {
            reject(error.onLine(line), into: &rejects)
            return
        }
        writer.newline()
        writer.appendBytes(to: &output)
    }

    /// Households per columnar block. On 200,000 synthetic Inner Mongolia households (2 jobs),
    /// `--detail summary` took 14.2 s and 97 MiB with 256, 14.5 s and 167 MiB with 1,024 (each
    /// block keeps every measure's column), 16.4 s and 86 MiB with 64.
    static let blockSize = 256

    /// Decides the slice's households with the columnar engine, runs of the same day as one
    /// table, and writes their results in input order: the same bytes as the household
    /// engine writes.
    mutating func finishSlice(output: inout [UInt8], rejects: inout [UInt8]) {
        guard !pending.isEmpty else { return }
        let columnar = ColumnarEvaluator(evaluator, blockSize: Self.blockSize)
        var start = 0
        while start < pending.count {
            let day = pending[start].day
            var end = start + 1
            while end < pending.count && pending[end].day == day { end += 1 }
            let table = HouseholdTable(households: pending[start..<end].map(\.household))
            do {
                if decisionsOnly {
                    try columnar.decide(table, on: day) { position, decision in
                        summary.add(decision)
                        if explainWhere?.matches(decision) == true { explain(table.households![position], on: day) }
                        writer.removeAll()
                        DecisionJSON.write(decision, language: .english, to: &writer)
                        writer.newline()
                        writer.appendBytes(to: &output)
                    }
                } else {
                    try columnar.evaluate(table, on: day) { position, evaluation in
                        summary.add(evaluation)
                        if explainWhere?.matches(evaluation, catalog: evaluator.catalog) == true { explain(table.households![position], on: day) }
                        if csv {
                            output.append(contentsOf: BatchCSV.rows(evaluation).utf8)
                            return
                        }
                        writer.removeAll()
                        EvaluationJSON.write(evaluation, detail: .summary, language: .english, to: &writer)
                        writer.newline()
                        writer.appendBytes(to: &output)
                    }
                }
            } catch {
                // A table made of households measures every measure from them: no column is missing.
                preconditionFailure("the columnar engine refused a table made of households: \(error)")
            }
            start = end
        }
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func reject(_ error: InputError, into rejects: inout [UInt8]) {
        summary.rejected += 1
        writer.removeAll()
        writer.beginObject()
        writer.key("line"); writer.int(error.line ?? 0)
        writer.key("code"); writer.string(error.code.name)
        writer.key("path"); writer.string(error.path.description)
        writer.key("message"); writer.string(error.message)
        writer.endObject()
        writer.newline()
        writer.appendBytes(to: &rejects)
    }
}

/// Which engine `assist batch` and `assist monitor` decide with: both write the same bytes.
enum BatchEngine {
    /// ``ColumnarEvaluator`` over each slice's households (the default).
    case columnar
    /// ``Evaluator``, one household at a time (`--engine household`): the oracle.
    case household
}
