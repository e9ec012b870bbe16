import TieredAssistanceCore

/// 临时救助 (temporary assistance): emergency and expenditure types (S1 arts. 47-49; S7; S5
/// items 14-15; IM 先行救助 S20).
enum TemporaryAidPrograms {
    static func grantAmount(_ months: ParameterID, _ label: Label) -> AmountFormula {
        AmountFormula(
            .minimum([
                .operand(.product(.product(.parameter(months), .parameter(.dibaoStandard)), .measure(MeasureID("household.size"))),
                         Label("低保标准 × 人数 × 月数", "standard × persons × months")),
                .operand(.parameter(.temporaryCap), Label("单次上限", "cap per grant")),
            ], label),
            period: .oneOff, rounding: .halfUp,
            citations: [Citation(PolicyDocuments.s7, article: "二、(三)"), Citation(PolicyDocuments.s1, article: "第四十九条")],
            note: "standard × persons × months, at most the cap; larger cases go to 一事一议 (S7 2(3)). IM multiples and caps are [U].")
    }

    static let emergencyEvent = Rule(
        id: RuleID("temporary.emergency.event"), chineseTitle: "因火灾、交通事故等意外事件、突发重大疾病或自然灾害陷入困境",
        englishTitle: "in sudden hardship from a fire, accident, sudden major illness or natural disaster",
        citations: [Citation(PolicyDocuments.s1, article: "第四十七条"), Citation(PolicyDocuments.s7, article: "二、(一)"),
                    Citation(PolicyDocuments.s6, article: "二、（二）"), Citation(PolicyDocuments.s20)],
        scope: .household, program: .temporaryEmergency,
        condition: .isTrue(MeasureID("household.recent-emergency")),
        note: "急难型: households and individuals qualify wherever registered; the place of the emergency may act, and IM pays first and completes the paperwork later (先行救助, S20). The rule therefore does not test registration or assets. Natural disasters count: households that remain in hardship after disaster relief get temporary aid (S1 art. 47 遭遇其他特殊困难的家庭; S6 2(2)).")

    static let emergencyOnce = Rule(
        id: RuleID("temporary.emergency.once-per-cause"), chineseTitle: "同一事由在规定期限内未获救助",
        englishTitle: "no grant for the same cause within the configured period",
        citations: [Citation(PolicyDocuments.s7, article: "二、(三)")], scope: .household, program: .temporaryEmergency,
        condition: .isTrue(MeasureID("household.emergency-not-yet-granted")),
        note: "One grant per cause per period is common [S-loc] but the IM interval is [U]: with an earlier grant for the same cause and no interval in force the rule is undetermined, never read as \"no limit\"; a value of 0 means no limit.")

    static let emergency = Program(
        id: .temporaryEmergency, chineseTitle: "急难型临时救助（先行救助）", englishTitle: "emergency temporary aid (先行救助)",
        kind: .entitlement, scope: .household, rules: [emergencyEvent.id, emergencyOnce.id],
        amount: grantAmount(.temporaryEmergencyMonths, Label("急难型临时救助金", "emergency aid")),
        citations: [Citation(PolicyDocuments.s1, article: "第四十七条"), Citation(PolicyDocuments.s20)])

    static let expenditureIncome = Rule(
        id: RuleID("temporary.expenditure.income"), chineseTitle: "家庭人均可支配收入低于上年度当地人均可支配收入",
        englishTitle: "income per person below the prior-year local disposable income",
        citations: [Citation(PolicyDocuments.s7, article: "二、(一)")], scope: .household, program: .temporaryExpenditure,
        condition: Conditions.compare(MeasureID("income.counted-annual-per-person"), .lessThan, .parameter(.priorYearDisposableIncome)))

    static let expenditureAssets = Rule(
        id: RuleID("temporary.expenditure.assets"), chineseTitle: "家庭财产状况符合规定", englishTitle: "assets within the rules",
        citations: [Citation(PolicyDocuments.s7, article: "二、(一)")], scope: .household, program: .temporaryExpenditure,
        condition: Conditions.assetTest(verified: MeasureID("assets.verified.marginal"), compliant: MeasureID("assets.compliant.marginal"),
                                        months: .marginalAssetMonths,
                                        label: Label("财产状况符合低保边缘规定", "assets within the marginal rules")),
        note: "S7 requires assets within the rules without naming them; the marginal household's asset rules are used [I].")

    static let expenditureSpending = Rule(
        id: RuleID("temporary.expenditure.spending"), chineseTitle: "教育、医疗等生活必需支出突然增加超出承受能力",
        englishTitle: "essential education and medical spending beyond the household's capacity",
        citations: [Citation(PolicyDocuments.s7, article: "二、(一)")], scope: .household, program: .temporaryExpenditure,
        condition: Conditions.compare(MeasureID("spending.medical-education-12m"), .greaterThan,
                                      .labelled(.product(.parameter(.temporaryExpenditureShare), .measure(MeasureID("income.counted-annual"))),
                                                Label("家庭年收入的规定比例", "the set share of annual income"))),
        note: "\"Beyond capacity\" is read as spending in the last 12 months above a set share of annual income [I]; the share is [U].")

    static let expenditureOnce = Rule(
        id: RuleID("temporary.expenditure.once-per-period"), chineseTitle: "支出型救助在规定期限内未获救助",
        englishTitle: "no expenditure-type grant within the configured period",
        citations: [Citation(PolicyDocuments.s7, article: "二、(三)")], scope: .household, program: .temporaryExpenditure,
        condition: .isTrue(MeasureID("household.expenditure-not-yet-granted")))

    static let expenditure = Program(
        id: .temporaryExpenditure, chineseTitle: "支出型临时救助", englishTitle: "expenditure-type temporary aid",
        kind: .entitlement, scope: .household,
        rules: [expenditureIncome.id, expenditureAssets.id, expenditureSpending.id, expenditureOnce.id],
        amount: grantAmount(.temporaryExpenditureMonths, Label("支出型临时救助金", "expenditure aid")),
        citations: [Citation(PolicyDocuments.s7, article: "二、(一)"), Citation(PolicyDocuments.s10)])

    static let programs = [emergency, expenditure]
    static let rules = [emergencyEvent, emergencyOnce, expenditureIncome, expenditureAssets, expenditureSpending, expenditureOnce]
}
