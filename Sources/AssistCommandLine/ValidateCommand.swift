import Foundation
import TieredAssistance

/// `assist validate FILE...`: reads households (a `.json` file holds one, a `.jsonl` file
/// one per line), and prints a summary of each valid household or the errors, each with
/// its field path and line.
enum ValidateCommand: AssistCommand {
    static let name = "validate"
    static let summary = "check household files and summarise each household"
    static let usage = """
        usage: assist validate FILE... [--rules FILE ...]

        Reads each FILE strictly: a .json file holds one household, a .jsonl file one
        household per line (blank lines are skipped). Prints a summary of each valid
        household and every error with its line and field path. Statuses on record must
        name programs of the catalog (the built-in one, with --rules files added).

        Exit status: 0 if every household is valid, 1 if any is not, 64 for usage errors.

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        let catalog = try RuleOptions.catalog(files: try arguments.options("--rules"), parameters: .standard)
        let files = try arguments.positionals()
        guard !files.isEmpty else { throw UsageError(message: "give at least one file") }
        var valid = 0
        var invalid = 0
        for file in files {
            do {
                try InputFile.forEachRecord(file, jsonLines: file.hasSuffix(".jsonl")) { record in
                    let location = record.line.map { "\(file):\($0)" } ?? file
                    do throws(InputError) {
                        let household = try record.decode()
                        try catalog.checkReferences(of: household)
                        valid += 1
                        console.output("\(location): valid (household format version \(HouseholdDecoder.formatVersion))\n")
                        console.output(HouseholdSummary(household).text)
                    } catch {
                        invalid += 1
                        console.output("\(location): invalid: \(error.path): \(error.message) [\(error.code)]\n")
                    }
                }
            } catch {
                console.error("\(file): \(error)\n")
                invalid += 1
            }
        }
        console.output("\(valid) valid, \(invalid) invalid\n")
        return invalid == 0 ? .success : .failure
    }
}

/// A few lines describing a household without personal data.
struct HouseholdSummary {
    let text: String

    init(_ household: Household) {
        var lines: [String] = []
        lines.append("  household \(household.id) · jurisdiction \(household.jurisdiction) · \(household.residence.rawValue)")
        let relationships = household.members.map { $0.relationship.rawValue }.joined(separator: ", ")
        lines.append("  members: \(household.members.count) (\(relationships))")
        let disabled = household.members.compactMap { member in
            member.disability.map { "\(member.id): \($0.category.rawValue) grade \($0.grade.rawValue)" }
        }
        if !disabled.isEmpty { lines.append("  disability certificates: \(disabled.joined(separator: "; "))") }
        let deductions = household.incomes.filter { $0.kind == .taxesAndContributions }
        let received = household.incomes.filter { $0.kind != .taxesAndContributions }
        lines.append("  incomes: \(household.incomes.count) records; received \(received.map(\.monthlyAmount).sum()) yuan/month"
            + " (all kinds, before the rules' exclusions), taxes and contributions \(deductions.map(\.monthlyAmount).sum()) yuan/month")
        if let first = household.expenses.map(\.day).min(), let last = household.expenses.map(\.day).max() {
            let total = household.expenses.reduce(Money.zero) { $0 + $1.amount }
            lines.append("  expenses: \(household.expenses.count) records, \(total) yuan, \(first) to \(last)")
        } else {
            lines.append("  expenses: none")
        }
        if let assets = household.assets {
            var text = "  assets: financial \(assets.financialTotal) yuan, \(assets.vehicles.count) vehicles, "
                + "\(assets.homes.count) homes, \(assets.businesses.count) businesses"
            if let verification = assets.verification {
                text += "; verified \(verification.finding.rawValue) for \(verification.checkedFor.rawValue) on \(verification.verifiedOn)"
            }
            lines.append(text)
        } else {
            lines.append("  assets: not reported")
        }
        lines.append("  obligors: " + (household.obligors.map { String($0.count) } ?? "not reported")
            + " · events: \(household.events.count)")
        text = lines.joined(separator: "\n") + "\n"
    }
}
