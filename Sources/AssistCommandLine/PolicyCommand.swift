import TieredAssistance

/// `assist policy template --jurisdiction CODE --from DAY`: a policy file listing every
/// parameter the catalog reads there that has no value from that day, to fill in.
/// `assist policy check FILE...`: each file read strictly against the book, with each value's
/// change against the one it replaces.
enum PolicyCommand: AssistCommand {
    static let name = "policy"
    static let summary = "write a policy file of the parameters a place lacks; check policy files"
    static let usage = """
        usage: assist policy template --jurisdiction CODE --from YYYY-MM-DD [--residence urban|rural]
                                      [--policy FILE ...] [--rules FILE ...]
               assist policy check FILE... [--policy FILE ...]

        template  Writes, to standard output, a policy file (version 1) with one entry for every
                  parameter the catalog's programs read at the jurisdiction that has no value on
                  the day: its definition and, in the note, the last known value with its source
                  and the day it ended. Each value is null ("not known") with status illustrative,
                  so loading the file unfilled changes nothing; fill in the values (for law, status
                  sourced with a source) and pass the file with --policy.

        check     Reads each FILE as --policy would, against the built-in book (and the --policy
                  files): a file it refuses is an error naming the file, line and field path (exit
                  1). For each value it prints the change against the value it replaces, in %,
                  the days left without a value before it, and whether it is illustrative or
                  still to fill in (null).

        --jurisdiction  six-digit administrative-division code, e.g. 152201 (Ulanhot)
        --from          the day the values are to take effect
        --residence     only urban or only rural values (default: both)
        --policy        policy files already layered on the built-in book (their values count)
        --rules         rule files whose programs' parameters count too

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        switch arguments.subcommand() {
        case "template": break
        case "check": return try check(arguments, console: console)
        case nil: throw UsageError(message: "give a subcommand: template or check")
        case let other?: throw UsageError(message: "unknown subcommand '\(other)' (known: template, check)")
        }
        guard let jurisdiction = try arguments.jurisdiction() else { throw UsageError(message: "--jurisdiction is required") }
        guard let dayText = try arguments.option("--from") else { throw UsageError(message: "--from is required") }
        let day = try PolicyOptions.day(dayText, option: "--from")
        let residences = try arguments.residences()
        let book = try PolicyOptions.book(files: try arguments.options("--policy"))
        let catalog = try RuleOptions.catalog(files: try arguments.options("--rules"), parameters: book.catalog)
        let extra = try arguments.positionals()
        guard extra.isEmpty else { throw UsageError(message: "unexpected argument '\(extra[0])'") }

        let items = PolicyTemplate.items(catalog: catalog, book: book, jurisdiction: jurisdiction, on: day, residences: residences)
        console.output(PolicyTemplate.json(items, jurisdiction: jurisdiction, from: day))
        console.error("\(items.count) parameters without a value at \(jurisdiction) on \(day)\n")
        return .success
    }

    private static func check(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        let base = try PolicyOptions.book(files: try arguments.options("--policy"))
        let files = try arguments.positionals()
        guard !files.isEmpty else { throw UsageError(message: "give the policy files to check") }
        let report = PolicyCheck(files: files, base: base)
        console.output(report.lines.joined(separator: "\n") + "\n")
        return report.failed ? .failure : .success
    }
}
