/// 残疾人两项补贴 (the two disability subsidies): S18 (国发〔2015〕52号); IM amounts S17.
enum DisabilitySubsidyPrograms {
    static let livingEligibility = Rule(
        id: "disability.living-subsidy.eligibility", chineseTitle: "低保家庭中的残疾人", englishTitle: "a disabled member of a dibao household",
        citations: [Citation(PolicyDocuments.s18)], scope: .member, program: .disabilityLivingSubsidy,
        condition: .all([
            .isTrue("member.has-disability-certificate"),
            .any([.tier(in: [.dibao, .tekun]), .program(.singlePersonDibao, is: .eligible)]),
        ]),
        note: "S18: disabled people in dibao households. Members of 特困 households and individually included (单人保) members are taken to count as dibao [I]. The IM extension to marginal households is [U].")

    static let living = Program(
        id: .disabilityLivingSubsidy, chineseTitle: "困难残疾人生活补贴", englishTitle: "living subsidy for disabled people in hardship",
        kind: .entitlement, scope: .member, rules: [livingEligibility.id],
        amount: AmountFormula(.operand(.parameter(.disabilityLivingSubsidy), Label("生活补贴标准", "living subsidy")),
                              rounding: .halfUp, citations: [Citation(PolicyDocuments.s17)]),
        citations: [Citation(PolicyDocuments.s18)])

    static let careEligibility = Rule(
        id: "disability.care-subsidy.eligibility", chineseTitle: "一、二级重度残疾且需长期照护",
        englishTitle: "grade 1 or 2 disability needing long-term care",
        citations: [Citation(PolicyDocuments.s18)], scope: .member, program: .disabilityCareSubsidy,
        condition: .all([.isTrue("member.disability-grade-1-2"), .isTrue("member.needs-long-term-care")]),
        note: "No income test (S18). Local extensions to grade 3-4 intellectual or mental disability are variants (Ordos: S17).")

    static let care = Program(
        id: .disabilityCareSubsidy, chineseTitle: "重度残疾人护理补贴", englishTitle: "care subsidy for severely disabled people",
        kind: .entitlement, scope: .member, rules: [careEligibility.id],
        amount: AmountFormula(.operand(.parameter(.disabilityCareSubsidy), Label("护理补贴标准", "care subsidy")),
                              rounding: .halfUp, citations: [Citation(PolicyDocuments.s17)],
                              note: "A yearly amount (1,200 yuan a year before 2024-07-01) is paid as its monthly twelfth, rounded half-up."),
        citations: [Citation(PolicyDocuments.s18)])

    static let programs = [living, care]
    static let rules = [livingEligibility, careEligibility]
}
