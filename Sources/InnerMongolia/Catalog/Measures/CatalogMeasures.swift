import TieredAssistanceCore

/// Measures for the programs beyond the tiers: 分类施保, gradual exit, work refusals,
/// temporary aid, special aid, the old-age allowance and union hardship.
enum CatalogMeasures {
    /// The outcome when `dibaoHistory.employmentIncomeRoseOn` is not recorded (made once: measures run for every household).
    static let missingDibaoHistoryEmploymentIncomeRoseOn = MeasureOutcome.missing([.field("dibaoHistory.employmentIncomeRoseOn", reason: Label("渐退期自因就业收入增加之日起算", "the gradual-exit period runs from the employment income rise"))])
    /// The outcome when `unionWorker.isMigrantWorker` is not recorded (made once: measures run for every household).
    static let missingUnionWorkerIsMigrantWorker = MeasureOutcome.missing([.field("unionWorker.isMigrantWorker", reason: Label("农民工须就业满1年", "migrant workers need a year of employment"))])
    /// The outcome when `unionWorker.employmentMonths` is not recorded (made once: measures run for every household).
    static let missingUnionWorkerEmploymentMonths = MeasureOutcome.missing([.field("unionWorker.employmentMonths", reason: Label("农民工须就业满1年", "migrant workers need a year of employment"))])
    /// The outcome when `unionWorker.monthsBelowDibaoStandard` is not recorded (made once: measures run for every household).
    static let missingUnionWorkerMonthsBelowDibaoStandard = MeasureOutcome.missing([.field("unionWorker.monthsBelowDibaoStandard", reason: Label("建档标准计算连续低于低保标准的月数", "the union filing standard counts months below the standard"))])
    /// The outcome when the union tiers' disposable income or hardship costs are not recorded (made once: measures run for every household).
    static let missingUnionClassificationIncome = MeasureOutcome.missing([.field("unionWorker.annualDisposableIncome", reason: Label("困难职工分类须有家庭可支配收入和困难支出", "the union tiers need disposable income and hardship costs"))])
    /// The outcome when `unionWorker.annualHardshipCosts` is not recorded (made once: measures run for every household).
    static let missingUnionWorkerAnnualHardshipCosts = MeasureOutcome.missing([.field("unionWorker.annualHardshipCosts", reason: Label("未记录", "not recorded"))])
    /// The outcome when `unionWorker.annualDisposableIncome` is not recorded (made once: measures run for every household).
    static let missingUnionDisposableIncome = MeasureOutcome.missing([.field("unionWorker.annualDisposableIncome", reason: Label("未记录", "not recorded"))])
    /// The outcome when `unionWorker.filedOn` is not recorded (made once: measures run for every household).
    static let missingUnionWorkerFiledOn = MeasureOutcome.missing([.field("unionWorker.filedOn", reason: Label("档案复核自建档或上次复核之日起算", "a file's review is counted from its filing or last review"))])
    /// The outcome when `housingHardshipFinding` is not recorded (made once: measures run for every household).
    static let missingHousingHardshipFinding = MeasureOutcome.missing([.field("housingHardshipFinding", reason: Label("住房困难标准由地方规定，须记录认定结论", "the housing-hardship standard is local; a caseworker must record a finding"))])
    /// The outcome when `assetsCannotRelieveFinding` is not recorded (made once: measures run for every household).
    static let missingAssetsCannotRelieveFinding = MeasureOutcome.missing([.field("assetsCannotRelieveFinding", reason: Label("资产收益能否改变困境须由经办人员认定并记录", "whether the assets' return can change the situation is a caseworker's finding"))])

    static let canWork = Measure(
        id: MeasureID("member.can-work"), chineseTitle: "有劳动能力", englishTitle: "able to work", scope: .member, unit: .flag,
        definition: "Labour capacity full or partial (有劳动能力或部分丧失). Missing when not assessed."
    ) { context in
        guard let capacity = context.currentMember.labourCapacity else {
            return context.missingField(context.memberPath("labourCapacity"), Label("劳动能力未评估", "labour capacity not assessed"))
        }
        return .value(.flag(capacity != .unable))
    }

    static let jobRefusals = Measure(
        id: MeasureID("member.job-refusals"), chineseTitle: "无正当理由连续拒绝就业次数", englishTitle: "consecutive refusals of suitable jobs",
        scope: .member, unit: .count,
        definition: "consecutiveJobRefusals; a member without a record has refused none."
    ) { context in
        .value(.count(context.currentMember.consecutiveJobRefusals ?? 0))
    }

    static let inSchool = Measure(
        id: MeasureID("member.in-school"), chineseTitle: "在校就读", englishTitle: "in school", scope: .member, unit: .flag,
        definition: "Enrolled at any level from preschool to postgraduate. Missing when schooling is not recorded."
    ) { context in
        guard let schooling = context.currentMember.schooling else {
            return context.missingField(context.memberPath("schooling"), Label("在读学段未记录", "schooling not recorded"))
        }
        return .value(.flag(schooling != .notInSchool))
    }

    static let incrementStackingIsSum = Measure(
        id: MeasureID("policy.increment-stacking-is-sum"), chineseTitle: "分类施保可叠加", englishTitle: "分类施保 increments stack",
        scope: .household, unit: .flag, definition: "Whether dibao.increment.stacking is `sum` (otherwise `highest-only`).",
        parameters: [.incrementStacking]
    ) { context in
        switch context.parameter(.incrementStacking) {
        case .absent(let absence): return .missing([.parameter(absence)])
        case .value(let resolved): return .value(.flag(resolved.value.choice == "sum"))
        }
    }

    static let livingSubsidyIncludesMarginal = Measure(
        id: MeasureID("policy.living-subsidy-includes-marginal"), chineseTitle: "生活补贴扩大至低保边缘家庭",
        englishTitle: "the living subsidy extends to marginal households", scope: .household, unit: .flag,
        definition: "Whether disability.living-subsidy.includes-marginal is `yes`.", parameters: [.livingSubsidyIncludesMarginal]
    ) { context in
        switch context.parameter(.livingSubsidyIncludesMarginal) {
        case .absent(let absence): return .missing([.parameter(absence)])
        case .value(let resolved): return .value(.flag(resolved.value.choice == "yes"))
        }
    }

    static let livingSubsidyIncludesTekun = Measure(
        id: MeasureID("policy.living-subsidy-includes-tekun"), chineseTitle: "特困人员可兼得生活补贴",
        englishTitle: "特困 persons may also receive the living subsidy", scope: .household, unit: .flag,
        definition: "Whether disability.living-subsidy.includes-tekun is `yes`.", parameters: [.livingSubsidyIncludesTekun]
    ) { context in
        switch context.parameter(.livingSubsidyIncludesTekun) {
        case .absent(let absence): return .missing([.parameter(absence)])
        case .value(let resolved): return .value(.flag(resolved.value.choice == "yes"))
        }
    }

    static let careSubsidyExtension = Measure(
        id: MeasureID("policy.care-subsidy-extension"), chineseTitle: "护理补贴扩大至三、四级智力、精神残疾人",
        englishTitle: "the care subsidy extends to grade 3-4 intellectual or mental disability", scope: .household, unit: .flag,
        definition: "Whether disability.care-subsidy.extension is `yes` where the household lives (Ordos, S17).",
        parameters: [.careSubsidyExtension]
    ) { context in
        switch context.parameter(.careSubsidyExtension) {
        case .absent(let absence): return .missing([.parameter(absence)])
        case .value(let resolved): return .value(.flag(resolved.value.choice == "yes"))
        }
    }

    static let dibaoExcludesTekunMembers = Measure(
        id: MeasureID("policy.dibao-excludes-tekun-members"), chineseTitle: "特困成员不计入家庭低保",
        englishTitle: "特困 members are left out of the household's dibao", scope: .household, unit: .flag,
        definition: "Whether dibao.tekun-members is `excluded` (otherwise `counted`).", parameters: [.dibaoTekunMembers]
    ) { context in
        switch context.parameter(.dibaoTekunMembers) {
        case .absent(let absence): return .missing([.parameter(absence)])
        case .value(let resolved): return .value(.flag(resolved.value.choice == "excluded"))
        }
    }

    static let wasDibao = Measure(
        id: MeasureID("household.was-dibao"), chineseTitle: "原为低保家庭", englishTitle: "was a dibao household", scope: .household, unit: .flag,
        definition: "The household carries a dibao history (dibaoHistory)."
    ) { context in
        .value(.flag(context.household.dibaoHistory != nil))
    }

    static let monthsSinceEmploymentRise = Measure(
        id: MeasureID("household.months-since-employment-income-rise"), chineseTitle: "因就业收入增加后的月数",
        englishTitle: "completed months since employment raised income", scope: .household, unit: .months,
        definition: "Completed months from dibaoHistory.employmentIncomeRoseOn to the evaluation day (a month completes on the same day of the month, or a shorter month's last day; −1 before the rise). Missing when the household's income did not rise from employment or the day is not recorded."
    ) { context in
        guard let rose = context.household.dibaoHistory?.employmentIncomeRoseOn else {
            return missingDibaoHistoryEmploymentIncomeRoseOn
        }
        return .value(Quantity(Int128(rose.completedMonths(until: context.day)), unit: .months))
    }

    static let medicalEducation = Measure(
        id: MeasureID("spending.medical-education-12m"), chineseTitle: "12个月内医疗和教育支出", englishTitle: "medical and education spending within 12 months",
        scope: .household, unit: .moneyPerYear,
        definition: "Medical out-of-pocket plus education, as recorded (S7 of 2018 names no cap), in the 12 months up to the evaluation day: the essential spending of expenditure-type temporary aid (S7 2(1))."
    ) { context in
        SpendingSelection(categories: [.medical, .education], educationAsInS4: false)
            .total(in: context, window: .twelveMonths(endingOn: context.day))
    }

    /// Emergency event kinds (急难型, S1 art. 47; S7 2(1)): accidents, fires and sudden major
    /// illness, and natural disasters, which S1 art. 47's "其他特殊困难" and S6 2(2) cover for
    /// households that remain in hardship after disaster relief.
    static let emergencyKinds: Set<LifeEventKind> = [.trafficAccident, .accident, .fire, .suddenMajorIllness, .disaster]

    static let recentEmergency = Measure(
        id: MeasureID("household.recent-emergency"), chineseTitle: "近期发生急难事件", englishTitle: "a recent emergency event",
        scope: .household, unit: .flag,
        definition: "An accident, traffic accident, fire, sudden major illness or natural disaster dated within temporary.event-window-months up to the evaluation day (S1 art. 47; S6 2(2)).",
        parameters: [.temporaryEventWindowMonths]
    ) { context in
        switch context.parameter(.temporaryEventWindowMonths) {
        case .absent(let absence): return .missing([.parameter(absence)])
        case .value(let resolved):
            let months = Int(resolved.value.integer ?? 0)
            guard months > 0 else { return .value(.flag(false)) }
            let window = DayInterval.months(months, endingOn: context.day)
            return .value(.flag(context.household.events.contains { emergencyKinds.contains($0.kind) && window.contains($0.day) }))
        }
    }

    /// Whether a cause has had no grant within the interval (temporary.grant-interval-months,
    /// [U]). With no earlier grant for the cause the answer is yes whatever the interval; with
    /// one, the interval decides, and without a value the answer is unknown (a missing
    /// interval is not read as "no limit"). An interval of 0 means no limit.
    static func notYetGranted(_ context: MeasureContext, causes: [LifeEventKind?]) -> MeasureOutcome {
        let earlier = context.household.temporaryAidGrants.filter { $0.day <= context.day && causes.contains($0.cause) }
        if earlier.isEmpty { return .value(.flag(true)) }
        switch context.parameter(.temporaryGrantIntervalMonths) {
        case .absent(let absence):
            return .missing([.parameter(absence)])
        case .value(let resolved):
            let months = Int(resolved.value.integer ?? 0)
            guard months > 0 else { return .value(.flag(true)) }
            let window = DayInterval.months(months, endingOn: context.day)
            return .value(.flag(!earlier.contains { window.contains($0.day) }))
        }
    }

    static let emergencyNotYetGranted = Measure(
        id: MeasureID("household.emergency-not-yet-granted"), chineseTitle: "同一事由未在规定期限内获得救助",
        englishTitle: "no grant for the same emergency cause within the interval", scope: .household, unit: .flag,
        definition: "No temporary-aid grant for the cause of a recent emergency within temporary.grant-interval-months. Without an earlier grant for the cause it holds whatever the interval; with one, the interval (0: no limit) decides, and without a value it is unknown.",
        parameters: [.temporaryGrantIntervalMonths, .temporaryEventWindowMonths]
    ) { context in
        guard case .value(let resolved) = context.parameter(.temporaryEventWindowMonths), let months = resolved.value.integer,
              months > 0
        else { return notYetGranted(context, causes: []) }
        let window = DayInterval.months(Int(months), endingOn: context.day)
        let causes = context.household.events.filter { emergencyKinds.contains($0.kind) && window.contains($0.day) }.map { Optional($0.kind) }
        return notYetGranted(context, causes: causes)
    }

    static let expenditureNotYetGranted = Measure(
        id: MeasureID("household.expenditure-not-yet-granted"), chineseTitle: "支出型救助未在规定期限内获得",
        englishTitle: "no expenditure-type grant within the interval", scope: .household, unit: .flag,
        definition: "No expenditure-type temporary-aid grant within temporary.grant-interval-months (as for household.emergency-not-yet-granted: an earlier grant with no interval in force is unknown).",
        parameters: [.temporaryGrantIntervalMonths]
    ) { context in
        notYetGranted(context, causes: [nil])
    }

    static let proofOfLifeCurrent = Measure(
        id: MeasureID("member.proof-of-life-current"), chineseTitle: "生存认证在有效期内", englishTitle: "proof of life is current",
        scope: .member, unit: .flag,
        definition: "The last proof of life (proofOfLifeOn) plus old-age-allowance.proof-interval-months reaches the evaluation day's month or later: a missed certification suspends payment from the next month.",
        parameters: [.oldAgeProofIntervalMonths]
    ) { context in
        guard let proof = context.currentMember.proofOfLifeOn else {
            return context.missingField(context.memberPath("proofOfLifeOn"), Label("高龄津贴须完成生存认证", "the old-age allowance needs a proof of life"))
        }
        switch context.parameter(.oldAgeProofIntervalMonths) {
        case .absent(let absence): return .missing([.parameter(absence)])
        case .value(let resolved):
            let lapses = Month(containing: proof.adding(months: Int(resolved.value.integer ?? 0)))
            return .value(.flag(proof <= context.day && Month(containing: context.day) <= lapses))
        }
    }

    static let unionWorker = Measure(
        id: MeasureID("union.eligible-worker"), chineseTitle: "符合建档条件的工会会员职工", englishTitle: "a union member who may be filed",
        scope: .household, unit: .flag,
        definition: "A unionWorker record for a union member; a migrant worker (农民工) also needs 12 months of employment (S23)."
    ) { context in
        guard let union = context.household.unionWorker else { return .value(.flag(false)) }
        guard union.isUnionMember else { return .value(.flag(false)) }
        guard let migrant = union.isMigrantWorker else {
            return missingUnionWorkerIsMigrantWorker
        }
        guard migrant else { return .value(.flag(true)) }
        guard let months = union.employmentMonths else {
            return missingUnionWorkerEmploymentMonths
        }
        return .value(.flag(months >= 12))
    }

    static let monthsBelowStandard = Measure(
        id: MeasureID("union.months-below-standard"), chineseTitle: "连续低于低保标准月数", englishTitle: "consecutive months below the dibao standard",
        scope: .household, unit: .months, definition: "unionWorker.monthsBelowDibaoStandard; missing when not recorded."
    ) { context in
        guard let months = context.household.unionWorker?.monthsBelowDibaoStandard else {
            return missingUnionWorkerMonthsBelowDibaoStandard
        }
        return .value(Quantity(Int128(months), unit: .months))
    }

    static let recentSuddenEvent = Measure(
        id: MeasureID("household.sudden-event-12m"), chineseTitle: "12个月内遭遇突发事件、意外或重大疾病",
        englishTitle: "a sudden event, accident or major illness within 12 months", scope: .household, unit: .flag,
        definition: "An accident, traffic accident, fire, sudden major illness or disaster dated within the 12 months up to the evaluation day."
    ) { context in
        let window = DayInterval.twelveMonths(endingOn: context.day)
        return .value(.flag(context.household.events.contains { emergencyKinds.contains($0.kind) && window.contains($0.day) }))
    }

    static let unionNetIncomePerPerson = Measure(
        id: MeasureID("union.net-income-per-person"), chineseTitle: "扣除刚性支出后人均月收入", englishTitle: "monthly income per person after hardship costs",
        scope: .household, unit: .moneyPerMonth,
        definition: "(unionWorker.annualDisposableIncome − unionWorker.annualHardshipCosts) / 12 / persons, exactly (S22 [S-loc]). Missing when either figure is not recorded."
    ) { context in
        guard let union = context.household.unionWorker, let income = union.annualDisposableIncome,
              let costs = union.annualHardshipCosts
        else {
            return missingUnionClassificationIncome
        }
        return .value(Quantity(Int128(income.fen - costs.fen), over: Int128(12 * context.household.members.count), unit: .moneyPerMonth))
    }

    static let unionHardshipCosts = Measure(
        id: MeasureID("union.hardship-costs"), chineseTitle: "年度困难支出", englishTitle: "annual hardship costs", scope: .household,
        unit: .moneySum,
        definition: "unionWorker.annualHardshipCosts, as a sum of money (the year's total, so it scales by a share and caps at a sum); missing when not recorded."
    ) { context in
        guard let costs = context.household.unionWorker?.annualHardshipCosts else {
            return missingUnionWorkerAnnualHardshipCosts
        }
        return .value(.money(costs, periodMonths: 0))
    }

    static let unionDisposableIncome = Measure(
        id: MeasureID("union.disposable-income"), chineseTitle: "家庭年可支配收入", englishTitle: "annual disposable income", scope: .household,
        unit: .moneySum,
        definition: "unionWorker.annualDisposableIncome, as a sum of money (the year's total, compared with the year's hardship costs); missing when not recorded."
    ) { context in
        guard let income = context.household.unionWorker?.annualDisposableIncome else {
            return missingUnionDisposableIncome
        }
        return .value(.money(income, periodMonths: 0))
    }

    static let unionFileFiled = Measure(
        id: MeasureID("union.file-filed"), chineseTitle: "已建档", englishTitle: "has an open hardship file", scope: .household, unit: .flag,
        definition: "unionWorker.fileStatus is filed."
    ) { context in
        .value(.flag(context.household.unionWorker?.fileStatus == .filed))
    }

    static let monthsSinceUnionReview = Measure(
        id: MeasureID("union.months-since-review"), chineseTitle: "距上次复核月数", englishTitle: "completed months since the last review",
        scope: .household, unit: .months,
        definition: "Completed months from unionWorker.lastReviewedOn (or filedOn) to the evaluation day (as for household.months-since-employment-income-rise; −1 before that day)."
    ) { context in
        guard let union = context.household.unionWorker, let since = union.lastReviewedOn ?? union.filedOn else {
            return missingUnionWorkerFiledOn
        }
        return .value(Quantity(Int128(since.completedMonths(until: context.day)), unit: .months))
    }

    static let housingHardship = Measure(
        id: MeasureID("household.housing-hardship"), chineseTitle: "符合当地住房困难标准", englishTitle: "meets the local housing-hardship standard",
        scope: .household, unit: .flag,
        definition: "S1 art. 37 gives housing aid to households 符合规定标准的住房困难; the standard is local and was not found for IM [U], so this reads the caseworker's recorded finding (housingHardshipFinding). Missing when none is recorded."
    ) { context in
        guard let finding = context.household.housingHardshipFinding else {
            return missingHousingHardshipFinding
        }
        return .value(.flag(finding))
    }

    static let assetsCannotRelieve = Measure(
        id: MeasureID("household.assets-cannot-relieve"), chineseTitle: "资产收益无法改变困境", englishTitle: "the return on the assets cannot change the situation",
        scope: .household, unit: .flag,
        definition: "Xing'an S15 category 1 requires that the return on the household's assets cannot change its situation, a caseworker's judgement: reads the recorded finding (assetsCannotRelieveFinding). Missing when none is recorded."
    ) { context in
        guard let finding = context.household.assetsCannotRelieveFinding else {
            return missingAssetsCannotRelieveFinding
        }
        return .value(.flag(finding))
    }

    static let supportedAtHome = Measure(
        id: MeasureID("member.supported-at-home"), chineseTitle: "分散供养", englishTitle: "supported at home", scope: .member, unit: .flag,
        definition: "The member's supportSetting is at-home (分散供养, S1 art. 19). Missing when not recorded."
    ) { context in
        guard let setting = context.currentMember.supportSetting else {
            return context.missingField(context.memberPath("supportSetting"), Label("特困人员供养方式（集中或分散）未记录", "whether the 特困 person is supported at home or in an institution is not recorded"))
        }
        return .value(.flag(setting == .atHome))
    }

    static let all: [Measure] = [
        canWork, jobRefusals, inSchool, incrementStackingIsSum, livingSubsidyIncludesMarginal, livingSubsidyIncludesTekun, careSubsidyExtension, dibaoExcludesTekunMembers, wasDibao,
        monthsSinceEmploymentRise, medicalEducation, recentEmergency, emergencyNotYetGranted, expenditureNotYetGranted,
        proofOfLifeCurrent, unionWorker, monthsBelowStandard, recentSuddenEvent, unionNetIncomePerPerson,
        unionHardshipCosts, unionDisposableIncome, unionFileFiled, monthsSinceUnionReview, housingHardship, assetsCannotRelieve,
        supportedAtHome,
    ]
}
