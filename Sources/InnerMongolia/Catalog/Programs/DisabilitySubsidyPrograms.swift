import TieredAssistanceCore

/// 残疾人两项补贴 (the two disability subsidies): S18 (国发〔2015〕52号); IM amounts S17.
enum DisabilitySubsidyPrograms {
    /// The member is a 特困 person: determined now, or on record.
    static let memberIsTekun = Condition.any([
        .program(.tekun, is: .eligible),
        .all([.isTrue(MeasureID("household.enrolments-recorded")), .isTrue(EnrolmentMeasures.memberID(.tekun))]),
    ])

    static let livingEligibility = Rule(
        id: RuleID("disability.living-subsidy.eligibility"), chineseTitle: "低保家庭中的残疾人（特困人员、低保边缘家庭按地方规定）",
        englishTitle: "a disabled member of a dibao household (特困 persons and marginal households as the place decides)",
        citations: [Citation(PolicyDocuments.s18)], scope: .member, program: .disabilityLivingSubsidy,
        condition: .all([
            .isTrue(MeasureID("member.has-disability-certificate")),
            .any([
                .labelled(.all([Conditions.tierOrOnRecord([.dibao], scope: .member), .not(memberIsTekun)]),
                          Label("低保家庭成员（本人不是特困人员）", "a member of a dibao household who is not a 特困 person")),
                .labelled(.program(.singlePersonDibao, is: .eligible), Label("单独纳入低保（单人保）", "individually included in dibao (单人保)")),
                .labelled(.all([memberIsTekun, .isTrue(MeasureID("policy.living-subsidy-includes-tekun"))]),
                          Label("特困人员（地方规定可否兼得）", "a 特困 person, where the place allows both")),
                .labelled(.all([.tier(in: [.marginal]), .isTrue(MeasureID("policy.living-subsidy-includes-marginal"))]),
                          Label("低保边缘家庭（地方扩大范围）", "a marginal household, where the subsidy is extended")),
            ]),
        ]),
        note: "S18: disabled people in dibao households (the tier determined now or a dibao status on record). A member individually included in dibao (单人保) is a dibao recipient [I]. Whether a 特困 person may also receive it is [U] (POLICY.md 9: keep an exclusivity table): the parameter disability.living-subsidy.includes-tekun decides and has no built-in value, also for a 特困 member of a dibao household. The extension to marginal households is a parameter, [U] for IM. Orphans (孤儿) are not recorded, so combining with orphan support is not modelled.")

    static let living = Program(
        id: .disabilityLivingSubsidy, chineseTitle: "困难残疾人生活补贴", englishTitle: "living subsidy for disabled people in hardship",
        kind: .entitlement, scope: .member, rules: [livingEligibility.id],
        amount: AmountFormula(.operand(.parameter(.disabilityLivingSubsidy), Label("生活补贴标准", "living subsidy")),
                              rounding: .halfUp, citations: [Citation(PolicyDocuments.s17)]),
        citations: [Citation(PolicyDocuments.s18)])

    static let careEligibility = Rule(
        id: RuleID("disability.care-subsidy.eligibility"), chineseTitle: "一、二级重度残疾且需长期照护",
        englishTitle: "grade 1 or 2 disability needing long-term care",
        citations: [Citation(PolicyDocuments.s18)], scope: .member, program: .disabilityCareSubsidy,
        condition: .all([.isTrue(MeasureID("member.disability-grade-1-2")), .isTrue(MeasureID("member.needs-long-term-care"))]),
        note: "No income test (S18). Local extensions to grade 3-4 intellectual or mental disability are variants (Ordos: S17).")

    static let careOrdos = Rule(
        id: RuleID("disability.care-subsidy.eligibility.ordos"), chineseTitle: "一、二级重度残疾需长期照护，或农村低保家庭三、四级智力、精神残疾人",
        englishTitle: "grade 1-2 needing long-term care, or grade 3-4 intellectual or mental disability in a rural dibao household",
        citations: [Citation(PolicyDocuments.s18), Citation(PolicyDocuments.s17Ordos)], scope: .member, program: .disabilityCareSubsidy,
        condition: .any([
            .all([.isTrue(MeasureID("member.disability-grade-1-2")), .isTrue(MeasureID("member.needs-long-term-care"))]),
            .labelled(.all([.isTrue(MeasureID("member.intellectual-mental-grade-3-4")), .not(.isTrue(MeasureID("household.is-urban"))),
                            Conditions.tierOrOnRecord([.dibao], scope: .member), .isTrue(MeasureID("policy.care-subsidy-extension"))]),
                      Label("鄂尔多斯：农村低保三、四级智力、精神残疾人", "Ordos: rural dibao, grade 3-4 intellectual or mental")),
        ]),
        applicability: Applicability(jurisdictions: [AdministrativeDivisionCode(150600)!]),
        refines: RuleID("disability.care-subsidy.eligibility"),
        note: "Ordos extends the care subsidy (S17, Ordos report of 2024-10-31: its amount rose from 100 to 125, so the extension existed before). When it began is not in the source [U]: the extension branch reads disability.care-subsidy.extension, which the built-in book gives from 2024-07-01 only, so before that day such members are undetermined, not refused.")

    static let care = Program(
        id: .disabilityCareSubsidy, chineseTitle: "重度残疾人护理补贴", englishTitle: "care subsidy for severely disabled people",
        kind: .entitlement, scope: .member, rules: [careEligibility.id],
        amount: AmountFormula(
            .when(.all([.isTrue(MeasureID("member.disability-grade-1-2")), .isTrue(MeasureID("member.needs-long-term-care"))]),
                  then: .operand(.parameter(.disabilityCareSubsidy), Label("护理补贴标准", "care subsidy")),
                  otherwise: .operand(.parameter(.careSubsidyExtensionAmount), Label("三、四级智力、精神残疾人护理补贴标准", "care subsidy, grade 3-4 extension")),
                  Label("护理补贴", "care subsidy")),
            rounding: .halfUp, citations: [Citation(PolicyDocuments.s17), Citation(PolicyDocuments.s17Ordos)],
            note: "A yearly amount (1,200 yuan a year before 2024-07-01) is paid as its monthly twelfth, rounded half-up. Ordos pays grade 1-2 in its own tiers, whose amounts were not found [U]: the book records them as unknown there, so the amount is undetermined; its grade 3-4 extension has its own amount."),
        citations: [Citation(PolicyDocuments.s18)])

    static let programs = [living, care]
    static let rules = [livingEligibility, careEligibility, careOrdos]
}
