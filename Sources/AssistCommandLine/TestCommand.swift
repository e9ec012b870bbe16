import Foundation
import TieredAssistance

/// `assist test CASES...`: test cases as data. Each case names a household, a day, optional
/// policy and rule files and what is expected (tier, statuses, amounts, missing items); the
/// command evaluates each, reports every failure with the explanation, and lists which rules,
/// and which comparisons within them, the cases saw hold and fail, by citation.
enum TestCommand: AssistCommand {
    static let name = "test"
    static let summary = "run test cases written as data, with coverage of the rules by citation"
    static let usage = """
        usage: assist test CASES.json... [--lang zh|en] [--coverage]

        A case file (JSON, version 1) holds "cases", each with:
          "name"       what it checks
          "household"  a household file, relative to the case file (or absolute)
          "on"         the evaluation day, YYYY-MM-DD
          "policy"     policy files layered on the built-in book (optional, relative paths)
          "rules"      rule files (optional, relative paths)
          "expect"     any of: "tier" (a program id, "none" or "undetermined");
                       "status": {"dibao": "eligible", "tekun m2": "not-eligible"};
                       "amount": {"dibao": 1107.00} (yuan a month or once; null: no amount);
                       "missing": {"marginal": ["marginal.asset-limit.financial-months"]}
                       (the parameter ids and field paths the determination lacks, exactly)
        Prints one line per case (ok / FAILED with each difference and the explanation of
        the programs concerned) and a summary; exit 1 when a case fails or a file is invalid.
        With --coverage, lists by citation each rule the cases never evaluated, or saw only
        hold or only fail, and the comparisons within them never seen either way (the rules of
        the first case's catalog: the built-in one plus that case's rule files).

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        let language = try arguments.language()
        let showCoverage = arguments.flag("--coverage")
        let files = try arguments.positionals()
        guard !files.isEmpty else { throw UsageError(message: "give one or more case files") }
        var run = CaseRun(language: language)
        for file in files { run.run(file: file) }
        var lines = run.lines
        lines.append("")
        lines.append(language == .chinese
                     ? "用例 \(run.passed + run.failed) 个：通过 \(run.passed)，失败 \(run.failed)" + (run.invalid > 0 ? "，无效 \(run.invalid)（文件或用例）" : "")
                     : "\(run.passed + run.failed) cases: \(run.passed) passed, \(run.failed) failed" + (run.invalid > 0 ? ", \(run.invalid) invalid (files or cases)" : ""))
        if showCoverage { lines += [""] + run.coverage.report(catalog: run.catalogs.first ?? .innerMongolia, language: language) }
        console.output(lines.joined(separator: "\n") + "\n")
        return run.failed > 0 || run.invalid > 0 ? .failure : .success
    }
}

/// What the cases saw of each rule: its truths, and each comparison's truths.
struct RuleCoverage {
    private(set) var truths: [RuleID: Set<Truth>] = [:]
    private(set) var comparisons: [RuleID: [String: Set<Truth>]] = [:]
    /// Each comparison key (English) with its Chinese text.
    private(set) var chinese: [String: String] = [:]

    mutating func record(_ evaluation: Evaluation) {
        for determination in evaluation.determinations {
            for outcome in determination.rules {
                truths[outcome.rule.id, default: []].insert(outcome.truth)
                for comparison in outcome.trace?.comparisons ?? [] {
                    let key = "\(comparison.left.english) \(comparison.comparison.rawValue) \(comparison.right.english)"
                    chinese[key] = "\(comparison.left.chinese) \(comparison.comparison.rawValue) \(comparison.right.chinese)"
                    comparisons[outcome.rule.id, default: [:]][key, default: []].insert(comparison.truth)
                }
            }
        }
    }

    /// The rules not seen both holding and failing, by citation.
    func report(catalog: RuleCatalog, language: Language) -> [String] {
        let zh = language == .chinese
        var byCitation: [String: [String]] = [:]
        var complete = 0
        for rule in catalog.rules {
            let seen = truths[rule.id] ?? []
            let gap: String
            if seen.isEmpty {
                gap = zh ? "未评估" : "never evaluated"
            } else if !seen.contains(.yes) {
                gap = zh ? "从未满足" : "never held"
            } else if !seen.contains(.no) {
                gap = zh ? "从未不满足" : "never failed"
            } else {
                let partial = (comparisons[rule.id] ?? [:]).filter { !$0.value.contains(.yes) || !$0.value.contains(.no) }
                if partial.isEmpty { complete += 1; continue }
                let keys = partial.keys.sorted().map { zh ? chinese[$0] ?? $0 : $0 }
                gap = (zh ? "部分比较只见一种结果：" : "comparisons seen one way only: ") + keys.joined(separator: zh ? "；" : "; ")
            }
            let citation = rule.citations.first.map { $0.description } ?? (zh ? "（无引用）" : "(no citation)")
            byCitation[citation, default: []].append("    \(rule.id): \(gap)")
        }
        var lines = [zh ? "覆盖：\(complete) 条规则既见满足也见不满足（每个比较亦然）；其余按依据列出："
                        : "Coverage: \(complete) rules seen both holding and failing (each comparison too); the others by citation:"]
        for citation in byCitation.keys.sorted() {
            lines.append("  " + citation)
            lines += byCitation[citation] ?? []
        }
        return lines
    }
}

/// Running the cases of one or more files.
struct CaseRun {
    let language: Language
    private(set) var lines: [String] = []
    private(set) var passed = 0
    private(set) var failed = 0
    private(set) var invalid = 0
    private(set) var coverage = RuleCoverage()
    private(set) var catalogs: [RuleCatalog] = []

    init(language: Language) { self.language = language }

    private var zh: Bool { language == .chinese }

    mutating func run(file: String) {
        let document: JSONValue
        do {
            document = try JSONValue.parse(try InputFile.read(file, limit: 16 << 20))
        } catch let error as InputError {
            return invalid(file, error)
        } catch {
            return invalid(file, InputError(code: .syntax, message: "\(error)"))
        }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        do {
            let top = try Self.object(document, at: .root, keys: ["version", "cases"])
            guard case .number("1")? = top["version"] else {
                throw InputError(path: "version", code: .unsupportedVersion, message: "case files are version 1")
            }
            guard case .array(let cases)? = top["cases"] else { throw InputError(path: "cases", code: .missingKey, message: "cases is a list") }
            for (index, value) in cases.enumerated() {
                // A case that cannot run is reported and the others still run.
                do {
                    try runCase(value, path: FieldPath([.key("cases"), .index(index)]), folder: folder, file: file)
                } catch let error as InputError {
                    invalid(file, error)
                }
            }
        } catch let error as InputError {
            invalid(file, error)
        } catch {
            invalid(file, InputError(code: .invalidValue, message: "\(error)"))
        }
    }

    private mutating func invalid(_ file: String, _ error: InputError) {
        invalid += 1
        lines.append("\(file): \(error.path): \(error.message) [\(error.code)]")
    }

    private mutating func runCase(_ value: JSONValue, path: FieldPath, folder: URL, file: String) throws {
        let fields = try Self.object(value, at: path, keys: ["name", "household", "on", "policy", "rules", "expect"])
        let name = try Self.string(fields["name"], at: path.appending(key: "name"))
        func resolve(_ file: String) -> String { file.hasPrefix("/") ? file : folder.appendingPathComponent(file).path }
        let householdFile = resolve(try Self.string(fields["household"], at: path.appending(key: "household")))
        let dayText = try Self.string(fields["on"], at: path.appending(key: "on"))
        guard let day = Day(iso: dayText), Day.supportedInputRange.contains(day) else {
            throw InputError(path: path.appending(key: "on"), code: .invalidValue, message: "not a day from 1900-01-01 to 2199-12-31")
        }
        let policies = try Self.strings(fields["policy"], at: path.appending(key: "policy")).map(resolve)
        let ruleFiles = try Self.strings(fields["rules"], at: path.appending(key: "rules")).map(resolve)
        guard let expect = fields["expect"] else { throw InputError(path: path.appending(key: "expect"), code: .missingKey, message: "expect is required") }
        let expected = try Self.object(expect, at: path.appending(key: "expect"), keys: ["tier", "status", "amount", "missing"])

        let evaluation: Evaluation
        do {
            let book = try PolicyOptions.book(files: policies)
            let catalog = try RuleOptions.catalog(files: ruleFiles, parameters: book.catalog)
            if catalogs.isEmpty { catalogs.append(catalog) }
            let household = try HouseholdDecoder.decode(try InputFile.read(householdFile))
            evaluation = try Evaluator(catalog: catalog, book: book).evaluate(household, on: day)
        } catch {
            throw InputError(path: path, code: .invalidValue, message: "\(name): \(error)")
        }
        coverage.record(evaluation)
        var differences: [String] = []
        var concerned: [Determination] = []
        if let tier = expected["tier"] {
            let want = try Self.string(tier, at: path.appending(key: "expect").appending(key: "tier"))
            if evaluation.tier.name != want { differences.append((zh ? "层级：期望 " : "tier: expected ") + "\(want)" + (zh ? "，实际 " : ", got ") + evaluation.tier.name) }
        }
        for (key, want, subpath) in try Self.entries(expected["status"], at: path.appending(key: "expect").appending(key: "status")) {
            let determination = try Self.determination(key, in: evaluation, at: subpath)
            let wantText = try Self.string(want, at: subpath)
            guard let status = ProgramStatus(rawValue: wantText) else {
                throw InputError(path: subpath, code: .invalidValue, message: "a status is eligible, not-eligible, undetermined or not-applicable")
            }
            if determination?.status != status {
                differences.append("\(key)" + (zh ? "：期望 " : ": expected ") + wantText + (zh ? "，实际 " : ", got ") + (determination?.status.rawValue ?? "—"))
                determination.map { concerned.append($0) }
            }
        }
        for (key, want, subpath) in try Self.entries(expected["amount"], at: path.appending(key: "expect").appending(key: "amount")) {
            let determination = try Self.determination(key, in: evaluation, at: subpath)
            let wanted: Money?
            switch want {
            case .null: wanted = nil
            case .number(let text):
                guard let money = Money(yuanText: text) else { throw InputError(path: subpath, code: .tooManyDecimals, message: "an amount in yuan with at most 2 decimals") }
                wanted = money
            default: throw InputError(path: subpath, code: .wrongType, message: "an amount is a number of yuan or null")
            }
            let payable = determination?.supersededBy == nil ? determination?.amount?.value : nil
            if payable != wanted {
                differences.append("\(key)" + (zh ? " 金额：期望 " : " amount: expected ") + (wanted?.description ?? "—")
                                   + (zh ? "，实际 " : ", got ") + (payable?.description ?? "—"))
                determination.map { concerned.append($0) }
            }
        }
        for (key, want, subpath) in try Self.entries(expected["missing"], at: path.appending(key: "expect").appending(key: "missing")) {
            let determination = try Self.determination(key, in: evaluation, at: subpath)
            let wanted = Set(try Self.strings(want, at: subpath))
            let actual = Set((determination?.missing ?? []).compactMap { item -> String? in
                switch item {
                case .field(let field, _): return field.description
                case .parameter(let absence): return absence.parameter.rawValue
                case .undeterminedProgram(let program): return program.rawValue
                case .undeterminedTier: return "tier"
                case .arithmetic: return "arithmetic"
                }
            })
            if wanted != actual {
                differences.append("\(key)" + (zh ? " 缺少项：期望 " : " missing: expected ") + wanted.sorted().joined(separator: ", ")
                                   + (zh ? "；实际 " : "; got ") + actual.sorted().joined(separator: ", "))
                determination.map { concerned.append($0) }
            }
        }
        if differences.isEmpty {
            passed += 1
            lines.append((zh ? "通过    " : "ok      ") + name)
        } else {
            failed += 1
            lines.append((zh ? "失败    " : "FAILED  ") + "\(name) (\(file))")
            lines += differences.map { "        " + $0 }
            let renderer = ExplanationRenderer(language: language)
            for determination in concerned {
                lines += renderer.render(determination, of: evaluation).map { "        | " + $0 }
            }
        }
    }

    // MARK: Reading the case file

    private static func object(_ value: JSONValue, at path: FieldPath, keys: Set<String>) throws -> [String: JSONValue] {
        guard case .object(let members) = value else { throw InputError(path: path, code: .wrongType, message: "an object is expected") }
        var result: [String: JSONValue] = [:]
        for member in members {
            guard keys.contains(member.key) else {
                throw InputError(path: path.appending(key: member.key), code: .unknownKey,
                                 message: "unknown key (known: \(keys.sorted().joined(separator: ", ")))")
            }
            guard result.updateValue(member.value, forKey: member.key) == nil else {
                throw InputError(path: path.appending(key: member.key), code: .duplicateKey, message: "the key appears twice")
            }
        }
        return result
    }

    private static func string(_ value: JSONValue?, at path: FieldPath) throws -> String {
        guard let value else { throw InputError(path: path, code: .missingKey, message: "required") }
        guard case .string(let text) = value else { throw InputError(path: path, code: .wrongType, message: "a string is expected") }
        return text
    }

    private static func strings(_ value: JSONValue?, at path: FieldPath) throws -> [String] {
        guard let value else { return [] }
        guard case .array(let items) = value else { throw InputError(path: path, code: .wrongType, message: "a list of strings is expected") }
        return try items.enumerated().map { index, item in try string(item, at: path.appending(index: index)) }
    }

    private static func entries(_ value: JSONValue?, at path: FieldPath) throws -> [(String, JSONValue, FieldPath)] {
        guard let value else { return [] }
        guard case .object(let members) = value else { throw InputError(path: path, code: .wrongType, message: "an object is expected") }
        return members.map { ($0.key, $0.value, path.appending(key: $0.key)) }
    }

    /// `dibao` (the household's determination) or `tekun m2` (a member's).
    private static func determination(_ key: String, in evaluation: Evaluation, at path: FieldPath) throws -> Determination? {
        let parts = key.split(separator: " ").map(String.init)
        guard let first = parts.first else {
            throw InputError(path: path, code: .invalidValue, message: "a program id, optionally followed by a member id")
        }
        let program = ProgramID(first)
        guard evaluation.catalog.program(program) != nil else {
            throw InputError(path: path, code: .unknownReference, message: "the catalog has no program \(InputError.echo(first))")
        }
        if parts.count == 2 { return evaluation.determination(program, member: Member.ID(parts[1])) }
        guard parts.count == 1 else { throw InputError(path: path, code: .invalidValue, message: "a program id, optionally followed by a member id") }
        return evaluation.determination(program)
    }
}
