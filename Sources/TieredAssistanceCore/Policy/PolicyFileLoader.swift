/// Reads policy files: JSON documents that add or override parameter values on top of the
/// built-in book (an analyst's asset limits, a reform that raises a standard).
///
/// ```json
/// {
///   "version": 1,
///   "title": "Reform scenario: Ulanhot standard +5% from 2025-01-01 (illustrative)",
///   "values": [
///     { "parameter": "dibao.standard", "jurisdiction": "152201", "residence": "urban",
///       "effective": "2025-01-01", "value": 870.45, "unit": "yuan-per-person-per-month",
///       "status": "illustrative", "note": "829 × 1.05, for the reform-impact example" }
///   ]
/// }
/// ```
///
/// The loader is strict: unknown keys, unknown parameter ids, units the parameter does not
/// take, values that do not match their unit, unsorted, duplicate or overlapping dates,
/// and sourced values without a source are errors naming the field path
/// (`values[3].unit`). A typo is never ignored.
public enum PolicyFileLoader {
    /// The policy-file format version this loader reads.
    public static let formatVersion: Int64 = 1

    /// Parses a policy file into a layer named `name` (usually the file path), checked
    /// against `catalog`.
    ///
    /// - Throws: ``InputError`` naming the field path.
    public static func load(_ bytes: [UInt8], name: String, catalog: ParameterCatalog) throws(InputError)
        -> PolicyBook.Layer
    {
        let layer: PolicyBook.Layer
        do {
            layer = try bytes.withUnsafeBytes { buffer in
                var reader = JSONReader(buffer)
                let layer = try readFile(&reader, name: name)
                try reader.expectEnd()
                return layer
            }
        } catch let error as InputError {
            throw error
        } catch {
            preconditionFailure("only InputError is thrown")
        }
        do {
            try PolicyBook.validate(layer.entries, catalog: catalog)
        } catch {
            throw error.prefixed(by: .key("values"))
        }
        return layer
    }

    /// Parses a policy file given as text.
    public static func load(_ text: String, name: String, catalog: ParameterCatalog) throws(InputError)
        -> PolicyBook.Layer
    {
        try load(Array(text.utf8), name: name, catalog: catalog)
    }

    private static func readFile(_ reader: inout JSONReader, name: String) throws(InputError) -> PolicyBook.Layer {
        var seen = SeenKeys()
        var version: Int64?
        var title: String?
        var entries: [ParameterEntry]?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "version":
                try seen.mark(0, key)
                version = try HouseholdDecoder.field("version") { () throws(InputError) in
                    let value = try reader.readInt(in: 0...1_000_000)
                    guard value == formatVersion else {
                        throw InputError(code: .unsupportedVersion,
                                         message: "this library reads policy format version \(formatVersion), found \(value)")
                    }
                    return value
                }
            case "title":
                try seen.mark(1, key)
                title = try HouseholdDecoder.field("title") { () throws(InputError) in try reader.readString(maximumBytes: 1024) }
            case "values":
                try seen.mark(2, key)
                entries = try HouseholdDecoder.field("values") { () throws(InputError) in
                    try HouseholdDecoder.readList(&reader, limit: 100_000, what: "values", readEntry)
                }
            default:
                throw HouseholdDecoder.unknownKey(key)
            }
        }
        guard version != nil else { throw HouseholdDecoder.missing("version") }
        guard let title else { throw HouseholdDecoder.missing("title") }
        guard let entries else { throw HouseholdDecoder.missing("values") }
        return PolicyBook.Layer(name: name, title: title, entries: entries)
    }

    /// A value as written, interpreted once the unit is known.
    private enum RawValue {
        case number(String)
        case text(String)
        case null
    }

    private static func readEntry(_ reader: inout JSONReader) throws(InputError) -> ParameterEntry {
        var seen = SeenKeys()
        var parameter: ParameterID?
        var jurisdiction: AdministrativeDivisionCode?
        var residence: Residence?
        var effective: Day?
        var ends: Day?
        var raw: RawValue?
        var unit: ParameterUnit?
        var status: ValueStatus?
        var source: Citation?
        var lastVerified: Day?
        var note: String?
        var effectiveInferred = false
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "parameter":
                try seen.mark(0, key)
                parameter = try HouseholdDecoder.field("parameter") { () throws(InputError) in
                    ParameterID(try reader.readString(maximumBytes: 128))
                }
            case "jurisdiction":
                try seen.mark(1, key)
                jurisdiction = try HouseholdDecoder.field("jurisdiction") { () throws(InputError) in
                    try HouseholdDecoder.readDivisionCode(&reader)
                }
            case "residence":
                try seen.mark(2, key)
                residence = try HouseholdDecoder.field("residence") { () throws(InputError) in try reader.readEnum(Residence.self) }
            case "effective":
                try seen.mark(3, key)
                effective = try HouseholdDecoder.field("effective") { () throws(InputError) in try reader.readDay() }
            case "ends":
                try seen.mark(4, key)
                ends = try HouseholdDecoder.field("ends") { () throws(InputError) in try reader.readDay() }
            case "value":
                try seen.mark(5, key)
                raw = try HouseholdDecoder.field("value") { () throws(InputError) in
                    switch reader.peekKind() {
                    case .number: return .number(try reader.readNumberText())
                    case .string: return .text(try reader.readString())
                    case .null:
                        _ = try reader.readNullIfPresent()
                        return .null
                    default:
                        throw InputError(code: .wrongType,
                                         message: "a value is a number, for a choice a string, or null (the place has its own value, not found)")
                    }
                }
            case "unit":
                try seen.mark(6, key)
                unit = try HouseholdDecoder.field("unit") { () throws(InputError) in try reader.readEnum(ParameterUnit.self) }
            case "status":
                try seen.mark(7, key)
                status = try HouseholdDecoder.field("status") { () throws(InputError) in try reader.readEnum(ValueStatus.self) }
            case "source":
                try seen.mark(8, key)
                source = try HouseholdDecoder.field("source") { () throws(InputError) in try readSource(&reader) }
            case "effectiveInferred":
                try seen.mark(11, key)
                effectiveInferred = try HouseholdDecoder.field("effectiveInferred") { () throws(InputError) in try reader.readBool() }
            case "lastVerified":
                try seen.mark(9, key)
                lastVerified = try HouseholdDecoder.field("lastVerified") { () throws(InputError) in try reader.readDay() }
            case "note":
                try seen.mark(10, key)
                note = try HouseholdDecoder.field("note") { () throws(InputError) in try reader.readString(maximumBytes: 2048) }
            default:
                throw HouseholdDecoder.unknownKey(key)
            }
        }
        guard let parameter else { throw HouseholdDecoder.missing("parameter") }
        guard let jurisdiction else { throw HouseholdDecoder.missing("jurisdiction") }
        guard let effective else { throw HouseholdDecoder.missing("effective") }
        guard let raw else { throw HouseholdDecoder.missing("value") }
        guard let unit else { throw HouseholdDecoder.missing("unit") }
        guard let status else { throw HouseholdDecoder.missing("status") }
        let value = try HouseholdDecoder.field("value") { () throws(InputError) in try interpret(raw, as: unit) }
        return ParameterEntry(parameter: parameter, jurisdiction: jurisdiction, residence: residence,
                              effective: effective, effectiveDayInferred: effectiveInferred, ends: ends, value: value,
                              unit: unit, source: source,
                              status: status, lastVerified: lastVerified, note: note)
    }

    private static func interpret(_ raw: RawValue, as unit: ParameterUnit) throws(InputError) -> ParameterValue {
        switch (raw, unit) {
        case (.null, _):
            return .unknown
        case (.text(let option), .choice):
            return .choice(option)
        case (.number(let text), let unit) where unit.isMoney:
            var bytes = Array(text.utf8)
            let result = bytes.withUnsafeMutableBytes { buffer in
                FixedPointDecimal.parse(UnsafeRawBufferPointer(buffer), scale: 2, limit: Money.inputLimit.fen)
            }
            switch result {
            case .success(let fen): return .money(Money(fen: fen))
            case .failure(let failure): throw InputError.amount(failure, offset: 0)
            }
        case (.number(let text), .ratio):
            guard let rate = Rate(decimal: text) else {
                throw InputError(code: .invalidValue, message: "a ratio is a plain non-negative decimal with at most 9 decimals, such as 1.5 or 0.7")
            }
            return .rate(rate)
        case (.number(let text), .months), (.number(let text), .years), (.number(let text), .count):
            let limit: Int64 = unit == .count ? 1_000_000 : 1_200
            guard let value = Int64(text), value >= 0, value <= limit else {
                throw InputError(code: .invalidValue, message: "\(unit.rawValue) are a whole number 0...\(limit)")
            }
            return .integer(value)
        case (.text, _):
            throw InputError(code: .wrongType, message: "a \(unit.rawValue) value is a number, not a string")
        case (.number, _):
            throw InputError(code: .wrongType, message: "a choice is a string")
        }
    }

    private static func readSource(_ reader: inout JSONReader) throws(InputError) -> Citation {
        var seen = SeenKeys()
        var title: String?
        var issuer: String?
        var number: String?
        var article: String?
        var url: String?
        var published: Day?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "title":
                try seen.mark(0, key)
                title = try HouseholdDecoder.field("title") { () throws(InputError) in try reader.readString(maximumBytes: 512) }
            case "issuer":
                try seen.mark(1, key)
                issuer = try HouseholdDecoder.field("issuer") { () throws(InputError) in try reader.readString(maximumBytes: 512) }
            case "number":
                try seen.mark(2, key)
                number = try HouseholdDecoder.field("number") { () throws(InputError) in try reader.readString(maximumBytes: 128) }
            case "article":
                try seen.mark(3, key)
                article = try HouseholdDecoder.field("article") { () throws(InputError) in try reader.readString(maximumBytes: 128) }
            case "url":
                try seen.mark(4, key)
                url = try HouseholdDecoder.field("url") { () throws(InputError) in try reader.readString(maximumBytes: 2048) }
            case "published":
                try seen.mark(5, key)
                published = try HouseholdDecoder.field("published") { () throws(InputError) in try reader.readDay() }
            default:
                throw HouseholdDecoder.unknownKey(key)
            }
        }
        guard let title else { throw HouseholdDecoder.missing("title") }
        guard let issuer else { throw HouseholdDecoder.missing("issuer") }
        let document = PolicyDocument(key: number ?? title, title: title, issuer: issuer, number: number,
                                      published: published, url: url)
        return Citation(document, article: article)
    }
}
