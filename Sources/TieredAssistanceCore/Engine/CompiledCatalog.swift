/// A catalog's conditions, operands and amounts flattened into arrays of plain nodes that
/// refer to each other, to measures, parameters and programs by position. Built once per
/// catalog, so evaluation looks nothing up by name, allocates nothing per condition and
/// touches no reference counts.
final class CompiledCatalog: Sendable {
    enum OperandKind: UInt8, Sendable {
        case measure, parameter, constant, product, sum, labelled
    }

    /// An operand: `index` is the measure, parameter, constant or label position.
    struct OperandNode: Sendable {
        let kind: OperandKind
        let index: Int32
        let left: Int32
        let right: Int32
    }

    enum ConditionKind: UInt8, Sendable {
        case compare, isTrue, all, any, not, program, tier, anyMember, allMembers, labelled
    }

    /// A condition. compare: `a`/`b` operands. isTrue: `a` measure. all/any/tier: `a`
    /// first position in `children`, `b` count. not/anyMember/allMembers: `a` child.
    /// labelled: `a` child, `b` label. program: `a` program position.
    struct ConditionNode: Sendable {
        let kind: ConditionKind
        let comparison: Comparison
        let status: ProgramStatus
        let a: Int32
        let b: Int32
    }

    enum AmountKind: UInt8, Sendable {
        case operand, sum, difference, maximum, minimum, sumOverMembers, when, scaled
    }

    /// An amount expression. operand: `a` operand. sum/maximum/minimum: `a` first position
    /// in `children`, `b` count. difference: `a`, `b`. sumOverMembers: `c` condition, `a`
    /// child. when: `c` condition, `a` then, `b` otherwise. scaled: `a` child, `b` operand.
    /// `label` indexes `labels`.
    struct AmountNode: Sendable {
        let kind: AmountKind
        let a: Int32
        let b: Int32
        let c: Int32
        let label: Int32
    }

    let operands: [OperandNode]
    let conditions: [ConditionNode]
    let amounts: [AmountNode]
    /// Child lists of all/any/tier conditions and sum/maximum/minimum amounts.
    let children: [Int32]
    let constants: [Quantity]
    let labels: [Label]
    /// The root condition of each rule, by rule position.
    let ruleRoots: [Int32]
    /// The root amount node of each program, or -1, by program position.
    let amountRoots: [Int32]
    /// Each program's requirement rules (base rule positions), by program position.
    let programRules: [[Int]]
    /// Tier programs in rank order (program positions).
    let tiersByRank: [Int]
    /// Each rule's local variants (rule positions), most specific first, by rule position.
    let ruleVariants: [[Int]]
    /// Whether each measure is member-scope, by measure position.
    let measureIsMember: [Bool]
    /// Each operand's label for traces (`低保标准 × 1.5`), by operand position.
    let operandLabels: [Label]
    /// The parameter positions each operand reads, in reading order, by operand position.
    let operandParameters: [[Int32]]
    /// Each measure's function, by measure position (calling it copies no measure).
    let measureFunctions: [MeasureFunction]
    /// Per measure: its declared unit (a value in another unit is refused, not used).
    let measureUnits: [QuantityUnit]

    /// A measure's function, stored at its natural abstraction (a function kept in an array
    /// of functions is called through a reabstraction thunk).
    struct MeasureFunction: Sendable {
        let compute: @Sendable (MeasureContext) -> MeasureOutcome
    }

    /// Where and when something applies, as plain values: days packed as `yyyymmdd`
    /// (`Int32.min` / `Int32.max` when open) and a range of ``applicabilityCodes``.
    struct CompiledApplicability: Sendable {
        let from: Int32
        let until: Int32
        let firstCode: Int32
        let codeCount: Int32
    }

    /// Each rule's applicability, by rule position.
    let ruleApplicability: [CompiledApplicability]
    /// Each program's applicability, by program position.
    let programApplicability: [CompiledApplicability]
    /// The jurisdiction codes of every applicability, flattened.
    let applicabilityCodes: [Int32]
    /// Whether each program is member-scope, by program position.
    let programIsMember: [Bool]
    /// The number of member-scope programs.
    let memberProgramCount: Int
    /// Whether each program is a tier, by program position.
    let programIsTier: [Bool]
    /// Each program's amount rounding, by program position.
    let amountRounding: [RoundingRule]
    /// Each program's amount period, by program position.
    let amountPeriod: [AmountPeriod]

    /// Whether `applicability` covers `jurisdiction` on `day`, without allocating.
    @inline(__always)
    /// The rule that stands for base rule `base` at `jurisdiction` on `day`: its most
    /// specific local variant that applies there and then, else the base rule if it applies,
    /// else `nil`. The one choice the household engine, the columnar engine and
    /// ``RuleCatalog/applicableRule(_:jurisdiction:on:)`` all make.
    func applicableRule(_ base: Int, jurisdiction: AdministrativeDivisionCode, on day: Day) -> Int? {
        for variant in ruleVariants[base] where applies(ruleApplicability[variant], to: jurisdiction, on: day) {
            return variant
        }
        return applies(ruleApplicability[base], to: jurisdiction, on: day) ? base : nil
    }

    func applies(_ applicability: CompiledApplicability, to jurisdiction: AdministrativeDivisionCode, on day: Day) -> Bool {
        if day.packed < applicability.from || day.packed > applicability.until { return false }
        if applicability.codeCount == 0 { return true }
        var level: AdministrativeDivisionCode? = jurisdiction
        let codes = applicabilityCodes[Int(applicability.firstCode)..<Int(applicability.firstCode + applicability.codeCount)]
        while let current = level {
            if codes.contains(current.value) { return true }
            level = current.parent
        }
        return false
    }

    init(measures: [Measure], measureIndex: [MeasureID: Int], rules: [Rule], ruleIndex: [RuleID: Int],
         programs: [Program], programIndex: [ProgramID: Int], parameters: ParameterCatalog, variants: [RuleID: [Int]]) {
        programRules = programs.map { program in program.rules.compactMap { ruleIndex[$0] } }
        ruleVariants = rules.map { variants[$0.id] ?? [] }
        tiersByRank = programs.indices.filter { programs[$0].tierRank != nil }
            .sorted { (programs[$0].tierRank ?? 0) < (programs[$1].tierRank ?? 0) }
        measureIsMember = measures.map { $0.scope == .member }
        measureFunctions = measures.map { MeasureFunction(compute: $0.compute) }
        measureUnits = measures.map(\.unit)
        programIsMember = programs.map { $0.scope == .member }
        memberProgramCount = programs.filter { $0.scope == .member }.count
        programIsTier = programs.map { $0.tierRank != nil }
        amountRounding = programs.map { $0.amount?.rounding ?? .halfUp }
        amountPeriod = programs.map { $0.amount?.period ?? .monthly }
        var builder = Builder()
        // The catalog was checked before compiling, so every id below resolves.
        ruleRoots = rules.map { builder.add($0.condition, measureIndex, programIndex, parameters) }
        amountRoots = programs.map { program in
            program.amount.map { builder.add($0.expression, measureIndex, programIndex, parameters) } ?? -1
        }
        ruleApplicability = rules.map { builder.compile($0.applicability) }
        programApplicability = programs.map { builder.compile($0.applicability) }
        operands = builder.operands
        conditions = builder.conditions
        amounts = builder.amounts
        children = builder.children
        constants = builder.constants
        labels = builder.labels
        applicabilityCodes = builder.applicabilityCodes
        var operandLabels: [Label] = []
        var operandParameters: [[Int32]] = []
        // Children come before their parents in `builder.operands`, so one pass suffices.
        for node in builder.operands {
            switch node.kind {
            case .measure:
                let measure = measures[Int(node.index)]
                operandLabels.append(Label(measure.chineseTitle, measure.englishTitle))
                operandParameters.append([])
            case .parameter:
                let definition = parameters.definitions[Int(node.index)]
                operandLabels.append(Label(definition.chineseTitle, definition.englishTitle))
                operandParameters.append([node.index])
            case .constant:
                let quantity = builder.constants[Int(node.index)]
                let text = quantity.unit == .ratio || quantity.unit == .count
                    ? Quantity.decimal(quantity.numerator, quantity.denominator, maximumDecimals: 4) : quantity.description
                operandLabels.append(Label(text, text))
                operandParameters.append([])
            case .product, .sum:
                let (x, y) = (operandLabels[Int(node.left)], operandLabels[Int(node.right)])
                let sign = node.kind == .product ? "×" : "+"
                operandLabels.append(Label("\(x.chinese) \(sign) \(y.chinese)", "\(x.english) \(sign) \(y.english)"))
                operandParameters.append(operandParameters[Int(node.left)] + operandParameters[Int(node.right)])
            case .labelled:
                operandLabels.append(builder.labels[Int(node.index)])
                operandParameters.append(operandParameters[Int(node.left)])
            }
        }
        self.operandLabels = operandLabels
        self.operandParameters = operandParameters
    }

    /// Accumulates the node arrays while compiling.
    private struct Builder {
        var operands: [OperandNode] = []
        var conditions: [ConditionNode] = []
        var amounts: [AmountNode] = []
        var children: [Int32] = []
        var constants: [Quantity] = []
        var labels: [Label] = []
        var applicabilityCodes: [Int32] = []

        mutating func compile(_ applicability: Applicability) -> CompiledApplicability {
            let first = Int32(applicabilityCodes.count)
            applicabilityCodes += applicability.jurisdictions.map(\.value)
            return CompiledApplicability(from: applicability.from?.packed ?? Int32.min, until: applicability.until?.packed ?? Int32.max,
                                         firstCode: first, codeCount: Int32(applicability.jurisdictions.count))
        }

        mutating func label(_ label: Label) -> Int32 {
            labels.append(label)
            return Int32(labels.count - 1)
        }

        mutating func add(_ operand: Operand, _ measures: [MeasureID: Int], _ parameters: ParameterCatalog) -> Int32 {
            let node: OperandNode
            switch operand {
            case .measure(let id):
                node = OperandNode(kind: .measure, index: Int32(measures[id] ?? 0), left: -1, right: -1)
            case .parameter(let id):
                node = OperandNode(kind: .parameter, index: Int32(parameters.index(of: id) ?? 0), left: -1, right: -1)
            case .constant(let quantity):
                constants.append(quantity)
                node = OperandNode(kind: .constant, index: Int32(constants.count - 1), left: -1, right: -1)
            case .product(let a, let b):
                node = OperandNode(kind: .product, index: -1, left: add(a, measures, parameters), right: add(b, measures, parameters))
            case .sum(let a, let b):
                node = OperandNode(kind: .sum, index: -1, left: add(a, measures, parameters), right: add(b, measures, parameters))
            case .labelled(let inner, let name):
                let child = add(inner, measures, parameters)
                node = OperandNode(kind: .labelled, index: label(name), left: child, right: -1)
            }
            operands.append(node)
            return Int32(operands.count - 1)
        }

        mutating func add(_ condition: Condition, _ measures: [MeasureID: Int], _ programs: [ProgramID: Int],
                                  _ parameters: ParameterCatalog) -> Int32 {
            let node: ConditionNode
            switch condition {
            case .compare(let left, let comparison, let right):
                node = ConditionNode(kind: .compare, comparison: comparison, status: .eligible,
                                     a: add(left, measures, parameters), b: add(right, measures, parameters))
            case .isTrue(let id):
                node = ConditionNode(kind: .isTrue, comparison: .equal, status: .eligible, a: Int32(measures[id] ?? 0), b: 0)
            case .all(let parts), .any(let parts):
                let positions = parts.map { add($0, measures, programs, parameters) }
                let first = Int32(children.count)
                children += positions
                let isAll: Bool
                if case .all = condition { isAll = true } else { isAll = false }
                node = ConditionNode(kind: isAll ? .all : .any, comparison: .equal, status: .eligible, a: first,
                                     b: Int32(positions.count))
            case .not(let part):
                node = ConditionNode(kind: .not, comparison: .equal, status: .eligible, a: add(part, measures, programs, parameters), b: 0)
            case .anyMember(let part):
                node = ConditionNode(kind: .anyMember, comparison: .equal, status: .eligible,
                                     a: add(part, measures, programs, parameters), b: 0)
            case .allMembers(let part):
                node = ConditionNode(kind: .allMembers, comparison: .equal, status: .eligible,
                                     a: add(part, measures, programs, parameters), b: 0)
            case .labelled(let part, let name):
                let child = add(part, measures, programs, parameters)
                node = ConditionNode(kind: .labelled, comparison: .equal, status: .eligible, a: child, b: label(name))
            case .program(let id, let status):
                node = ConditionNode(kind: .program, comparison: .equal, status: status, a: Int32(programs[id] ?? 0), b: 0)
            case .tier(let ids):
                let first = Int32(children.count)
                children += ids.map { Int32(programs[$0] ?? 0) }
                node = ConditionNode(kind: .tier, comparison: .equal, status: .eligible, a: first, b: Int32(ids.count))
            }
            conditions.append(node)
            return Int32(conditions.count - 1)
        }

        mutating func add(_ expression: AmountExpression, _ measures: [MeasureID: Int], _ programs: [ProgramID: Int],
                                  _ parameters: ParameterCatalog) -> Int32 {
            let node: AmountNode
            switch expression {
            case .operand(let operand, let name):
                node = AmountNode(kind: .operand, a: add(operand, measures, parameters), b: -1, c: -1, label: label(name))
            case .sum(let parts, let name), .maximum(let parts, let name), .minimum(let parts, let name):
                let positions = parts.map { add($0, measures, programs, parameters) }
                let first = Int32(children.count)
                children += positions
                let kind: AmountKind
                switch expression {
                case .sum: kind = .sum
                case .maximum: kind = .maximum
                default: kind = .minimum
                }
                node = AmountNode(kind: kind, a: first, b: Int32(positions.count), c: -1, label: label(name))
            case .difference(let x, let y, let name):
                node = AmountNode(kind: .difference, a: add(x, measures, programs, parameters), b: add(y, measures, programs, parameters),
                                  c: -1, label: label(name))
            case .sumOverMembers(let filter, let each, let name):
                let condition = add(filter, measures, programs, parameters)
                node = AmountNode(kind: .sumOverMembers, a: add(each, measures, programs, parameters), b: -1, c: condition,
                                  label: label(name))
            case .scaled(let part, let factor, let name):
                node = AmountNode(kind: .scaled, a: add(part, measures, programs, parameters), b: add(factor, measures, parameters),
                                  c: -1, label: label(name))
            case .when(let filter, let x, let y, let name):
                let condition = add(filter, measures, programs, parameters)
                node = AmountNode(kind: .when, a: add(x, measures, programs, parameters), b: add(y, measures, programs, parameters),
                                  c: condition, label: label(name))
            }
            amounts.append(node)
            return Int32(amounts.count - 1)
        }
    }
}
