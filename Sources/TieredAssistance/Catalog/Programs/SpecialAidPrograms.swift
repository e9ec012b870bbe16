/// 专项救助 (special aid) by tier: medical (S19), education (S1 art. 33), housing (S1 art. 37)
/// and employment aid (S1 arts. 42-43); extended to marginal and rigid-expenditure households
/// "according to need" (S8; S9; S10).
enum SpecialAidPrograms {
    static let allTiers = Condition.tier(in: [.tekun, .dibao, .marginal, .rigidExpenditure])

    static let medicalEligibility = Rule(
        id: "medical-aid.eligibility", chineseTitle: "特困、低保、低保边缘和刚性支出困难家庭成员",
        englishTitle: "a member of a 特困, dibao, marginal or rigid-expenditure household",
        citations: [Citation(PolicyDocuments.s19), Citation(PolicyDocuments.s8), Citation(PolicyDocuments.s10)],
        scope: .member, program: .medicalAid,
        condition: .any([allTiers, .program(.singlePersonDibao, is: .eligible)]),
        note: "The reimbursement for an out-of-pocket amount is computed by MedicalAid.reimbursement from the tier's ratio, deductible and annual cap (IM values [U]).")

    static let medical = Program(
        id: .medicalAid, chineseTitle: "医疗救助", englishTitle: "medical aid", kind: .entitlement, scope: .member,
        rules: [medicalEligibility.id], citations: [Citation(PolicyDocuments.s19), Citation(PolicyDocuments.s1, article: "第二十八条")])

    static let educationEligibility = Rule(
        id: "education-aid.eligibility", chineseTitle: "低保、特困家庭在校学生（低保边缘、刚性支出困难家庭按需）",
        englishTitle: "a student of a dibao or 特困 household (marginal and rigid-expenditure households as needed)",
        citations: [Citation(PolicyDocuments.s1, article: "第三十三条"), Citation(PolicyDocuments.s5, article: "item 9"),
                    Citation(PolicyDocuments.s8), Citation(PolicyDocuments.s10)],
        scope: .member, program: .educationAid,
        condition: .all([.isTrue("member.in-school"), allTiers]),
        note: "Marginal and rigid-expenditure households get special aid according to need (S8, S10): eligible here means referred for the need assessment.")

    static let education = Program(
        id: .educationAid, chineseTitle: "教育救助", englishTitle: "education aid", kind: .entitlement, scope: .member,
        rules: [educationEligibility.id], citations: [Citation(PolicyDocuments.s1, article: "第三十三条")])

    static let housingEligibility = Rule(
        id: "housing-aid.eligibility", chineseTitle: "低保家庭、分散供养特困人员（低保边缘、刚性支出困难家庭按需）",
        englishTitle: "dibao households and 特困 persons at home (marginal and rigid-expenditure households as needed)",
        citations: [Citation(PolicyDocuments.s1, article: "第三十七条"), Citation(PolicyDocuments.s5, article: "item 10"),
                    Citation(PolicyDocuments.s9), Citation(PolicyDocuments.s10)],
        scope: .household, program: .housingAid, condition: allTiers,
        note: "Whether a 特困 person is supported at home (分散) or in an institution (集中) is not recorded; 特困 households are referred.")

    static let housing = Program(
        id: .housingAid, chineseTitle: "住房救助", englishTitle: "housing aid", kind: .entitlement, scope: .household,
        rules: [housingEligibility.id], citations: [Citation(PolicyDocuments.s1, article: "第三十七条")])

    static let employmentEligibility = Rule(
        id: "employment-aid.eligibility", chineseTitle: "低保家庭中有劳动能力并处于失业状态的成员",
        englishTitle: "a member of a dibao household able to work and without a job",
        citations: [Citation(PolicyDocuments.s1, article: "第四十二条"), Citation(PolicyDocuments.s1, article: "第四十三条")],
        scope: .member, program: .employmentAid,
        condition: .all([
            .tier(in: [.dibao]), .isTrue("member.can-work"), .isTrue("member.without-job"),
            .compare(.measure("member.age"), .atLeast, .labelled(.constant(Quantity(16, unit: .years)), Label("16周岁", "16"))),
            .compare(.measure("member.age"), .lessThan, .labelled(.constant(Quantity(60, unit: .years)), Label("60周岁", "60"))),
        ]),
        note: "Working age 16 to 59 [I]. Zero-employment households (零就业家庭) are served by the same rule.")

    static let employment = Program(
        id: .employmentAid, chineseTitle: "就业救助", englishTitle: "employment aid", kind: .entitlement, scope: .member,
        rules: [employmentEligibility.id], citations: [Citation(PolicyDocuments.s1, article: "第四十二条")])

    static let programs = [medical, education, housing, employment]
    static let rules = [medicalEligibility, educationEligibility, housingEligibility, employmentEligibility]
}
