/// The explanations of a columnar run, kept as columns: for every household (and member)
/// decided, the value of every measure the catalog's rules read, or what it lacks, and how
/// each rule came out. Filled by ``ColumnarEvaluator/decide(_:households:on:into:traces:)``.
///
/// Rule outcomes are read straight from the columns, for one household
/// (``ruleTruth(_:household:member:)``) or counted over all of them (``tally(_:)``): which
/// rule failed how often, at the engine's speed.
///
/// Every other part of an explanation (each comparison's sides and margin, the parameters
/// read and their sources, the amount breakdown, near misses, missing facts) follows from
/// those values, the catalog and the parameters of the household's place.
/// ``evaluation(ofHousehold:id:memberIDs:)`` builds a household's full ``Evaluation``
/// from them on demand, exactly as ``Evaluator/evaluate(_:on:tracing:)`` explains that
/// household, without measuring it again. A run can so record the explanations of every
/// household at nearly the columnar engine's speed, slice by slice, and build the few that
/// someone reads.
///
/// For a built ``Evaluation`` to equal ``Evaluator``'s, each measure's column form must
/// report what an unmeasurable row lacks with the same ``MissingItem``s as its household
/// form (``ColumnMeasureOutput/setMissing(_:row:)``, naming member fields with
/// ``ColumnMeasureContext/memberPath(_:row:)``): a row left unset is missing with no reason.
///
/// ```swift
/// var decisions = TableDecisions()
/// var traces = TableTraces()
/// try columnar.decide(table, on: day, into: &decisions, traces: &traces)
/// let evaluation = traces.evaluation(ofHousehold: 7, id: Household.ID("H-7"),
///                                    memberIDs: [Member.ID("m1"), Member.ID("m2")])
/// print(ExplanationRenderer(language: .chinese).render(evaluation))
/// ```
///
/// Memory: each measure keeps an exact value per row (about 33 bytes), so keep the traces
/// of a slice of a large table at a time. The traces share the table's storage; a caller
/// that changes or clears its table while keeping traces makes the table be copied. One
/// ``TableTraces`` per thread.
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
    /// In a table made of households (``HouseholdTable/init(households:)``) the household
    /// itself is evaluated again with traces, so that measures that give ranges explain as
    /// ``Evaluator`` explains them; it keeps its own ids (`id` and `memberIDs` are checked
    /// for their count only).
    ///
    /// - Precondition: `household` is in ``households`` and `memberIDs` has one id per member.
    public func evaluation(ofHousehold household: Int, id: Household.ID, memberIDs: [Member.ID]) -> Evaluation {
        precondition(households.contains(household), "household \(household) is not among the traced \(households)")
        guard let evaluator, let table else { preconditionFailure("no traces recorded") }
        let rows = table.memberRows(of: household)
        precondition(memberIDs.count == rows.count,
                     "household \(household) has \(rows.count) members, \(memberIDs.count) ids were given")
        if let made = table.households {
            return evaluator.evaluate(made[household], on: day, parameters: parametersByPlace[table.placePosition(of: household)],
                                      tracing: true, scratch: nil, recorded: nil)
        }
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

extension TableTraces {
    /// How rule `rule` (a base rule; where a local variant applied, the variant's truth)
    /// came out for table household `household`, or for its member at position `member` for
    /// a member-scope rule, read straight from the recorded columns: `nil` when its program
    /// decided nothing there, as the household engine records no rule outcomes then: the
    /// program does not apply at the household's place on the day, or one of its rules (this
    /// one or another) has no version that applies there. The same truth as the household's
    /// ``RuleOutcome/truth`` in ``evaluation(ofHousehold:id:memberIDs:)``, for every
    /// household at once without building explanations: counting which rule failed how
    /// often over a population reads only these. (Columns hold a value or nothing: where the
    /// household engine decides a rule over a range, such as a parameter without a value at
    /// the place, the columns read it unknown.)
    ///
    /// - Precondition: `household` is traced, `rule` is a base rule of the catalog, and
    ///   `member` is given exactly for member-scope rules, within the household's members.
    public func ruleTruth(_ rule: RuleID, household: Int, member: Int? = nil) -> Truth? {
        precondition(households.contains(household), "household \(household) is not among the traced \(households)")
        guard let table else { preconditionFailure("no traces recorded") }
        let (position, isMember) = basePosition(rule)
        precondition(isMember == (member != nil), "member positions are given for member-scope rules only")
        let block = blocks[(household - households.lowerBound) / blockSize]
        let truths = block.ruleTruths[position]
        guard !truths.isEmpty else { return nil }
        var row = household - block.households.lowerBound
        if let member {
            let rows = table.memberRows(of: household)
            precondition(member >= 0 && member < rows.count, "household \(household) has \(rows.count) members")
            row = rows.lowerBound + member - block.firstMemberRow
        }
        switch truths[row] {
        case TruthBits.yes: return .yes
        case TruthBits.no: return .no
        case TruthBits.unknown: return .unknown
        default: return nil
        }
    }

    /// How often base rule `rule` held, failed and was undetermined over the traced
    /// households (over their members, for a member-scope rule), counted on the recorded
    /// columns; where it was not evaluated it is not counted. The same counts as
    /// ``ruleTruth(_:household:member:)`` over every household, at column speed.
    ///
    /// - Precondition: traces were recorded and `rule` is a base rule of the catalog.
    public func tally(_ rule: RuleID) -> RuleTally {
        let (position, _) = basePosition(rule)
        var tally = RuleTally()
        for block in blocks {
            for truth in block.ruleTruths[position] {
                switch truth {
                case TruthBits.yes: tally.held += 1
                case TruthBits.no: tally.failed += 1
                case TruthBits.unknown: tally.undetermined += 1
                default: break
                }
            }
        }
        return tally
    }

    /// The position of base rule `rule` and whether it is member-scope.
    private func basePosition(_ rule: RuleID) -> (position: Int, isMember: Bool) {
        guard let catalog = evaluator?.catalog else { preconditionFailure("no traces recorded") }
        guard let position = catalog.ruleIndex[rule], catalog.rules[position].refines == nil else {
            preconditionFailure("\(rule) is not a base rule of the catalog")
        }
        return (position, catalog.rules[position].scope == .member)
    }
}

/// How often a rule held, failed and was undetermined over traced households or members
/// (``TableTraces/tally(_:)``).
public struct RuleTally: Sendable, Hashable {
    /// Households (or members) for which the rule held.
    public var held = 0
    /// For which it failed.
    public var failed = 0
    /// For which it could not be decided.
    public var undetermined = 0

    /// Zero counts.
    public init() {}
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
    /// Per rule (base position): ``TruthBits`` per row of its program's level, 0 where not
    /// evaluated; empty when no row reached it.
    let ruleTruths: [[UInt8]]

    /// Measure `measure` at block-relative `row` of its level.
    func outcome(_ measure: Int, row: Int) -> MeasureOutcome {
        guard let column = columns[measure] else {
            preconditionFailure("measure \(measure) was not recorded: the columnar run read no node that needs it")
        }
        if let value = column[row] { return .value(value) }
        return .missing(missing[measure][row] ?? [])
    }
}
