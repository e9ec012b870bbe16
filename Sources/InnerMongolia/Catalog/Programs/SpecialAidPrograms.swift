import TieredAssistanceCore

/// 专项救助 (special aid) by tier: medical (S19), education (S1 art. 33), housing (S1 art. 37)
/// and employment aid (S1 arts. 42-43); extended to marginal and rigid-expenditure households
/// "according to need" (S8; S9; S10).
enum SpecialAidPrograms {
    static let allTiers: [ProgramID] = [.tekun, .dibao, .marginal, .rigidExpenditure]

    static let medicalEligibility = Rule(
        id: RuleID("medical-aid.eligibility"), chineseTitle: "特困、低保、低保边缘和刚性支出困难家庭成员",
        englishTitle: "a member of a 特困, dibao, marginal or rigid-expenditure household",
        citations: [Citation(PolicyDocuments.s1, article: "第二十八条"), Citation(PolicyDocuments.s19), Citation(PolicyDocuments.s8),
                    Citation(PolicyDocuments.s10)],
        scope: .member, program: .medicalAid,
        condition: .any([Conditions.tierOrOnRecord(allTiers, scope: .member), .program(.singlePersonDibao, is: .eligible)]),
        note: "S1 art. 28 names statuses (最低生活保障家庭成员, 特困供养人员): the rule holds for the tier determined now or a status on record. The reimbursement for an out-of-pocket amount is computed by MedicalAid.reimbursement from the tier's ratio, deductible and annual cap (IM values [U]). 返贫致贫人口 and 因病致贫重病患者 outside these tiers (S19) are not modelled.")

    static let medical = Program(
        id: .medicalAid, chineseTitle: "医疗救助", englishTitle: "medical aid", kind: .entitlement, scope: .member,
        rules: [medicalEligibility.id], citations: [Citation(PolicyDocuments.s19), Citation(PolicyDocuments.s1, article: "第二十八条")])

    static let educationEligibility = Rule(
        id: RuleID("education-aid.eligibility"), chineseTitle: "低保、特困家庭在校学生（低保边缘、刚性支出困难家庭按需）",
        englishTitle: "a student of a dibao or 特困 household (marginal and rigid-expenditure households as needed)",
        citations: [Citation(PolicyDocuments.s1, article: "第三十三条"), Citation(PolicyDocuments.s5, article: "第9项"),
                    Citation(PolicyDocuments.s8), Citation(PolicyDocuments.s10)],
        scope: .member, program: .educationAid,
        condition: .all([.isTrue(MeasureID("member.in-school")), Conditions.tierOrOnRecord(allTiers, scope: .member)]),
        note: "Marginal and rigid-expenditure households get special aid according to need (S8, S10): eligible here means referred for the need assessment. S1 art. 33 makes aid in compulsory education mandatory and aid in senior high and higher education \"appropriate according to circumstances\" [I: every level in school is referred]; disabled children who cannot attend compulsory school are not modelled.")

    static let education = Program(
        id: .educationAid, chineseTitle: "教育救助", englishTitle: "education aid", kind: .entitlement, scope: .member,
        rules: [educationEligibility.id], citations: [Citation(PolicyDocuments.s1, article: "第三十三条")])

    /// A member who is 特困 (determined now, or on record) and supported at home.
    static let tekunAtHome = Condition.anyMember(.all([
        .any([.program(.tekun, is: .eligible), .all([.isTrue(MeasureID("household.enrolments-recorded")), .isTrue(EnrolmentMeasures.memberID(.tekun))])]),
        .isTrue(MeasureID("member.supported-at-home")),
    ]))

    static let housingEligibility = Rule(
        id: RuleID("housing-aid.eligibility"), chineseTitle: "符合规定标准的住房困难的低保家庭、分散供养的特困人员（低保边缘、刚性支出困难家庭按需）",
        englishTitle: "dibao households and 特困 persons supported at home in housing hardship (marginal and rigid-expenditure households as needed)",
        citations: [Citation(PolicyDocuments.s1, article: "第三十七条"), Citation(PolicyDocuments.s5, article: "第10项"),
                    Citation(PolicyDocuments.s9), Citation(PolicyDocuments.s10)],
        scope: .household, program: .housingAid,
        condition: .all([
            .labelled(.isTrue(MeasureID("household.housing-hardship")), Label("符合当地住房困难标准", "meets the local housing-hardship standard")),
            .any([
                .labelled(Conditions.tierOrOnRecord([.dibao], scope: .household), Label("低保家庭", "a dibao household")),
                .labelled(tekunAtHome, Label("分散供养的特困人员", "a 特困 person supported at home")),
                .labelled(Conditions.tierOrOnRecord([.marginal, .rigidExpenditure], scope: .household),
                          Label("低保边缘、刚性支出困难家庭（按需）", "a marginal or rigid-expenditure household (as needed)")),
            ]),
        ]),
        note: "S1 art. 37: 国家对符合规定标准的住房困难的最低生活保障家庭、分散供养的特困人员，给予住房救助. The housing-hardship standard is local [U]: the rule reads the caseworker's recorded finding and is undetermined without one. 特困 persons in an institution (集中供养) are housed by it.")

    static let housing = Program(
        id: .housingAid, chineseTitle: "住房救助", englishTitle: "housing aid", kind: .entitlement, scope: .household,
        rules: [housingEligibility.id], citations: [Citation(PolicyDocuments.s1, article: "第三十七条")])

    static let employmentEligibility = Rule(
        id: RuleID("employment-aid.eligibility"), chineseTitle: "最低生活保障家庭中有劳动能力并处于失业状态的成员",
        englishTitle: "a member of a dibao household able to work and unemployed",
        citations: [Citation(PolicyDocuments.s1, article: "第四十二条"), Citation(PolicyDocuments.s1, article: "第四十三条")],
        scope: .member, program: .employmentAid,
        condition: .all([
            Conditions.tierOrOnRecord([.dibao], scope: .member), .isTrue(MeasureID("member.can-work")), .isTrue(MeasureID("member.unemployed")),
        ]),
        note: "S1 art. 42: 有劳动能力并处于失业状态的成员. Unemployed means unemployed or registered unemployed: students, homemakers and retired members are not. No age band is added: the source has none, and unemployment implies working age. Zero-employment households (零就业家庭) are served by the same rule.")

    static let employment = Program(
        id: .employmentAid, chineseTitle: "就业救助", englishTitle: "employment aid", kind: .entitlement, scope: .member,
        rules: [employmentEligibility.id], citations: [Citation(PolicyDocuments.s1, article: "第四十二条")])

    static let programs = [medical, education, housing, employment]
    static let rules = [medicalEligibility, educationEligibility, housingEligibility, employmentEligibility]
}
