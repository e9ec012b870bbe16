import TieredAssistance

/// A place of a population report: a division and a residence.
struct PlaceKey: Hashable, Comparable {
    let jurisdiction: AdministrativeDivisionCode
    let residence: Residence

    static func < (lhs: PlaceKey, rhs: PlaceKey) -> Bool {
        (lhs.jurisdiction.value, lhs.residence.rawValue) < (rhs.jurisdiction.value, rhs.residence.rawValue)
    }
}

/// What a population report counts for one place, under the baseline and (for a reform
/// comparison) the reform: households, households per tier, and the monthly assistance
/// paid (every eligible monthly amount not outranked by another tier, in fen; 128 bits, so
/// no population overflows it).
struct PlaceCounts {
    var households = 0
    var tiers: [String: Int] = [:]
    var monthlyFen: Int128 = 0
    var reformTiers: [String: Int] = [:]
    var reformMonthlyFen: Int128 = 0

    mutating func merge(_ other: PlaceCounts) {
        households += other.households
        tiers.merge(other.tiers, uniquingKeysWith: +)
        monthlyFen += other.monthlyFen
        reformTiers.merge(other.reformTiers, uniquingKeysWith: +)
        reformMonthlyFen += other.reformMonthlyFen
    }
}

/// Why programs stayed undetermined: one missing item, the households it held up and the
/// programs it held up there.
struct UndeterminedReason {
    var households = 0
    var programs: Set<ProgramID> = []
}

/// A rejected input line, for the report's list (its path and message are the decoder's,
/// which never echo personal data).
struct RejectedLine {
    let line: Int
    let code: String
    let path: String
    let message: String
}

/// The counts of a population report, filled by one worker per job and merged: per place,
/// the batch summary (statuses and totals per program), the tier transitions between the
/// baseline and the reform, the reasons programs stayed undetermined, and the rejected lines
/// (all counted, the first 100 listed).
struct PopulationTally {
    var places: [PlaceKey: PlaceCounts] = [:]
    var summary = BatchSummary()
    var transitions: [String: [String: Int]] = [:]
    var reasons: [MissingItem: UndeterminedReason] = [:]
    var rejections: [RejectedLine] = []
    static let listedRejections = 100

    mutating func reject(_ error: InputError) {
        summary.rejected += 1
        if rejections.count < Self.listedRejections {
            rejections.append(RejectedLine(line: error.line ?? 0, code: error.code.name, path: error.path.description, message: error.message))
        }
    }

    /// Counts one household's baseline evaluation and, for a comparison, its reform evaluation.
    mutating func add(_ evaluation: Evaluation, reform: Evaluation?) {
        summary.add(evaluation)
        let key = PlaceKey(jurisdiction: evaluation.jurisdiction, residence: evaluation.residence)
        var counts = places[key] ?? PlaceCounts()
        counts.households += 1
        counts.tiers[evaluation.tier.name, default: 0] += 1
        counts.monthlyFen += Int128(SweepCommand.total(evaluation).fen)
        if let reform {
            counts.reformTiers[reform.tier.name, default: 0] += 1
            counts.reformMonthlyFen += Int128(SweepCommand.total(reform).fen)
            transitions[evaluation.tier.name, default: [:]][reform.tier.name, default: 0] += 1
        }
        places[key] = counts
        // Each missing item once per household, with the programs it held up.
        var seen: [MissingItem: Set<ProgramID>] = [:]
        for determination in evaluation.determinations where determination.status == .undetermined {
            for item in determination.missing { seen[item, default: []].insert(determination.program) }
        }
        for (item, programs) in seen {
            reasons[item, default: UndeterminedReason()].households += 1
            reasons[item]!.programs.formUnion(programs)
        }
    }

    mutating func merge(_ other: PopulationTally) {
        for (key, counts) in other.places { places[key, default: PlaceCounts()].merge(counts) }
        summary.merge(other.summary)
        for (from, row) in other.transitions { transitions[from, default: [:]].merge(row, uniquingKeysWith: +) }
        for (item, reason) in other.reasons {
            reasons[item, default: UndeterminedReason()].households += reason.households
            reasons[item]!.programs.formUnion(reason.programs)
        }
        rejections += other.rejections
        rejections.sort { $0.line < $1.line }
        if rejections.count > Self.listedRejections { rejections.removeLast(rejections.count - Self.listedRejections) }
    }
}

/// One job of a population report: decodes each line as strictly as `assist batch`,
/// evaluates it under the baseline (and the reform) and counts it; writes nothing per line.
struct PopulationWorker: JSONLinesWorker {
    let baseline: Evaluator
    let reform: Evaluator?
    let day: Day?
    var tally = PopulationTally()
    private var parameters: [String: (ResolvedParameters, ResolvedParameters?)] = [:]
    private let scratch = EvaluationScratch()

    init(baseline: Evaluator, reform: Evaluator?, day: Day?) {
        self.baseline = baseline
        self.reform = reform
        self.day = day
    }

    mutating func process(_ bytes: UnsafeRawBufferPointer, line: Int, output: inout [UInt8], rejects: inout [UInt8]) {
        do throws(InputError) {
            let household = try HouseholdDecoder.decode(bytes)
            try baseline.catalog.checkReferences(of: household)
            guard let day = day ?? household.asOf else {
                throw InputError(path: "asOf", code: .missingKey, message: "no evaluation day: give --as-of or the household's asOf")
            }
            let key = "\(household.jurisdiction.value)\(household.residence.rawValue)\(day)"
            let resolved: (ResolvedParameters, ResolvedParameters?)
            if let cached = parameters[key] {
                resolved = cached
            } else {
                resolved = (baseline.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day),
                            reform?.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day))
                parameters[key] = resolved
            }
            let evaluation = try baseline.evaluate(household, on: day, parameters: resolved.0, tracing: false, scratch: scratch)
            var reformed: Evaluation?
            if let reform, let reformParameters = resolved.1 {
                reformed = try reform.evaluate(household, on: day, parameters: reformParameters, tracing: false, scratch: scratch)
            }
            tally.add(evaluation, reform: reformed)
        } catch {
            tally.reject(error.onLine(line))
        }
    }
}
