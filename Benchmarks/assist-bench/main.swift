// assist-bench: benchmarks of the rule engine, not part of the library's API.
//
//   assist-bench bench-v1 --in pop_N.jsonl --out results.jsonl [--jobs N] [--no-output] [--engine columnar|household]
//   assist-bench bench-v1 --in pop_N.jsonl --in-memory [--jobs N] [--runs R] [--traces on|off|both] [--engine ...]
//   assist-bench catalog --households N [--jobs N] [--runs R] [--traces on|off|both] [--out FILE] [--engine ...]
//
// --engine: columnar (the default) decides tables with `ColumnarEvaluator`; household
// decodes `Household` values and uses `Evaluator` one household at a time.
// --traces (household engine): on times `evaluate` with traces; off times `evaluate`
// without traces, then `decide`; both (the default) all three. Columnar engine: on times
// `decide` keeping `TableTraces`, first also building every household's `Evaluation` from
// them, then recording only; off times `decide` alone; both all three. The last line
// reports the last mode timed. catalog times both engines (and checks that they agree) unless
// --engine names one, then the columnar engine's table decisions; its last line reports the
// columnar engine's whole decisions.
//
// The last line of a timed run is `households=N seconds=S households_per_second=R`.
// --out is overwritten in place and cut to its new length when the run ends (also on an
// error); a run killed midway leaves new lines followed by old ones, so compare only the
// outputs of runs that finished.
import Dispatch
import Foundation
import TieredAssistance

struct BenchArguments {
    var mode = ""
    var input: String?
    var output: String?
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var noOutput = false
    var inMemory = false
    var runs = 5
    var households = 100_000
    var traces = "both"
    var engine = "columnar"
    /// Whether `--engine` was given (`catalog` times both engines when it was not).
    var engineGiven = false

    init(_ arguments: [String]) throws {
        var remaining = arguments[...]
        guard let mode = remaining.popFirst() else { throw BenchError.usage }
        self.mode = mode
        while let argument = remaining.popFirst() {
            func value() throws -> String {
                guard let next = remaining.popFirst() else { throw BenchError.usage }
                return next
            }
            switch argument {
            case "--in": input = try value()
            case "--out": output = try value()
            case "--jobs": jobs = Int(try value()) ?? 0
            case "--runs": runs = Int(try value()) ?? 0
            case "--households": households = Int(try value()) ?? 0
            case "--no-output": noOutput = true
            case "--in-memory": inMemory = true
            case "--traces": traces = try value()
            case "--engine":
                engine = try value()
                engineGiven = true
            default: throw BenchError.usage
            }
        }
        guard jobs >= 1, runs >= 1, households >= 1, ["both", "on", "off"].contains(traces),
              ["columnar", "household"].contains(engine) else { throw BenchError.usage }
    }
}

/// What an in-memory run times per household.
enum EvaluationMode {
    /// `Evaluator.evaluate` with explanation traces.
    case traces
    /// `Evaluator.evaluate` without traces: every `Determination` built.
    case determinations
    /// `Evaluator.decide`: statuses and amounts only.
    case decisions

    var title: String {
        switch self {
        case .traces: return "with traces"
        case .determinations: return "no traces, determinations"
        case .decisions: return "no traces, decisions"
        }
    }
}

/// What a columnar in-memory run times per table slice.
enum ColumnarMode {
    /// `ColumnarEvaluator.decide` into `TableDecisions`.
    case decisions
    /// `decide` keeping `TableTraces` (every measure's column and rule truth), 16 blocks per
    /// call, and every rule tallied from them.
    case tracesRecorded
    /// As `tracesRecorded`, then every household's full `Evaluation` built from the traces.
    case tracesBuilt

    var title: String {
        switch self {
        case .decisions: return "columnar decisions"
        case .tracesRecorded: return "columnar, traces recorded and every rule tallied"
        case .tracesBuilt: return "columnar, traces recorded and every household's explanation built"
        }
    }
}

extension BenchArguments {
    /// The columnar modes to time, decisions (reported on the last line) last: `--traces on`
    /// times the two traced modes, `off` decisions only, `both` all three.
    var columnarModes: [ColumnarMode] {
        switch traces {
        case "on": return [.tracesBuilt, .tracesRecorded]
        case "off": return [.decisions]
        default: return [.tracesBuilt, .tracesRecorded, .decisions]
        }
    }

    /// The modes to time, the one reported on the last line last: `--traces on` times
    /// traces only, `off` determinations then decisions, `both` all three.
    var evaluationModes: [EvaluationMode] {
        switch traces {
        case "on": return [.traces]
        case "off": return [.determinations, .decisions]
        default: return [.traces, .determinations, .decisions]
        }
    }
}

enum BenchError: Error, CustomStringConvertible {
    case usage
    case failed(String)

    var description: String {
        switch self {
        case .usage:
            return """
                usage: assist-bench bench-v1 --in FILE (--out FILE | --no-output | --in-memory) [--jobs N] [--runs R]
                                                [--traces on|off|both] [--engine columnar|household]
                       assist-bench catalog [--households N] [--jobs N] [--runs R] [--traces on|off|both] [--out FILE]
                                            [--engine columnar|household]
                """
        case .failed(let message): return message
        }
    }
}

func seconds(_ start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

func report(households: Int, seconds: Double) {
    let rate = Double(households) / seconds
    print("households=\(households) seconds=\(String(format: "%.3f", seconds)) households_per_second=\(Int(rate.rounded()))")
}

do {
    let arguments = try BenchArguments(Array(CommandLine.arguments.dropFirst()))
    switch arguments.mode {
    case "bench-v1":
        try BenchV1Runner(arguments).run()
    case "catalog":
        try CatalogBenchmark(arguments).run()
    default:
        throw BenchError.usage
    }
} catch {
    FileHandle.standardError.write(Data("assist-bench: \(error)\n".utf8))
    exit(error is BenchError ? 64 : 1)
}
