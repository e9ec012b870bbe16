/// 残疾人两项补贴 (the two disability subsidies): S18 (国发〔2015〕52号); IM amounts S17.
enum DisabilitySubsidyPrograms {
    static let livingEligibility = Rule(
        id: "disability.living-subsidy.eligibility", chineseTitle: "低保家庭中的残疾人", englishTitle: "a disabled member of a dibao household",
        citations: [Citation(PolicyDocuments.s18)], scope: .member, program: .disabilityLivingSubsidy,
        condition: .all([
            .isTrue("member.has-disability-certificate"),
            .any([
                .tier(in: [.dibao, .tekun]),
                .program(.singlePersonDibao, is: .eligible),
                .labelled(.all([.tier(in: [.marginal]), .isTrue("policy.living-subsidy-includes-marginal")]),
                          Label("低保边缘家庭（地方扩大范围）", "a marginal household, where the subsidy is extended")),
            ]),
        ]),
        note: "S18: disabled people in dibao households. Members of 特困 households and individually included (单人保) members are taken to count as dibao [I]. The extension to marginal households is a parameter, [U] for IM, so marginal households are undetermined until a policy file decides.")

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

    static let careOrdos = Rule(
        id: "disability.care-subsidy.eligibility.ordos", chineseTitle: "一、二级重度残疾需长期照护，或农村低保家庭三、四级智力、精神残疾人",
        englishTitle: "grade 1-2 needing long-term care, or grade 3-4 intellectual or mental disability in a rural dibao household",
        citations: [Citation(PolicyDocuments.s18), Citation(PolicyDocuments.s17)], scope: .member, program: .disabilityCareSubsidy,
        condition: .any([
            .all([.isTrue("member.disability-grade-1-2"), .isTrue("member.needs-long-term-care")]),
            .labelled(.all([.isTrue("member.intellectual-mental-grade-3-4"), .not(.isTrue("household.is-urban")), .tier(in: [.dibao])]),
                      Label("鄂尔多斯：农村低保三、四级智力、精神残疾人", "Ordos: rural dibao, grade 3-4 intellectual or mental")),
        ]),
        applicability: Applicability(jurisdictions: [AdministrativeDivisionCode(150600)!], from: Day(year: 2024, month: 7, day: 1)),
        refines: "disability.care-subsidy.eligibility",
        note: "Ordos extends the care subsidy (S17, Ordos report of 2024-10-31); the start of the extension is not in the source, 2024-07-01 (the IM rise) is taken [I].")

    static let care = Program(
        id: .disabilityCareSubsidy, chineseTitle: "重度残疾人护理补贴", englishTitle: "care subsidy for severely disabled people",
        kind: .entitlement, scope: .member, rules: [careEligibility.id],
        amount: AmountFormula(.operand(.parameter(.disabilityCareSubsidy), Label("护理补贴标准", "care subsidy")),
                              rounding: .halfUp, citations: [Citation(PolicyDocuments.s17)],
                              note: "A yearly amount (1,200 yuan a year before 2024-07-01) is paid as its monthly twelfth, rounded half-up."),
        citations: [Citation(PolicyDocuments.s18)])

    static let programs = [living, care]
    static let rules = [livingEligibility, careEligibility, careOrdos]
}
