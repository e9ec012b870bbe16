import TieredAssistanceCore

/// 特困人员 (extremely poor persons): S1 arts. 14-19; S3.
enum TekunProgram {
    static let noWorkCapacity = Rule(
        id: RuleID("tekun.no-work-capacity"), chineseTitle: "无劳动能力", englishTitle: "no capacity to work",
        citations: [Citation(PolicyDocuments.s3, article: "第五条"), Citation(PolicyDocuments.s3, article: "第二十四条"),
                    Citation(PolicyDocuments.s5, article: "第5项"), Citation(PolicyDocuments.s30)],
        scope: .member, program: .tekun,
        condition: .any([
            Conditions.compare(MeasureID("member.age"), .atLeast, .parameter(.tekunElderlyAge)),
            Conditions.compare(MeasureID("member.age"), .lessThan, .parameter(.tekunChildAge)),
            .labelled(Conditions.compare(MeasureID("member.age"), .lessThan, .parameter(.tekunMinorCoverageAge)),
                      Label("未满未成年人保障年龄（S30：18周岁）", "a minor under the coverage age (18 in S30)")),
            .labelled(.all([
                Conditions.compare(MeasureID("member.age"), .atLeast, .parameter(.tekunMinorCoverageAge)),
                .isTrue(MeasureID("member.in-compulsory-or-upper-secondary")),
                .isTrue(MeasureID("member.tekun-since-minor")),
            ]), Label("未成年时已纳入特困人员，年满18周岁仍在接受义务教育或高中阶段教育（继续享有）",
                      "on record as 特困 since childhood, over the coverage age and still in compulsory or upper-secondary school (continued support)")),
            .isTrue(MeasureID("member.tekun-disability")),
        ]),
        note: "Covers the elderly (60+), minors (under 16 by S3 art. 5; to 18 by S5/S30) and the disabilities S3 art. 5 lists. S3 art. 24 (特困人员中的未成年人…年满18周岁仍在接受义务教育或者在高中阶段教育就读的，可继续享有) is a continuation, not a test for new applicants: the branch needs a 特困 status on record that began before the coverage age. \"Other cases the province defines\" are not modelled. The orphan-scheme choice (S3 art. 9) is not modelled.")

    static let noLivelihood = Rule(
        id: RuleID("tekun.no-livelihood"), chineseTitle: "无生活来源", englishTitle: "no means of livelihood",
        citations: [Citation(PolicyDocuments.s3, article: "第六条")],
        scope: .member, program: .tekun,
        condition: .all([
            Conditions.compare(MeasureID("member.income.tekun-monthly"), .lessThan,
                               .labelled(.parameter(.dibaoStandard), Label("低保标准", "the dibao standard"))),
        ]),
        note: "Own income (with the 特困 exclusions) below the local dibao standard. The asset part of S3 art. 6 is the household rule tekun.assets.")

    static let assets = Rule(
        id: RuleID("tekun.assets"), chineseTitle: "财产符合特困人员财产状况规定", englishTitle: "assets within the 特困 rules",
        citations: [Citation(PolicyDocuments.s3, article: "第六条"), Citation(PolicyDocuments.s2, article: "第十四条")],
        scope: .member, program: .tekun,
        condition: Conditions.assetTest(verified: MeasureID("assets.verified.tekun"), compliant: MeasureID("assets.compliant.tekun"),
                                        months: .tekunAssetMonths,
                                        label: Label("财产状况符合特困规定", "assets within the 特困 rules")),
        note: "IM's 特困 asset rules were not found [U]: without a verification finding the numeric limit tekun.asset-limit.financial-months must come from a policy file.")

    static let noCapableObligor = Rule(
        id: RuleID("tekun.no-capable-obligor"), chineseTitle: "无法定赡养、抚养、扶养义务人或其无履行义务能力",
        englishTitle: "no legal obligor able to support", citations: [Citation(PolicyDocuments.s3, article: "第八条")],
        scope: .member, program: .tekun,
        condition: .isTrue(MeasureID("member.obligors-unable")))

    static let program = Program(
        id: .tekun, chineseTitle: "特困人员救助供养", englishTitle: "support for extremely poor persons (特困)",
        kind: .tier(rank: 0), scope: .member,
        rules: [noWorkCapacity.id, noLivelihood.id, assets.id, noCapableObligor.id],
        amount: AmountFormula(
            .sum([
                .operand(.parameter(.tekunSupportStandard), Label("基本生活标准", "basic support standard")),
                .when(.compare(.measure(MeasureID("member.daily-activities-unable")), .atLeast, .labelled(.constant(.count(4)), Label("全护理起点", "the full-care threshold"))),
                      then: .operand(.parameter(.tekunCareFull), Label("全护理标准", "full-care standard")),
                      otherwise: .when(.compare(.measure(MeasureID("member.daily-activities-unable")), .atLeast, .labelled(.constant(.count(1)), Label("半护理起点", "the partial-care threshold"))),
                                       then: .operand(.parameter(.tekunCarePartial), Label("半护理标准", "partial-care standard")),
                                       otherwise: .operand(.parameter(.tekunCareSelf), Label("全自理照料标准", "self-care standard")),
                                       Label("照料护理", "care")),
                      Label("照料护理标准", "care standard")),
            ], Label("特困供养金", "特困 support")),
            rounding: .halfUp,
            citations: [Citation(PolicyDocuments.s1, article: "第十五条"), Citation(PolicyDocuments.s3, article: "第二十条至第二十二条")],
            note: "Care level from the six daily-living activities: all achieved → self-care; 1-3 not achieved → partial; 4 or more → full (S3 arts. 20-22). IM 2024 support and care standards were not found [U]. The household's tier is 特困 only when every member is; a 特困 member of a household with another tier keeps this amount, and whether the household's dibao still counts that member is [U], so both are reported and batch totals may count the member in both."),
        citations: [Citation(PolicyDocuments.s1, article: "第十四条"), Citation(PolicyDocuments.s3)])

    static let rules = [noWorkCapacity, noLivelihood, assets, noCapableObligor]
}
