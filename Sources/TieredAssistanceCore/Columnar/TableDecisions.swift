/// The outcomes of a range of ``HouseholdTable`` households, filled by
/// ``ColumnarEvaluator/decide(_:households:on:into:)``: per household the tier, and
/// each program's status and amount, for the household and (member-scope programs) each
/// member, exactly as ``Evaluator/decide(_:on:parameters:into:scratch:)`` decides them.
///
/// It does not say what an undetermined decision lacks: ``isComplete(household:)`` is
/// `false` for such a household; its ``Evaluation`` built from a ``TableTraces`` (or
/// ``Evaluator``) names the missing facts.
public struct TableDecisions: Sendable {
    /// The households decided (table positions).
    public private(set) var households: Range<Int> = 0..<0
    /// The catalog decided with (program positions index its ``RuleCatalog/programs``).
    public private(set) var catalog: RuleCatalog?
    var programCount = 0
    var firstMemberRow = 0
    var memberOffsets: [Int32] = []
    /// Per household: the tier as a ``TierCode`` (a program position, none or undetermined).
    var tierCodes: [Int32] = []
    /// Household statuses, `household × programCount + program`, as ``StatusCode``s
    /// (``StatusCode/notApplicableAtPlace`` when the program does not apply at the place).
    var statuses: [UInt8] = []
    /// Household amounts of programs with an amount formula, `household × amountSlots + slot`.
    var amounts: [Money?] = []
    var memberStatuses: [UInt8] = []
    var memberAmounts: [Money?] = []
    var complete: [Bool] = []
    var amountSlot: [Int] = []
    var memberSlot: [Int] = []
    var amountSlotCount = 0
    var memberSlotCount = 0

    /// Empty decisions, to be filled by ``ColumnarEvaluator``.
    public init() {}

    mutating func begin(catalog: RuleCatalog, table: HouseholdTable, households: Range<Int>) {
        self.catalog = catalog
        self.households = households
        programCount = catalog.programs.count
        let compiled = catalog.compiled
        amountSlot = []
        memberSlot = []
        amountSlotCount = 0
        memberSlotCount = 0
        for position in 0..<programCount {
            amountSlot.append(compiled.amountRoots[position] >= 0 ? amountSlotCount : -1)
            if compiled.amountRoots[position] >= 0 { amountSlotCount += 1 }
            memberSlot.append(compiled.programIsMember[position] ? memberSlotCount : -1)
            if compiled.programIsMember[position] { memberSlotCount += 1 }
        }
        let count = households.count
        firstMemberRow = households.isEmpty ? 0 : table.memberRows(of: households.lowerBound).lowerBound
        let lastMemberRow = households.isEmpty ? 0 : table.memberRows(of: households.upperBound - 1).upperBound
        memberOffsets.removeAll(keepingCapacity: true)
        for household in households { memberOffsets.append(Int32(table.memberRows(of: household).lowerBound - firstMemberRow)) }
        memberOffsets.append(Int32(lastMemberRow - firstMemberRow))
        let memberRows = lastMemberRow - firstMemberRow
        Self.reset(&tierCodes, TierCode.none, count)
        Self.reset(&statuses, StatusCode.unset, count * programCount)
        Self.reset(&amounts, nil, count * amountSlotCount)
        Self.reset(&memberStatuses, StatusCode.unset, memberRows * memberSlotCount)
        Self.reset(&memberAmounts, nil, memberRows * memberSlotCount)
        Self.reset(&complete, true, count)
    }

    private static func reset<T>(_ array: inout [T], _ value: T, _ count: Int) {
        array.removeAll(keepingCapacity: true)
        array.append(contentsOf: repeatElement(value, count: count))
    }

    private func relative(_ household: Int) -> Int {
        precondition(households.contains(household), "household \(household) outside the decided range \(households)")
        return household - households.lowerBound
    }

    private func memberRow(_ household: Int, _ member: Int) -> Int {
        let index = relative(household)
        let row = Int(memberOffsets[index]) + member
        precondition(member >= 0 && row < Int(memberOffsets[index + 1]), "member position outside the household")
        return row
    }

    /// The number of members of `household`.
    public func memberCount(ofHousehold household: Int) -> Int {
        let index = relative(household)
        return Int(memberOffsets[index + 1] - memberOffsets[index])
    }

    /// The catalog position of `household`'s tier program; `nil` when no tier applies or the
    /// tier is undetermined (``tier(ofHousehold:)`` says which).
    public func tierPosition(ofHousehold household: Int) -> Int? {
        let code = tierCodes[relative(household)]
        return code >= 0 ? Int(code) : nil
    }

    /// Whether `household`'s tier is undetermined (a higher tier could not be decided).
    public func isTierUndetermined(ofHousehold household: Int) -> Bool {
        tierCodes[relative(household)] == TierCode.undetermined
    }

    /// `household`'s tier after precedence, as ``Evaluation/tier``.
    public func tier(ofHousehold household: Int) -> TierOutcome {
        guard let catalog else { return .none }
        let code = tierCodes[relative(household)]
        if code >= 0 { return .tier(catalog.programs[Int(code)].id) }
        if code == TierCode.none { return .none }
        let settled = TierPrecedence.settle(catalog.compiled.tiersByRank) {
            status(ofProgramAt: $0, household: household) ?? .undetermined
        }
        return .undetermined(TierPrecedence.stillPossible(settled).map { catalog.programs[$0].id })
    }

    /// The status of program `program` (a catalog position) for `household` (`member` `nil`)
    /// or its member at position `member`; `nil` where ``Decision/status(ofProgramAt:member:)``
    /// is `nil`.
    public func status(ofProgramAt program: Int, household: Int, member: Int? = nil) -> ProgramStatus? {
        precondition(program >= 0 && program < programCount, "program position \(program) outside the catalog")
        let code: UInt8
        if let member {
            let slot = memberSlot[program]
            guard slot >= 0 else {
                // A household program has a member status only when it does not apply at all.
                _ = memberRow(household, member)
                return statuses[relative(household) * programCount + program] == StatusCode.notApplicableAtPlace ? .notApplicable : nil
            }
            code = memberStatuses[memberRow(household, member) * memberSlotCount + slot]
        } else {
            code = statuses[relative(household) * programCount + program]
        }
        return StatusCode.status(code)
    }

    /// The status code (``StatusCode``) ``EvaluationRun`` records for the slot: the
    /// household slot of a member-scope program is unset unless it is a tier or does not
    /// apply at the place, a member slot of a household program likewise unset unless the
    /// program does not apply at the place; not applicable at the place reads as not applicable.
    func recordedCode(ofProgramAt program: Int, household: Int, member: Int?) -> UInt8 {
        let own = statuses[relative(household) * programCount + program]
        if own == StatusCode.notApplicableAtPlace { return StatusCode.notApplicable }
        guard let member else { return own }
        let slot = memberSlot[program]
        return slot >= 0 ? memberStatuses[memberRow(household, member) * memberSlotCount + slot] : StatusCode.unset
    }

    /// The amount of program `program` for `household` (or its member at `member`): set when
    /// the program is eligible, pays an amount and every figure it needs was known.
    public func amount(ofProgramAt program: Int, household: Int, member: Int? = nil) -> Money? {
        precondition(program >= 0 && program < programCount, "program position \(program) outside the catalog")
        if let member {
            let slot = memberSlot[program]
            let row = memberRow(household, member)
            guard slot >= 0, amountSlot[program] >= 0 else { return nil }
            return memberAmounts[row * memberSlotCount + slot]
        }
        let slot = amountSlot[program]
        guard slot >= 0 else { return nil }
        return amounts[relative(household) * amountSlotCount + slot]
    }

    /// Replaces `household`'s decisions by `decision` (the household engine's, which decides
    /// over ranges): every status that differs, with its amount, every amount, the tier and
    /// completeness. Programs that read other programs' statuses follow those that the
    /// ranges decided, so the whole household is taken, not only what was undetermined.
    mutating func settle(household: Int, with decision: Decision) {
        let index = relative(household)
        for program in 0..<programCount {
            let position = index * programCount + program
            if let status = decision.status(ofProgramAt: program), StatusCode.status(statuses[position]) != status {
                statuses[position] = StatusCode.code(status)
            }
            if amountSlot[program] >= 0 { amounts[index * amountSlotCount + amountSlot[program]] = decision.amount(ofProgramAt: program) }
            let slot = memberSlot[program]
            guard slot >= 0 else { continue }
            for member in 0..<memberCount(ofHousehold: household) {
                let row = memberRow(household, member) * memberSlotCount + slot
                if let status = decision.status(ofProgramAt: program, member: member), StatusCode.status(memberStatuses[row]) != status {
                    memberStatuses[row] = StatusCode.code(status)
                }
                if amountSlot[program] >= 0 { memberAmounts[row] = decision.amount(ofProgramAt: program, member: member) }
            }
        }
        switch decision.tier {
        case .tier(let id): tierCodes[index] = Int32(catalog!.position(ofProgram: id)!)
        case .none: tierCodes[index] = TierCode.none
        case .undetermined: tierCodes[index] = TierCode.undetermined
        }
        complete[index] = decision.isComplete
    }

    /// Whether an eligible program of `household` (or of one of its members) pays an amount
    /// the columns could not compute.
    func lacksAnAmount(household: Int) -> Bool {
        let index = relative(household)
        for program in 0..<programCount where amountSlot[program] >= 0 {
            if memberSlot[program] >= 0 {
                for member in 0..<memberCount(ofHousehold: household) {
                    let row = memberRow(household, member) * memberSlotCount + memberSlot[program]
                    if memberStatuses[row] == StatusCode.eligible && memberAmounts[row] == nil { return true }
                }
            } else if statuses[index * programCount + program] == StatusCode.eligible
                        && amounts[index * amountSlotCount + amountSlot[program]] == nil {
                return true
            }
        }
        return false
    }

    /// Whether every decision of `household` is made: `false` when a program is undetermined
    /// or an eligible program's amount could not be computed. Build its evaluation from the
    /// run's ``TableTraces`` (or evaluate it with ``Evaluator``) to learn what it lacks.
    public func isComplete(household: Int) -> Bool {
        complete[relative(household)]
    }

}
