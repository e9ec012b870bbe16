/// Writes reconciliation findings as a JSON array with a fixed key order.
public enum ReconciliationJSON {
    /// Writes `findings` as one JSON array: kind, program, member, dueOn, isDue, text (in
    /// `language`), citations and missing items.
    public static func write(_ findings: [ReconciliationFinding], language: Language, to writer: inout JSONWriter) {
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
            writer.key("missing")
            writer.beginArray()
            for item in finding.missing { writer.string(language == .chinese ? item.chineseDescription : item.description) }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
    }
}
