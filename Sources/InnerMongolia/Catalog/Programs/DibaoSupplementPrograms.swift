import TieredAssistanceCore

/// Programs around dibao: 分类施保 increments, the gradual-exit period and the work rule.
enum DibaoSupplementPrograms {
    // MARK: 分类施保 (S1 art. 12(2); S2 art. 27)

    static let elderly = Condition.compare(.measure(MeasureID("member.age")), .atLeast, .parameter(.incrementElderlyAge))
    static let minor = Condition.compare(.measure(MeasureID("member.age")), .lessThan, .parameter(.incrementMinorAge))
    static let severe = Condition.isTrue(MeasureID("member.severely-disabled"))
    static let ill = Condition.isTrue(MeasureID("member.has-major-illness"))

    static let incrementEligibility = Rule(
        id: RuleID("dibao.increment.eligibility"), chineseTitle: "低保家庭中的老年人、未成年人、重度残疾人和重病患者",
        englishTitle: "an elderly, minor, severely disabled or seriously ill member of a dibao household",
        citations: [Citation(PolicyDocuments.s1, article: "第十二条第二款"), Citation(PolicyDocuments.s2, article: "第二十七条")],
        scope: .member, program: .dibaoIncrement,
        condition: .all([.tier(in: [.dibao]), .any([elderly, minor, severe, ill])]),
        note: "The categories are S1's; ages and rates are local [U] and come from parameters.")

    static func term(_ condition: Condition, _ rate: ParameterID, _ label: Label) -> AmountExpression {
        .when(condition, then: .operand(.product(.parameter(rate), .parameter(.dibaoStandard)), label),
              otherwise: .operand(Conditions.noMoney, Label("0", "0")), label)
    }

    static let terms: [AmountExpression] = [
        term(elderly, .incrementRateElderly, Label("老年人增发", "elderly increment")),
        term(minor, .incrementRateMinor, Label("未成年人增发", "minor increment")),
        term(severe, .incrementRateSevereDisability, Label("重度残疾人增发", "severe disability increment")),
        term(ill, .incrementRateMajorIllness, Label("重病患者增发", "major illness increment")),
    ]

    static let increment = Program(
        id: .dibaoIncrement, chineseTitle: "分类施保", englishTitle: "dibao increments (分类施保)",
        kind: .entitlement, scope: .member, rules: [incrementEligibility.id],
        amount: AmountFormula(
            .when(.isTrue(MeasureID("policy.increment-stacking-is-sum")),
                  then: .sum(terms, Label("各类增发之和", "sum of the increments")),
                  otherwise: .maximum(terms, Label("就高增发", "highest increment")),
                  Label("分类施保金", "increment")),
            rounding: .halfUp, citations: [Citation(PolicyDocuments.s2, article: "第二十七条")],
            note: "increment = max over qualifying categories of rate × standard, or their sum where increments stack (POLICY.md 2); rates, ages and the stacking rule are [U] for IM."),
        citations: [Citation(PolicyDocuments.s1, article: "第十二条"), Citation(PolicyDocuments.s2, article: "第二十七条")])

    // MARK: 渐退期 (S2 art. 33; S6 1(3))

    static let gradualExit = Rule(
        id: RuleID("dibao.gradual-exit.eligibility"), chineseTitle: "因就业收入超过低保标准的原低保家庭，在渐退期内",
        englishTitle: "a former dibao household whose income rose above the standard through work, within the gradual-exit period",
        citations: [Citation(PolicyDocuments.s2, article: "第三十三条"), Citation(PolicyDocuments.s6, article: "一、（三）")],
        scope: .household, program: .dibaoGradualExit,
        condition: .all([
            .not(.tier(in: [.tekun, .dibao])),
            .isTrue(MeasureID("household.was-dibao")),
            .compare(.measure(MeasureID("household.months-since-employment-income-rise")), .atLeast,
                     .labelled(.constant(Quantity(0, unit: .months)), Label("增收当月", "the month of the rise"))),
            .compare(.measure(MeasureID("household.months-since-employment-income-rise")), .lessThan,
                     .parameter(.dibaoGradualExitMaxMonths)),
        ]),
        note: "原则上不超过6个月: the period covers the completed months 0 to 5 after the rise; on the day 6 months after, it has ended. Whether the payment continues in full or reduced is [U], so the program yields a status only.")

    static let exit = Program(
        id: .dibaoGradualExit, chineseTitle: "低保渐退期", englishTitle: "dibao gradual-exit period",
        kind: .entitlement, scope: .household, rules: [gradualExit.id],
        citations: [Citation(PolicyDocuments.s2, article: "第三十三条"), Citation(PolicyDocuments.s6, article: "一、（三）")])

    // MARK: 三次拒绝就业 (S1 art. 45; S2 art. 34)

    static let workRefusal = Rule(
        id: RuleID("dibao.work-refusal.exclusion"), chineseTitle: "有劳动能力但无正当理由连续规定次数（S1：3次）拒绝介绍的工作",
        englishTitle: "able to work but refused suitable jobs the set number of times in a row (three in S1) without good reason",
        citations: [Citation(PolicyDocuments.s1, article: "第四十五条"), Citation(PolicyDocuments.s2, article: "第三十四条")],
        scope: .member, program: .dibaoWorkRefusal,
        condition: .all([.tier(in: [.dibao]), Conditions.refusedWork]),
        note: "Eligible here means the member's own share is stopped (减发或停发本人低保金); the dibao amount leaves out that share.")

    static let refusal = Program(
        id: .dibaoWorkRefusal, chineseTitle: "停发本人低保金（拒绝就业）", englishTitle: "member's dibao share stopped (refused work)",
        kind: .entitlement, scope: .member, rules: [workRefusal.id],
        citations: [Citation(PolicyDocuments.s1, article: "第四十五条")])

    static let programs = [increment, exit, refusal]
    static let rules = [incrementEligibility, gradualExit, workRefusal]
}
