/// A stable measure identifier, such as `income.counted-monthly-per-person`.
public struct MeasureID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier text.
    public let rawValue: String

    /// Creates an identifier.
    public init(_ rawValue: String) { self.rawValue = rawValue }


    public var description: String { rawValue }

    public static func < (lhs: MeasureID, rhs: MeasureID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Whether something concerns the household as a whole or one member.
public enum Scope: String, Sendable, Hashable, CaseIterable {
    /// The household (家庭).
    case household
    /// One member (个人), evaluated for each member.
    case member
}

/// A fact or parameter a decision needed but did not have.
public enum MissingItem: Sendable, Hashable, CustomStringConvertible {
    /// A household field that was not given, as a field path (`members[1].labourCapacity`),
    /// with why the rule needs it, in Chinese and English.
    case field(FieldPath, reason: Label)
    /// A parameter with no value for the place and day.
    case parameter(ParameterAbsence)
    /// Values too large to compare exactly, or units that do not fit together, in Chinese
    /// and English.
    case arithmetic(Label)
    /// The condition reads another program whose outcome is undetermined (see its own
    /// determination for what it lacks).
    case undeterminedProgram(ProgramID)
    /// The condition reads the household's tier, which is undetermined (see the tiers'
    /// determinations for what they lack).
    case undeterminedTier

    /// What is missing, in English.
    public var description: String {
        switch self {
        case .field(let path, let reason): return "\(path) (\(reason.english))"
        case .parameter(let absence): return absence.description
        case .arithmetic(let text): return text.english
        case .undeterminedProgram(let id): return "the outcome of \(id), which is undetermined"
        case .undeterminedTier: return "the household's tier, which is undetermined"
        }
    }

    /// What is missing, in Chinese.
    public var chineseDescription: String {
        switch self {
        case .field(let path, let reason): return "缺少 \(path)（\(reason.chinese)）"
        case .parameter(let absence): return absence.chineseDescription
        case .arithmetic(let text): return "无法精确计算：\(text.chinese)"
        case .undeterminedProgram(let id): return "依赖项目 \(id) 的结果，该项目无法确定"
        case .undeterminedTier: return "依赖家庭救助层级，层级无法确定"
        }
    }
}

/// The result of measuring: an exact quantity, or what was missing.
public enum MeasureOutcome: Sendable, Hashable {
    /// The measured value.
    case value(Quantity)
    /// The value could not be measured.
    case missing([MissingItem])

    /// The value, if measured.
    @inlinable
    public var quantity: Quantity? {
        if case .value(let quantity) = self { return quantity }
        return nil
    }
}

/// What a measure reads: the household, the evaluation day, the member (for member-scope
/// measures) and the parameters in force.
public struct MeasureContext: Sendable {
    /// The household.
    public let household: Household
    /// The evaluation day.
    public let day: Day
    /// The member's position in ``Household/members`` for member-scope measures.
    public internal(set) var memberIndex: Int?
    /// The parameters resolved for the household's jurisdiction, residence and day.
    public let parameters: ResolvedParameters

    /// Creates a context for measuring `household` (or its member at `memberIndex`) on `day`.
    public init(household: Household, day: Day, memberIndex: Int? = nil, parameters: ResolvedParameters) {
        self.household = household
        self.day = day
        self.memberIndex = memberIndex
        self.parameters = parameters
    }

    /// The catalog the parameters are indexed by.
    public var catalog: ParameterCatalog { _read { yield parameters.storage.catalog } }

    /// The member, for member-scope measures.
    public var member: Member? {
        memberIndex.map { household.members[$0] }
    }

    /// The member being measured, lent rather than copied (reading one field of it costs no
    /// copy of the member).
    ///
    /// - Precondition: a member-scope measure (``memberIndex`` is set).
    public var currentMember: Member {
        _read {
            guard let memberIndex else { preconditionFailure("member measure outside a member context") }
            yield household.members[memberIndex]
        }
    }

    /// The resolution of a parameter.
    public func parameter(_ id: ParameterID) -> ParameterResolution {
        guard let index = catalog.index(of: id) else {
            return .absent(ParameterAbsence(parameter: id, jurisdiction: household.jurisdiction,
                                            residence: household.residence, day: day, isUndefined: true))
        }
        return parameters[index]
    }

    /// The path of a member field, for missing-data reports: `members[1].labourCapacity`.
    public func memberPath(_ field: String) -> FieldPath {
        FieldPath([.key("members"), .index(memberIndex ?? 0), .key(field)])
    }
}

/// A named, documented way of measuring something about a household or a member: counted
/// monthly income per person, rigid spending in the 12 months to the evaluation day, a
/// member's age.
///
/// Rules compare measures with parameters. Because each measure is named, the engine can
/// report for each comparison what was measured, the value, the threshold and the margin.
public struct Measure: Sendable {
    /// The measure's id.
    public let id: MeasureID
    /// The Chinese title, used in explanations: 人均月收入.
    public let chineseTitle: String
    /// The English title: counted monthly income per person.
    public let englishTitle: String
    /// Household or member.
    public let scope: Scope
    /// The unit of the values.
    public let unit: QuantityUnit
    /// How it is computed, with the policy articles it follows (for RULES.md).
    public let definition: String
    /// The parameters it reads, if any (for RULES.md).
    public let parameters: [ParameterID]
    /// How to measure a whole ``HouseholdTable`` block at once, for ``ColumnarEvaluator``;
    /// `nil` when the measure reads only the ``Household`` model.
    public let columnForm: ColumnForm?
    let compute: @Sendable (MeasureContext) -> MeasureOutcome

    /// Creates a measure.
    ///
    /// `columns` is the same measure over a ``HouseholdTable``, for ``ColumnarEvaluator``;
    /// `nil` (the default) when it has no column form. It must give what `compute` gives for
    /// the same household: test the two against each other.
    public init(id: MeasureID, chineseTitle: String, englishTitle: String, scope: Scope, unit: QuantityUnit,
                definition: String, parameters: [ParameterID] = [], columns: ColumnForm? = nil,
                compute: @escaping @Sendable (MeasureContext) -> MeasureOutcome) {
        self.columnForm = columns
        self.id = id
        self.chineseTitle = chineseTitle
        self.englishTitle = englishTitle
        self.scope = scope
        self.unit = unit
        self.definition = definition
        self.parameters = parameters
        self.compute = compute
    }

    /// Measures in `context`.
    @inlinable
    public func measure(in context: MeasureContext) -> MeasureOutcome {
        callCompute(context)
    }

    @usableFromInline
    func callCompute(_ context: MeasureContext) -> MeasureOutcome {
        compute(context)
    }
}

extension MeasureOutcome {
    /// The missing items, if the outcome is missing.
    package var missingItems: [MissingItem] {
        if case .missing(let items) = self { return items }
        return []
    }
}
