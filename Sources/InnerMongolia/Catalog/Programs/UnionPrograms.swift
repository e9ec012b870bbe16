import TieredAssistanceCore

/// 工会困难职工 (trade-union hardship workers): the 2016 filing standard (S23), the deep /
/// relative / accident tiers (S22, Qingdao [S-loc]: their thresholds resolve only where a
/// book gives them), aid amounts (S24 [S-loc]), the file lifecycle, and — as a calculator —
/// the IM medical mutual aid (S21).
enum UnionPrograms {
    static let worker = Condition.isTrue(MeasureID("union.eligible-worker"))

    static let filingWorker = Rule(
        id: RuleID("union.filing.worker"), chineseTitle: "工会会员职工（农民工需就业满1年）",
        englishTitle: "a union member (migrant workers employed for a year)",
        citations: [Citation(PolicyDocuments.s23)], scope: .household, program: .unionFiling, condition: worker)

    static let filingHardship = Rule(
        id: RuleID("union.filing.hardship"), chineseTitle: "符合困难职工建档条件之一", englishTitle: "meets one of the filing criteria",
        citations: [Citation(PolicyDocuments.s23, article: "第1至4项")], scope: .household, program: .unionFiling,
        condition: .any([
            .labelled(.all([
                .compare(.measure(MeasureID("union.months-below-standard")), .atLeast, .parameter(.unionFilingMonthsBelow)),
                .not(Conditions.receiving([.tekun, .dibao])),
            ]), Label("连续规定月数人均收入低于低保标准且未享受政府救助", "below the dibao standard for the set number of months without government aid")),
            .labelled(Conditions.receiving([.dibao, .tekun]), Label("享受政府救助后仍低于低保标准", "below the standard even with government aid")),
            .labelled(.all([
                Conditions.compare(MeasureID("income.counted-monthly-per-person"), .atMost,
                                   .product(.parameter(.unionFilingMarginalMultiple), .parameter(.dibaoStandard))),
                .anyMember(.any([.isTrue(MeasureID("member.has-major-illness")), .isTrue(MeasureID("member.severely-disabled")), .isTrue(MeasureID("member.in-school"))])),
            ]), Label("略高于低保标准但因病、因学、因残致困", "slightly above the standard with illness, schooling or disability")),
            .labelled(.all([
                Conditions.compare(MeasureID("income.counted-monthly-per-person"), .atMost,
                                   .product(.parameter(.unionFilingSuddenEventMultiple), .parameter(.dibaoStandard))),
                .isTrue(MeasureID("household.sudden-event-12m")),
            ]), Label("不超过低保标准的规定倍数且遭遇突发事件、意外或重大疾病", "up to the set multiple of the standard and hit by a sudden event")),
        ]),
        note: "Item 3 reads \"slightly above (up to 1.5×)\" as at most the multiple (不高于), like item 4's ≤ 3×; its single-parent and similar hardships are not modelled. Items 1 and 2 (with no government aid; below the standard even after aid) read receiving dibao or 特困 support: the status on record where statuses are recorded, the fresh tier otherwise [I]. Exclusions (2+ homes, a shop or employees, private or overseas schooling, a car for non-work use) are left to the union's review.")

    static let filing = Program(
        id: .unionFiling, chineseTitle: "困难职工建档", englishTitle: "union hardship-worker filing", kind: .entitlement,
        scope: .household, rules: [filingWorker.id, filingHardship.id], citations: [Citation(PolicyDocuments.s23)])

    /// The three union tiers are defined only where a book says the place uses them
    /// (union.hardship-tiers): Qingdao's text [S-loc]; the national and IM texts were not
    /// found [U], so in IM the tiers are undetermined until a policy file decides.
    static let tiersDefined = Condition.labelled(.isTrue(MeasureID("policy.union-hardship-tiers")),
                                                 Label("当地实行深度、相对、意外致困三类困难职工划分", "the place uses the deep / relative / accident tiers"))

    static func tierRule(_ id: RuleID, _ program: ProgramID, _ chinese: String, _ english: String, _ condition: Condition) -> Rule {
        Rule(id: id, chineseTitle: chinese, englishTitle: english, citations: [Citation(PolicyDocuments.s22)], scope: .household,
             program: program, condition: .all([worker, tiersDefined, condition]),
             note: "Qingdao's tiers [S-loc]; the national 2020s text was not found [U]. The tiers apply only where union.hardship-tiers has a value (Qingdao in the built-in book), and their multiples resolve only where a book gives them.")
    }

    /// Whether the place uses the three union tiers.
    static let hardshipTiers = Measure(
        id: MeasureID("policy.union-hardship-tiers"), chineseTitle: "实行三类困难职工划分", englishTitle: "the place uses the three union tiers",
        scope: .household, unit: .flag,
        definition: "Whether union.hardship-tiers is `deep-relative-accident` where the household lives (Qingdao S22 [S-loc]; national and IM texts [U]).",
        parameters: [.unionHardshipTiers]
    ) { context in
        switch context.parameter(.unionHardshipTiers) {
        case .absent(let absence): return .missing([.parameter(absence)])
        case .value(let resolved): return .value(.flag(resolved.value.choice == "deep-relative-accident"))
        }
    }

    /// Qingdao's accident branch: injured, disabled or killed in a disaster, a safety
    /// accident, an epidemic or a public-security event (illness counts only through the
    /// cost test).
    static let accidentEvent = Measure(
        id: MeasureID("union.accident-event-12m"), chineseTitle: "12个月内因灾害、安全事故等意外事件致困",
        englishTitle: "hit by a disaster, safety accident or similar event within 12 months", scope: .household, unit: .flag,
        definition: "A disaster, accident, traffic accident or fire dated within the 12 months up to the evaluation day (S22: 因自然灾害、安全事故、公共卫生事件、社会安全事件等; epidemics and public-security events are not recorded event kinds). A sudden major illness does not count here: under S22 illness counts through the hardship-cost share."
    ) { context in
        let window = DayInterval.twelveMonths(endingOn: context.day)
        let kinds: Set<LifeEventKind> = [.disaster, .accident, .trafficAccident, .fire]
        return .value(.flag(context.household.events.contains { kinds.contains($0.kind) && window.contains($0.day) }))
    }

    static let deepRule = tierRule(RuleID("union.deep.income"), .unionDeep, "扣除刚性支出后人均收入低于低保标准（或其规定倍数）",
                                   "income per person after hardship costs below the dibao standard (or its set multiple)",
                                   Conditions.compare(MeasureID("union.net-income-per-person"), .lessThan,
                                                      .product(.parameter(.unionDeepMultiple), .parameter(.dibaoStandard))))

    static let relativeRule = tierRule(RuleID("union.relative.income"), .unionRelative, "扣除刚性支出后人均收入低于低保标准的规定倍数（非深度困难）",
                                       "income per person after hardship costs below the relative multiple of the standard (not deep hardship)",
                                       .all([
                                           .program(.unionDeep, is: .notEligible),
                                           Conditions.compare(MeasureID("union.net-income-per-person"), .lessThan,
                                                              .product(.parameter(.unionRelativeMultiple), .parameter(.dibaoStandard))),
                                       ]))

    static let accidentRule = tierRule(RuleID("union.accident.cause"), .unionAccident, "因灾害、安全事故等意外事件致困，或因意外、重大疾病的困难支出超过家庭年收入的规定比例",
                                       "hardship from a disaster, safety accident or similar event, or accident and illness costs above the set share of income",
                                       .any([
                                           .isTrue(MeasureID("union.accident-event-12m")),
                                           Conditions.compare(MeasureID("union.hardship-costs"), .greaterThan,
                                                              .product(.parameter(.unionAccidentCostShare), .measure(MeasureID("union.disposable-income")))),
                                       ]))

    static func aid(_ months: ParameterID, _ label: Label) -> AmountFormula {
        AmountFormula(.operand(.product(.parameter(months), .parameter(.dibaoStandard)), label), period: .oneOff, rounding: .halfUp,
                      citations: [Citation(PolicyDocuments.s24)], note: "Yearly living aid in months of the monthly dibao standard (S24 [S-loc]); IM [U].")
    }

    static let deep = Program(id: .unionDeep, chineseTitle: "深度困难职工", englishTitle: "union deep hardship", kind: .entitlement,
                              scope: .household, rules: [deepRule.id],
                              amount: aid(.unionAidDeepMonths, Label("深度困难生活救助（年）", "deep hardship living aid (a year)")),
                              citations: [Citation(PolicyDocuments.s22)])
    static let relative = Program(id: .unionRelative, chineseTitle: "相对困难职工", englishTitle: "union relative hardship",
                                  kind: .entitlement, scope: .household, rules: [relativeRule.id],
                                  amount: aid(.unionAidRelativeMonths, Label("相对困难生活救助（年）", "relative hardship living aid (a year)")),
                                  citations: [Citation(PolicyDocuments.s22)])
    static let accident = Program(
        id: .unionAccident, chineseTitle: "意外致困职工", englishTitle: "union accident hardship", kind: .entitlement,
        scope: .household, rules: [accidentRule.id],
        amount: AmountFormula(.minimum([
            .operand(.product(.parameter(.unionAidAccidentShare), .measure(MeasureID("union.hardship-costs"))), Label("困难支出 × 比例", "costs × share")),
            .operand(.parameter(.unionAidAccidentCap), Label("上限", "cap")),
        ], Label("意外致困救助", "accident aid")), period: .oneOff, rounding: .halfUp, citations: [Citation(PolicyDocuments.s24)],
        note: "15% of the hardship costs up to 10,000 yuan in one province (S24 [S-loc]); IM [U]."),
        citations: [Citation(PolicyDocuments.s22)])

    static let reviewRule = Rule(
        id: RuleID("union.file-review.due"), chineseTitle: "档案已满年度复核周期", englishTitle: "the yearly review is due",
        citations: [Citation(PolicyDocuments.s23)], scope: .household, program: .unionReview,
        condition: .all([
            .isTrue(MeasureID("union.file-filed")),
            .compare(.measure(MeasureID("union.months-since-review")), .atLeast, .parameter(.unionReviewIntervalMonths)),
        ]))

    static let review = Program(id: .unionReview, chineseTitle: "困难职工档案年度复核", englishTitle: "union file review due",
                                kind: .entitlement, scope: .household, rules: [reviewRule.id], citations: [Citation(PolicyDocuments.s23)])

    static let exitRule = Rule(
        id: RuleID("union.file-exit.no-longer-qualifies"), chineseTitle: "已建档但不再符合建档条件（解困脱档）",
        englishTitle: "filed but no longer meets the filing criteria (exit)",
        citations: [Citation(PolicyDocuments.s23), Citation(PolicyDocuments.s25)], scope: .household, program: .unionExit,
        condition: .all([.isTrue(MeasureID("union.file-filed")), .program(.unionFiling, is: .notEligible)]),
        note: "IM also follows exited households under a gradual-exit period (S25); its rules are [U].")

    static let exit = Program(id: .unionExit, chineseTitle: "困难职工解困脱档", englishTitle: "union file exit", kind: .entitlement,
                              scope: .household, rules: [exitRule.id], citations: [Citation(PolicyDocuments.s23)])

    static let programs = [filing, deep, relative, accident, review, exit]
    static let rules = [filingWorker, filingHardship, deepRule, relativeRule, accidentRule, reviewRule, exitRule]
}
