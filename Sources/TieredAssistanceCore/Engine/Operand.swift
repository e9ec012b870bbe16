/// One side of a comparison: a measure, a parameter, a constant, or a product of these
/// (`dibao.standard × 1.5`), optionally labelled for explanations.
public indirect enum Operand: Sendable {
    /// A measure's value.
    case measure(MeasureID)
    /// A parameter's value in force.
    case parameter(ParameterID)
    /// A constant.
    case constant(Quantity)
    /// The product of two operands (a ratio or count times an amount).
    case product(Operand, Operand)
    /// The sum of two operands.
    case sum(Operand, Operand)
    /// An operand with a label for explanations (`低保标准的1.5倍`).
    case labelled(Operand, Label)

    /// A short description for messages: `dibao.standard × 1.5`.
    public var summary: String {
        switch self {
        case .measure(let id): return id.rawValue
        case .parameter(let id): return id.rawValue
        case .constant(let quantity): return quantity.description
        case .product(let a, let b): return "\(a.summary) × \(b.summary)"
        case .sum(let a, let b): return "(\(a.summary) + \(b.summary))"
        case .labelled(let operand, _): return operand.summary
        }
    }

    /// Every parameter the operand reads.
    public var parameters: [ParameterID] {
        switch self {
        case .measure, .constant: return []
        case .parameter(let id): return [id]
        case .product(let a, let b), .sum(let a, let b): return a.parameters + b.parameters
        case .labelled(let operand, _): return operand.parameters
        }
    }

    /// Every measure the operand reads.
    public var measures: [MeasureID] {
        switch self {
        case .parameter, .constant: return []
        case .measure(let id): return [id]
        case .product(let a, let b), .sum(let a, let b): return a.measures + b.measures
        case .labelled(let operand, _): return operand.measures
        }
    }
}
