/// A household's outcome without explanations: the tier, and each program's status, amount
/// and (when undetermined) what is missing, for the household and for each member.
///
/// Filled by ``Evaluator/decide(_:on:parameters:into:scratch:)``, which decides exactly as
/// ``Evaluator/evaluate(_:on:parameters:tracing:scratch:)`` but builds no
/// ``Determination`` values: bulk runs that write figures, not explanations, reuse one
/// `Decision` per thread and allocate nothing per household.
///
/// ```swift
/// var decision = Decision()
/// for household in households {
///     evaluator.decide(household, on: day, parameters: resolved, into: &decision, scratch: scratch)
///     if decision.status(of: "dibao") == .eligible { total += decision.amount(of: "dibao")?.fen ?? 0 }
/// }
/// ```
public struct Decision: Sendable {
    /// The household decided last.
    public private(set) var household = Household.ID("")
    /// The tier after precedence.
    public private(set) var tier = TierOutcome.none
    /// The number of members of the household decided last.
    public private(set) var memberCount = 0
    private var programCount = 0
    private var programIndex: [ProgramID: Int] = [:]
    private var statuses: [UInt8] = []
    private var amounts: [Money?] = []
    private var missingBySlot: [(slot: Int, items: [MissingItem])] = []

    /// An empty decision, to be filled by ``Evaluator/decide(_:on:parameters:into:scratch:)``.
    public init() {}

    /// The status of program `program` (a catalog position) for the household (`member`
    /// `nil`) or the member at position `member`; `nil` when the program has no status at
    /// that level (a member-scope program that is not a tier has none for the household).
    public func status(ofProgramAt program: Int, member: Int? = nil) -> ProgramStatus? {
        let code = statuses[slot(program, member)]
        switch code {
        case 0: return .eligible
        case 1: return .notEligible
        case 2: return .undetermined
        case 3: return .notApplicable
        default: return nil
        }
    }

    /// The monthly (or, for yearly programs, yearly) amount of program `program` (a catalog
    /// position): set when the program is eligible, pays an amount and every figure the
    /// amount needs was known.
    public func amount(ofProgramAt program: Int, member: Int? = nil) -> Money? {
        amounts[slot(program, member)]
    }

    /// What an undetermined program (or an eligible one whose amount could not be computed)
    /// lacks; empty otherwise.
    public func missing(ofProgramAt program: Int, member: Int? = nil) -> [MissingItem] {
        let wanted = slot(program, member)
        return missingBySlot.first { $0.slot == wanted }?.items ?? []
    }

    /// The household-level status of `program`; `nil` for a program the catalog does not
    /// have, or that has no household-level status.
    public func status(of program: ProgramID) -> ProgramStatus? {
        programIndex[program].flatMap { status(ofProgramAt: $0) }
    }

    /// The household-level amount of `program`, when it has one.
    public func amount(of program: ProgramID) -> Money? {
        programIndex[program].flatMap { amount(ofProgramAt: $0) }
    }

    /// What the household-level decision of `program` lacks.
    public func missing(of program: ProgramID) -> [MissingItem] {
        programIndex[program].map { missing(ofProgramAt: $0) } ?? []
    }

    private func slot(_ program: Int, _ member: Int?) -> Int {
        precondition(program >= 0 && program < programCount, "program position \(program) outside the catalog")
        precondition(member.map { $0 >= 0 && $0 < memberCount } ?? true, "member position outside the household")
        return program * (memberCount + 1) + (member.map { $0 + 1 } ?? 0)
    }

    // MARK: Filling (by the evaluator)

    mutating func begin(household: Household.ID, programs: Int, members: Int, programIndex: [ProgramID: Int]) {
        self.household = household
        programCount = programs
        memberCount = members
        self.programIndex = programIndex
        let slots = programs * (members + 1)
        amounts.removeAll(keepingCapacity: true)
        amounts.append(contentsOf: repeatElement(nil, count: slots))
        if !missingBySlot.isEmpty { missingBySlot.removeAll(keepingCapacity: true) }
    }

    mutating func record(program: Int, member: Int?, amount: Money?, missing: [MissingItem]) {
        let slot = program * (memberCount + 1) + (member.map { $0 + 1 } ?? 0)
        amounts[slot] = amount
        if !missing.isEmpty { missingBySlot.append((slot, missing)) }
    }

    mutating func finish(tier: TierOutcome, statuses codes: [UInt8]) {
        self.tier = tier
        statuses.removeAll(keepingCapacity: true)
        statuses.append(contentsOf: codes)
    }
}
