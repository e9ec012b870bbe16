/// Evaluates households against a rule catalog and a policy book.
///
/// ```swift
/// let evaluator = try Evaluator(catalog: .innerMongolia, book: InnerMongoliaBook.book)
/// let evaluation = try evaluator.evaluate(household, on: Day(iso: "2024-10-01")!)
/// print(ExplanationRenderer(language: .chinese).render(evaluation))
/// ```
///
/// With `tracing: false` the evaluator builds no traces, breakdowns or near-miss reports:
/// conditions are walked over precompiled positions and no memory is allocated per
/// condition, and it stops where the answer is settled (a failed part ends an `all`, a met
/// part an `any`, a failed rule its program), so the measures after it are not measured;
/// the outcome is the same. Missing facts and parameters are still reported, as every
/// undetermined outcome must name what it lacks.
public struct Evaluator: Sendable {
    /// The rules.
    public let catalog: RuleCatalog
    /// The parameter values.
    public let book: PolicyBook
    /// A program missed by no more than this share of its thresholds is flagged as a near
    /// miss (tracing only). 5 % unless set.
    public var nearMissShare: Rate
    /// Whether comparisons with an unknown side are decided over the ranges the sides can
    /// take (``QuantityRange``). Always on; tests turn it off to measure what it adds.
    var decidesOverRanges = true

    /// A rule catalog and a policy book built on different parameter catalogs: the rules
    /// would read parameters the book does not hold, or read them at the wrong places.
    public struct CatalogMismatch: AssistanceError, Hashable {
        /// The parameters one catalog defines and the other does not, or defines in
        /// another order.
        public let parameters: [ParameterID]

        /// ``ErrorCode/catalogMismatch``.
        public var code: ErrorCode { .catalogMismatch }
        /// The root: the mismatch is between two values, not in one field.
        public var path: FieldPath { .root }
        public var message: String {
            "the rule catalog and the policy book must share their parameter catalog; they differ at "
                + parameters.prefix(5).map(\.rawValue).joined(separator: ", ") + (parameters.count > 5 ? ", …" : "")
        }
        public var description: String { message }
    }

    /// Creates an evaluator.
    ///
    /// - Throws: ``CatalogMismatch`` when the book and the catalog do not use the same
    ///   parameter catalog (build the book from `catalog.parameterCatalog`).
    public init(catalog: RuleCatalog, book: PolicyBook, nearMissShare: Rate = .percent(5)) throws(CatalogMismatch) {
        let rules = catalog.parameterCatalog.definitions.map(\.id)
        let values = book.catalog.definitions.map(\.id)
        if rules != values {
            let differing = zip(rules, values).filter { $0 != $1 }.flatMap { [$0, $1] }
                + rules.dropFirst(values.count) + values.dropFirst(rules.count)
            throw CatalogMismatch(parameters: differing)
        }
        self.catalog = catalog
        self.book = book
        self.nearMissShare = nearMissShare
    }

    /// Evaluates `household` on `day`, resolving parameters from the book.
    ///
    /// - Throws: ``InputError`` naming the field when the household is not valid
    ///   (``Household/validate()``), a member is born after `day`, or a status on record
    ///   names a program the catalog does not have.
    public func evaluate(_ household: Household, on day: Day, tracing: Bool = true) throws(InputError) -> Evaluation {
        try check(household, on: day)
        let parameters = book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
        return evaluate(household, on: day, parameters: parameters, tracing: tracing, scratch: nil, recorded: nil)
    }

    /// Evaluates `household` on `day` with parameters already resolved for its
    /// jurisdiction, residence and day (batch runs resolve once per place).
    ///
    /// - Precondition: `parameters` were resolved for this household's jurisdiction,
    ///   residence and `day`.
    /// - Throws: ``InputError`` as ``evaluate(_:on:tracing:)`` does.
    public func evaluate(_ household: Household, on day: Day, parameters: ResolvedParameters,
                         tracing: Bool, scratch: EvaluationScratch? = nil) throws(InputError) -> Evaluation {
        try check(household, on: day)
        return evaluate(household, on: day, parameters: parameters, tracing: tracing, scratch: scratch, recorded: nil)
    }

    /// Checks that `household` can be evaluated on `day` with this catalog: valid, no
    /// member born after the day, statuses on record of programs the catalog has.
    ///
    /// - Throws: ``InputError`` naming the field.
    public func check(_ household: Household, on day: Day) throws(InputError) {
        try household.validate()
        try household.checkDates(on: day)
        try catalog.checkReferences(of: household)
    }

    /// ``evaluate(_:on:parameters:tracing:scratch:)``, reading measures from `recorded` when
    /// given (``TableTraces`` replays a columnar run: `household` then holds only the ids,
    /// the place and the members' ids).
    func evaluate(_ household: Household, on day: Day, parameters: ResolvedParameters, tracing: Bool,
                  scratch: EvaluationScratch?, recorded: RecordedMeasures?) -> Evaluation {
        evaluate(household, on: day, parameters: parameters, tracing: tracing, scratch: scratch, recorded: recorded, columns: nil)
    }

    /// ``evaluate(_:on:parameters:tracing:scratch:recorded:)`` taking from `columns` (a
    /// columnar run's statuses) the programs it found not eligible instead of evaluating
    /// their rules (see ``ColumnarEvaluator/decide(_:households:on:each:)`` for why that
    /// decides the same).
    func evaluate(_ household: Household, on day: Day, parameters: ResolvedParameters, tracing: Bool,
                  scratch: EvaluationScratch?, recorded: RecordedMeasures?, columns: ColumnStatuses?) -> Evaluation {
        var run = EvaluationRun(catalog: catalog, household: household, day: day, parameters: parameters, tracing: tracing,
                                scratch: scratch, recorded: recorded, decidesOverRanges: decidesOverRanges)
        defer { run.returnBuffers(to: scratch) }
        let programs = catalog.programs
        let compiled = catalog.compiled
        // One determination per household program and per member of a member program, at
        // most: the array never grows (a determination is large, and growing copies them all).
        var determinations: [Determination] = []
        determinations.reserveCapacity(programs.count + compiled.memberProgramCount * max(household.members.count - 1, 0))
        var tierPositions: [Int] = []
        run.walkPrograms(nearMissShare: nearMissShare, taken: columns.map { columns in
            { position, member in columns.taken(position, member, forDecision: false) }
        }) { position, member, decided in
            if member == nil && compiled.programIsTier[position] { tierPositions.append(determinations.count) }
            let flagged = decided.status == .notApplicable ? [] : flaggedParameters(ofProgramAt: position, parameters, scratch: scratch)
            determinations.append(Determination(
                program: programs[position].id, member: member.map { household.members[$0].id }, status: decided.status,
                rules: decided.rules, amount: decided.amount, missing: decided.missing, supersededBy: nil,
                nearMiss: decided.nearMiss, notApplicableCause: decided.notApplicableCause, flaggedParameters: flagged,
                openConditions: decided.status == .eligible || decided.status == .undetermined ? programs[position].openConditions : [],
                amountRange: decided.amountRange))
        }
        let tier = run.tier ?? .none
        if case .tier(let winner) = tier {
            for index in tierPositions
            where determinations[index].program != winner && determinations[index].status == .eligible {
                determinations[index].supersededBy = winner
            }
        }
        return Evaluation(catalog: catalog, household: household.id, day: day, jurisdiction: household.jurisdiction,
                          residence: household.residence, tier: tier, determinations: determinations)
    }

    /// The parameters program `position` reads whose value in force has an inferred
    /// effective day or is illustrative, in catalog order; remembered in `scratch` for the
    /// place and day of `parameters`.
    private func flaggedParameters(ofProgramAt position: Int, _ parameters: ResolvedParameters,
                                   scratch: EvaluationScratch?) -> [ResolvedParameter] {
        func make() -> [ResolvedParameter] {
            let marks = parameters.storage.flagged
            var flagged: [ResolvedParameter] = []
            for index in catalog.programParameters[position] where marks[index] {
                guard case .value(let resolved) = parameters[index] else { continue }
                flagged.append(resolved)
            }
            return flagged
        }
        guard let scratch else { return make() }
        var entry = scratch.flagged.firstIndex { $0.parameters === parameters.storage && $0.catalog === catalog.storage }
        if entry == nil {
            // A few places at a time: the oldest is dropped.
            if scratch.flagged.count >= 16 { scratch.flagged.removeFirst() }
            scratch.flagged.append(EvaluationScratch.FlaggedParameters(
                catalog: catalog.storage, parameters: parameters.storage, byProgram: Array(repeating: nil, count: catalog.programs.count)))
            entry = scratch.flagged.count - 1
        }
        if let known = scratch.flagged[entry!].byProgram[position] { return known }
        let flagged = make()
        scratch.flagged[entry!].byProgram[position] = flagged
        return flagged
    }

    /// Decides `household` on `day` without explanations, into `decision`: the tier and
    /// each program's status, amount and (when undetermined) what is missing, exactly as
    /// ``evaluate(_:on:parameters:tracing:scratch:)`` decides them, but building no
    /// ``Determination`` values. Reuse one `decision` (and one `scratch`) per thread across
    /// households: their buffers are kept from one household to the next.
    ///
    /// - Precondition: `parameters` were resolved for this household's jurisdiction,
    ///   residence and `day`.
    ///
    /// - Throws: ``InputError`` as ``evaluate(_:on:tracing:)`` does; `decision` is then
    ///   left as it was.
    public func decide(_ household: Household, on day: Day, parameters: ResolvedParameters, into decision: inout Decision,
                       scratch: EvaluationScratch? = nil) throws(InputError) {
        try check(household, on: day)
        var run = EvaluationRun(catalog: catalog, household: household, day: day, parameters: parameters, tracing: false,
                                scratch: scratch, recorded: nil, decidesOverRanges: decidesOverRanges)
        defer { run.returnBuffers(to: scratch) }
        decision.begin(household: household, day: day, catalog: catalog)
        run.walkPrograms(nearMissShare: nearMissShare) { position, member, decided in
            decision.record(program: position, member: member, amount: decided.amount?.value, missing: decided.missing)
        }
        decision.finish(tier: run.tier ?? .none, statuses: run.statusCodes)
    }

    /// ``decide(_:on:parameters:into:scratch:)`` reading measures from `recorded` (a
    /// columnar run's), for a household that holds only its place and member ids.
    func decide(_ household: Household, on day: Day, parameters: ResolvedParameters, into decision: inout Decision,
                recorded: RecordedMeasures) {
        decide(household, on: day, parameters: parameters, into: &decision, scratch: nil, recorded: recorded, columns: nil)
    }

    /// ``decide(_:on:parameters:into:scratch:)`` reading measures from `recorded` when given,
    /// and taking from `columns` (a columnar run's statuses and amounts) every program it
    /// decided instead of evaluating its rules: only the undetermined programs and the
    /// eligible ones without an amount are determined here, which is where what they lack
    /// comes from (see ``ColumnarEvaluator/decide(_:households:on:each:)`` for why that
    /// decides the same).
    func decide(_ household: Household, on day: Day, parameters: ResolvedParameters, into decision: inout Decision,
                scratch: EvaluationScratch?, recorded: RecordedMeasures?, columns: ColumnStatuses?) {
        var run = EvaluationRun(catalog: catalog, household: household, day: day, parameters: parameters, tracing: false,
                                scratch: scratch, recorded: recorded, decidesOverRanges: decidesOverRanges)
        defer { run.returnBuffers(to: scratch) }
        decision.begin(household: household, day: day, catalog: catalog)
        run.walkPrograms(nearMissShare: nearMissShare, taken: columns.map { columns in
            { position, member in columns.taken(position, member, forDecision: true) }
        }) { position, member, decided in
            decision.record(program: position, member: member, amount: decided.amount?.value, missing: decided.missing)
        }
        decision.finish(tier: run.tier ?? .none, statuses: run.statusCodes)
    }
}
