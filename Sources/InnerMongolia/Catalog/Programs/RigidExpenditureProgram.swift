import TieredAssistanceCore

/// 刚性支出困难家庭 (rigid-expenditure hardship household): national S4 (from 2025-01-01)
/// and the IM variant (from 2023-01-01 [I]; S10's ratios from 2024-07-12 [I]), layered as a
/// local exception.
enum RigidExpenditureProgram {
    static let incomeTest = Rule(
        id: RuleID("rigid.income-test"), chineseTitle: "家庭人均收入低于上年度当地居民人均可支配收入",
        englishTitle: "income per person below the prior-year local disposable income per person",
        citations: [Citation(PolicyDocuments.s4, article: "第四条"), Citation(PolicyDocuments.s10)],
        scope: .household, program: .rigidExpenditure,
        condition: Conditions.compare(MeasureID("income.counted-annual-per-person"), .lessThan,
                                      .labelled(.parameter(.priorYearDisposableIncome),
                                                Label("上年度居民人均可支配收入", "prior-year disposable income per person"))),
        note: "Whether 当地 means the county or the region, and urban or rural, is [U]; the book resolves the most specific value by residence.")

    static let assetTest = Rule(
        id: RuleID("rigid.asset-test"), chineseTitle: "家庭财产状况符合规定", englishTitle: "assets within the rigid-expenditure rules",
        citations: [Citation(PolicyDocuments.s4, article: "第四条")], scope: .household, program: .rigidExpenditure,
        condition: Conditions.assetTest(verified: MeasureID("assets.verified.rigid"), compliant: MeasureID("assets.compliant.rigid"),
                                        months: .rigidAssetMonths,
                                        label: Label("财产状况符合刚性支出困难规定", "assets within the rigid-expenditure rules")))

    static let spendingTest = Rule(
        id: RuleID("rigid.spending-test"), chineseTitle: "刚性支出超过家庭总收入的规定比例",
        englishTitle: "rigid spending above the local share of household income",
        citations: [Citation(PolicyDocuments.s4, article: "第四条"), Citation(PolicyDocuments.s4, article: "第五条")],
        scope: .household, program: .rigidExpenditure,
        condition: Conditions.compare(MeasureID("spending.rigid-12m.national"), .greaterThan,
                                      .labelled(.product(.parameter(.rigidNationalRatio), .measure(MeasureID("income.counted-annual"))),
                                                Label("家庭年收入的规定比例", "the local share of annual household income"))),
        applicability: Applicability(from: Day(year: 2025, month: 1, day: 1)),
        note: "National rule in force from 2025-01-01; the local ratio is [U]. Spending counted over the 12 months up to the evaluation day.")

    static let imSpendingTest = Rule(
        id: RuleID("rigid.spending-test.im"), chineseTitle: "刚性支出或医疗和意外支出超过家庭总收入的规定比例（S10：70%、60%）",
        englishTitle: "rigid spending, or medical and accident spending, above its share of household income (70% and 60% in S10)",
        citations: [Citation(PolicyDocuments.s10)], scope: .household, program: .rigidExpenditure,
        condition: .any([
            Conditions.compare(MeasureID("spending.rigid-12m.im"), .greaterThan,
                               .labelled(.product(.parameter(.rigidIMTotalRatio), .measure(MeasureID("income.counted-annual"))),
                                         Label("刚性支出比例 × 家庭年收入", "the rigid-spending share × annual household income"))),
            Conditions.compare(MeasureID("spending.medical-accident-12m"), .greaterThan,
                               .labelled(.product(.parameter(.rigidIMMedicalAccidentRatio), .measure(MeasureID("income.counted-annual"))),
                                         Label("医疗和意外支出比例 × 家庭年收入", "the medical and accident share × annual household income"))),
        ]),
        applicability: Applicability(jurisdictions: [AdministrativeDivisionCode.innerMongolia], from: Day(year: 2023, month: 1, day: 1)),
        refines: RuleID("rigid.spending-test"),
        note: "Inner Mongolia's variant of the spending test (S10 press summary). IM had the tier before its 2024 办法 (\"2023年以来…拓展至低保边缘和刚性支出困难家庭成员\", S9 and the Xing'an seed), so the rule applies from 2023-01-01 [I: the year's first day]; the ratios in force before the S10 press day (2024-07-12 [I]) were not found [U], so the test is undetermined before it rather than not applicable. Basic living costs are not counted in IM [I, per S10 wording].")

    static let program = Program(
        id: .rigidExpenditure, chineseTitle: "刚性支出困难家庭", englishTitle: "rigid-expenditure hardship household",
        kind: .tier(rank: 3), scope: .household, rules: [incomeTest.id, assetTest.id, spendingTest.id],
        citations: [Citation(PolicyDocuments.s4), Citation(PolicyDocuments.s10)])

    static let rules = [incomeTest, assetTest, spendingTest, imSpendingTest]
}
