import TieredAssistanceCore

/// 高龄津贴 (old-age allowance): age bands and amounts are local and were not found for IM
/// (POLICY.md 10 [U]); payment stops from the month after a missed proof of life.
enum OldAgeAllowanceProgram {
    static let source = [Citation(PolicyDocuments.s3, article: "第六条"), Citation(PolicyDocuments.s33)]

    static let age = Rule(
        id: RuleID("old-age-allowance.age"), chineseTitle: "达到高龄津贴起始年龄", englishTitle: "at or above the starting age",
        citations: source, scope: .member, program: .oldAgeAllowance,
        condition: Conditions.compare(MeasureID("member.age"), .atLeast, .parameter(.oldAgeMinimumAge)),
        note: "The allowance exists in IM (S3 art. 6 excludes it from 特困 income); the structure (80-89, 90-99, 100+, proof of life) follows POLICY.md 10 and the Heilongjiang analogue S33 [I].")

    static let proofOfLife = Rule(
        id: RuleID("old-age-allowance.proof-of-life"), chineseTitle: "按时完成生存认证", englishTitle: "proof of life up to date",
        citations: source, scope: .member, program: .oldAgeAllowance,
        condition: .isTrue(MeasureID("member.proof-of-life-current")),
        note: "A missed certification suspends payment from the next month (POLICY.md 10).")

    static let program = Program(
        id: .oldAgeAllowance, chineseTitle: "高龄津贴", englishTitle: "old-age allowance", kind: .entitlement, scope: .member,
        rules: [age.id, proofOfLife.id],
        amount: AmountFormula(
            .when(.compare(.measure(MeasureID("member.age")), .atLeast, .labelled(.constant(Quantity(100, unit: .years)), Label("百岁档起始年龄", "the starting age of the 100-and-over band"))),
                  then: .operand(.parameter(.oldAgeAmountHundred), Label("100岁以上标准", "100 and over")),
                  otherwise: .when(.compare(.measure(MeasureID("member.age")), .atLeast,
                                            .labelled(.constant(Quantity(90, unit: .years)), Label("九十岁档起始年龄", "the starting age of the 90-99 band"))),
                                   then: .operand(.parameter(.oldAgeAmountNinety), Label("90至99岁标准", "90 to 99")),
                                   otherwise: .operand(.parameter(.oldAgeAmountFirstBand), Label("起始年龄至89岁标准", "to 89")),
                                   Label("年龄段标准", "band")),
                  Label("高龄津贴", "old-age allowance")),
            rounding: .halfUp, citations: source,
            note: "Bands 90-99 and 100+ are the typical structure [I]; every amount is [U] for IM."),
        citations: source)

    static let rules = [age, proofOfLife]
}
