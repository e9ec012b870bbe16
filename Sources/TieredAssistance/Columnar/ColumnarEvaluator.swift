/// Decides whole tables of households block by block, column by column: each measure
/// once per block through its ``Measure/ColumnForm``, each condition, operand and amount
/// of the catalog over every row of the block at once.
///
/// It decides exactly what ``Evaluator/decide(_:on:parameters:into:scratch:)`` decides for
/// the same households (tiers, statuses, amounts; the same three-valued logic, units,
/// rounding, overflow and local rule variants), but it names no missing facts and keeps no
/// explanations: use ``Evaluator`` on the households ``TableDecisions/isComplete(household:)``
/// marks, and for explanations. Every measure of the catalog needs a column form.
///
/// ```swift
/// let columnar = try ColumnarEvaluator(Evaluator(catalog: catalog, book: book))
/// var decisions = TableDecisions()
/// try columnar.decide(table, on: day, into: &decisions)
/// let tier = decisions.tier(ofHousehold: 0)
/// ```
///
/// One call works on one thread; decide disjoint ranges of a table on several threads,
/// each into its own ``TableDecisions``.
public struct ColumnarEvaluator: Sendable {
    /// The evaluator whose catalog and book are used.
    public let evaluator: Evaluator
    /// Households per block: the columns of a block stay in the processor's cache.
    public static let blockSize = 256
    let forms: [Measure.ColumnForm]

    /// The catalog has measures without a ``Measure/ColumnForm``.
    public struct Unsupported: Error, Sendable, Hashable, CustomStringConvertible {
        /// The measures that have no column form.
        public let measures: [MeasureID]

        public var description: String {
            "measures without a column form: " + measures.map(\.rawValue).joined(separator: ", ")
        }
    }

    /// A table lacks a column a measure reads.
    public struct MissingColumn: Error, Sendable, Hashable, CustomStringConvertible {
        /// The measure.
        public let measure: MeasureID
        /// The column's name.
        public let column: String
        /// Whether it is a household or a member column.
        public let scope: Scope

        public var description: String { "measure \(measure) reads \(scope) column \(column), which the table does not have" }
    }

    /// Creates a columnar evaluator for `evaluator`'s catalog and book.
    ///
    /// - Throws: ``Unsupported`` when a measure of the catalog has no column form.
    public init(_ evaluator: Evaluator) throws(Unsupported) {
        var forms: [Measure.ColumnForm] = []
        var lacking: [MeasureID] = []
        for measure in evaluator.catalog.measures {
            if let form = measure.columnForm { forms.append(form) } else { lacking.append(measure.id) }
        }
        guard lacking.isEmpty else { throw Unsupported(measures: lacking) }
        self.evaluator = evaluator
        self.forms = forms
    }

    /// Decides `households` of `table` (all of them by default) on `day` into `decisions`,
    /// resolving each place's parameters from the book once.
    ///
    /// - Throws: ``MissingColumn`` when a measure reads a column the table lacks.
    public func decide(_ table: HouseholdTable, households: Range<Int>? = nil, on day: Day,
                       into decisions: inout TableDecisions) throws(MissingColumn) {
        let range = households ?? 0..<table.count
        precondition(range.lowerBound >= 0 && range.upperBound <= table.count, "households outside the table")
        let catalog = evaluator.catalog
        var columns: [(household: [Int], member: [Int])] = []
        for (index, form) in forms.enumerated() {
            var householdPositions: [Int] = []
            var memberPositions: [Int] = []
            for name in form.householdColumns {
                guard let position = table.householdColumn(named: name) else {
                    throw MissingColumn(measure: catalog.measures[index].id, column: name, scope: .household)
                }
                householdPositions.append(position)
            }
            for name in form.memberColumns {
                guard let position = table.memberColumn(named: name) else {
                    throw MissingColumn(measure: catalog.measures[index].id, column: name, scope: .member)
                }
                memberPositions.append(position)
            }
            columns.append((householdPositions, memberPositions))
        }
        let plans = table.places.map { PlacePlan(catalog: catalog, book: evaluator.book, place: $0, day: day) }
        decisions.begin(catalog: catalog, table: table, households: range)
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(start + Self.blockSize, range.upperBound)
            var block = ColumnarBlock(catalog: catalog, table: table, households: start..<end, day: day, plans: plans,
                                      forms: forms, columns: columns)
            block.run(into: &decisions)
            start = end
        }
    }
}

/// What is fixed for one place on the evaluation day: the parameters, which programs
/// apply, and which variant of each rule.
struct PlacePlan {
    let parameters: ResolvedParameters
    let quantities: [Quantity?]
    let programApplies: [Bool]
    /// Per rule position: the rule (itself or a local variant) that applies, or -1.
    let ruleChoice: [Int]

    init(catalog: RuleCatalog, book: PolicyBook, place: HouseholdTable.Place, day: Day) {
        let compiled = catalog.compiled
        parameters = book.resolveAll(jurisdiction: place.jurisdiction, residence: place.residence, on: day)
        quantities = parameters.quantities
        programApplies = compiled.programApplicability.map { compiled.applies($0, to: place.jurisdiction, on: day) }
        ruleChoice = catalog.rules.indices.map { base in
            for variant in compiled.ruleVariants[base]
            where compiled.applies(compiled.ruleApplicability[variant], to: place.jurisdiction, on: day) {
                return variant
            }
            return compiled.applies(compiled.ruleApplicability[base], to: place.jurisdiction, on: day) ? base : -1
        }
    }
}
