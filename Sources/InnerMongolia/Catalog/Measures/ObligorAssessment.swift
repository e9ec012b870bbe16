import TieredAssistanceCore

/// S3 art. 8: whether each legal obligor of a member is unable to fulfil the duty of support.
enum ObligorAssessment {
    /// The outcome when obligors were not reported (made once).
    static let obligorsNotReported = MeasureOutcome.missing([.field("obligors", reason: Label("法定赡养、抚养、扶养义务人未申报",
                                                                                                  "legal obligors were not reported"))])

    static func allUnable(_ context: MeasureContext) -> MeasureOutcome {
        guard let obligors = context.household.obligors else { return obligorsNotReported }
        let member = context.currentMember
        var missing: [MissingItem] = []
        for index in coResidentObligors(of: context.memberIndex ?? 0, in: context.household) {
            switch coResidentUnable(index, context: context) {
            case .yes: continue
            case .no: return .value(.flag(false))
            case .unknown(let items): missing += items
            }
        }
        for (index, obligor) in obligors.enumerated() where obligor.supports == nil || obligor.supports == member.id {
            switch unable(obligor, index: index, context: context) {
            case .yes: continue
            case .no: return .value(.flag(false))
            case .unknown(let items): missing += items
            }
        }
        return missing.isEmpty ? .value(.flag(true)) : .missing(missing)
    }

    /// The members who owe `index` support by law, derived from relationships to the
    /// applicant [I]: a spouse; for a minor or dependent child, the parents; for a parent,
    /// the applicant (their child) and the parent's spouse; for a grandchild, the child
    /// members (its parents). Siblings, grandparents and in-laws are not counted.
    static func coResidentObligors(of index: Int, in household: Household) -> [Int] {
        let relationship = household.members[index].relationship
        return household.members.indices.filter { other in
            guard other != index else { return false }
            let theirs = household.members[other].relationship
            switch relationship {
            case .applicant: return theirs == .spouse || theirs == .child || theirs == .parent
            case .spouse: return theirs == .applicant || theirs == .child
            case .child: return theirs == .applicant || theirs == .spouse
            case .parent: return theirs == .applicant || theirs == .parent
            case .grandchild: return theirs == .child
            case .grandparent, .sibling, .childInLaw, .other: return false
            }
        }
    }

    /// A co-resident obligor is unable to support only in the situations S3 art. 8 lists,
    /// judged from the household record:
    /// 1. a 特困 person (a 特困 status on record for the member; asked only of members who
    ///    could be one: over the elderly age, under the child age, or with a listed disability);
    /// 2. a dibao recipient aged 60 or over (the household's dibao status on record);
    /// 3. aged 70 or over, or severely disabled, with own yearly income below the prior-year
    ///    local per-capita disposable income and assets within the low-income rules (the
    ///    household's verification finding [I]: they share the household's assets).
    /// Anyone else is able, whatever their income: a low-income spouse aged 61-69 who is not
    /// on dibao fits none of the situations. A child under 18 owes no support (Civil Code
    /// art. 26) and is not asked.
    private static func coResidentUnable(_ index: Int, context: MeasureContext) -> Finding {
        let other = context.household.members[index]
        let day = context.day
        let age = other.age(on: day)
        if other.relationship == .child && age < 18 { return .yes }
        var missing: [MissingItem] = []
        func integer(_ id: ParameterID) -> Int? {
            switch context.parameter(id) {
            case .absent(let absence):
                missing.append(.parameter(absence))
                return nil
            case .value(let resolved):
                return resolved.value.integer.map { Int($0) }
            }
        }
        let notRecorded = EnrolmentMeasures.notRecordedItem
        // 1. A 特困 person: read from the record. Without statuses on record, the record is
        //    needed only for a member who could be 特困 (S3 art. 5's ages or listed disabilities).
        switch context.household.enrolments(in: .tekun, member: other.id, on: day) {
        case .some(let records):
            if records.contains(where: { $0.member == other.id }) { return .yes }
        case .none:
            let listedDisability = other.disability.map { $0.isInForce(on: day) && $0.isListedForTekun } ?? false
            let elderly = integer(.tekunElderlyAge)
            let child = integer(.tekunChildAge)
            let couldBeTekun = listedDisability || (elderly.map { age >= $0 } ?? false) || (child.map { age < $0 } ?? false)
            if couldBeTekun || elderly == nil || child == nil { missing.append(notRecorded) }
        }
        // 2. A dibao recipient aged 60 or over.
        if age >= 60 {
            switch context.household.enrolments(in: .dibao, member: other.id, on: day) {
            case .none: if !missing.contains(notRecorded) { missing.append(notRecorded) }
            case .some(let records): if !records.isEmpty { return .yes }
            }
        }
        // 3. Aged 70 or over, or severely disabled: own income and the household's assets.
        let severe = other.disability.map { $0.isInForce(on: day) && $0.isSevere } ?? false
        if age >= 70 || severe {
            switch incomeAndAssets(of: other, context: context) {
            case .yes: return .yes
            case .no: break
            case .unknown(let items): missing += items
            }
        }
        return missing.isEmpty ? .no : .unknown(missing)
    }

    /// S3 art. 8's test for an obligor aged 70 or over or severely disabled, applied to a
    /// co-resident member: own counted income (the 特困 exclusions) × 12 below the prior-year
    /// per-capita disposable income, and the household's assets within the low-income rules
    /// (a verification finding of compliant for any tier, or exceeding the marginal rules).
    private static func incomeAndAssets(of member: Member, context: MeasureContext) -> Finding {
        var missing: [MissingItem] = []
        var assetsWithin: Bool?
        if let verification = context.household.assets?.verification, verification.verifiedOn <= context.day {
            if verification.finding == .compliant {
                assetsWithin = true
            } else if verification.checkedFor == .marginal {
                assetsWithin = false
            }
        }
        if assetsWithin == false { return .no }
        if assetsWithin == nil {
            missing.append(.field("assets.verification", reason: Label("《特困人员认定办法》第八条须核查义务人财产是否符合低收入人口规定",
                                                                         "S3 art. 8 applies the low-income asset rules to the obligor")))
        }
        let income = IncomeCounting.countedMonthly(context, members: [member.id], excluding: IncomeCounting.tekunExclusions)
        guard case .value(let monthly) = income else { return .unknown(missing + income.missingItems) }
        switch context.parameterQuantity(.priorYearDisposableIncome) {
        case .missing(let items), .range(_, let items):
            return .unknown(missing + items)
        case .value(let reference):
            guard let order = try? monthly.compare(to: reference) else {
                return .unknown(missing + [.arithmetic(Label("人均可支配收入单位不符", "disposable income unit"))])
            }
            if order >= 0 { return .no }
            return missing.isEmpty ? .yes : .unknown(missing)
        }
    }

    private enum Finding {
        case yes
        case no
        case unknown([MissingItem])
    }

    private static func unable(_ obligor: Obligor, index: Int, context: MeasureContext) -> Finding {
        func path(_ field: String) -> FieldPath { FieldPath([.key("obligors"), .index(index), .key(field)]) }
        if obligor.situations.contains(.extremePoverty) { return .yes }
        var missing: [MissingItem] = []
        let age = obligor.birthDate.map { $0.age(on: context.day) }
        if obligor.situations.contains(.dibaoRecipient) {
            guard let age else { return .unknown([.field(path("birthDate"), reason: Label("低保义务人年满60周岁方属无履行义务能力", "a dibao obligor is unable only at 60 or over"))]) }
            if age >= 60 { return .yes }
        }
        // The remaining situations all need the income and asset tests.
        let needsTests = obligor.situations.contains(.noLegalCapacity) || obligor.situations.contains(.declaredMissing)
            || obligor.situations.contains(.imprisoned) || (obligor.disability.map { $0.isInForce(on: context.day) && $0.isSevere } ?? false) || (age.map { $0 >= 70 } ?? false)
        if !needsTests {
            if age == nil && obligor.situations.isEmpty && obligor.disability == nil {
                return .unknown([.field(path("birthDate"), reason: Label("年满70周岁的义务人可能无履行义务能力", "an obligor aged 70 or over may be unable to support"))])
            }
            return .no
        }
        let custodial = obligor.situations.contains(.noLegalCapacity) || obligor.situations.contains(.declaredMissing)
            || obligor.situations.contains(.imprisoned)
        // Assets within the low-income rules.
        guard let assetsWithin = obligor.assetsWithinLowIncomeLimits else {
            return .unknown([.field(path("assetsWithinLowIncomeLimits"), reason: Label("《特困人员认定办法》第八条须核查财产", "S3 art. 8 applies an asset test"))])
        }
        if !assetsWithin { return .no }
        if custodial { return .yes }
        // Aged 70+ or severely disabled: own income below the prior-year per-capita disposable income.
        guard let income = obligor.annualIncome else {
            missing.append(.field(path("annualIncome"), reason: Label("《特困人员认定办法》第八条将义务人收入与上年度人均可支配收入比较", "S3 art. 8 compares the obligor's income with the prior-year disposable income")))
            return .unknown(missing)
        }
        switch context.parameter(.priorYearDisposableIncome) {
        case .absent(let absence):
            return .unknown([.parameter(absence)])
        case .value(let resolved):
            guard let reference = resolved.value.money else { return .unknown([.arithmetic(Label("人均可支配收入不是金额", "disposable income is not money"))]) }
            return income < reference ? .yes : .no
        }
    }
}
