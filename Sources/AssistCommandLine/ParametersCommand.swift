import TieredAssistance

/// `assist parameters --jurisdiction CODE --on DAY [--residence urban|rural] [--policy FILE ...]
/// [--format text|json]`: every parameter value in force there and then, with its unit,
/// source and status, and the parameters that have no value.
enum ParametersCommand: AssistCommand {
    static let name = "parameters"
    static let summary = "show the parameter values in force for a place and day, with sources"
    static let usage = """
        usage: assist parameters --jurisdiction CODE --on YYYY-MM-DD [--residence urban|rural]
                                 [--policy FILE ...] [--format text|json]
               assist parameters --coverage --from YYYY-MM-DD --to YYYY-MM-DD [--jurisdiction CODE]
                                 [--policy FILE ...]

        Resolves every parameter for the jurisdiction (six-digit code, e.g. 152201 Ulanhot)
        on the day: the most specific jurisdiction with a value in force, the latest value
        on or before the day. Prints each value with its unit, source, status (sourced or
        illustrative), effective dates, layer and last-verified day, then lists the
        parameters with no value there and then (rules that need them are undetermined).

        With --coverage: for each place (the jurisdiction, or every place the book sets values
        for) and each year from --from to --to, whether each parameter the catalog reads had a
        sourced value every day (S), a value every day but some illustrative (I), no value on
        some days (~) or none at all (-).

        --residence   only urban or only rural values (default: both)
        --policy      a policy file layered on the built-in book (repeatable, in order)
        --format      text (default) or json

        """

    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        if arguments.flag("--coverage") { return try coverage(arguments, console: console) }
        guard let jurisdiction = try arguments.jurisdiction() else { throw UsageError(message: "--jurisdiction is required") }
        guard let dayText = try arguments.option("--on") else { throw UsageError(message: "--on is required") }
        let day = try PolicyOptions.day(dayText, option: "--on")
        let residences = try arguments.residences()
        let format = try arguments.option("--format") ?? "text"
        guard format == "text" || format == "json" else { throw UsageError(message: "--format is text or json") }
        let book = try PolicyOptions.book(files: try arguments.options("--policy"))
        let extra = try arguments.positionals()
        guard extra.isEmpty else { throw UsageError(message: "unexpected argument '\(extra[0])'") }

        let report = ParameterReport(book: book, jurisdiction: jurisdiction, residences: residences, day: day)
        console.output(format == "json" ? report.json() : report.text())
        return .success
    }

    private static func coverage(_ arguments: ArgumentList, console: Console) throws -> ExitCode {
        var arguments = arguments
        guard let fromText = try arguments.option("--from") else { throw UsageError(message: "--coverage needs --from") }
        guard let toText = try arguments.option("--to") else { throw UsageError(message: "--coverage needs --to") }
        let from = try PolicyOptions.day(fromText, option: "--from")
        let to = try PolicyOptions.day(toText, option: "--to")
        guard from <= to else { throw UsageError(message: "--to \(to) is before --from \(from)") }
        guard to.year - from.year < 50 else { throw UsageError(message: "--coverage spans at most 50 years") }
        let book = try PolicyOptions.book(files: try arguments.options("--policy"))
        let jurisdictions = try arguments.jurisdiction().map { [$0] }
            ?? Set(book.layers.flatMap { $0.entries.map(\.jurisdiction) }).sorted()
        let extra = try arguments.positionals()
        guard extra.isEmpty else { throw UsageError(message: "unexpected argument '\(extra[0])'") }
        let report = ParameterCoverage(book: book, catalog: .innerMongolia, jurisdictions: jurisdictions, from: from, to: to)
        console.output(report.text)
        return .success
    }
}

/// The resolved parameters of one place and day, for printing.
struct ParameterReport {
    struct Row {
        let definition: ParameterDefinition
        let residence: Residence?
        let resolution: ParameterResolution
    }

    let book: PolicyBook
    let jurisdiction: AdministrativeDivisionCode
    let day: Day
    let rows: [Row]

    init(book: PolicyBook, jurisdiction: AdministrativeDivisionCode, residences: [Residence], day: Day) {
        self.book = book
        self.jurisdiction = jurisdiction
        self.day = day
        var rows: [Row] = []
        for definition in book.catalog.definitions.sorted(by: { $0.id < $1.id }) {
            if definition.isResidenceSpecific {
                for residence in residences {
                    rows.append(Row(definition: definition, residence: residence,
                                    resolution: book.resolve(definition.id, jurisdiction: jurisdiction, residence: residence, on: day)))
                }
            } else {
                rows.append(Row(definition: definition, residence: nil,
                                resolution: book.resolve(definition.id, jurisdiction: jurisdiction,
                                                         residence: residences[0], on: day)))
            }
        }
        self.rows = rows
    }

    func text() -> String {
        var lines: [String] = []
        let layers = book.layers.map(\.name).joined(separator: ", ")
        lines.append("Parameters for \(JurisdictionDirectory.label(of: jurisdiction)) on \(day) (layers: \(layers))")
        lines.append("")
        for row in rows {
            guard case .value(let resolved) = row.resolution else { continue }
            let entry = resolved.entry
            let place = row.residence.map { " [\($0.rawValue)]" } ?? ""
            lines.append("\(row.definition.id)\(place)  \(row.definition.chineseTitle) · \(row.definition.englishTitle)")
            lines.append("  value: \(entry.displayValue(chinese: true)) (\(entry.unit.rawValue)) · \(entry.status.rawValue)")
            let until = entry.ends.map { " to \($0)" } ?? ""
            let inferred = entry.isEffectiveDayInferred ? " [I: inferred day]" : ""
            lines.append("  in force: from \(entry.effective)\(inferred)\(until) · set for \(JurisdictionDirectory.label(of: entry.jurisdiction)) · layer \(resolved.layerName)")
            if let source = entry.source {
                var text = "  source: \(source)"
                if let published = source.document.published { text += " · published \(published)" }
                if let url = source.document.url { text += " · \(url)" }
                lines.append(text)
            } else {
                lines.append("  source: none given")
            }
            lines.append("  last verified: " + (entry.lastVerified?.description ?? "not recorded"))
            if let note = entry.note { lines.append("  note: \(note)") }
            lines.append("")
        }
        let absent = rows.filter { $0.resolution.resolved == nil }
        lines.append("No value in \(jurisdiction) on \(day) (\(absent.count)); rules that need these are undetermined:")
        for row in absent {
            let place = row.residence.map { " [\($0.rawValue)]" } ?? ""
            lines.append("  \(row.definition.id)\(place)  \(row.definition.chineseTitle)")
            if case .absent(let absence) = row.resolution, let detail = absence.detail { lines.append("    " + detail.english) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json() -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("jurisdiction"); writer.string(jurisdiction.description)
        writer.key("on"); writer.day(day)
        writer.key("layers")
        writer.beginArray()
        for layer in book.layers { writer.string(layer.name) }
        writer.endArray()
        writer.key("resolved")
        writer.beginArray()
        for row in rows {
            guard case .value(let resolved) = row.resolution else { continue }
            let entry = resolved.entry
            writer.beginObject()
            writer.key("parameter"); writer.string(row.definition.id.rawValue)
            writer.key("residence"); if let residence = row.residence { writer.string(residence.rawValue) } else { writer.null() }
            writer.key("value")
            switch entry.value {
            case .money(let amount): writer.money(amount)
            case .rate(let rate): writer.rate(rate)
            case .integer(let value): writer.int(value)
            case .choice(let option): writer.string(option)
            case .unknown: writer.null()
            }
            writer.key("unit"); writer.string(entry.unit.rawValue)
            writer.key("status"); writer.string(entry.status.rawValue)
            writer.key("effective"); writer.day(entry.effective)
            writer.key("effectiveInferred"); writer.bool(entry.isEffectiveDayInferred)
            writer.key("ends"); if let ends = entry.ends { writer.day(ends) } else { writer.null() }
            writer.key("setFor"); writer.string(entry.jurisdiction.description)
            writer.key("layer"); writer.string(resolved.layerName)
            writer.key("source")
            if let source = entry.source {
                writer.beginObject()
                writer.key("key"); writer.string(source.document.key)
                writer.key("title"); writer.string(source.document.title)
                writer.key("issuer"); writer.string(source.document.issuer)
                writer.key("number"); if let number = source.document.number { writer.string(number) } else { writer.null() }
                writer.key("article"); if let article = source.article { writer.string(article) } else { writer.null() }
                writer.key("url"); if let url = source.document.url { writer.string(url) } else { writer.null() }
                writer.key("published"); if let day = source.document.published { writer.day(day) } else { writer.null() }
                writer.endObject()
            } else {
                writer.null()
            }
            writer.key("lastVerified"); if let day = entry.lastVerified { writer.day(day) } else { writer.null() }
            writer.key("note"); if let note = entry.note { writer.string(note) } else { writer.null() }
            writer.endObject()
        }
        writer.endArray()
        writer.key("absent")
        writer.beginArray()
        for row in rows where row.resolution.resolved == nil {
            writer.beginObject()
            writer.key("parameter"); writer.string(row.definition.id.rawValue)
            writer.key("residence"); if let residence = row.residence { writer.string(residence.rawValue) } else { writer.null() }
            writer.key("reason")
            if case .absent(let absence) = row.resolution, let detail = absence.detail { writer.string(detail.english) } else { writer.null() }
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.text
    }
}
