/// Whether something concerns the household as a whole or one member.
public enum Scope: String, Sendable, Hashable, CaseIterable {
    /// The household (家庭).
    case household
    /// One member (个人), evaluated for each member.
    case member
}

/// The result of measuring: an exact quantity, the range it lies in, or what was missing.
public enum MeasureOutcome: Sendable, Hashable {
    /// The measured value.
    case value(Quantity)
    /// The value is not known exactly, only that it lies in a range (S4's 12-month spending
    /// with an education bill whose comparable-fee cap is not recorded lies between the known
    /// part and the known part plus the bill); `missing` names what would make it exact. A
    /// comparison that every value in the range decides the same way is decided; otherwise it
    /// is undetermined and lists `missing`. A measure that gives ranges must have no column
    /// form: columns hold a value or nothing, so ``ColumnarEvaluator`` would leave undetermined
    /// what ``Evaluator`` decides.
    case range(QuantityRange, missing: [MissingItem])
    /// The value could not be measured, and nothing bounds it.
    case missing([MissingItem])

    /// The value, if measured.
    @inlinable
    public var quantity: Quantity? {
        if case .value(let quantity) = self { return quantity }
        return nil
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
    /// The missing items, if the outcome is missing or a range.
    package var missingItems: [MissingItem] {
        switch self {
        case .missing(let items), .range(_, let items): return items
        case .value: return []
        }
    }
}
