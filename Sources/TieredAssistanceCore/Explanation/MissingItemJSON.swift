/// Writes what an undetermined outcome lacks twice: `missing`, sentences in the output's
/// language, and `missingItems`, the same items as values a program can act on.
///
/// Each item of `missingItems` has a `kind` and the keys of its kind:
/// - `field`: `path`, the household field as a JSON path (`members[1].labourCapacity`);
/// - `parameter`: `parameter` (its id), `jurisdiction`, `residence` and `day` it was looked
///   up for, and `undefined` (`true` when the catalog does not define it at all);
/// - `arithmetic`: nothing more (figures too large to compare exactly, or units that do
///   not fit together);
/// - `undetermined-program`: `program`, whose own determination says what it lacks;
/// - `undetermined-tier`: nothing more (the household's tier is undetermined).
enum MissingItemJSON {
    /// Writes the keys `missing` and `missingItems` into the current object.
    static func write(_ items: [MissingItem], language: Language, to writer: inout JSONWriter) {
        writer.key("missing")
        writer.beginArray()
        for item in items { writeDescription(item, language: language, to: &writer) }
        writer.endArray()
        writer.key("missingItems")
        writer.beginArray()
        for item in items { writeItem(item, to: &writer) }
        writer.endArray()
    }

    /// The item's ``MissingItem/description`` (or ``MissingItem/chineseDescription``) as a
    /// string value, written in pieces: a batch writes one for every undetermined program.
    static func writeDescription(_ item: MissingItem, language: Language, to writer: inout JSONWriter) {
        guard case .field(let path, let reason) = item else {
            writer.string(language == .chinese ? item.chineseDescription : item.description)
            return
        }
        writer.beginString()
        if language == .chinese {
            writer.stringContent("缺少 ")
            writePath(path, to: &writer)
            writer.stringContent("（")
            writer.stringContent(reason.chinese)
            writer.stringContent("）")
        } else {
            writePath(path, to: &writer)
            writer.stringContent(" (")
            writer.stringContent(reason.english)
            writer.stringContent(")")
        }
        writer.endString()
    }

    /// ``FieldPath/description`` inside a string value.
    static func writePath(_ path: FieldPath, to writer: inout JSONWriter) {
        path.render(text: { writer.stringContent($0) }, index: { writer.stringContent(decimal: $0) })
    }

    /// One item as an object of `missingItems`.
    static func writeItem(_ item: MissingItem, to writer: inout JSONWriter) {
        do {
            writer.beginObject()
            switch item {
            case .field(let path, _):
                writer.key("kind"); writer.string("field")
                writer.key("path")
                writer.beginString()
                writePath(path, to: &writer)
                writer.endString()
            case .parameter(let absence):
                writer.key("kind"); writer.string("parameter")
                writer.key("parameter"); writer.string(absence.parameter.rawValue)
                writer.key("jurisdiction"); writer.string(absence.jurisdiction.description)
                writer.key("residence"); writer.string(absence.residence.rawValue)
                writer.key("day"); writer.string(absence.day.description)
                writer.key("undefined"); writer.bool(absence.isUndefined)
            case .arithmetic:
                writer.key("kind"); writer.string("arithmetic")
            case .undeterminedProgram(let program):
                writer.key("kind"); writer.string("undetermined-program")
                writer.key("program"); writer.string(program.rawValue)
            case .undeterminedTier:
                writer.key("kind"); writer.string("undetermined-tier")
            }
            writer.endObject()
        }
    }
}
