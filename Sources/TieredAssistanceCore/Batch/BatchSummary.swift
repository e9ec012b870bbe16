/// Counts and totals of a batch run: every input line is accounted for (evaluated,
/// rejected or blank), and per tier and program the households and monthly amounts.
public struct BatchSummary: Sendable {
    /// Lines read, blank lines skipped, records given to the evaluator.
    public var lines = JSONLinesCounts()
    /// Records evaluated.
    public var evaluated = 0
    /// Records rejected (invalid input), each reported with its line number.
    public var rejected = 0
    /// Evaluated lines whose household id appeared on an earlier line.
    public var duplicateIDs = 0
    /// Households per tier (`none` and `undetermined` included).
    public var tiers: [String: Int] {
        get { folded.storedTiers }
        set { fold(); storedTiers = newValue }
    }
    /// Per program: determinations per status.
    public var statuses: [String: [ProgramStatus: Int]] {
        get { folded.storedStatuses }
        set { fold(); storedStatuses = newValue }
    }
    /// Per program: the total monthly amount of eligible determinations, in fen (one-off
    /// amounts are not added in).
    public var monthlyAmounts: [String: Int64] {
        get { folded.storedMonthlyAmounts }
        set { fold(); storedMonthlyAmounts = newValue }
    }
    /// Programs whose total did not fit in 64-bit fen.
    public var overflowedTotals: Set<String> {
        get { folded.storedOverflowedTotals }
        set { fold(); storedOverflowedTotals = newValue }
    }
    /// Per program: eligible determinations whose amount could not be computed (a missing
    /// amount parameter); they are not in the totals, which are then lower bounds.
    public var amountsUndetermined: [String: Int] {
        get { folded.storedAmountsUndetermined }
        set { fold(); storedAmountsUndetermined = newValue }
    }

    private var storedTiers: [String: Int] = [:]
    private var storedStatuses: [String: [ProgramStatus: Int]] = [:]
    private var storedMonthlyAmounts: [String: Int64] = [:]
    private var storedOverflowedTotals: Set<String> = []
    private var storedAmountsUndetermined: [String: Int] = [:]
    /// Decisions and evaluations counted by program position since the last fold (see ``ProgramTally``).
    private var tally: ProgramTally?

    /// An empty summary.
    public init() {}

    /// Adds one evaluation.
    public mutating func add(_ evaluation: Evaluation) {
        evaluated += 1
        startTally(for: evaluation.catalog)
        tally!.add(evaluation)
    }

    /// Adds one decision (from ``Evaluator/decide(_:on:parameters:into:scratch:)``),
    /// counted exactly as the ``Evaluation`` of the same household would be.
    public mutating func add(_ decision: Decision) {
        evaluated += 1
        guard let catalog = decision.catalog else {
            storedTiers[decision.tier.name, default: 0] += 1
            return
        }
        startTally(for: catalog)
        tally!.add(decision)
    }

    /// Makes ``tally`` count for `catalog` (folding the counts of another catalog first).
    private mutating func startTally(for catalog: RuleCatalog) {
        if tally.map({ $0.catalog.storage !== catalog.storage }) ?? true {
            fold()
            tally = ProgramTally(catalog: catalog)
        }
    }

    private mutating func add(_ fen: Int64, to program: String) {
        let (total, overflow) = storedMonthlyAmounts[program, default: 0].addingReportingOverflow(fen)
        if overflow { storedOverflowedTotals.insert(program) } else { storedMonthlyAmounts[program] = total }
    }

    /// Adds another worker's summary.
    public mutating func merge(_ other: BatchSummary) {
        fold()
        let other = other.folded
        evaluated += other.evaluated
        rejected += other.rejected
        for (tier, count) in other.storedTiers { storedTiers[tier, default: 0] += count }
        for (program, counts) in other.storedStatuses {
            for (status, count) in counts { storedStatuses[program, default: [:]][status, default: 0] += count }
        }
        for (program, fen) in other.storedMonthlyAmounts { add(fen, to: program) }
        storedOverflowedTotals.formUnion(other.storedOverflowedTotals)
        for (program, count) in other.storedAmountsUndetermined { storedAmountsUndetermined[program, default: 0] += count }
    }

    /// This summary with its position-indexed counts folded into the dictionaries.
    private var folded: BatchSummary {
        guard tally != nil else { return self }
        var copy = self
        copy.fold()
        return copy
    }

    /// Moves the position-indexed counts into the dictionaries.
    private mutating func fold() {
        guard let tally else { return }
        self.tally = nil
        let programs = tally.catalog.programs
        for (position, count) in tally.tierCounts.enumerated() where count > 0 {
            let name = position < programs.count ? programs[position].id.rawValue
                : position == programs.count ? TierOutcome.none.name : TierOutcome.undetermined([]).name
            storedTiers[name, default: 0] += count
        }
        for (position, program) in programs.enumerated() {
            let id = program.id.rawValue
            for (index, status) in ProgramTally.counted.enumerated() {
                let count = tally.statusCounts[position * ProgramTally.counted.count + index]
                if count > 0 { storedStatuses[id, default: [:]][status, default: 0] += count }
            }
            if tally.amountUndetermined[position] > 0 { storedAmountsUndetermined[id, default: 0] += tally.amountUndetermined[position] }
            if tally.overflowed[position] { storedOverflowedTotals.insert(id) }
            if tally.hasMonthlyAmount[position] { add(tally.monthlyFen[position], to: id) }
        }
    }

    /// Whether every record was either evaluated or rejected, and every line read was a
    /// record or a blank line.
    public var reconciles: Bool {
        lines.linesRead == lines.records + lines.blankLines && lines.records == evaluated + rejected
    }

    /// The summary as JSON, keys sorted.
    public var json: String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("linesRead"); writer.int(lines.linesRead)
        writer.key("blankLines"); writer.int(lines.blankLines)
        writer.key("records"); writer.int(lines.records)
        writer.key("evaluated"); writer.int(evaluated)
        writer.key("rejected"); writer.int(rejected)
        writer.key("duplicateIDs"); writer.int(duplicateIDs)
        writer.key("tiers")
        writer.beginObject()
        for tier in tiers.keys.sorted() {
            writer.key(dynamic: tier); writer.int(tiers[tier] ?? 0)
        }
        writer.endObject()
        writer.key("programs")
        writer.beginObject()
        for program in statuses.keys.sorted() {
            writer.key(dynamic: program)
            writer.beginObject()
            for status in ProgramStatus.allCases where status != .notApplicable {
                writer.key(dynamic: status.rawValue); writer.int(statuses[program]?[status] ?? 0)
            }
            writer.key("monthlyAmount")
            if overflowedTotals.contains(program) { writer.null() } else { writer.money(Money(fen: monthlyAmounts[program] ?? 0)) }
            writer.key("amountUndetermined"); writer.int(amountsUndetermined[program] ?? 0)
            writer.endObject()
        }
        writer.endObject()
        writer.endObject()
        writer.newline()
        return writer.text
    }

    /// The summary as text, for standard error.
    public var text: String {
        var lines: [String] = []
        lines.append("lines read \(self.lines.linesRead): \(evaluated) evaluated, \(rejected) rejected, \(self.lines.blankLines) blank")
        lines.append("tiers: " + tiers.keys.sorted().map { "\($0)=\(tiers[$0] ?? 0)" }.joined(separator: ", "))
        for program in statuses.keys.sorted() {
            let counts = statuses[program] ?? [:]
            var line = "  \(program): eligible \(counts[.eligible] ?? 0), not eligible \(counts[.notEligible] ?? 0), undetermined \(counts[.undetermined] ?? 0)"
            if let fen = monthlyAmounts[program], fen > 0 { line += ", monthly total \(Money(fen: fen)) yuan" }
            if overflowedTotals.contains(program) { line += ", monthly total too large to add up" }
            if let count = amountsUndetermined[program], count > 0 { line += ", amount undetermined for \(count) (not in the total)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Decisions and evaluations of one catalog counted by program position: an array index per
/// determination where the summary's dictionaries would hash a program id string (a batch
/// run adds dozens of determinations per household). ``BatchSummary`` folds it into its
/// dictionaries when they are read, so the counts are the same as adding each
/// determination to them.
private struct ProgramTally {
    /// The statuses counted, in the order of ``statusCounts``' entries for a program.
    static let counted: [ProgramStatus] = [.eligible, .notEligible, .undetermined]

    let catalog: RuleCatalog
    /// Households per tier: a tier program's position, then `none`, then `undetermined`.
    var tierCounts: [Int]
    /// Determinations per program position and counted status.
    var statusCounts: [Int]
    /// Per program position: the running monthly total, in fen, while it fits.
    var monthlyFen: [Int64]
    /// Per program position: whether a monthly amount was added (a total of 0 yuan is
    /// still written).
    var hasMonthlyAmount: [Bool]
    /// Per program position: whether the total did not fit in 64-bit fen.
    var overflowed: [Bool]
    /// Per program position: eligible determinations whose amount could not be computed.
    var amountUndetermined: [Int]

    init(catalog: RuleCatalog) {
        self.catalog = catalog
        let programs = catalog.programs.count
        tierCounts = Array(repeating: 0, count: programs + 2)
        statusCounts = Array(repeating: 0, count: programs * Self.counted.count)
        monthlyFen = Array(repeating: 0, count: programs)
        hasMonthlyAmount = Array(repeating: false, count: programs)
        overflowed = Array(repeating: false, count: programs)
        amountUndetermined = Array(repeating: 0, count: programs)
    }

    /// Counts `evaluation` (made with ``catalog``) as ``BatchSummary/add(_:)-evaluation``
    /// does. Its determinations are in catalog order, so each program's position is found by
    /// walking the catalog along with them, without hashing program ids.
    mutating func add(_ evaluation: Evaluation) {
        countTier(evaluation.tier)
        let programs = catalog.programs
        var position = 0
        for determination in evaluation.determinations {
            while position < programs.count && programs[position].id != determination.program { position += 1 }
            precondition(position < programs.count, "the determinations of \(determination.program) are not in catalog order")
            guard determination.status != .notApplicable else { continue }
            let amount = determination.amount
            count(position, determination.status,
                  monthlyAmount: amount?.period == .monthly && determination.supersededBy == nil ? amount?.value : nil,
                  hasAmount: amount != nil, missing: !determination.missing.isEmpty)
        }
    }

    /// Counts `decision` (made with ``catalog``) as ``BatchSummary/add(_:)-decision`` does.
    mutating func add(_ decision: Decision) {
        countTier(decision.tier)
        decision.forEachDetermination { position, member in
            guard let status = decision.status(ofProgramAt: position, member: member), status != .notApplicable else { return }
            let amount = decision.amount(ofProgramAt: position, member: member)
            let counted = decision.amountPeriod(ofProgramAt: position) == .monthly
                && (member != nil || decision.supersededBy(ofProgramAt: position) == nil)
            count(position, status, monthlyAmount: counted ? amount : nil, hasAmount: amount != nil,
                  missing: !decision.missing(ofProgramAt: position, member: member).isEmpty)
        }
    }

    /// Counts one determination of the program at `position`: its status, its monthly
    /// amount (when it pays one and is not outranked), or an eligible one whose amount could
    /// not be computed.
    private mutating func count(_ position: Int, _ status: ProgramStatus, monthlyAmount: Money?, hasAmount: Bool, missing: Bool) {
        let index = status == .eligible ? 0 : status == .notEligible ? 1 : 2
        statusCounts[position * Self.counted.count + index] += 1
        if let monthlyAmount {
            hasMonthlyAmount[position] = true
            let (total, overflow) = monthlyFen[position].addingReportingOverflow(monthlyAmount.fen)
            if overflow { overflowed[position] = true } else { monthlyFen[position] = total }
        } else if status == .eligible, !hasAmount, missing {
            // Eligible means every rule held, so what is missing is the amount's.
            amountUndetermined[position] += 1
        }
    }

    /// Counts the household's tier.
    private mutating func countTier(_ tier: TierOutcome) {
        switch tier {
        case .tier(let id):
            guard let position = catalog.position(ofProgram: id) else { preconditionFailure("the tier \(id) is not a program of the catalog") }
            tierCounts[position] += 1
        case .none: tierCounts[catalog.programs.count] += 1
        case .undetermined: tierCounts[catalog.programs.count + 1] += 1
        }
    }
}
