/// A household's outcome without explanations: the tier, and each program's status, amount
/// and (when undetermined) what is missing, for the household and for each member.
///
/// Filled by ``Evaluator/decide(_:on:parameters:into:scratch:)``, which decides exactly as
/// ``Evaluator/evaluate(_:on:parameters:tracing:scratch:)`` but builds no
/// ``Determination`` values: bulk runs that write figures, not explanations, reuse one
/// `Decision` per thread, whose buffers are kept from one household to the next.
///
/// ```swift
/// var decision = Decision()
/// for household in households {
///     try evaluator.decide(household, on: day, parameters: resolved, into: &decision, scratch: scratch)
///     if decision.status(of: .dibao) == .eligible { total += decision.amount(of: .dibao)?.fen ?? 0 }
/// }
/// ```
public struct Decision: Sendable {
    /// The household decided last.
    public private(set) var household = Household.ID("")
    /// The evaluation day.
    public private(set) var day = Day(year: 2000, month: 1, day: 1)!
    /// The household's jurisdiction (``AdministrativeDivisionCode/national`` until a
    /// household is decided).
    public private(set) var jurisdiction = AdministrativeDivisionCode.national
    /// The household's residence.
    public private(set) var residence = Residence.urban
    /// The tier after precedence.
    public private(set) var tier = TierOutcome.none
    /// The household's member ids, in order: member positions index this list.
    public private(set) var members: [Member.ID] = []
    /// The number of members of the household decided last.
    public var memberCount: Int { members.count }
    /// The catalog decided with (program positions index its ``RuleCatalog/programs``).
    public private(set) var catalog: RuleCatalog?
    private var programCount = 0
    private var statuses: [UInt8] = []
    private var amounts: [Money?] = []
    private var missingBySlot: [(slot: Int, items: [MissingItem])] = []
    /// The slots decided, in the evaluator's order (one per determination).
    private var recorded: [Int32] = []

    /// An empty decision, to be filled by ``Evaluator/decide(_:on:parameters:into:scratch:)``.
    public init() {}

    /// The status of program `program` (a catalog position) for the household (`member`
    /// `nil`) or the member at position `member`; `nil` when the program has no status at
    /// that level: a member-scope program that is not a tier has a household status only
    /// when it does not apply at all (`notApplicable`).
    public func status(ofProgramAt program: Int, member: Int? = nil) -> ProgramStatus? {
        StatusCode.status(statuses[slot(program, member)])
    }

    /// The amount of program `program` (a catalog position), monthly or one-off as its
    /// ``AmountFormula/period`` says (``amountPeriod(ofProgramAt:)``): set when the program
    /// is eligible, pays an amount and every figure the amount needs was known.
    public func amount(ofProgramAt program: Int, member: Int? = nil) -> Money? {
        amounts[slot(program, member)]
    }

    /// Whether program `program` pays monthly or once; `nil` for a program without an amount.
    public func amountPeriod(ofProgramAt program: Int) -> AmountPeriod? {
        catalog?.programs[program].amount?.period
    }

    /// What an undetermined program (or an eligible one whose amount could not be computed)
    /// lacks; empty otherwise.
    public func missing(ofProgramAt program: Int, member: Int? = nil) -> [MissingItem] {
        let wanted = slot(program, member)
        return missingBySlot.first { $0.slot == wanted }?.items ?? []
    }

    /// For a household-level tier that is eligible by its own rules but outranked: the tier
    /// that applies (as ``Determination/supersededBy``).
    public func supersededBy(ofProgramAt program: Int) -> ProgramID? {
        guard case .tier(let winner) = tier, let catalog, catalog.programs[program].tierRank != nil,
              catalog.programs[program].scope == .household, status(ofProgramAt: program) == .eligible,
              catalog.programs[program].id != winner else { return nil }
        return winner
    }

    /// The household-level status of `program`; `nil` for a program the catalog does not
    /// have, or that has no household-level status.
    public func status(of program: ProgramID) -> ProgramStatus? {
        catalog?.position(ofProgram: program).flatMap { status(ofProgramAt: $0) }
    }

    /// The household-level amount of `program`, when it has one.
    public func amount(of program: ProgramID) -> Money? {
        catalog?.position(ofProgram: program).flatMap { amount(ofProgramAt: $0) }
    }

    /// What the household-level decision of `program` lacks.
    public func missing(of program: ProgramID) -> [MissingItem] {
        catalog?.position(ofProgram: program).map { missing(ofProgramAt: $0) } ?? []
    }

    /// Calls `body(program position, member position)` for each decision an
    /// ``Evaluation`` holds as a ``Determination``, in the same order: a household program
    /// for the household, a member-scope program for each member (or, when the program
    /// does not apply at all, a member-scope tier once for the household).
    public func forEachDetermination(_ body: (_ program: Int, _ member: Int?) -> Void) {
        for slot in recorded {
            let (program, position) = (Int(slot) / (memberCount + 1), Int(slot) % (memberCount + 1))
            body(program, position == 0 ? nil : position - 1)
        }
    }

    private func slot(_ program: Int, _ member: Int?) -> Int {
        precondition(program >= 0 && program < programCount, "program position \(program) outside the catalog")
        precondition(member.map { $0 >= 0 && $0 < memberCount } ?? true, "member position outside the household")
        return program * (memberCount + 1) + (member.map { $0 + 1 } ?? 0)
    }

    /// Whether every decision is made: no program undetermined and no amount of an eligible
    /// program left uncomputed (``TableDecisions/isComplete(household:)``).
    var isComplete: Bool {
        guard let catalog else { return true }
        for slot in recorded {
            let program = Int(slot) / (memberCount + 1)
            switch StatusCode.status(statuses[Int(slot)]) {
            case .undetermined: return false
            case .eligible where catalog.programs[program].amount != nil && amounts[Int(slot)] == nil: return false
            default: continue
            }
        }
        return true
    }

    // MARK: Filling (by the evaluator)

    mutating func begin(household: Household, day: Day, catalog: RuleCatalog) {
        self.household = household.id
        self.day = day
        jurisdiction = household.jurisdiction
        residence = household.residence
        members.removeAll(keepingCapacity: true)
        for member in household.members { members.append(member.id) }
        self.catalog = catalog
        programCount = catalog.programs.count
        let slots = programCount * (memberCount + 1)
        amounts.removeAll(keepingCapacity: true)
        amounts.append(contentsOf: repeatElement(nil, count: slots))
        if !missingBySlot.isEmpty { missingBySlot.removeAll(keepingCapacity: true) }
        recorded.removeAll(keepingCapacity: true)
    }

    mutating func record(program: Int, member: Int?, amount: Money?, missing: [MissingItem]) {
        let slot = program * (memberCount + 1) + (member.map { $0 + 1 } ?? 0)
        amounts[slot] = amount
        recorded.append(Int32(slot))
        if !missing.isEmpty { missingBySlot.append((slot, missing)) }
    }

    mutating func finish(tier: TierOutcome, statuses codes: [UInt8]) {
        self.tier = tier
        statuses.removeAll(keepingCapacity: true)
        statuses.append(contentsOf: codes)
    }
}
