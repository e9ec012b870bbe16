/// S3 art. 8: whether each legal obligor of a member is unable to fulfil the duty of support.
enum ObligorAssessment {
    static func allUnable(_ context: MeasureContext) -> MeasureOutcome {
        guard let obligors = context.household.obligors else {
            return context.missingField("obligors", Label("法定赡养、抚养、扶养义务人未申报", "legal obligors were not reported"))
        }
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

    /// A co-resident obligor is unable to support when they themselves have no work
    /// capacity under S3 art. 5 (age, listed disability) and their own income is below the
    /// dibao standard: the first situation of S3 art. 8 (a 特困 person) judged from the
    /// household record [I].
    private static func coResidentUnable(_ index: Int, context: MeasureContext) -> Finding {
        let other = context.household.members[index]
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
        let age = other.age(on: context.day)
        let elderly = integer(.tekunElderlyAge)
        let child = integer(.tekunChildAge)
        guard let elderly, let child else { return .unknown(missing) }
        let listedDisability = other.disability.map { $0.isInForce(on: context.day) && $0.isListedForTekun } ?? false
        guard age >= elderly || age < child || listedDisability else { return .no }
        let income = IncomeCounting.countedMonthly(context, members: [other.id], excluding: IncomeCounting.tekunExclusions)
        guard case .value(let monthly) = income else { return .unknown(income.missingItems) }
        switch context.parameterQuantity(.dibaoStandard) {
        case .missing(let items):
            return .unknown(items)
        case .value(let standard):
            guard let order = try? monthly.compare(to: standard) else { return .unknown([.arithmetic(Label("低保标准单位不符", "standard unit"))]) }
            return order < 0 ? .yes : .no
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
