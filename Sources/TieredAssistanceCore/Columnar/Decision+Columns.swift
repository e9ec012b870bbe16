extension Decision {
    /// Fills this decision with what a columnar run decided for table household `position`
    /// (``TableDecisions``), in the order and with the status codes ``Evaluator`` records,
    /// taking what each undetermined program (or member) lacks from `missing(program,
    /// member)`. `household` gives the ids, place and members.
    mutating func fill(_ household: Household, day: Day, catalog: RuleCatalog, from decisions: TableDecisions, position: Int,
                       missing: (_ program: Int, _ member: Int?) -> [MissingItem]) {
        begin(household: household, day: day, catalog: catalog)
        let compiled = catalog.compiled
        let memberCount = household.members.count
        var codes: [UInt8] = []
        codes.reserveCapacity(catalog.programs.count * (memberCount + 1))
        for program in 0..<catalog.programs.count {
            let isMember = compiled.programIsMember[program]
            let own = decisions.statuses[(position - decisions.households.lowerBound) * decisions.programCount + program]
            codes.append(decisions.recordedCode(ofProgramAt: program, household: position, member: nil))
            for member in 0..<memberCount {
                codes.append(decisions.recordedCode(ofProgramAt: program, household: position, member: member))
            }
            if own == StatusCode.notApplicableAtPlace {
                if !isMember || compiled.programIsTier[program] { record(program: program, member: nil, amount: nil, missing: []) }
                continue
            }
            // A household program once for the household (-1), a member program for each member.
            for slot in isMember ? 0..<memberCount : -1..<0 {
                let member = slot >= 0 ? slot : nil
                let code = decisions.recordedCode(ofProgramAt: program, household: position, member: member)
                record(program: program, member: member,
                       amount: code == StatusCode.eligible ? decisions.amount(ofProgramAt: program, household: position, member: member) : nil,
                       missing: code == StatusCode.undetermined ? missing(program, member) : [])
            }
        }
        finish(tier: decisions.tier(ofHousehold: position), statuses: codes)
    }
}
