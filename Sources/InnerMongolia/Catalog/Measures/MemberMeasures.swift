import TieredAssistanceCore

/// Measures of one member.
enum MemberMeasures {
    /// The outcome when `assets` is not recorded (made once: measures run for every household).
    static let missingAssets = MeasureOutcome.missing([.field("assets", reason: Label("家庭财产未申报", "assets were not reported"))])

    static let age = Measure(
        id: MeasureID("member.age"), chineseTitle: "年龄", englishTitle: "age", scope: .member, unit: .years,
        definition: "Completed years (周岁) on the evaluation day; a person born on 29 February turns a year older on 1 March in common years."
    ) { context in
        .value(Quantity(Int128(context.currentMember.age(on: context.day)), unit: .years))
    }

    static let severelyDisabled = Measure(
        id: MeasureID("member.severely-disabled"), chineseTitle: "重度残疾", englishTitle: "severely disabled", scope: .member, unit: .flag,
        definition: "A disability certificate in force on the evaluation day (see member.has-disability-certificate) at grade 1 or 2 of any category, or grade 3 intellectual or mental (重残; POLICY.md 2; S6 1(1))."
    ) { context in
        .value(.flag(context.currentCertificate?.isSevere ?? false))
    }

    static let hasMajorIllness = Measure(
        id: MeasureID("member.has-major-illness"), chineseTitle: "患重特大疾病", englishTitle: "has a major illness", scope: .member, unit: .flag,
        definition: "A major illness (重特大疾病) recognised by the health authority on or before the evaluation day."
    ) { context in
        guard let illness = context.currentMember.majorIllness else { return .value(.flag(false)) }
        return .value(.flag((illness.recognisedOn ?? context.day) <= context.day))
    }

    static let hasDisabilityCertificate = Measure(
        id: MeasureID("member.has-disability-certificate"), chineseTitle: "持有残疾人证", englishTitle: "holds a disability certificate",
        scope: .member, unit: .flag,
        definition: "A disability certificate (残疾人证) certified on or before the evaluation day (or with no certified day recorded)."
    ) { context in
        .value(.flag(context.currentCertificate != nil))
    }

    static let tekunDisability = Measure(
        id: MeasureID("member.tekun-disability"), chineseTitle: "特困认定所列残疾", englishTitle: "disability listed for 特困 work incapacity",
        scope: .member, unit: .flag,
        definition: "S3 art. 5, on a certificate in force on the evaluation day: intellectual or mental disability grades 1-3, physical grades 1-2, or visual grade 1. Hearing, speech and grade-2 visual are not listed."
    ) { context in
        .value(.flag(context.currentCertificate?.isListedForTekun ?? false))
    }

    static let inCompulsoryOrUpperSecondary = Measure(
        id: MeasureID("member.in-compulsory-or-upper-secondary"), chineseTitle: "在接受义务教育或高中阶段教育",
        englishTitle: "in compulsory or upper-secondary schooling", scope: .member, unit: .flag,
        definition: "Enrolled in primary, junior or senior secondary, or secondary vocational school (S3 art. 24 note). Missing when schooling is not recorded."
    ) { context in
        guard let schooling = context.currentMember.schooling else {
            return context.missingField(context.memberPath("schooling"), Label("在读学段未记录", "schooling not recorded"))
        }
        return .value(.flag(schooling.isCompulsoryOrUpperSecondary))
    }

    static let withoutJob = Measure(
        id: MeasureID("member.without-job"), chineseTitle: "无就业", englishTitle: "without a job", scope: .member, unit: .flag,
        definition: "Employment status unemployed, registered unemployed, retired or not in the labour force (S6 1(1): 成年无业重度残疾人, \"without an occupation\"). A retired member has no occupation, so counts as without a job [I: S6 does not mention retirement; the pension is counted as the member's income]. Missing when not recorded."
    ) { context in
        guard let employment = context.currentMember.employment else {
            return context.missingField(context.memberPath("employment"), Label("就业状况未记录", "employment status not recorded"))
        }
        switch employment {
        case .unemployed, .registeredUnemployed, .notInLabourForce, .retired: return .value(.flag(true))
        case .employed, .selfEmployed, .flexible: return .value(.flag(false))
        }
    }

    static let unemployed = Measure(
        id: MeasureID("member.unemployed"), chineseTitle: "处于失业状态", englishTitle: "unemployed", scope: .member, unit: .flag,
        definition: "Employment status unemployed or registered unemployed (S1 art. 42: 处于失业状态). Students, homemakers and retired members (not in the labour force) are not unemployed. Missing when not recorded."
    ) { context in
        guard let employment = context.currentMember.employment else {
            return context.missingField(context.memberPath("employment"), Label("就业状况未记录", "employment status not recorded"))
        }
        return .value(.flag(employment == .unemployed || employment == .registeredUnemployed))
    }

    static let personalIncome = Measure(
        id: MeasureID("member.income.counted-monthly"), chineseTitle: "本人月收入", englishTitle: "own counted monthly income",
        scope: .member, unit: .moneyPerMonth,
        definition: "The member's own income counted as in income.counted-monthly (S2 art. 13), for individual inclusion (单人保, S2 art. 8): household-level incomes are not attributed to the member."
    ) { context in
        IncomeCounting.countedMonthly(context, members: [context.currentMember.id], excluding: IncomeCounting.dibaoExclusions)
    }

    static let tekunIncome = Measure(
        id: MeasureID("member.income.tekun-monthly"), chineseTitle: "本人月收入（特困口径）", englishTitle: "own monthly income (特困 exclusions)",
        scope: .member, unit: .moneyPerMonth,
        definition: "The member's own income with the 特困 exclusions of S3 art. 6: the S2 art. 13 exclusions plus the old-age allowance and basic medical and other social-insurance payouts."
    ) { context in
        IncomeCounting.countedMonthly(context, members: [context.currentMember.id], excluding: IncomeCounting.tekunExclusions)
    }

    static let personalFinancialAssets = Measure(
        id: MeasureID("member.financial-assets"), chineseTitle: "本人金融资产", englishTitle: "own financial assets", scope: .member,
        unit: .moneySum,
        definition: "Financial assets owned by the member (jointly held assets are not attributed). Missing when assets were not reported."
    ) { context in
        guard let assets = context.household.assets else { return missingAssets }
        let owned = assets.financial.filter { $0.owner == context.currentMember.id }.map(\.amount).sum()
        return .value(.money(owned, periodMonths: 0))
    }

    static let dailyActivitiesUnable = Measure(
        id: MeasureID("member.daily-activities-unable"), chineseTitle: "不能完成的日常生活活动项数", englishTitle: "daily-living activities not achieved",
        scope: .member, unit: .count,
        definition: "How many of the six activities (eating, dressing, getting in and out of bed, toilet, walking indoors, bathing) the member cannot do (S3 arts. 20-22). When not assessed, somewhere from 0 to 6 (the household format's range), naming the missing assessment."
    ) { context in
        guard let count = context.currentMember.dailyLivingActivitiesUnable else {
            let items = [MissingItem.field(context.memberPath("dailyLivingActivitiesUnable"), reason: Label("照料护理需求未评估", "care needs not assessed"))]
            return .range(QuantityRange(lower: .count(0), upper: .count(6)), missing: items)
        }
        return .value(.count(count))
    }

    static let needsLongTermCare = Measure(
        id: MeasureID("member.needs-long-term-care"), chineseTitle: "需要长期照护", englishTitle: "needs long-term care", scope: .member, unit: .flag,
        definition: "Needs care for 6 months or more (S18). Missing when not assessed."
    ) { context in
        guard let value = context.currentMember.needsLongTermCare else {
            return context.missingField(context.memberPath("needsLongTermCare"), Label("长期照护需求未评估", "long-term care need not assessed"))
        }
        return .value(.flag(value))
    }

    static let disabilityGradeOneOrTwo = Measure(
        id: MeasureID("member.disability-grade-1-2"), chineseTitle: "一、二级残疾", englishTitle: "disability grade 1 or 2", scope: .member, unit: .flag,
        definition: "A certificate in force on the evaluation day at grade 1 or 2, any category."
    ) { context in
        .value(.flag((context.currentCertificate?.grade.rawValue ?? 9) <= 2))
    }

    static let intellectualOrMentalGradeThreeOrFour = Measure(
        id: MeasureID("member.intellectual-mental-grade-3-4"), chineseTitle: "三、四级智力或精神残疾",
        englishTitle: "intellectual or mental disability, grade 3 or 4", scope: .member, unit: .flag,
        definition: "A certificate in force on the evaluation day at grade 3 or 4 in the intellectual or mental category (the local care-subsidy extension, S17 Ordos)."
    ) { context in
        guard let certificate = context.currentCertificate else { return .value(.flag(false)) }
        return .value(.flag((certificate.category == .intellectual || certificate.category == .mental)
                            && certificate.grade.rawValue >= 3))
    }

    static let obligorsUnable = Measure(
        id: MeasureID("member.obligors-unable"), chineseTitle: "法定义务人均无履行义务能力", englishTitle: "no obligor able to support",
        scope: .member, unit: .flag,
        definition: """
            S3 art. 8: every legal obligor of the member is unable to support, each in one of the listed \
            situations: a 特困 person; a dibao recipient aged 60 or over; aged 70 or over with own income below \
            the prior-year local per-capita disposable income and assets within the low-income rules; severely \
            disabled (grade 1-2, or grade 3 intellectual or mental) with the same income and asset test; \
            without legal capacity, declared missing or imprisoned, with the asset test. Co-resident obligors \
            (spouse, adult children and parents, by relationship to the applicant [I]) are judged from the \
            household record: the statuses on record, their age and certificate, their own counted income and \
            the household's asset finding [I]; a child under 18 owes no support. Obligors outside the household \
            (those with no `supports` are taken to owe every member) are judged from their own record. Missing \
            when obligors were not reported or a needed fact is not recorded.
            """,
        parameters: [.priorYearDisposableIncome, .tekunElderlyAge, .tekunChildAge]
    ) { context in
        ObligorAssessment.allUnable(context)
    }

    static let all: [Measure] = [
        age, severelyDisabled, hasMajorIllness, hasDisabilityCertificate, tekunDisability, inCompulsoryOrUpperSecondary,
        withoutJob, unemployed, personalIncome, tekunIncome, personalFinancialAssets, dailyActivitiesUnable, needsLongTermCare,
        disabilityGradeOneOrTwo, intellectualOrMentalGradeThreeOrFour, obligorsUnable,
    ]
}
