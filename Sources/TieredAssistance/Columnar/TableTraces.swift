/// The explanations of a columnar run, kept as columns: for every household (and member)
/// decided, the value of every measure the catalog's rules read, or what it lacks. Filled by
/// ``ColumnarEvaluator/decide(_:households:on:into:traces:)``.
///
/// Every other part of an explanation (each comparison's sides and margin, the parameters
/// read and their sources, the amount breakdown, near misses, missing facts) follows from
/// those values, the catalog and the parameters of the household's place.
/// ``evaluation(ofHousehold:id:memberIDs:)`` builds a household's full ``Evaluation``
/// from them on demand, exactly as ``Evaluator/evaluate(_:on:tracing:)`` explains that
/// household, without measuring it again. A run can so keep the explanations of millions
/// of households at the columnar engine's speed and build the few that someone reads.
///
/// ```swift
/// var decisions = TableDecisions()
/// var traces = TableTraces()
/// try columnar.decide(table, on: day, into: &decisions, traces: &traces)
/// let evaluation = traces.evaluation(ofHousehold: 7, id: "H-7", memberIDs: ["1", "2"])
/// print(ExplanationRenderer(language: .chinese).render(evaluation))
/// ```
///
/// Memory: each measure keeps an exact value per row (about 33 bytes), so keep the traces
/// of a slice of a large table at a time.
public struct TableTraces: Sendable {
    /// The households traced (table positions).
    public private(set) var households: Range<Int> = 0..<0
    var evaluator: Evaluator?
    var table: HouseholdTable?
    var day = Day(number: 19700101)!
    var parametersByPlace: [ResolvedParameters] = []
    var blockSize = ColumnarEvaluator.defaultBlockSize
    var blocks: [MeasuredBlock] = []

    /// Empty traces, to be filled by ``ColumnarEvaluator``.
    public init() {}

    mutating func begin(evaluator: Evaluator, table: HouseholdTable, households: Range<Int>, day: Day,
                        parameters: [ResolvedParameters], blockSize: Int) {
        self.evaluator = evaluator
        self.table = table
        self.households = households
        self.day = day
        parametersByPlace = parameters
        self.blockSize = blockSize
        blocks.removeAll(keepingCapacity: true)
    }

    /// The evaluation of table household `household` with every explanation (condition
    /// traces, amount breakdowns, near misses, missing facts), built from the recorded
    /// measures: the same ``Evaluation`` as ``Evaluator/evaluate(_:on:tracing:)`` gives for
    /// that household with `tracing: true`, when the catalog's column forms measure what
    /// their household forms measure. `id` and `memberIDs` (one per member row, in order)
    /// name the household and its members in the explanation.
    ///
    /// - Precondition: `household` is in ``households`` and `memberIDs` has one id per member.
    public func evaluation(ofHousehold household: Int, id: Household.ID, memberIDs: [Member.ID]) -> Evaluation {
        precondition(households.contains(household), "household \(household) is not among the traced \(households)")
        guard let evaluator, let table else { preconditionFailure("no traces recorded") }
        let rows = table.memberRows(of: household)
        precondition(memberIDs.count == rows.count,
                     "household \(household) has \(rows.count) members, \(memberIDs.count) ids were given")
        let block = blocks[(household - households.lowerBound) / blockSize]
        let place = table.places[table.placePosition(of: household)]
        // Only the ids and the place: the measures are read from the block, never computed.
        let skeleton = Household(id: id, jurisdiction: place.jurisdiction, residence: place.residence,
                                 members: memberIDs.map { Member(id: $0, relationship: .applicant, birthDate: day) })
        let householdRow = household - block.households.lowerBound
        let firstMemberRow = rows.lowerBound - block.firstMemberRow
        let recorded = RecordedMeasures { measure, member in
            block.outcome(measure, row: member.map { firstMemberRow + $0 } ?? householdRow)
        }
        return evaluator.evaluate(skeleton, on: day, parameters: parametersByPlace[table.placePosition(of: household)],
                                  tracing: true, scratch: nil, recorded: recorded)
    }
}

/// What one block of a columnar run measured: each measure's column at its own level and
/// what its unmeasurable rows lack.
struct MeasuredBlock: Sendable {
    let households: Range<Int>
    let firstMemberRow: Int
    /// Per measure: household rows or member rows of the block; `nil` when no node read it.
    let columns: [ValueColumn?]
    /// Per measure: the reasons of its unmeasurable rows, by block-relative row.
    let missing: [[Int: [MissingItem]]]

    /// Measure `measure` at block-relative `row` of its level.
    func outcome(_ measure: Int, row: Int) -> MeasureOutcome {
        guard let column = columns[measure] else {
            preconditionFailure("measure \(measure) was not recorded: the columnar run read no node that needs it")
        }
        if let value = column[row] { return .value(value) }
        return .missing(missing[measure][row] ?? [])
    }
}
