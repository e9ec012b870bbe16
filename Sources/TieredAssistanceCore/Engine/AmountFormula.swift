/// Whether an amount is paid every month or once.
public enum AmountPeriod: String, Sendable, Hashable {
    /// Every month (低保金, subsidies); yearly amounts are paid as their monthly twelfth.
    case monthly
    /// Once (临时救助, union aid, a reimbursement).
    case oneOff = "one-off"
}

/// How a program's amount is computed: an expression over measures and parameters,
/// evaluated exactly and rounded once.
public struct AmountFormula: Sendable {
    /// The expression.
    public let expression: AmountExpression
    /// Monthly or one-off.
    public let period: AmountPeriod
    /// How the exact result is rounded to the fen (once, at the end).
    public let rounding: RoundingRule
    /// The policy articles it follows.
    public let citations: [Citation]
    /// A remark (assumptions, what is not modelled).
    public let note: String?

    /// Creates a formula.
    public init(_ expression: AmountExpression, period: AmountPeriod = .monthly, rounding: RoundingRule,
                citations: [Citation], note: String? = nil) {
        self.expression = expression
        self.period = period
        self.rounding = rounding
        self.citations = citations
        self.note = note
    }
}

/// An amount expression. Labelled nodes appear as lines of the amount's breakdown.
public indirect enum AmountExpression: Sendable {
    /// A measure or parameter value (money), or a product of operands.
    case operand(Operand, Label)
    /// The sum of the parts.
    case sum([AmountExpression], Label)
    /// The first minus the second.
    case difference(AmountExpression, AmountExpression, Label)
    /// The larger of the parts.
    case maximum([AmountExpression], Label)
    /// The smaller of the parts (a cap).
    case minimum([AmountExpression], Label)
    /// For each member satisfying the member-scope condition, the member-scope expression; summed.
    case sumOverMembers(where: Condition, each: AmountExpression, Label)
    /// The expression if the condition holds, otherwise the alternative.
    case when(Condition, then: AmountExpression, otherwise: AmountExpression, Label)
    /// The expression times an operand (a ratio or a count).
    case scaled(AmountExpression, by: Operand, Label)

    /// The node's label.
    public var label: Label {
        switch self {
        case .operand(_, let label), .sum(_, let label), .difference(_, _, let label), .maximum(_, let label),
             .minimum(_, let label), .sumOverMembers(_, _, let label), .when(_, _, _, let label), .scaled(_, _, let label):
            return label
        }
    }

    /// Every parameter the expression reads.
    public var parameters: [ParameterID] {
        switch self {
        case .operand(let operand, _): return operand.parameters
        case .sum(let parts, _), .maximum(let parts, _), .minimum(let parts, _): return parts.flatMap(\.parameters)
        case .difference(let a, let b, _): return a.parameters + b.parameters
        case .sumOverMembers(let condition, let each, _): return condition.parameters + each.parameters
        case .when(let condition, let a, let b, _): return condition.parameters + a.parameters + b.parameters
        case .scaled(let part, let operand, _): return part.parameters + operand.parameters
        }
    }
}
