import TieredAssistance

/// `assist rules --format markdown|json`: the rule catalog (RULES.md is its Markdown).
enum RulesCommand: AssistCommand {
    static let name = "rules"
    static let summary = "print the rule catalog (RULES.md is its Markdown output)"
    static let usage = """
        usage: assist rules [--format markdown|json] [--rules FILE ...]

        Prints every program and rule: ids, titles, citations, the condition in readable
        form, the parameters and measures it reads, and what it yields. RULES.md is the
        Markdown output for the built-in catalog.

          --format markdown|json   markdown (default) or json
          --rules FILE             include a rule file's rules (repeatable)

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        let format = try arguments.option("--format") ?? "markdown"
        guard format == "markdown" || format == "json" else { throw UsageError(message: "--format is markdown or json") }
        let catalog = try RuleOptions.catalog(files: try arguments.options("--rules"), parameters: .standard)
        let extra = try arguments.positionals()
        guard extra.isEmpty else { throw UsageError(message: "unexpected argument '\(extra[0])'") }
        console.output(format == "markdown"
                       ? CatalogDocumentation.markdown(catalog, choices: CatalogChoice.innerMongolia, book: InnerMongoliaBook.book)
                       : CatalogDocumentation.json(catalog))
        return .success
    }
}
