import Foundation
import TieredAssistance

/// `assist monitor --before A.jsonl --after B.jsonl [--out FILE]`: risk signals and
/// assistance chains from two monthly extracts, every household of both accounted for.
enum MonitorCommand: AssistCommand {
    static let name = "monitor"
    static let summary = "compare two monthly extracts: risk signals and one assistance chain per household"
    static let usage = """
        usage: assist monitor --before A.jsonl --after B.jsonl [--out FILE] [--as-of DAY] [--jobs N]
                              [--policy FILE ...] [--rules FILE ...] [--lang zh|en] [--engine columnar|household]

        Pairs households by id across the two extracts, compares each pair, raises risk
        signals (large medical bills, new severe disability, deaths, lost wages, schooling,
        income drops, disasters, newly below 1.5 × the standard) and builds one assistance
        chain per household: the programs to check with their current determination and
        the departments to notify, ending with a home visit. Households only in the after
        extract are new; those only in the before extract are vanished; neither is dropped.
        Writes one JSON line per household to --out (default: standard output) and a summary
        by signal and department to standard error. Thresholds are parameters: the built-in
        book has none (POLICY.md's figures are from another province); layer a policy file,
        for example Examples/data/policy-illustrative-im.json.

          --as-of DAY   the current day (default: each after household's asOf)
          --engine E    columnar (default): each job decides its households' programs a block
                        at a time, column by column; household: one household at a time. Both
                        write the same bytes.

        Exit status: 0 when every line was read, 1 when some lines were rejected, 64 for usage errors
        (an --out that is an input, a symbolic link, a folder or not a regular file is refused
        before reading), 74 when the output could not be written.

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        let outPath = try arguments.option("--out")
        let options = try Options(&arguments)
        let extra = try arguments.positionals()
        guard extra.isEmpty else { throw UsageError(message: "unexpected argument '\(extra[0])'") }
        try OutputPaths.check([("--out", outPath)], inputs: [options.beforePath, options.afterPath])
        let outcome = try execute(options, outPath: outPath, console: console)
        console.error(outcome.summary(language: options.language))
        return outcome.rejectedCount == 0 ? .success : .failure
    }

    /// The options of a monitoring run other than its output: the extracts, the day, the
    /// books, the jobs and the language (shared with `assist report monitor`).
    struct Options {
        let beforePath: String
        let afterPath: String
        let day: Day?
        let book: PolicyBook
        let catalog: RuleCatalog
        let jobs: Int
        let language: Language
        let engine: BatchEngine

        init(_ arguments: inout ArgumentList) throws {
            guard let beforePath = try arguments.option("--before"), let afterPath = try arguments.option("--after") else {
                throw UsageError(message: "--before and --after are required")
            }
            self.beforePath = beforePath
            self.afterPath = afterPath
            day = try arguments.option("--as-of").map { try PolicyOptions.day($0, option: "--as-of") }
            book = try PolicyOptions.book(files: try arguments.options("--policy"))
            catalog = try RuleOptions.catalog(files: try arguments.options("--rules"), parameters: book.catalog)
            jobs = try arguments.jobs()
            language = try arguments.language()
            engine = try arguments.engine()
        }
    }

    /// What a monitoring run counted: valid households per extract, pairs, signals and
    /// departments, and the rejected lines (all counted, the first 1,000 listed).
    struct Outcome {
        var validCounts = [0, 0]
        var presence: [String: Int] = [:]
        var signalCounts: [SignalKind: Int] = [:]
        var departmentCounts: [String: Int] = [:]
        var rejectedCount = 0
        var rejected: [String] = []

        /// The summary written to standard error.
        func summary(language: Language) -> String {
            let zh = language == .chinese
            var summary = zh
                ? "提取前 \(validCounts[0]) 户，提取后 \(validCounts[1]) 户；配对 \(presence["paired"] ?? 0)，新增 \(presence["new"] ?? 0)，消失 \(presence["vanished"] ?? 0)\n"
                : "before: \(validCounts[0]) households, after: \(validCounts[1]); "
                    + ["paired", "new", "vanished"].map { "\($0) \(presence[$0] ?? 0)" }.joined(separator: ", ") + "\n"
            summary += (zh ? "预警：" : "signals: ") + SignalKind.allCases.compactMap { kind in
                signalCounts[kind].map { "\(zh ? kind.chineseName : kind.rawValue) \($0)" }
            }.joined(separator: zh ? "，" : ", ") + "\n"
            summary += (zh ? "部门：" : "departments: ") + (Department.allCases.map(\.rawValue) + ["home-visit"]).compactMap { name in
                departmentCounts[name].map { count in
                    let title = zh ? (Department(rawValue: name)?.chineseName ?? "入户核实") : name
                    return "\(title) \(count)"
                }
            }.joined(separator: zh ? "，" : ", ") + "\n"
            if rejectedCount > 0 {
                summary += (zh ? "拒收 \(rejectedCount) 行\n" : "rejected: \(rejectedCount)\n") + rejected.map { "  \($0)\n" }.joined()
                if rejectedCount > rejected.count {
                    summary += zh ? "  …另有 \(rejectedCount - rejected.count) 行未列出\n" : "  … and \(rejectedCount - rejected.count) more\n"
                }
            }
            return summary
        }
    }

    /// Runs the monitoring: writes one JSON line per household to `outPath` (standard output
    /// when `nil`), the readable chains of households with signals to `console` unless
    /// `readableChains` is false, and returns what it counted. The output path must
    /// have been checked (`OutputPaths.check`).
    static func execute(_ options: Options, outPath: String?, console: Console, readableChains: Bool = true) throws -> Outcome {
        let (beforePath, afterPath, day, book, catalog, jobs, language) = (options.beforePath, options.afterPath, options.day,
                                                                           options.book, options.catalog, options.jobs, options.language)
        for path in [beforePath, afterPath] where !FileManager.default.isReadableFile(atPath: path) {
            throw UsageError(message: "\(path): cannot read the file")
        }
        var outcome = Outcome()
        // Rejected lines: the first ones listed in the summary, all counted.
        func reject(_ message: String) {
            outcome.rejectedCount += 1
            if outcome.rejected.count < 1_000 { outcome.rejected.append(message) }
        }
        // Both extracts sorted by household id through runs on disk (beside the output, 16 MiB
        // of lines in memory at a time), then walked side by side.
        let folder = outPath.map { ($0 as NSString).deletingLastPathComponent } ?? "."
        let before = try SortedExtract(path: beforePath, folder: folder) { line, error in
            reject("\(beforePath):\(line): \(error.path): \(error.message) [\(error.code)]")
        }
        let after = try SortedExtract(path: afterPath, folder: folder) { line, error in
            reject("\(afterPath):\(line): \(error.path): \(error.message) [\(error.code)]")
        }
        let detector = SignalDetector(book: book)
        let builder = AssistanceChainBuilder(evaluator: try Evaluator(catalog: catalog, book: book))
        let output = try TemporaryOutput(finalPath: outPath ?? OutputPaths.standardOutput)
        var parameterCache: [String: ResolvedParameters] = [:]

        /// The next valid record of a sorted extract: invalid records are rejected with their
        /// line, and a repeat of a valid record's id too (the first valid one is kept).
        func next(_ entries: AnyIterator<SortedExtract.Entry>, _ path: String, last: inout [UInt8]?) -> Household? {
            while let entry = entries.next() {
                if entry.id == last {
                    reject("\(path):\(entry.line): household id \(InputError.maskedKey(String(decoding: entry.id, as: UTF8.self))) appears twice; the first is kept")
                    continue
                }
                do throws(InputError) {
                    let household = try HouseholdDecoder.decode(entry.bytes)
                    try catalog.checkReferences(of: household)
                    last = entry.id
                    outcome.validCounts[path == beforePath ? 0 : 1] += 1
                    return household
                } catch {
                    reject("\(path):\(entry.line): \(error.path): \(error.message) [\(error.code)]")
                }
            }
            return nil
        }
        let beforeEntries = try before.entries()
        let afterEntries = try after.entries()
        var lastBefore: [UInt8]?
        var lastAfter: [UInt8]?
        var previous = next(beforeEntries, beforePath, last: &lastBefore)
        var current = next(afterEntries, afterPath, last: &lastAfter)
        do {
            // Pairs in household-id order, a block at a time; each block's pairs are processed
            // on every job and written in order.
            while previous != nil || current != nil {
                var block: [Pair] = []
                while block.count < 512, previous != nil || current != nil {
                    let order: Int
                    switch (previous, current) {
                    case (let old?, let new?):
                        order = old.id == new.id ? 0 : (SnapshotPairing.precedes(old.id, new.id) ? -1 : 1)
                    case (_?, nil): order = -1
                    default: order = 1
                    }
                    if order < 0 {
                        block.append(Pair(previous: previous, current: nil))
                        previous = next(beforeEntries, beforePath, last: &lastBefore)
                    } else if order > 0 {
                        block.append(Pair(previous: nil, current: current))
                        current = next(afterEntries, afterPath, last: &lastAfter)
                    } else {
                        block.append(Pair(previous: previous, current: current))
                        previous = next(beforeEntries, beforePath, last: &lastBefore)
                        current = next(afterEntries, afterPath, last: &lastAfter)
                    }
                }
                // Parameters resolved once per place and day, before the parallel step.
                func resolved(_ household: Household, on day: Day) -> ResolvedParameters {
                    let key = "\(household.jurisdiction)|\(household.residence.rawValue)|\(day)"
                    if let cached = parameterCache[key] { return cached }
                    let fresh = book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
                    parameterCache[key] = fresh
                    return fresh
                }
                for index in block.indices {
                    if let household = block[index].current, let evaluationDay = day ?? household.asOf {
                        block[index].parameters = resolved(household, on: evaluationDay)
                    }
                    if let household = block[index].previous, let previousDay = household.asOf {
                        block[index].previousParameters = resolved(household, on: previousDay)
                    }
                }
                let results = process(block, jobs: jobs, day: day, language: language, afterPath: afterPath,
                                      detector: detector, builder: builder, catalog: catalog, showChains: readableChains && outPath != nil,
                                      engine: options.engine)
                var bytes: [UInt8] = []
                for result in results {
                    bytes += result.json
                    if let presenceName = result.presence { outcome.presence[presenceName, default: 0] += 1 }
                    for kind in result.signals { outcome.signalCounts[kind, default: 0] += 1 }
                    for department in result.departments { outcome.departmentCounts[department, default: 0] += 1 }
                    if let message = result.rejection { reject(message) }
                    if let text = result.chainText { console.output(text) }
                }
                if outPath == nil {
                    console.output(String(decoding: bytes, as: UTF8.self))
                } else {
                    try writeAll(bytes, to: output)
                }
            }
            try output.commit()
        } catch {
            output.discard()
            throw error
        }
        return outcome
    }

    /// One household of the pairing: in the before extract, the after extract, or both, with
    /// the parameters of the after household's place and day.
    struct Pair: @unchecked Sendable {
        var previous: Household?
        var current: Household?
        var parameters: ResolvedParameters?
        var previousParameters: ResolvedParameters?
    }

    /// What one pair gives: its result line, its counts, its readable chain and its rejection.
    struct PairResult: Sendable {
        var json: [UInt8] = []
        var presence: String?
        var signals: [SignalKind] = []
        var departments: [String] = []
        var chainText: String?
        var rejection: String?
    }

    /// The results of `block`, in order, computed on `jobs` threads.
    static func process(_ block: [Pair], jobs: Int, day: Day?, language: Language, afterPath: String,
                        detector: SignalDetector, builder: AssistanceChainBuilder, catalog: RuleCatalog,
                        showChains: Bool, engine: BatchEngine = .columnar) -> [PairResult] {
        var results = [PairResult](repeating: PairResult(), count: block.count)
        let slice = (block.count + jobs - 1) / jobs
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSendableResults(base: buffer.baseAddress!)
            let work: @Sendable (Int) -> Void = { job in
                let start = job * slice
                let end = min(start + slice, block.count)
                guard start < end else { return }
                let quick = engine == .columnar ? quickEvaluations(block, start..<end, day: day, builder: builder) : [:]
                for index in start..<end {
                    slots.base[index] = result(of: block[index], day: day, language: language, afterPath: afterPath,
                                               detector: detector, builder: builder, catalog: catalog, showChains: showChains,
                                               quick: quick[index])
                }
            }
            if jobs == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: jobs, execute: work) }
        }
        return results
    }

    /// The evaluations without traces of the current households of `block[range]` that can
    /// be evaluated, by the columnar engine (runs of the same day as one table), by index;
    /// the others are left to ``result(of:day:language:afterPath:detector:builder:catalog:showChains:quick:)``,
    /// which reports why they cannot be.
    static func quickEvaluations(_ block: [Pair], _ range: Range<Int>, day: Day?,
                                 builder: AssistanceChainBuilder) -> [Int: Evaluation] {
        var days: [(index: Int, household: Household, day: Day)] = []
        for index in range {
            guard let current = block[index].current, let evaluationDay = day ?? current.asOf,
                  (try? builder.evaluator.check(current, on: evaluationDay)) != nil else { continue }
            days.append((index, current, evaluationDay))
        }
        var quick: [Int: Evaluation] = [:]
        let columnar = ColumnarEvaluator(builder.evaluator, blockSize: BatchWorker.blockSize)
        var start = 0
        while start < days.count {
            var end = start + 1
            while end < days.count && days[end].day == days[start].day { end += 1 }
            let run = days[start..<end]
            do {
                try columnar.evaluate(HouseholdTable(households: run.map(\.household)), on: days[start].day) { position, evaluation in
                    quick[run[run.startIndex + position].index] = evaluation
                }
            } catch {
                // A table made of households measures every measure from them: no column is missing.
                preconditionFailure("the columnar engine refused a table made of households: \(error)")
            }
            start = end
        }
        return quick
    }

    /// The results buffer shared by the jobs, each writing its own slice.
    private struct UnsafeSendableResults: @unchecked Sendable {
        let base: UnsafeMutablePointer<PairResult>
    }

    /// One pair's result.
    static func result(of pair: Pair, day: Day?, language: Language, afterPath: String, detector: SignalDetector,
                       builder: AssistanceChainBuilder, catalog: RuleCatalog, showChains: Bool,
                       quick: Evaluation? = nil) -> PairResult {
        var result = PairResult()
        var writer = JSONWriter()
        guard let id = pair.current?.id ?? pair.previous?.id else { return result }
        writer.beginObject()
        writer.key("household"); writer.string(id.rawValue)
        guard let current = pair.current else {
            result.presence = "vanished"
            writer.key("presence"); writer.string("vanished")
            writer.key("day"); if let asOf = pair.previous?.asOf { writer.day(asOf) } else { writer.null() }
            writer.key("signals"); writer.beginArray(); writer.endArray()
            writer.key("chain")
            writer.beginArray()
            writer.beginObject()
            writer.key("step"); writer.int(1)
            writer.key("department"); writer.null()
            writer.key("departmentZh"); writer.string("入户核实")
            writer.key("homeVisit"); writer.bool(true)
            writer.key("note")
            writer.string(language == .chinese ? "家庭不在本月数据中：核实是否迁出、死亡或数据错误"
                          : "the household is missing from this month's extract: verify (moved, died or a data error)")
            writer.endObject()
            writer.endArray()
            writer.endObject()
            writer.newline()
            result.departments = ["home-visit"]
            result.json = writer.bytes
            return result
        }
        guard let evaluationDay = day ?? current.asOf, let parameters = pair.parameters else {
            result.rejection = "\(afterPath): household \(id): no evaluation day (give --as-of or asOf)"
            writer.key("presence"); writer.string("rejected")
            writer.endObject()
            writer.newline()
            result.json = writer.bytes
            return result
        }
        let detection: SignalDetector.Result
        let chain: AssistanceChain
        do {
            try current.checkDates(on: evaluationDay)
            detection = detector.detect(before: pair.previous, after: current, on: evaluationDay, parameters: parameters,
                                        previousParameters: pair.previousParameters)
            if let quick {
                chain = try builder.chain(for: current, on: evaluationDay, detection: detection, parameters: parameters, evaluation: quick)
            } else {
                chain = try builder.chain(for: current, on: evaluationDay, detection: detection, parameters: parameters)
            }
        } catch {
            result.rejection = "\(afterPath): household \(id): \(error.path): \(error.message) [\(error.code)]"
            writer.key("presence"); writer.string("rejected")
            writer.endObject()
            writer.newline()
            result.json = writer.bytes
            return result
        }
        result.presence = pair.previous == nil ? "new" : "paired"
        writer.key("presence"); writer.string(pair.previous == nil ? "new" : "paired")
        writer.key("day"); writer.day(evaluationDay)
        chain.writeMembers(to: &writer, language: language)
        writer.endObject()
        writer.newline()
        result.signals = chain.signals.map(\.kind)
        result.departments = chain.steps.map { $0.department?.rawValue ?? "home-visit" }
        if showChains && !chain.signals.isEmpty { result.chainText = chain.text(language: language) }
        result.json = writer.bytes
        return result
    }

    /// Writes all of `bytes` to the output's descriptor.
    static func writeAll(_ bytes: [UInt8], to output: TemporaryOutput) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(output.descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            guard written > 0 else { throw OutputError(message: "cannot write \(output.finalPath): \(String(cString: strerror(errno)))") }
            offset += written
        }
    }
}
