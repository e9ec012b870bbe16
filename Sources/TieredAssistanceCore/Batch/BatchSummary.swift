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
    public var tiers: [String: Int] = [:]
    /// Per program: determinations per status.
    public var statuses: [String: [ProgramStatus: Int]] = [:]
    /// Per program: the total monthly amount of eligible determinations, in fen (one-off
    /// amounts are not added in).
    public var monthlyAmounts: [String: Int64] = [:]
    /// Programs whose total did not fit in 64-bit fen.
    public var overflowedTotals: Set<String> = []
    /// Per program: eligible determinations whose amount could not be computed (a missing
    /// amount parameter); they are not in the totals, which are then lower bounds.
    public var amountsUndetermined: [String: Int] = [:]

    /// An empty summary.
    public init() {}

    /// Adds one evaluation.
    public mutating func add(_ evaluation: Evaluation) {
        evaluated += 1
        tiers[evaluation.tier.name, default: 0] += 1
        for determination in evaluation.determinations where determination.status != .notApplicable {
            let amount = determination.amount
            count(determination.program.rawValue, determination.status,
                  monthlyAmount: amount?.period == .monthly && determination.supersededBy == nil ? amount?.value : nil,
                  hasAmount: amount != nil, missing: !determination.missing.isEmpty)
        }
    }

    /// Adds one decision (from ``Evaluator/decide(_:on:parameters:into:scratch:)``),
    /// counted exactly as the ``Evaluation`` of the same household would be.
    public mutating func add(_ decision: Decision) {
        evaluated += 1
        tiers[decision.tier.name, default: 0] += 1
        guard let catalog = decision.catalog else { return }
        decision.forEachDetermination { position, member in
            guard let status = decision.status(ofProgramAt: position, member: member), status != .notApplicable else { return }
            let amount = decision.amount(ofProgramAt: position, member: member)
            let counted = decision.amountPeriod(ofProgramAt: position) == .monthly
                && (member != nil || decision.supersededBy(ofProgramAt: position) == nil)
            count(catalog.programs[position].id.rawValue, status, monthlyAmount: counted ? amount : nil,
                  hasAmount: amount != nil, missing: !decision.missing(ofProgramAt: position, member: member).isEmpty)
        }
    }

    /// Counts one determination: its status, its monthly amount (when it pays one and is not
    /// outranked), or an eligible one whose amount could not be computed.
    private mutating func count(_ program: String, _ status: ProgramStatus, monthlyAmount: Money?, hasAmount: Bool,
                                missing: Bool) {
        statuses[program, default: [:]][status, default: 0] += 1
        if let monthlyAmount {
            add(monthlyAmount.fen, to: program)
        } else if status == .eligible, !hasAmount, missing {
            // Eligible means every rule held, so what is missing is the amount's.
            amountsUndetermined[program, default: 0] += 1
        }
    }

    private mutating func add(_ fen: Int64, to program: String) {
        let (total, overflow) = monthlyAmounts[program, default: 0].addingReportingOverflow(fen)
        if overflow { overflowedTotals.insert(program) } else { monthlyAmounts[program] = total }
    }

    /// Adds another worker's summary.
    public mutating func merge(_ other: BatchSummary) {
        evaluated += other.evaluated
        rejected += other.rejected
        for (tier, count) in other.tiers { tiers[tier, default: 0] += count }
        for (program, counts) in other.statuses {
            for (status, count) in counts { statuses[program, default: [:]][status, default: 0] += count }
        }
        for (program, fen) in other.monthlyAmounts { add(fen, to: program) }
        overflowedTotals.formUnion(other.overflowedTotals)
        for (program, count) in other.amountsUndetermined { amountsUndetermined[program, default: 0] += count }
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
