import Dispatch
import Foundation
import TieredAssistance

/// Runs bench-v1: JSON Lines in, JSON Lines out (byte-identical to reference.py), or
/// decode once and time evaluation alone.
struct BenchV1Runner {
    let arguments: BenchArguments
    let evaluator: Evaluator
    let columnar: ColumnarEvaluator
    let day = Day(year: 2025, month: 1, day: 15)!

    init(_ arguments: BenchArguments) throws {
        self.arguments = arguments
        self.evaluator = try Evaluator(catalog: try BenchV1Catalog.catalog(), book: try BenchV1Book.book())
        self.columnar = ColumnarEvaluator(evaluator)
    }

    func run() throws {
        guard let input = arguments.input else { throw BenchError.usage }
        let isColumnar = arguments.engine == "columnar"
        if arguments.inMemory {
            try isColumnar ? runColumnarInMemory(input) : runInMemory(input)
        } else {
            guard arguments.noOutput || arguments.output != nil else { throw BenchError.usage }
            try isColumnar ? runColumnarStreaming(input) : runStreaming(input)
        }
    }

    /// Per-job state of the columnar engine: a table gathering the slice's lines, decided
    /// and written when the slice ends.
    struct ColumnarWorker: BenchWorker {
        let reader: BenchV1TableReader
        let columnar: ColumnarEvaluator
        let day: Day
        let writesOutput: Bool
        let writer: BenchV1Writer
        var table = BenchV1Table.empty()
        var decisions = TableDecisions()
        var evaluated = 0
        var failures: [String] = []

        mutating func process(_ bytes: UnsafeRawBufferPointer, line: Int, output: inout [UInt8], rejects: inout [UInt8]) {
            do {
                try reader.append(bytes, to: &table)
            } catch {
                failures.append("line \(line): \(error)")
            }
        }

        mutating func finishSlice(output: inout [UInt8], rejects: inout [UInt8]) {
            guard table.count > 0 else { return }
            defer { table.removeAllHouseholds() }
            do {
                try columnar.decide(table, on: day, into: &decisions)
            } catch {
                failures.append("\(error)")
                return
            }
            evaluated += table.count
            if writesOutput {
                let ids = table.householdValues(0)
                for household in 0..<table.count {
                    writer.write(decisions, household: household, id: ids[household], into: &output)
                }
            }
        }
    }

    /// Streams `input` through `workers` into `--out`, checks that every line was decided,
    /// and reports the timing since `start`.
    func stream<Worker: BenchWorker>(_ input: String, workers: inout [Worker], since start: DispatchTime) throws {
        var descriptor: Int32 = -1
        if let output = arguments.output, !arguments.noOutput {
            // Overwritten in place and cut to the bytes written at the end (or on an error),
            // as O_TRUNC would leave it: re-running into the same file then reuses its cached
            // pages instead of freeing them all first and allocating new ones.
            descriptor = open(output, O_WRONLY | O_CREAT, 0o644)
            guard descriptor >= 0 else { throw BenchError.failed("cannot create \(output)") }
        }
        defer {
            if descriptor >= 0 {
                _ = ftruncate(descriptor, lseek(descriptor, 0, SEEK_CUR))
                close(descriptor)
            }
        }
        let pipeline = JSONLinesPipeline(jobs: arguments.jobs)
        let counts = try pipeline.run(inputPath: input, outputDescriptor: descriptor, rejectsDescriptor: -1, workers: &workers)
        let failures = workers.flatMap(\.failures)
        if !failures.isEmpty { throw BenchError.failed("\(failures.count) lines failed: \(failures.prefix(3))") }
        let evaluated = workers.map(\.evaluated).reduce(0, +)
        guard evaluated == counts.records else { throw BenchError.failed("evaluated \(evaluated) of \(counts.records)") }
        report(households: evaluated, seconds: seconds(start))
    }

    func runColumnarStreaming(_ input: String) throws {
        let start = DispatchTime.now()
        var workers = (0..<arguments.jobs).map { _ in
            ColumnarWorker(reader: BenchV1TableReader(evaluationDay: day), columnar: columnar, day: day,
                           writesOutput: !arguments.noOutput, writer: BenchV1Writer(catalog: evaluator.catalog))
        }
        try stream(input, workers: &workers, since: start)
    }

    func runColumnarInMemory(_ input: String) throws {
        let decodeStart = DispatchTime.now()
        guard let data = FileManager.default.contents(atPath: input) else { throw BenchError.failed("cannot read \(input)") }
        let reader = BenchV1TableReader(evaluationDay: day)
        var table = BenchV1Table.empty()
        try data.withUnsafeBytes { raw in
            let (lines, _) = BenchLines.split(raw)
            table.reserveCapacity(households: lines.count, members: lines.count * 3)
            for range in lines { try reader.append(UnsafeRawBufferPointer(rebasing: raw[range]), to: &table) }
        }
        print("decode into a table: households=\(table.count) seconds=\(String(format: "%.3f", seconds(decodeStart)))")
        let jobs = arguments.jobs
        let slice = (table.count + jobs - 1) / jobs
        let ranges = (0..<jobs).map { job in min(job * slice, table.count)..<min((job + 1) * slice, table.count) }
        // A table without a column a measure reads fails here, as an error, before any timing.
        var probe = TableDecisions()
        try columnar.decide(table, households: 0..<min(1, table.count), on: day, into: &probe)
        var last = 0.0
        for mode in arguments.columnarModes {
            var times: [Double] = []
            let results = ResultSlots(count: jobs)
            for _ in 0..<arguments.runs {
                let start = DispatchTime.now()
                let checksum = decideAll(table, ranges: ranges, mode: mode, results: results)
                times.append(seconds(start))
                precondition(checksum > 0)
            }
            if mode == .decisions {
                let eligible = (0..<jobs).reduce(0) { sum, job in
                    let decisions = results.peek(job)
                    return sum + decisions.households.filter { decisions.tierPosition(ofHousehold: $0) != nil }.count
                }
                precondition(eligible > 0 && results.peek(jobs - 1).households.upperBound == table.count)
            }
            times.sort()
            last = times[times.count / 2]
            print("evaluate (\(mode.title), \(jobs) jobs, median of \(arguments.runs)): households=\(table.count) "
                  + "seconds=\(String(format: "%.3f", last)) households_per_second=\(Int((Double(table.count) / last).rounded()))")
        }
        report(households: table.count, seconds: last)
    }

    /// Households per `decide` call when keeping traces: the traces of one such slice are
    /// held at a time (about 16 blocks).
    static let traceSlice = 16 * ColumnarEvaluator.defaultBlockSize

    /// Decides `ranges` of `table`, one job each, in `mode`; returns a checksum so nothing
    /// is optimised away.
    func decideAll(_ table: HouseholdTable, ranges: [Range<Int>], mode: ColumnarMode, results: ResultSlots) -> Int {
        let columnar = self.columnar
        let day = self.day
        let ids = table.householdValues(table.householdColumn(named: BenchV1Table.id)!)
        let memberIDs = BenchV1Reader.memberIDs
        let baseRules = columnar.evaluator.catalog.rules.filter { $0.refines == nil }.map(\.id)
        return sumOverJobs(ranges.count) { job in
            var decisions = results.take(job)
            var sum = 0
            do {
                switch mode {
                case .decisions:
                    try columnar.decide(table, households: ranges[job], on: day, into: &decisions)
                    sum = decisions.households.count
                case .tracesRecorded, .tracesBuilt:
                    var traces = TableTraces()
                    var start = ranges[job].lowerBound
                    while start < ranges[job].upperBound {
                        let end = min(start + Self.traceSlice, ranges[job].upperBound)
                        try columnar.decide(table, households: start..<end, on: day, into: &decisions, traces: &traces)
                        if mode == .tracesBuilt {
                            for household in start..<end {
                                let evaluation = traces.evaluation(
                                    ofHousehold: household, id: Household.ID(String(ids[household])),
                                    memberIDs: Array(memberIDs.prefix(table.memberRows(of: household).count)))
                                sum &+= evaluation.determinations.count
                            }
                        } else {
                            // Why, at column speed: how often each rule held, failed, was undetermined.
                            for rule in baseRules {
                                let tally = traces.tally(rule)
                                sum &+= tally.held + tally.failed + tally.undetermined
                            }
                        }
                        start = end
                    }
                }
            } catch {
                preconditionFailure("bench-v1 table lacks a column: \(error)")
            }
            results.put(decisions, job)
            return sum
        }
    }

    /// Per-job state: the reader, resolved parameters per region, scratch buffers.
    struct Worker: BenchWorker {
        let reader: BenchV1Reader
        let evaluator: Evaluator
        let day: Day
        let writesOutput: Bool
        var parameters: [AdministrativeDivisionCode: ResolvedParameters] = [:]
        let scratch = EvaluationScratch()
        var decision = Decision()
        let writer: BenchV1Writer
        var evaluated = 0
        var failures: [String] = []

        mutating func process(_ bytes: UnsafeRawBufferPointer, line: Int, output: inout [UInt8], rejects: inout [UInt8]) {
            let household: Household
            do {
                household = try reader.decode(bytes)
            } catch {
                failures.append("line \(line): \(error)")
                return
            }
            let resolved: ResolvedParameters
            if let cached = parameters[household.jurisdiction] {
                resolved = cached
            } else {
                resolved = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
                parameters[household.jurisdiction] = resolved
            }
            do {
                try evaluator.decide(household, on: day, parameters: resolved, into: &decision, scratch: scratch)
            } catch {
                failures.append("line \(line): \(error)")
                return
            }
            evaluated += 1
            if writesOutput { writer.write(decision, into: &output) }
        }
    }

    func runStreaming(_ input: String) throws {
        let start = DispatchTime.now()
        var workers = (0..<arguments.jobs).map { _ in
            Worker(reader: BenchV1Reader(evaluationDay: day), evaluator: evaluator, day: day, writesOutput: !arguments.noOutput,
                   writer: BenchV1Writer(catalog: evaluator.catalog))
        }
        try stream(input, workers: &workers, since: start)
    }

    func runInMemory(_ input: String) throws {
        let decodeStart = DispatchTime.now()
        guard let data = FileManager.default.contents(atPath: input) else { throw BenchError.failed("cannot read \(input)") }
        let reader = BenchV1Reader(evaluationDay: day)
        var households: [Household] = []
        try data.withUnsafeBytes { raw in
            let (lines, _) = BenchLines.split(raw)
            households.reserveCapacity(lines.count)
            for range in lines {
                households.append(try reader.decode(UnsafeRawBufferPointer(rebasing: raw[range])))
            }
        }
        print("decode: households=\(households.count) seconds=\(String(format: "%.3f", seconds(decodeStart)))")
        let parameters = Dictionary(uniqueKeysWithValues: BenchV1Book.regionCodes.enumerated().map { index, code in
            (code, evaluator.book.resolveAll(jurisdiction: code, residence: BenchV1Book.urban[index] ? .urban : .rural, on: day))
        })
        var last = 0.0
        for mode in arguments.evaluationModes {
            var times: [Double] = []
            for _ in 0..<arguments.runs {
                let start = DispatchTime.now()
                let checksum = evaluateAll(households, parameters: parameters, mode: mode)
                times.append(seconds(start))
                precondition(checksum > 0)
            }
            times.sort()
            last = times[times.count / 2]
            print("evaluate (\(mode.title), \(arguments.jobs) jobs, median of \(arguments.runs)): "
                  + "households=\(households.count) seconds=\(String(format: "%.3f", last)) "
                  + "households_per_second=\(Int((Double(households.count) / last).rounded()))")
        }
        report(households: households.count, seconds: last)
    }

    /// Evaluates every household on `jobs` threads; returns a checksum so nothing is optimised away.
    func evaluateAll(_ households: [Household], parameters: [AdministrativeDivisionCode: ResolvedParameters],
                     mode: EvaluationMode) -> Int {
        let jobs = arguments.jobs
        let slice = (households.count + jobs - 1) / jobs
        let evaluator = self.evaluator
        let day = self.day
        return sumOverJobs(jobs) { job in
            let scratch = EvaluationScratch()
            var decision = Decision()
            var sum = 0
            let end = min((job + 1) * slice, households.count)
            var index = job * slice
            while index < end {
                let resolved = parameters[households[index].jurisdiction]!
                do {
                    switch mode {
                    case .decisions:
                        try evaluator.decide(households[index], on: day, parameters: resolved, into: &decision, scratch: scratch)
                        sum &+= 1 + (decision.amount(ofProgramAt: 1)?.fen == nil ? 0 : 1)
                    case .determinations, .traces:
                        let evaluation = try evaluator.evaluate(households[index], on: day, parameters: resolved,
                                                                tracing: mode == .traces, scratch: scratch)
                        sum &+= evaluation.determinations.count
                    }
                } catch {
                    preconditionFailure("household \(households[index].id) was read and checked before timing: \(error)")
                }
                index += 1
            }
            return sum
        }
    }
}

/// A pipeline worker that counts the households it decided and the lines it could not read.
protocol BenchWorker: JSONLinesWorker {
    var evaluated: Int { get }
    var failures: [String] { get }
}

/// One `TableDecisions` per job, handed between threads: job `i` touches only slot `i`, in
/// memory of its own (no shared array is accessed by two threads at once).
final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<TableDecisions>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<TableDecisions>.allocate(capacity: count)
        slots.initialize(repeating: TableDecisions(), count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Moves the job's decisions out (so that filling them again copies nothing).
    func take(_ job: Int) -> TableDecisions {
        var taken = TableDecisions()
        swap(&taken, &slots[job])
        return taken
    }

    /// Puts the job's decisions back.
    func put(_ decisions: TableDecisions, _ job: Int) {
        slots[job] = decisions
    }

    /// The job's decisions.
    func peek(_ job: Int) -> TableDecisions {
        slots[job]
    }
}

/// Runs `body` for jobs `0..<jobs` in parallel and returns the sum of what they return (a
/// checksum, so that nothing timed is optimised away).
func sumOverJobs(_ jobs: Int, _ body: @Sendable (Int) -> Int) -> Int {
    let sums = UnsafeMutableBufferPointer<Int>.allocate(capacity: jobs)
    sums.initialize(repeating: 0)
    defer { sums.deallocate() }
    let slots = SendableSums(sums)
    DispatchQueue.concurrentPerform(iterations: jobs) { job in slots.pointer[job] = body(job) }
    return sums.reduce(0, &+)
}

/// Per-job sums: job `i` writes only element `i`.
private struct SendableSums: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Int>
    init(_ pointer: UnsafeMutableBufferPointer<Int>) { self.pointer = pointer }
}

/// Splitting a whole file into non-blank lines.
enum BenchLines {
    static func split(_ bytes: UnsafeRawBufferPointer) -> ([Range<Int>], Int) {
        var ranges: [Range<Int>] = []
        var start = 0
        var blank = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            if end > start { ranges.append(start..<end) } else { blank += 1 }
            start = end + 1
        }
        return (ranges, blank)
    }
}
