import TieredAssistance

/// The options shared by `evaluate`, `explain` and `what-if`: the household file, the
/// evaluation day, policy and rule files, the language and the near-miss share.
struct EvaluationOptions {
    let file: String
    let day: Day?
    let evaluator: Evaluator
    let language: Language
    let format: String

    static let usageLines = """
          --as-of DAY       the evaluation day, YYYY-MM-DD (default: the household's "asOf")
          --policy FILE     a policy file layered on the built-in book (repeatable, in order)
          --rules FILE      a rule file adding or overriding rules (repeatable, in order)
          --lang zh|en      the language of explanations (default zh)
          --near-miss PCT   flag programs missed by at most PCT percent (default 5)
        """

    init(_ arguments: inout ArgumentList, formats: [String]) throws {
        let day = try arguments.option("--as-of").map { try PolicyOptions.day($0, option: "--as-of") }
        let book = try PolicyOptions.book(files: try arguments.options("--policy"))
        let catalog = try RuleOptions.catalog(files: try arguments.options("--rules"), parameters: book.catalog)
        let language = try arguments.language()
        let format = try arguments.option("--format") ?? formats[0]
        guard formats.contains(format) else { throw UsageError(message: "--format is \(formats.joined(separator: " or "))") }
        var evaluator = try Evaluator(catalog: catalog, book: book)
        if let share = try arguments.option("--near-miss") {
            guard let rate = Rate(decimal: share) else { throw UsageError(message: "--near-miss takes a percentage such as 5 or 2.5") }
            evaluator.nearMissShare = Rate(rate.numerator, over: rate.denominator * 100)
        }
        let files = try arguments.positionals()
        guard files.count == 1 else { throw UsageError(message: files.isEmpty ? "give a household file" : "give one household file") }
        self.file = files[0]
        self.day = day
        self.evaluator = evaluator
        self.language = language
        self.format = format
    }

    /// Reads the household; input errors are reported with their path and give status 1.
    func household(console: Console) -> Household? {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(file)
        } catch {
            console.error("\(file): \(error)\n")
            return nil
        }
        do {
            let household = try HouseholdDecoder.decode(bytes)
            try evaluator.catalog.checkReferences(of: household)
            return household
        } catch {
            console.error("\(file): \(error.path): \(error.message) [\(error.code)]\n")
            return nil
        }
    }

    /// The evaluation day: `--as-of`, else the household's `asOf`; `nil` (after reporting the
    /// field, status 1) when the household cannot be evaluated on it (a member born after it).
    func evaluationDay(for household: Household, console: Console) throws -> Day? {
        guard let day = day ?? household.asOf else {
            throw UsageError(message: "no evaluation day: give --as-of YYYY-MM-DD (the household has no \"asOf\")")
        }
        do {
            try household.checkDates(on: day)
        } catch {
            console.error("\(file): \(error.path): \(error.message) [\(error.code)]\n")
            return nil
        }
        return day
    }

    /// The reconciliation of the household's statuses on record with `evaluation`.
    func reconciliation(for household: Household, evaluation: Evaluation) -> [ReconciliationFinding] {
        let parameters = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence,
                                                   on: evaluation.day)
        return Reconciliation.findings(for: household, evaluation: evaluation, parameters: parameters)
    }
}
