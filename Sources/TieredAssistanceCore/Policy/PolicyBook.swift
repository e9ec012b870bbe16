/// A layered book of parameter values: the built-in book first, then each policy file in
/// order.
///
/// **Resolution** of a parameter for a jurisdiction, residence and day:
/// 1. Walk from the jurisdiction up its lineage (152201 → 152200 → 150000 → 100000) and
///    take the most specific level that has a value in force on the day.
/// 2. At a level, the value in force is the entry with the latest ``ParameterEntry/effective``
///    day on or before the day; it is in force unless it has ``ParameterEntry/ends`` before the
///    day. When two layers give entries with the same effective day, the later layer wins
///    (a policy file overrides the built-in book).
/// 3. If no level has a value, the parameter is **absent**: nothing is guessed, and every
///    rule that needs it is undetermined.
public struct PolicyBook: Sendable {
    /// A named set of entries: the built-in book, or one policy file.
    public struct Layer: Sendable {
        /// The layer's name: `built-in` or a file path.
        public let name: String
        /// A description of the layer (a policy file's `title`).
        public let title: String
        /// The entries.
        public let entries: [ParameterEntry]

        /// Creates a layer.
        /// The name a jurisdiction gives the layer of values it builds in (its book's first
        /// layer): explanations name the layer of any value that comes from another.
        public static let builtInName = "built-in"

        public init(name: String, title: String, entries: [ParameterEntry]) {
            self.name = name
            self.title = title
            self.entries = entries
        }
    }

    /// The parameters this book may hold.
    public let catalog: ParameterCatalog
    /// The layers, built-in first.
    public private(set) var layers: [Layer] = []

    /// Entries by parameter index and place, sorted by effective day then layer.
    private var timelines: [[PlaceKey: [LayeredEntry]]]

    private struct PlaceKey: Hashable {
        let jurisdiction: AdministrativeDivisionCode
        let residence: Residence?
    }

    private struct LayeredEntry {
        let entry: ParameterEntry
        let layer: Int
    }

    /// Creates an empty book over `catalog`.
    public init(catalog: ParameterCatalog) {
        self.catalog = catalog
        self.timelines = Array(repeating: [:], count: catalog.definitions.count)
    }

    /// Adds a layer on top of the existing ones, after checking it (see ``validate(_:catalog:)``).
    ///
    /// - Throws: ``InputError`` with the path `entries[i]...` of the first problem.
    public mutating func add(_ layer: Layer) throws(InputError) {
        try PolicyBook.validate(layer.entries, catalog: catalog)
        let layerIndex = layers.count
        layers.append(layer)
        for entry in layer.entries {
            guard let index = catalog.index(of: entry.parameter) else { continue }
            let key = PlaceKey(jurisdiction: entry.jurisdiction, residence: entry.residence)
            timelines[index][key, default: []].append(LayeredEntry(entry: entry, layer: layerIndex))
        }
        for index in timelines.indices {
            for key in timelines[index].keys {
                timelines[index][key]?.sort { ($0.entry.effective, $0.layer) < ($1.entry.effective, $1.layer) }
            }
        }
    }

    /// This book with `layer` added on top.
    public func adding(_ layer: Layer) throws(InputError) -> PolicyBook {
        var copy = self
        try copy.add(layer)
        return copy
    }

    /// Checks a set of entries for one layer: every parameter is defined, every unit is one
    /// the parameter allows and matches the value, residence is given exactly for
    /// residence-specific parameters, sourced values have a source, and the entries for the
    /// same parameter and place are sorted by effective day with no overlaps (an entry with
    /// an end day must end before the next one starts) and no duplicate days.
    ///
    /// - Throws: ``InputError`` with the path `[i].field` of the first problem.
    public static func validate(_ entries: [ParameterEntry], catalog: ParameterCatalog) throws(InputError) {
        var lastByPlace: [String: (index: Int, entry: ParameterEntry)] = [:]
        for (index, entry) in entries.enumerated() {
            func fail(_ field: String, _ code: InputError.Code, _ message: String) -> InputError {
                InputError(path: FieldPath([.index(index), .key(field)]), code: code, message: message)
            }
            guard let definition = catalog.definition(entry.parameter) else {
                throw fail("parameter", .unknownReference, "no parameter is called \(InputError.echo(entry.parameter.rawValue))")
            }
            guard definition.units.contains(entry.unit) else {
                let allowed = definition.units.map(\.rawValue).joined(separator: ", ")
                throw fail("unit", .invalidValue, "\(entry.parameter) takes \(allowed), not \(entry.unit.rawValue)")
            }
            switch (entry.unit, entry.value) {
            case (let unit, .money(let amount)) where unit.isMoney:
                // No parameter is negative: the engine bounds a parameter without a value below by 0.
                guard amount.fen >= 0 else { throw fail("value", .invalidValue, "a parameter value is never negative") }
            case (.months, .integer(let value)), (.years, .integer(let value)), (.count, .integer(let value)):
                guard value >= 0 else { throw fail("value", .invalidValue, "a parameter value is never negative") }
            case (.ratio, .rate): break
            case (_, .unknown): break
            case (.choice, .choice(let option)):
                guard definition.choices.contains(option) else {
                    throw fail("value", .invalidValue,
                               "\(entry.parameter) is one of \(definition.choices.joined(separator: ", ")), not \(InputError.echo(option))")
                }
            default:
                throw fail("value", .wrongType, "a \(entry.unit.rawValue) value cannot be \(entry.value)")
            }
            if definition.isResidenceSpecific && entry.residence == nil {
                throw fail("residence", .missingKey, "\(entry.parameter) has separate urban and rural values: give the residence")
            }
            if !definition.isResidenceSpecific && entry.residence != nil {
                throw fail("residence", .inconsistent, "\(entry.parameter) is the same for urban and rural residence")
            }
            if entry.status == .sourced && entry.source == nil {
                throw fail("source", .missingKey, "a sourced value needs its source")
            }
            if let ends = entry.ends, ends < entry.effective {
                throw fail("ends", .inconsistent, "ends \(ends) before it takes effect \(entry.effective)")
            }
            let place = "\(entry.parameter.rawValue)|\(entry.jurisdiction)|\(entry.residence?.rawValue ?? "")"
            if let previous = lastByPlace[place] {
                if entry.effective == previous.entry.effective {
                    throw fail("effective", .duplicateID,
                               "a second value for \(entry.parameter) in \(entry.jurisdiction) from \(entry.effective) (see [\(previous.index)])")
                }
                if entry.effective < previous.entry.effective {
                    throw fail("effective", .inconsistent,
                               "values must be in date order: \(entry.effective) comes after \(previous.entry.effective) (see [\(previous.index)])")
                }
                if let ends = previous.entry.ends, ends >= entry.effective {
                    throw fail("effective", .inconsistent,
                               "overlaps the value at [\(previous.index)], which runs to \(ends)")
                }
            }
            lastByPlace[place] = (index, entry)
        }
    }

    // MARK: Resolution

    /// The value of `parameter` in force for `jurisdiction` and `residence` on `day`, or
    /// its absence with the reason.
    public func resolve(_ parameter: ParameterID, jurisdiction: AdministrativeDivisionCode, residence: Residence,
                        on day: Day) -> ParameterResolution {
        guard let index = catalog.index(of: parameter) else {
            return .absent(ParameterAbsence(parameter: parameter, jurisdiction: jurisdiction, residence: residence,
                                            day: day, isUndefined: true))
        }
        return resolve(index: index, jurisdiction: jurisdiction, residence: residence, on: day)
    }

    /// The value of the parameter at catalog position `index`; see ``resolve(_:jurisdiction:residence:on:)``.
    public func resolve(index: Int, jurisdiction: AdministrativeDivisionCode, residence: Residence,
                        on day: Day) -> ParameterResolution {
        let definition = catalog.definitions[index]
        let residenceKey = definition.isResidenceSpecific ? residence : nil
        let timeline = timelines[index]
        var level: AdministrativeDivisionCode? = jurisdiction
        while let current = level {
            if let entries = timeline[PlaceKey(jurisdiction: current, residence: residenceKey)],
               let found = PolicyBook.inForce(entries, on: day)
            {
                if case .unknown = found.entry.value {
                    return .absent(ParameterAbsence(parameter: definition.id, jurisdiction: jurisdiction, residence: residence,
                                                    day: day, isUndefined: false, unknownHere: found.entry,
                                                    lastKnown: lastKnown(timeline, residence: residenceKey, from: jurisdiction, on: day)))
                }
                return .value(ResolvedParameter(definition: definition, entry: found.entry,
                                                layerName: layers[found.layer].name))
            }
            level = current.parent
        }
        return .absent(ParameterAbsence(parameter: definition.id, jurisdiction: jurisdiction, residence: residence,
                                        day: day, isUndefined: false,
                                        lastKnown: lastKnown(timeline, residence: residenceKey, from: jurisdiction, on: day)))
    }

    /// The latest known value on or before `day` at the most specific level of the lineage
    /// that has one (a value that has ended, since nothing is in force): what an analyst
    /// needs to supply a newer value.
    private func lastKnown(_ timeline: [PlaceKey: [LayeredEntry]], residence: Residence?,
                           from jurisdiction: AdministrativeDivisionCode, on day: Day) -> ParameterEntry? {
        var level: AdministrativeDivisionCode? = jurisdiction
        while let current = level {
            let known = (timeline[PlaceKey(jurisdiction: current, residence: residence)] ?? [])
                .last { item in
                    if case .unknown = item.entry.value { return false }
                    return item.entry.effective <= day
                }
            if let known { return known.entry }
            level = current.parent
        }
        return nil
    }

    private static func inForce(_ entries: [LayeredEntry], on day: Day) -> LayeredEntry? {
        // Sorted by (effective, layer): the last one on or before the day wins.
        var candidate: LayeredEntry?
        for item in entries {
            if item.entry.effective > day { break }
            candidate = item
        }
        guard let candidate else { return nil }
        if let ends = candidate.entry.ends, ends < day { return nil }
        return candidate
    }

    /// Every parameter of the catalog resolved for one place and day, for reading by
    /// position in the evaluation hot path.
    public func resolveAll(jurisdiction: AdministrativeDivisionCode, residence: Residence,
                           on day: Day) -> ResolvedParameters {
        ResolvedParameters(
            jurisdiction: jurisdiction, residence: residence, day: day,
            values: catalog.definitions.indices.map { resolve(index: $0, jurisdiction: jurisdiction, residence: residence, on: day) },
            catalog: catalog)
    }

    /// Every place (jurisdiction and residence) that has at least one entry for `parameter`.
    public func places(of parameter: ParameterID) -> [(jurisdiction: AdministrativeDivisionCode, residence: Residence?)] {
        guard let index = catalog.index(of: parameter) else { return [] }
        return timelines[index].keys
            .sorted { ($0.jurisdiction, $0.residence?.rawValue ?? "") < ($1.jurisdiction, $1.residence?.rawValue ?? "") }
            .map { ($0.jurisdiction, $0.residence) }
    }

    /// The entries for `parameter` at exactly one place (no inheritance), in date order,
    /// each with the name of its layer.
    public func timeline(of parameter: ParameterID, jurisdiction: AdministrativeDivisionCode,
                         residence: Residence?) -> [(entry: ParameterEntry, layerName: String)] {
        guard let index = catalog.index(of: parameter) else { return [] }
        return (timelines[index][PlaceKey(jurisdiction: jurisdiction, residence: residence)] ?? [])
            .map { ($0.entry, layers[$0.layer].name) }
    }
}

/// The outcome of resolving one parameter: a value, or its absence.
public enum ParameterResolution: Sendable, Hashable {
    /// The value in force, with where it came from.
    case value(ResolvedParameter)
    /// No value in force: rules that need it are undetermined.
    case absent(ParameterAbsence)

    /// The resolved value, if any.
    public var resolved: ResolvedParameter? {
        if case .value(let value) = self { return value }
        return nil
    }
}

/// A parameter value in force, with its entry (source, status, dates) and the layer it
/// came from.
public struct ResolvedParameter: Sendable, Hashable {
    /// The fields, shared by copies: a resolved value is copied into every determination
    /// that may read it, so a copy costs one reference count.
    private final class Storage: Sendable {
        let definition: ParameterDefinition
        let entry: ParameterEntry
        let layerName: String

        init(definition: ParameterDefinition, entry: ParameterEntry, layerName: String) {
            self.definition = definition
            self.entry = entry
            self.layerName = layerName
        }
    }

    private let storage: Storage

    /// Creates a resolved value.
    public init(definition: ParameterDefinition, entry: ParameterEntry, layerName: String) {
        storage = Storage(definition: definition, entry: entry, layerName: layerName)
    }

    /// The parameter's definition.
    public var definition: ParameterDefinition { _read { yield storage.definition } }
    /// The entry in force.
    public var entry: ParameterEntry { _read { yield storage.entry } }
    /// The layer it came from: `built-in` or a policy file.
    public var layerName: String { _read { yield storage.layerName } }

    /// The value.
    public var value: ParameterValue { entry.value }

    public static func == (lhs: ResolvedParameter, rhs: ResolvedParameter) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.definition == rhs.definition && lhs.entry == rhs.entry && lhs.layerName == rhs.layerName)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(definition)
        hasher.combine(entry)
        hasher.combine(layerName)
    }
}

/// Why a parameter has no value: which parameter, for which place and day, and what an
/// analyst needs to supply one (the last known value and when it ended, or the entry that
/// records the place's own value as unknown).
public struct ParameterAbsence: Sendable, Hashable, CustomStringConvertible {
    /// The absence's fields and sentences, in one box shared by copies: an absence rides in
    /// every ``ParameterResolution`` and ``MissingItem`` that carries it, which measures copy
    /// on every household, so it is one reference wide (inline, it made a resolution 464 bytes).
    private final class Storage: Sendable {
        let parameter: ParameterID
        let jurisdiction: AdministrativeDivisionCode
        let residence: Residence
        let day: Day
        let isUndefined: Bool
        let unknownHere: ParameterEntry?
        let lastKnown: ParameterEntry?
        /// ``ParameterAbsence/description`` and ``ParameterAbsence/chineseDescription``,
        /// written once: an absence is made once per place when parameters are resolved, and
        /// its sentences are written for every household a batch run finds undetermined there.
        let sentences: (english: String, chinese: String)

        init(parameter: ParameterID, jurisdiction: AdministrativeDivisionCode, residence: Residence, day: Day,
             isUndefined: Bool, unknownHere: ParameterEntry?, lastKnown: ParameterEntry?) {
            self.parameter = parameter
            self.jurisdiction = jurisdiction
            self.residence = residence
            self.day = day
            self.isUndefined = isUndefined
            self.unknownHere = unknownHere
            self.lastKnown = lastKnown
            let detail = ParameterAbsence.detail(unknownHere: unknownHere, lastKnown: lastKnown)
            if isUndefined {
                sentences = ("parameter \(parameter) is not defined", "参数 \(parameter) 未定义")
            } else {
                // `no value for dibao.standard in 152201 (urban) on 2026-11-01: the last known value, …`;
                // `参数 dibao.standard 在 152201（城镇）2026-11-01 无值：最近已知值 …`.
                sentences = ("no value for \(parameter) in \(jurisdiction) (\(residence.rawValue)) on \(day)"
                                 + (detail.map { ": " + $0.english } ?? ""),
                             "参数 \(parameter) 在 \(jurisdiction)（\(residence == .urban ? "城镇" : "农村")）\(day) 无值"
                                 + (detail.map { "：" + $0.chinese } ?? ""))
            }
        }
    }

    private let storage: Storage

    /// The parameter.
    public var parameter: ParameterID { storage.parameter }
    /// The jurisdiction asked for.
    public var jurisdiction: AdministrativeDivisionCode { storage.jurisdiction }
    /// The residence asked for.
    public var residence: Residence { storage.residence }
    /// The day asked for.
    public var day: Day { storage.day }
    /// Whether the parameter is not even defined in the catalog.
    public var isUndefined: Bool { storage.isUndefined }
    /// The entry in force that records the place's own value as unknown, if that is why.
    public var unknownHere: ParameterEntry? { storage.unknownHere }
    /// The latest value known on or before the day (it has ended, or a broader value is
    /// masked by ``unknownHere``), if any.
    public var lastKnown: ParameterEntry? { storage.lastKnown }

    /// Creates an absence.
    public init(parameter: ParameterID, jurisdiction: AdministrativeDivisionCode, residence: Residence, day: Day,
                isUndefined: Bool, unknownHere: ParameterEntry? = nil, lastKnown: ParameterEntry? = nil) {
        storage = Storage(parameter: parameter, jurisdiction: jurisdiction, residence: residence, day: day, isUndefined: isUndefined,
                          unknownHere: unknownHere, lastKnown: lastKnown)
    }

    public static func == (lhs: ParameterAbsence, rhs: ParameterAbsence) -> Bool {
        lhs.storage === rhs.storage || lhs.parameter == rhs.parameter && lhs.jurisdiction == rhs.jurisdiction && lhs.residence == rhs.residence
            && lhs.day == rhs.day && lhs.isUndefined == rhs.isUndefined && lhs.unknownHere == rhs.unknownHere
            && lhs.lastKnown == rhs.lastKnown
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(parameter)
        hasher.combine(jurisdiction)
        hasher.combine(residence)
        hasher.combine(day)
        hasher.combine(isUndefined)
        hasher.combine(unknownHere)
        hasher.combine(lastKnown)
    }

    /// What an analyst needs to supply a value, in Chinese and English: the entry that
    /// records the place's own value as unknown, or the last known value and when it ended;
    /// `nil` when the book never had a value here.
    public var detail: Label? { Self.detail(unknownHere: unknownHere, lastKnown: lastKnown) }

    /// ``detail`` of an absence with these entries.
    private static func detail(unknownHere: ParameterEntry?, lastKnown: ParameterEntry?) -> Label? {
        if let unknownHere {
            let source = unknownHere.source.map { $0.document.key }
            return Label(
                "\(unknownHere.jurisdiction) 自 \(unknownHere.effective) 起另有标准，具体数值未查到" + (source.map { "（\($0)）" } ?? "")
                    + "；请在政策文件中提供（--policy 文件）",
                "\(unknownHere.jurisdiction) has its own value from \(unknownHere.effective), which was not found"
                    + (source.map { " (\($0))" } ?? "") + "; supply it in a policy file (--policy FILE)")
        }
        if let lastKnown {
            let source = lastKnown.source.map { $0.document.key }
            let inferred = lastKnown.isEffectiveDayInferred ? " [I]" : ""
            return Label(
                "最近已知值 \(lastKnown.displayValue(chinese: true))" + (source.map { "（\($0)）" } ?? "")
                    + "，\(lastKnown.effective) 起施行\(inferred)" + (lastKnown.ends.map { "，已于 \($0) 失效" } ?? "")
                    + "；请在政策文件中提供新值（--policy 文件）",
                "the last known value, \(lastKnown.displayValue(chinese: false))" + (source.map { " (\($0))" } ?? "")
                    + ", in force from \(lastKnown.effective)\(inferred)" + (lastKnown.ends.map { ", ended on \($0)" } ?? "")
                    + "; supply a newer value in a policy file (--policy FILE)")
        }
        return nil
    }

    /// `no value for dibao.standard in 152201 (urban) on 2026-11-01: the last known value,
    /// 829.00 yuan/person/month (S11), in force from 2024-01-01 [I], ended on 2024-12-31;
    /// supply a newer value in a policy file (--policy FILE)`.
    public var description: String { storage.sentences.english }

    /// `参数 dibao.standard 在 152201（城镇）2026-11-01 无值：最近已知值 829.00 元/人·月（S11），
    /// 2024-01-01 起施行 [I]，已于 2024-12-31 失效；请在政策文件中提供新值（--policy 文件）`.
    public var chineseDescription: String { storage.sentences.chinese }
}

/// All parameters of a catalog resolved for one jurisdiction, residence and day, indexed by
/// catalog position.
public struct ResolvedParameters: Sendable {
    /// The resolved values, shared by copies (a copy costs one reference count).
    final class Storage: Sendable {
        let jurisdiction: AdministrativeDivisionCode
        let residence: Residence
        let day: Day
        let values: [ParameterResolution]
        let quantities: [Quantity?]
        /// Whether each value in force has an inferred effective day or is illustrative.
        let flagged: [Bool]
        let catalog: ParameterCatalog

        init(jurisdiction: AdministrativeDivisionCode, residence: Residence, day: Day, values: [ParameterResolution],
             catalog: ParameterCatalog) {
            self.jurisdiction = jurisdiction
            self.residence = residence
            self.day = day
            self.values = values
            self.catalog = catalog
            self.flagged = values.map { resolution in
                guard case .value(let resolved) = resolution else { return false }
                return resolved.entry.isEffectiveDayInferred || resolved.entry.status == .illustrative
            }
            self.quantities = values.map { resolution in
                guard case .value(let resolved) = resolution else { return nil }
                if case .choice = resolved.entry.value { return nil }
                return resolved.entry.quantity
            }
        }
    }

    let storage: Storage

    /// The jurisdiction resolved for.
    public var jurisdiction: AdministrativeDivisionCode { _read { yield storage.jurisdiction } }
    /// The residence resolved for.
    public var residence: Residence { _read { yield storage.residence } }
    /// The day resolved for.
    public var day: Day { _read { yield storage.day } }
    /// The resolutions, by catalog position.
    public var values: [ParameterResolution] { _read { yield storage.values } }
    /// The catalog the positions refer to.
    public var catalog: ParameterCatalog { _read { yield storage.catalog } }
    /// The numeric value of each parameter in force (choices and absent ones are `nil`),
    /// by catalog position: what conditions compare, without touching the entries.
    var quantities: [Quantity?] { _read { yield storage.quantities } }

    /// Creates the resolved set.
    public init(jurisdiction: AdministrativeDivisionCode, residence: Residence, day: Day, values: [ParameterResolution],
                catalog: ParameterCatalog) {
        storage = Storage(jurisdiction: jurisdiction, residence: residence, day: day, values: values, catalog: catalog)
    }

    /// The resolution at catalog position `index`.
    public subscript(index: Int) -> ParameterResolution { storage.values[index] }

    /// The resolution of a parameter by id.
    public func resolution(of id: ParameterID) -> ParameterResolution? {
        storage.catalog.index(of: id).map { storage.values[$0] }
    }
}
