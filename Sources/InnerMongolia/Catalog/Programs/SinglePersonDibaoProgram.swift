import TieredAssistanceCore

/// 单人保 (individual dibao inclusion): S2 art. 8; S6 1(1), 1(4); S30.
enum SinglePersonDibaoProgram {
    static let eligibility = Rule(
        id: RuleID("dibao.single-person.eligibility"), chineseTitle: "重残、重病成员单独纳入低保",
        englishTitle: "severely disabled or seriously ill member included individually",
        citations: [Citation(PolicyDocuments.s2, article: "第八条"), Citation(PolicyDocuments.s6, article: "一、（一）"),
                    Citation(PolicyDocuments.s6, article: "一、（四）")],
        scope: .member, program: .singlePersonDibao,
        condition: .all([
            .labelled(.not(.tier(in: [.tekun, .dibao])), Label("家庭未纳入低保或特困", "the household is not dibao or 特困")),
            .any([
                .labelled(.all([
                    .tier(in: [.marginal]),
                    .any([.isTrue(MeasureID("member.severely-disabled")), .isTrue(MeasureID("member.has-major-illness"))]),
                ]), Label("低保边缘家庭中的重残或重病成员", "a severely disabled or seriously ill member of a marginal household")),
                .labelled(.all([
                    .compare(.measure(MeasureID("member.age")), .atLeast, .labelled(.constant(Quantity(18, unit: .years)), Label("成年年龄", "the age of majority"))),
                    .isTrue(MeasureID("member.without-job")),
                    .isTrue(MeasureID("member.severely-disabled")),
                ]), Label("成年无业重度残疾人", "an adult severely disabled person without a job")),
            ]),
            Conditions.compare(MeasureID("member.income.counted-monthly"), .lessThan,
                               .labelled(.parameter(.dibaoStandard), Label("低保标准", "the dibao standard"))),
        ]),
        note: "Only the member's own income is assessed. Waiving support from siblings or from people aged 60+ (S6 1(1)) needs the support payments to be recorded per payer and is not modelled; the member's personal asset test is left to the verification finding. Adult: 18 (Civil Code art. 17). Clergy (S2 art. 8(3)) and county-listed cases are not modelled.")

    static let program = Program(
        id: .singlePersonDibao, chineseTitle: "单人保（单独纳入低保）", englishTitle: "individual dibao inclusion (单人保)",
        kind: .entitlement, scope: .member, rules: [eligibility.id],
        amount: AmountFormula(
            .difference(.operand(.parameter(.dibaoStandard), Label("低保标准", "dibao standard")),
                        .operand(.measure(MeasureID("member.income.counted-monthly")), Label("本人月收入", "own monthly income")),
                        Label("单人保低保金（差额）", "individual dibao payment (difference)")),
            rounding: .halfUp, citations: [Citation(PolicyDocuments.s1, article: "第十二条")],
            note: "The difference between the standard and the member's own income, as for a one-person household [I]."),
        citations: [Citation(PolicyDocuments.s2, article: "第八条"), Citation(PolicyDocuments.s6, article: "一、（一）")])

    static let rules = [eligibility]
}
