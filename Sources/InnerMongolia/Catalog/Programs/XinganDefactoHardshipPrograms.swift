import TieredAssistanceCore

/// 兴安盟城镇事实困难人员 (Xing'an League urban de-facto hardship persons), S15: three
/// categories, urban only, each its own entitlement so that a caseworker sees which one
/// applies. A local scheme: the programs apply only in 152200 and from 2023-06-29.
enum XinganDefactoHardshipPrograms {
    static let applicability = Applicability(jurisdictions: [.xinganLeague], from: Day(year: 2023, month: 6, day: 29))
    static let source = Citation(PolicyDocuments.s15)

    // MARK: Category 1

    static let category1Situation = Rule(
        id: RuleID("xingan.defacto.category-1.situation"),
        chineseTitle: "城镇家庭人均收入低于低保标准但财产超过低保规定，且资产收益无法改变困境",
        englishTitle: "urban, income per person below the dibao standard, assets over the dibao limits whose return cannot change the situation",
        citations: [Citation(PolicyDocuments.s15, article: "第一类")], scope: .household, program: .xinganCategory1,
        condition: .all([
            .isTrue(MeasureID("household.is-urban")),
            .program(.dibao, is: .notEligible),
            Conditions.compare(MeasureID("income.counted-monthly-per-person"), .lessThan,
                               .labelled(.parameter(.dibaoStandard), Label("低保标准", "the dibao standard"))),
            .isTrue(MeasureID("household.assets-cannot-relieve")),
        ]),
        applicability: applicability,
        note: "Income below the standard while dibao is refused means the asset test failed. \"The return on those assets cannot change the situation\" (资产收益无法改变困境) is a caseworker's judgement: the rule reads the recorded finding (assetsCannotRelieveFinding) and is undetermined without one.")

    static let category1Hardship = Rule(
        id: RuleID("xingan.defacto.category-1.hardship"), chineseTitle: "有重病、重残成员或家庭支出超过规定金额（S15：10万元）",
        englishTitle: "a seriously ill or severely disabled member, or household spending above the threshold (100,000 yuan in S15)",
        citations: [Citation(PolicyDocuments.s15, article: "第一类")], scope: .household, program: .xinganCategory1,
        condition: .any([
            .anyMember(.any([.isTrue(MeasureID("member.has-major-illness")), .isTrue(MeasureID("member.severely-disabled"))])),
            Conditions.compare(MeasureID("spending.total-12m"), .greaterThan, .parameter(.xinganHouseholdSpendingThreshold)),
        ]),
        applicability: applicability,
        note: "Household spending is counted over the 12 months up to the evaluation day [I: S15 does not state the period].")

    static let category1 = Program(
        id: .xinganCategory1, chineseTitle: "城镇事实困难人员（第一类）", englishTitle: "Xing'an de-facto hardship, category 1",
        kind: .entitlement, scope: .household, rules: [category1Situation.id, category1Hardship.id],
        applicability: applicability, citations: [source])

    // MARK: Category 2

    static let category2Income = Rule(
        id: RuleID("xingan.defacto.category-2.marginal"), chineseTitle: "城镇低保边缘家庭", englishTitle: "urban marginal household",
        citations: [Citation(PolicyDocuments.s15, article: "第二类"), Citation(PolicyDocuments.s16)],
        scope: .household, program: .xinganCategory2,
        condition: .all([.isTrue(MeasureID("household.is-urban")), .tier(in: [.marginal])]),
        applicability: applicability)

    static let category2Hardship = Rule(
        id: RuleID("xingan.defacto.category-2.special-hardship"), chineseTitle: "特殊遇困", englishTitle: "special hardship",
        citations: [Citation(PolicyDocuments.s15, article: "第二类")], scope: .household, program: .xinganCategory2,
        condition: .isTrue(MeasureID("household.special-hardship")),
        applicability: applicability,
        note: "特殊遇困 is not defined by S15 [U]: the rule reads a caseworker's recorded finding (specialHardshipFinding) and is undetermined without one.")

    static let category2 = Program(
        id: .xinganCategory2, chineseTitle: "城镇事实困难人员（第二类）", englishTitle: "Xing'an de-facto hardship, category 2",
        kind: .entitlement, scope: .household, rules: [category2Income.id, category2Hardship.id],
        applicability: applicability, citations: [source])

    // MARK: Category 3

    static let category3Dibao = Rule(
        id: RuleID("xingan.defacto.category-3.urban-dibao"), chineseTitle: "已被纳入城镇低保保障的家庭",
        englishTitle: "an urban household already enrolled in dibao",
        citations: [Citation(PolicyDocuments.s15, article: "第三类")], scope: .household, program: .xinganCategory3,
        condition: .all([.isTrue(MeasureID("household.is-urban")), .isTrue(EnrolmentMeasures.householdID(.dibao))]),
        applicability: applicability,
        note: "S15 names a status (已被纳入城镇低保保障), so the rule reads the dibao status on record (enrolments), not a fresh dibao determination: an enrolled household stays in category 3 while its next review is pending, and a member's 特困 status does not take it out. Undetermined when the statuses on record are not given.")

    static let category3Spending = Rule(
        id: RuleID("xingan.defacto.category-3.rigid-spending"), chineseTitle: "12个月内医疗、教育等刚性支出超过规定金额（S15：3万元）",
        englishTitle: "rigid spending within 12 months above the threshold (30,000 yuan in S15)",
        citations: [Citation(PolicyDocuments.s15, article: "第三类")], scope: .household, program: .xinganCategory3,
        condition: Conditions.compare(MeasureID("spending.rigid-12m.xingan"), .greaterThan,
                                      .parameter(.xinganRigidSpendingThreshold)),
        applicability: applicability,
        note: "超过 is strict: exactly 30,000.00 yuan does not qualify. The window is the 12 months up to the evaluation day.")

    static let category3 = Program(
        id: .xinganCategory3, chineseTitle: "城镇事实困难人员（第三类）", englishTitle: "Xing'an de-facto hardship, category 3",
        kind: .entitlement, scope: .household, rules: [category3Dibao.id, category3Spending.id],
        applicability: applicability, citations: [source])

    static let programs = [category1, category2, category3]
    static let rules = [category1Situation, category1Hardship, category2Income, category2Hardship, category3Dibao, category3Spending]

    /// The special-hardship fact of category 2, which no source defines.
    static let specialHardship = Measure(
        id: MeasureID("household.special-hardship"), chineseTitle: "特殊遇困", englishTitle: "special hardship", scope: .household,
        unit: .flag,
        definition: "S15 category 2 requires 特殊遇困, which no source defines [U]: the caseworker's recorded finding (specialHardshipFinding); missing when none is recorded."
    ) { context in
        guard let finding = context.household.specialHardshipFinding else {
            return .missing([.field("specialHardshipFinding", reason: Label("兴安盟文件未界定特殊遇困，须由经办人员记录认定结论", "特殊遇困 is not defined by S15; a caseworker must record a finding"))])
        }
        return .value(.flag(finding))
    }
}
