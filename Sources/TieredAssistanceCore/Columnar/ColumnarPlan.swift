/// Where a measure's columns are in the table, in the order its form declared them.
struct MeasureColumns {
    let household: [Int]
    let member: [Int]
}

/// What is fixed for a decide call, in flat tables by place: the parameters, which programs
/// apply, which variant of each rule; and where each measure's columns are in the table.
final class ColumnarPlan {
    let catalog: RuleCatalog
    let compiled: CompiledCatalog
    let day: Day
    /// Per measure: its column form, or `nil` when it is measured from the table's households
    /// (every measure, in a table made of households).
    let forms: [Measure.ColumnForm?]
    let columns: [MeasureColumns]
    let parameters: [ResolvedParameters]
    let parameterCount: Int
    /// `place × parameterCount + parameter`: the numeric value in force, if any.
    let quantities: [Quantity?]
    /// `place × programCount + program`.
    let programApplies: [Bool]
    let programCount: Int
    /// `place × ruleCount + rule`: the rule (itself or a local variant) that applies, or -1.
    let ruleChoice: [Int32]
    let ruleCount: Int
    /// Per rule: the distinct choices over all places.
    let ruleChoices: [[Int32]]
    /// Per operand node that reads no measure: its slot in ``placeValues`` (nodes with the
    /// same values at every place share one); -1 for nodes that read a measure.
    let constantSlot: [Int32]
    /// Per slot: the node's value at each place, computed once with the ``Quantity``
    /// operations the rows would use.
    let placeValues: [[Quantity?]]
    /// Per condition node: its slot in a block's truth cache, shared by structurally equal
    /// conditions (bench-v1's asset test, written once and used by four rules, is computed
    /// once per block); -1 for conditions that read a program's status or the tier, which
    /// change while a block's programs are decided.
    let conditionSlot: [Int32]
    /// The number of distinct truth-cache slots.
    let conditionSlotCount: Int

    init(catalog: RuleCatalog, book: PolicyBook, places: [HouseholdTable.Place], day: Day, forms: [Measure.ColumnForm?],
         columns: [MeasureColumns]) {
        self.catalog = catalog
        let compiled = catalog.compiled
        self.compiled = compiled
        self.day = day
        self.forms = forms
        self.columns = columns
        parameters = places.map { book.resolveAll(jurisdiction: $0.jurisdiction, residence: $0.residence, on: day) }
        parameterCount = catalog.parameterCatalog.definitions.count
        quantities = parameters.flatMap(\.quantities)
        programCount = catalog.programs.count
        programApplies = places.flatMap { place in
            compiled.programApplicability.map { compiled.applies($0, to: place.jurisdiction, on: day) }
        }
        ruleCount = catalog.rules.count
        let choice: [Int32] = places.flatMap { place in
            catalog.rules.indices.map { base -> Int32 in
                compiled.applicableRule(base, jurisdiction: place.jurisdiction, on: day).map { Int32($0) } ?? -1
            }
        }
        ruleChoice = choice
        let ruleCount = self.ruleCount
        var slots: [Int32] = []
        var values: [[Quantity?]] = []
        var slotOfValues: [[Quantity?]: Int32] = [:]
        var nodeValues: [[Quantity?]?] = []
        let parameterCount = self.parameterCount
        let quantities = self.quantities
        // Children come before their parents in the operand list.
        for node in compiled.operands {
            let perPlace: [Quantity?]?
            switch node.kind {
            case .measure:
                perPlace = nil
            case .parameter:
                perPlace = places.indices.map { quantities[$0 * parameterCount + Int(node.index)] }
            case .constant:
                perPlace = places.map { _ in compiled.constants[Int(node.index)] }
            case .product, .sum:
                if let left = nodeValues[Int(node.left)], let right = nodeValues[Int(node.right)] {
                    perPlace = places.indices.map { place in
                        guard let x = left[place], let y = right[place] else { return nil }
                        return node.kind == .product ? try? x.multiplied(by: y) : try? x.adding(y)
                    }
                } else {
                    perPlace = nil
                }
            case .labelled:
                perPlace = nodeValues[Int(node.left)]
            }
            nodeValues.append(perPlace)
            if let perPlace {
                if let slot = slotOfValues[perPlace] {
                    slots.append(slot)
                } else {
                    let slot = Int32(values.count)
                    values.append(perPlace)
                    slotOfValues[perPlace] = slot
                    slots.append(slot)
                }
            } else {
                slots.append(-1)
            }
        }
        constantSlot = slots
        placeValues = values
        (conditionSlot, conditionSlotCount) = Self.conditionSlots(compiled, constantSlot: slots)
        ruleChoices = (0..<ruleCount).map { rule in
            var distinct: [Int32] = []
            for place in places.indices where !distinct.contains(choice[place * ruleCount + rule]) {
                distinct.append(choice[place * ruleCount + rule])
            }
            return distinct
        }
    }

    /// A node's identity for sharing: structurally equal nodes have equal keys.
    private struct NodeKey: Hashable {
        let kind: UInt8
        let detail: Int32
        let parts: [Int32]
    }

    /// Numbers the conditions so that structurally equal ones (the same measures, place
    /// values and comparisons, labels aside) share a slot; conditions that read a program's
    /// status or the tier get none.
    private static func conditionSlots(_ compiled: CompiledCatalog, constantSlot: [Int32]) -> ([Int32], Int) {
        // Operands: place-value slots are already shared by value; measures by position.
        var operandIDs: [Int32] = []
        var operandKeys: [NodeKey: Int32] = [:]
        func identify(_ key: NodeKey) -> Int32 {
            if let id = operandKeys[key] { return id }
            let id = Int32(operandKeys.count)
            operandKeys[key] = id
            return id
        }
        for (position, node) in compiled.operands.enumerated() {
            if constantSlot[position] >= 0 {
                operandIDs.append(identify(NodeKey(kind: 0, detail: constantSlot[position], parts: [])))
                continue
            }
            switch node.kind {
            case .measure: operandIDs.append(identify(NodeKey(kind: 1, detail: node.index, parts: [])))
            case .labelled: operandIDs.append(operandIDs[Int(node.left)])
            default:
                operandIDs.append(identify(NodeKey(kind: 2 + node.kind.rawValue, detail: 0,
                                                   parts: [operandIDs[Int(node.left)], operandIDs[Int(node.right)]])))
            }
        }
        // Conditions: children come before their parents.
        var slots: [Int32] = []
        var conditionKeys: [NodeKey: Int32] = [:]
        func child(_ position: Int32) -> Int32? {
            let slot = slots[Int(position)]
            return slot >= 0 ? slot : nil
        }
        for node in compiled.conditions {
            let key: NodeKey?
            switch node.kind {
            case .compare:
                let comparison = Int32(Comparison.allCases.firstIndex(of: node.comparison) ?? 0)
                key = NodeKey(kind: node.kind.rawValue, detail: comparison,
                              parts: [operandIDs[Int(node.a)], operandIDs[Int(node.b)]])
            case .isTrue:
                key = NodeKey(kind: node.kind.rawValue, detail: node.a, parts: [])
            case .all, .any:
                let parts = compiled.children[Int(node.a)..<Int(node.a + node.b)].map(child)
                key = parts.contains(nil) ? nil : NodeKey(kind: node.kind.rawValue, detail: 0, parts: parts.map { $0! })
            case .not, .anyMember, .allMembers:
                key = child(node.a).map { NodeKey(kind: node.kind.rawValue, detail: 0, parts: [$0]) }
            case .labelled:
                slots.append(slots[Int(node.a)])
                continue
            case .program, .tier:
                key = nil
            }
            guard let key else {
                slots.append(-1)
                continue
            }
            if let slot = conditionKeys[key] {
                slots.append(slot)
            } else {
                let slot = Int32(conditionKeys.count)
                conditionKeys[key] = slot
                slots.append(slot)
            }
        }
        return (slots, conditionKeys.count)
    }
}
