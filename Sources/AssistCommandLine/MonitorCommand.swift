import Foundation
import TieredAssistance

/// `assist monitor --before A.jsonl --after B.jsonl [--out FILE]`: risk signals and
/// assistance chains from two monthly extracts, every household of both accounted for.
enum MonitorCommand: AssistCommand {
    static let name = "monitor"
    static let summary = "compare two monthly extracts: risk signals and one assistance chain per household"
    static let usage = """
        usage: assist monitor --before A.jsonl --after B.jsonl [--out FILE] [--as-of DAY]
                              [--policy FILE ...] [--rules FILE ...] [--lang zh|en]

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

        Exit status: 0 when every line was read, 1 when some lines were rejected, 64 for usage errors
        (an --out that is an input, a symbolic link, a folder or not a regular file is refused
        before reading), 74 when the output could not be written.

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        guard let beforePath = try arguments.option("--before"), let afterPath = try arguments.option("--after") else {
            throw UsageError(message: "--before and --after are required")
        }
        let outPath = try arguments.option("--out")
        let day = try arguments.option("--as-of").map { try PolicyOptions.day($0, option: "--as-of") }
        let book = try PolicyOptions.book(files: try arguments.options("--policy"))
        let catalog = try RuleOptions.catalog(files: try arguments.options("--rules"), parameters: book.catalog)
        let languageText = try arguments.option("--lang") ?? "zh"
        guard let language = Language(rawValue: languageText) else { throw UsageError(message: "--lang is zh or en") }
        let extra = try arguments.positionals()
        guard extra.isEmpty else { throw UsageError(message: "unexpected argument '\(extra[0])'") }

        var rejected: [String] = []
        try OutputPaths.check([("--out", outPath)], inputs: [beforePath, afterPath])
        let before = try extract(beforePath, catalog: catalog, rejected: &rejected)
        let after = try extract(afterPath, catalog: catalog, rejected: &rejected)
        let detector = SignalDetector(book: book)
        let builder = AssistanceChainBuilder(evaluator: Evaluator(catalog: catalog, book: book))
        var writer = JSONWriter()
        var signalCounts: [SignalKind: Int] = [:]
        var departmentCounts: [String: Int] = [:]
        var presence: [String: Int] = [:]
        var text = ""
        let ids = Array(Set(before.households.keys).union(after.households.keys)).sorted { lhs, rhs in
            (after.order[lhs] ?? Int.max, before.order[lhs] ?? Int.max, lhs) < (after.order[rhs] ?? Int.max, before.order[rhs] ?? Int.max, rhs)
        }
        for id in ids {
            let previous = before.households[id]
            writer.beginObject()
            writer.key("household"); writer.string(id.rawValue)
            guard let current = after.households[id] else {
                presence["vanished", default: 0] += 1
                writer.key("presence"); writer.string("vanished")
                writer.key("day"); if let asOf = previous?.asOf { writer.day(asOf) } else { writer.null() }
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
                departmentCounts["home-visit", default: 0] += 1
                continue
            }
            guard let evaluationDay = day ?? current.asOf else {
                rejected.append("\(afterPath): household \(id): no evaluation day (give --as-of or asOf)")
                writer.key("presence"); writer.string("rejected")
                writer.endObject()
                writer.newline()
                continue
            }
            do {
                try current.checkDates(on: evaluationDay)
            } catch {
                rejected.append("\(afterPath): household \(id): \(error.path): \(error.message) [\(error.code)]")
                writer.key("presence"); writer.string("rejected")
                writer.endObject()
                writer.newline()
                continue
            }
            presence[previous == nil ? "new" : "paired", default: 0] += 1
            let detection = detector.detect(before: previous, after: current, on: evaluationDay)
            let chain = builder.chain(for: current, on: evaluationDay, detection: detection)
            writer.key("presence"); writer.string(previous == nil ? "new" : "paired")
            writer.key("day"); writer.day(evaluationDay)
            chain.writeMembers(to: &writer, language: language)
            writer.endObject()
            writer.newline()
            for signal in chain.signals { signalCounts[signal.kind, default: 0] += 1 }
            for step in chain.steps { departmentCounts[step.department?.rawValue ?? "home-visit", default: 0] += 1 }
            if !chain.signals.isEmpty { text += chain.text(language: language, catalog: catalog) }
        }
        if let outPath {
            try TemporaryOutput.write(writer.bytes, to: outPath)
        } else {
            console.output(writer.text)
        }
        let zh = language == .chinese
        var summary = zh
            ? "提取前 \(before.households.count) 户，提取后 \(after.households.count) 户；配对 \(presence["paired"] ?? 0)，新增 \(presence["new"] ?? 0)，消失 \(presence["vanished"] ?? 0)\n"
            : "before: \(before.households.count) households, after: \(after.households.count); "
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
        if !rejected.isEmpty {
            summary += (zh ? "拒收 \(rejected.count) 行\n" : "rejected: \(rejected.count)\n") + rejected.map { "  \($0)\n" }.joined()
        }
        if outPath != nil { console.output(text) }
        console.error(summary)
        return rejected.isEmpty ? .success : .failure
    }

    /// Households of one extract by id, with their order; rejected lines are reported, and
    /// a repeated id is rejected (its first occurrence is kept).
    static func extract(_ path: String, catalog: RuleCatalog, rejected: inout [String]) throws
        -> (households: [Household.ID: Household], order: [Household.ID: Int])
    {
        var households: [Household.ID: Household] = [:]
        var order: [Household.ID: Int] = [:]
        guard FileManager.default.isReadableFile(atPath: path) else { throw UsageError(message: "\(path): cannot read the file") }
        try InputFile.forEachRecord(path, jsonLines: true) { record in
            do throws(InputError) {
                let household = try record.decode()
                try catalog.checkReferences(of: household)
                if households[household.id] != nil {
                    rejected.append("\(path):\(record.line ?? 0): household id \(household.id) appears twice; the first is kept")
                    return
                }
                households[household.id] = household
                order[household.id] = order.count
            } catch {
                rejected.append("\(path):\(record.line ?? 0): \(error.path): \(error.message) [\(error.code)]")
            }
        }
        return (households, order)
    }
}
