/// A stable parameter identifier, such as `dibao.standard`. Renaming one is a breaking
/// change: policy files and rules refer to parameters by id.
public struct ParameterID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String

    /// Creates an identifier.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: ParameterID, rhs: ParameterID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a parameter is: its id, titles, allowed units, whether urban and rural values
/// differ, and (for options) the allowed choices.
///
/// A definition carries no value. Values are ``ParameterEntry``s in a ``PolicyBook``.
public struct ParameterDefinition: Sendable, Hashable {
    /// The parameter's id.
    public let id: ParameterID
    /// The Chinese title (official term): 最低生活保障标准.
    public let chineseTitle: String
    /// The English title: minimum living standard.
    public let englishTitle: String
    /// The units a value may be given in (all of the same kind).
    public let units: [ParameterUnit]
    /// Whether values are set separately for urban and rural residence.
    public let isResidenceSpecific: Bool
    /// For ``ParameterUnit/choice``: the allowed options.
    public let choices: [String]
    /// A sentence on what the parameter is for and where POLICY.md discusses it.
    public let summary: String

    /// Creates a definition.
    public init(id: ParameterID, chineseTitle: String, englishTitle: String, units: [ParameterUnit],
                isResidenceSpecific: Bool = false, choices: [String] = [], summary: String) {
        precondition(!units.isEmpty, "a parameter has at least one unit")
        self.id = id
        self.chineseTitle = chineseTitle
        self.englishTitle = englishTitle
        self.units = units
        self.isResidenceSpecific = isResidenceSpecific
        self.choices = choices
        self.summary = summary
    }
}

/// The set of parameters a book may hold values for, with a dense index per parameter so
/// that resolved values can be read by position in the evaluation hot path.
public struct ParameterCatalog: Sendable {
    /// The definitions, in a fixed order.
    public let definitions: [ParameterDefinition]
    private let indexByID: [ParameterID: Int]

    /// Creates a catalog; ids must be unique.
    public init(_ definitions: [ParameterDefinition]) {
        var index: [ParameterID: Int] = [:]
        for (position, definition) in definitions.enumerated() {
            precondition(index[definition.id] == nil, "parameter \(definition.id) defined twice")
            index[definition.id] = position
        }
        self.definitions = definitions
        self.indexByID = index
    }

    /// The position of a parameter, or `nil` if the catalog does not define it.
    public func index(of id: ParameterID) -> Int? {
        indexByID[id]
    }

    /// The definition of a parameter, or `nil`.
    public func definition(_ id: ParameterID) -> ParameterDefinition? {
        indexByID[id].map { definitions[$0] }
    }

    /// This catalog with more definitions appended (ids must be new).
    public func adding(_ more: [ParameterDefinition]) -> ParameterCatalog {
        ParameterCatalog(definitions + more)
    }
}
