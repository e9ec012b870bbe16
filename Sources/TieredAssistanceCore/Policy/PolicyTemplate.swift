/// A policy file to fill in: every parameter a catalog's programs read that has no value at
/// a place on a day, with its definition, its unit and the last value the book knew.
///
/// Each entry is written with `"value": null` and `"status": "illustrative"`, which the
/// loader reads as "the place's value is not known": loading the template as it is changes no
/// decision. Filling in a value (and, for law, `"status": "sourced"` with a `source`) makes the
/// decisions that waited for it decidable.
public enum PolicyTemplate {
    /// One parameter to supply.
    public struct Item: Sendable {
        /// The parameter.
        public let definition: ParameterDefinition
        /// The residence the value is for, when the parameter has separate urban and rural values.
        public let residence: Residence?
        /// The unit to write the value in: the last known value's, else the definition's first.
        public let unit: ParameterUnit
        /// Why there is no value: the last known value and when it ended, or the entry that
        /// records the place's own value as unknown.
        public let absence: ParameterAbsence
    }

    /// The parameters the programs of `catalog` read (their rules, amounts and the measures
    /// they use) that `book` has no value for at `jurisdiction` on `day`, in catalog order.
    public static func items(catalog: RuleCatalog, book: PolicyBook, jurisdiction: AdministrativeDivisionCode,
                             on day: Day, residences: [Residence] = [.urban, .rural]) -> [Item] {
        var items: [Item] = []
        for definition in catalog.parametersRead {
            guard let position = book.catalog.index(of: definition.id) else { continue }
            for residence in definition.isResidenceSpecific ? residences : [residences.first ?? .urban] {
                guard case .absent(let absence) = book.resolve(index: position, jurisdiction: jurisdiction,
                                                               residence: residence, on: day),
                      !absence.isUndefined
                else { continue }
                let unit = (absence.lastKnown ?? absence.unknownHere)?.unit ?? definition.units.first ?? .yuan
                items.append(Item(definition: definition, residence: definition.isResidenceSpecific ? residence : nil,
                                  unit: unit, absence: absence))
            }
        }
        return items
    }

    /// The policy file (version 1), one entry per item, effective on `day`, pretty-printed
    /// one entry per line.
    public static func json(_ items: [Item], jurisdiction: AdministrativeDivisionCode, from day: Day) -> String {
        var lines: [String] = []
        for item in items {
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("parameter"); writer.string(item.definition.id.rawValue)
            writer.key("jurisdiction"); writer.string(jurisdiction.description)
            if let residence = item.residence { writer.key("residence"); writer.string(residence.rawValue) }
            writer.key("effective"); writer.day(day)
            writer.key("value"); writer.null()
            writer.key("unit"); writer.string(item.unit.rawValue)
            writer.key("status"); writer.string(ValueStatus.illustrative.rawValue)
            var note = "FILL IN the value (null: not known) and, for law, status sourced with a source. "
                + "\(item.definition.chineseTitle) / \(item.definition.englishTitle): \(item.definition.summary)"
            if item.unit == .choice, !item.definition.choices.isEmpty {
                note += " One of: " + item.definition.choices.joined(separator: ", ") + "."
            }
            if let detail = item.absence.detail { note += " Now: " + detail.english }
            // The loader takes notes of at most 2,048 bytes: cut on a character boundary.
            while note.utf8.count > 2000 { note.removeLast() }
            writer.key("note"); writer.string(note)
            writer.endObject()
            lines.append("    " + String(decoding: writer.bytes, as: UTF8.self))
        }
        var header = JSONWriter()
        header.string("Parameters to supply for \(jurisdiction) from \(day)")
        return "{\n  \"version\": \(PolicyFileLoader.formatVersion),\n  \"title\": \(String(decoding: header.bytes, as: UTF8.self)),\n"
            + "  \"values\": [\n" + lines.joined(separator: ",\n") + (lines.isEmpty ? "" : "\n") + "  ]\n}\n"
    }
}
