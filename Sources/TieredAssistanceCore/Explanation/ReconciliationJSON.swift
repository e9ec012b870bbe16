/// Writes reconciliation findings as a JSON array with a fixed key order.
public enum ReconciliationJSON {
    /// The findings as one compact JSON array (no trailing newline).
    public static func encode(_ findings: [ReconciliationFinding], language: Language = .chinese) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: 256)
        write(findings, language: language, to: &writer)
        return writer.bytes
    }

    /// Writes `findings` as one JSON array: kind, program, member, dueOn, isDue, text (in
    /// `language`), citations and missing items.
    package static func write(_ findings: [ReconciliationFinding], language: Language, to writer: inout JSONWriter) {
        writer.beginArray()
        for finding in findings {
            writer.beginObject()
            writer.key("kind"); writer.string(finding.kind.rawValue)
            writer.key("program"); writer.string(finding.program.rawValue)
            writer.key("member"); if let member = finding.member { writer.string(member.rawValue) } else { writer.null() }
            writer.key("dueOn"); if let day = finding.dueOn { writer.day(day) } else { writer.null() }
            writer.key("isDue"); writer.bool(finding.isDue)
            writer.key("text"); writer.string(finding.text.text(language))
            writer.key("citations")
            writer.beginArray()
            for citation in finding.citations { writer.string(citation.description) }
            writer.endArray()
            MissingItemJSON.write(finding.missing, language: language, to: &writer)
            writer.endObject()
        }
        writer.endArray()
    }
}
