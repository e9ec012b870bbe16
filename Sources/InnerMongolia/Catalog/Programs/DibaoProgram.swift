import TieredAssistanceCore

/// 最低生活保障 (dibao): S1 arts. 9-13; S2.
enum DibaoProgram {
    static let incomeTest = Rule(
        id: RuleID("dibao.income-test"), chineseTitle: "家庭人均收入低于当地低保标准", englishTitle: "income per person below the dibao standard",
        citations: [Citation(PolicyDocuments.s1, article: "第九条"), Citation(PolicyDocuments.s2, article: "第十三条")],
        scope: .household, program: .dibao,
        condition: Conditions.compare(MeasureID("income.counted-monthly-per-person"), .lessThan,
                                      .labelled(.parameter(.dibaoStandard), Label("低保标准", "the dibao standard"))),
        note: "低于 is strict: income per person equal to the standard does not qualify. Compared exactly as total < standard × persons.")

    static let assetTest = Rule(
        id: RuleID("dibao.asset-test"), chineseTitle: "家庭财产状况符合规定", englishTitle: "assets within the dibao rules",
        citations: [Citation(PolicyDocuments.s2, article: "第十四条")], scope: .household, program: .dibao,
        condition: Conditions.assetTest(verified: MeasureID("assets.verified.dibao"), compliant: MeasureID("assets.compliant.dibao"),
                                        months: .dibaoAssetMonths,
                                        label: Label("财产状况符合低保规定", "assets within the dibao rules")),
        note: "IM's asset limits were not found [U]. Vehicle, housing and business disqualifiers are left to the verification finding.")

    static let program = Program(
        id: .dibao, chineseTitle: "最低生活保障", englishTitle: "minimum living allowance (dibao)",
        kind: .tier(rank: 1), scope: .household, rules: [incomeTest.id, assetTest.id],
        amount: AmountFormula(
            .difference(
                .difference(
                    .operand(.labelled(.product(.parameter(.dibaoStandard), .measure(MeasureID("household.size"))),
                                       Label("低保标准 × 家庭人数", "standard × household size")),
                             Label("保障标准总额", "standard for the household")),
                    .operand(.measure(MeasureID("income.counted-monthly")), Label("家庭月收入", "counted monthly income")),
                    Label("差额", "difference")),
                .sum([
                    .sumOverMembers(where: Conditions.refusedWork,
                                    each: .operand(.sum(.parameter(.dibaoStandard),
                                                        .product(.measure(MeasureID("income.counted-monthly-per-person")),
                                                                 .constant(Quantity(-1, unit: .ratio)))),
                                                   Label("本人份额（标准 − 人均收入）", "own share (standard − income per person)")),
                                    Label("停发的拒绝就业成员份额", "shares stopped for refused work")),
                    .when(.all([.anyMember(.program(.tekun, is: .eligible)), .not(.allMembers(.program(.tekun, is: .eligible)))]),
                          then: .when(.isTrue(MeasureID("policy.dibao-excludes-tekun-members")),
                                      then: .sumOverMembers(where: .program(.tekun, is: .eligible),
                                                            each: .operand(.sum(.parameter(.dibaoStandard),
                                                                                .product(.measure(MeasureID("member.income.counted-monthly")),
                                                                                         .constant(Quantity(-1, unit: .ratio)))),
                                                                           Label("特困成员份额（标准 − 本人收入）", "特困 member's share (standard − own income)")),
                                                            Label("特困成员份额", "特困 members' shares")),
                                      otherwise: .operand(Conditions.noMoney, Label("特困成员计入低保", "特困 members counted in dibao")),
                                      Label("特困成员是否计入低保", "whether 特困 members count in dibao")),
                          otherwise: .operand(Conditions.noMoney, Label("无部分成员为特困的情形", "not a household with only some members 特困")),
                          Label("家庭中的特困成员", "特困 members of the household")),
                ], Label("不计发的份额", "shares not paid")),
                Label("低保金", "dibao payment")),
            rounding: .halfUp,
            citations: [Citation(PolicyDocuments.s1, article: "第十二条"), Citation(PolicyDocuments.s2, article: "第二十三条")],
            note: "差额: (standard − income per person) × persons = standard × persons − income, less the own share (standard − income per person) of each member who refused suitable work three times (S1 art. 45) [I: the share is the per-person difference]. A household whose members are all 特困 is supported as 特困 instead (S1 arts. 14-19): dibao is outranked and not paid. Where only some members are 特困, whether the household's dibao still counts them is [U]: dibao.tekun-members decides (excluded: each 特困 member's share, the standard less the member's own income, is taken off) and has no built-in value, so the amount is undetermined. 分类施保 increments are the separate program dibao.increment. Payment starts the month after approval (S2 art. 21), which the engine does not track."),
        citations: [Citation(PolicyDocuments.s1, article: "第九条"), Citation(PolicyDocuments.s1, article: "第四十五条"),
                    Citation(PolicyDocuments.s2)])

    static let rules = [incomeTest, assetTest]
}
