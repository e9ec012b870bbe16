import TieredAssistanceCore

/// 低保边缘家庭 (marginal low-income household): S2 art. 8; S6 1(4); IM S10; Xing'an S16.
enum MarginalProgram {
    static let incomeTest = Rule(
        id: RuleID("marginal.income-test"), chineseTitle: "家庭人均收入低于当地低保标准的规定倍数（S10：1.5倍）",
        englishTitle: "income per person below the marginal multiple of the dibao standard (1.5 × in S10)",
        citations: [Citation(PolicyDocuments.s2, article: "第八条"), Citation(PolicyDocuments.s6, article: "一、（四）"),
                    Citation(PolicyDocuments.s10)],
        scope: .household, program: .marginal,
        condition: Conditions.compare(MeasureID("income.counted-monthly-per-person"), .lessThan,
                                      .labelled(.product(.parameter(.marginalIncomeMultiple), .parameter(.dibaoStandard)),
                                                Label("低保边缘倍数 × 低保标准", "the marginal multiple × the dibao standard"))),
        note: "Compared exactly as 2 × income < 3 × standard × persons. Not dibao or 特困 follows from tier precedence.")

    static let assetTest = Rule(
        id: RuleID("marginal.asset-test"), chineseTitle: "家庭财产状况符合低保边缘规定", englishTitle: "assets within the marginal rules",
        citations: [Citation(PolicyDocuments.s10), Citation(PolicyDocuments.s2, article: "第十四条")],
        scope: .household, program: .marginal,
        condition: Conditions.assetTest(verified: MeasureID("assets.verified.marginal"), compliant: MeasureID("assets.compliant.marginal"),
                                        months: .marginalAssetMonths,
                                        label: Label("财产状况符合低保边缘规定", "assets within the marginal rules")),
        note: "IM's marginal asset limits were not found [U] (S10 lists six situations that exceed the limits; text not retrieved).")

    static let program = Program(
        id: .marginal, chineseTitle: "低保边缘家庭", englishTitle: "marginal low-income household",
        kind: .tier(rank: 2), scope: .household, rules: [incomeTest.id, assetTest.id],
        citations: [Citation(PolicyDocuments.s2, article: "第八条"), Citation(PolicyDocuments.s10)])

    static let rules = [incomeTest, assetTest]
}
