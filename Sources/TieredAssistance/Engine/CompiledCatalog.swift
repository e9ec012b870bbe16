/// Conditions, operands and amounts with every id replaced by its position, built once per
/// catalog so that evaluation never looks anything up by name.
indirect enum CompiledOperand: Sendable {
    case measure(Int)
    case parameter(Int)
    case constant(Quantity)
    case product(CompiledOperand, CompiledOperand)
    case sum(CompiledOperand, CompiledOperand)
    case labelled(CompiledOperand, Label)
}

indirect enum CompiledCondition: Sendable {
    case compare(CompiledOperand, Comparison, CompiledOperand)
    case isTrue(Int)
    case all([CompiledCondition])
    case any([CompiledCondition])
    case not(CompiledCondition)
    case program(Int, ProgramStatus)
    case tier([Int])
    case anyMember(CompiledCondition)
    case allMembers(CompiledCondition)
    case labelled(CompiledCondition, Label)
}

indirect enum CompiledAmount: Sendable {
    case operand(CompiledOperand, Label)
    case sum([CompiledAmount], Label)
    case difference(CompiledAmount, CompiledAmount, Label)
    case maximum([CompiledAmount], Label)
    case minimum([CompiledAmount], Label)
    case sumOverMembers(CompiledCondition, CompiledAmount, Label)
    case when(CompiledCondition, CompiledAmount, CompiledAmount, Label)
}

/// The compiled form of a checked catalog.
struct CompiledCatalog: Sendable {
    /// Each rule's condition, by rule position.
    let conditions: [CompiledCondition]
    /// Each program's amount, by program position.
    let amounts: [CompiledAmount?]
    /// Each program's requirement rules (base rule positions), by program position.
    let programRules: [[Int]]
    /// Tier programs by rank order (program positions).
    let tiersByRank: [Int]
    /// Each rule's local variants (rule positions), most specific first, by rule position.
    let ruleVariants: [[Int]]

    init(measures: [MeasureID: Int], rules: [Rule], ruleIndex: [RuleID: Int], programs: [Program],
         programIndex: [ProgramID: Int], parameters: ParameterCatalog, variants: [RuleID: [Int]]) {
        func operand(_ value: Operand) -> CompiledOperand {
            switch value {
            case .measure(let id): return .measure(measures[id]!)
            case .parameter(let id): return .parameter(parameters.index(of: id)!)
            case .constant(let quantity): return .constant(quantity)
            case .product(let a, let b): return .product(operand(a), operand(b))
            case .sum(let a, let b): return .sum(operand(a), operand(b))
            case .labelled(let inner, let label): return .labelled(operand(inner), label)
            }
        }
        func condition(_ value: Condition) -> CompiledCondition {
            switch value {
            case .compare(let a, let op, let b): return .compare(operand(a), op, operand(b))
            case .isTrue(let id): return .isTrue(measures[id]!)
            case .all(let parts): return .all(parts.map(condition))
            case .any(let parts): return .any(parts.map(condition))
            case .not(let part): return .not(condition(part))
            case .program(let id, let status): return .program(programIndex[id]!, status)
            case .tier(let ids): return .tier(ids.map { programIndex[$0]! })
            case .anyMember(let part): return .anyMember(condition(part))
            case .allMembers(let part): return .allMembers(condition(part))
            case .labelled(let part, let label): return .labelled(condition(part), label)
            }
        }
        func amount(_ value: AmountExpression) -> CompiledAmount {
            switch value {
            case .operand(let value, let label): return .operand(operand(value), label)
            case .sum(let parts, let label): return .sum(parts.map(amount), label)
            case .difference(let a, let b, let label): return .difference(amount(a), amount(b), label)
            case .maximum(let parts, let label): return .maximum(parts.map(amount), label)
            case .minimum(let parts, let label): return .minimum(parts.map(amount), label)
            case .sumOverMembers(let filter, let each, let label): return .sumOverMembers(condition(filter), amount(each), label)
            case .when(let filter, let a, let b, let label): return .when(condition(filter), amount(a), amount(b), label)
            }
        }
        // The catalog was checked before compiling, so every lookup above succeeds.
        self.conditions = rules.map { condition($0.condition) }
        self.amounts = programs.map { $0.amount.map { amount($0.expression) } }
        self.programRules = programs.map { program in program.rules.map { ruleIndex[$0]! } }
        self.ruleVariants = rules.map { variants[$0.id] ?? [] }
        self.tiersByRank = programs.indices.filter { programs[$0].tierRank != nil }
            .sorted { (programs[$0].tierRank ?? 0) < (programs[$1].tierRank ?? 0) }
    }
}
