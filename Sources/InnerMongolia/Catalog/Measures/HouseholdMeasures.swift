import TieredAssistanceCore

/// Measures of the household as a whole: size, residence, counted income, assets.
enum HouseholdMeasures {
    /// The outcome when `assets` is not recorded (made once: measures run for every household).
    static let missingAssets = MeasureOutcome.missing([.field("assets", reason: Label("家庭财产未申报", "assets were not reported"))])

    static let size = Measure(
        id: MeasureID("household.size"), chineseTitle: "家庭人数", englishTitle: "household size", scope: .household, unit: .count,
        definition: "The number of members (共同生活的家庭成员, S2 art. 7) in the household record."
    ) { context in
        .value(.count(context.household.members.count))
    }

    static let isUrban = Measure(
        id: MeasureID("household.is-urban"), chineseTitle: "城镇户籍", englishTitle: "urban residence", scope: .household, unit: .flag,
        definition: "Whether the household's residence is urban (城镇)."
    ) { context in
        .value(.flag(context.household.residence == .urban))
    }

    /// Counted monthly income (S2 art. 13).
    static let countedMonthlyIncome = Measure(
        id: MeasureID("income.counted-monthly"), chineseTitle: "家庭月收入", englishTitle: "counted monthly household income",
        scope: .household, unit: .moneyPerMonth,
        definition: """
            S2 art. 13: wages, net business income, net property income and transfers (pensions, support \
            payments, unemployment and survivor benefits, compensation, other transfers), minus taxes and \
            social-insurance contributions paid. Excluded: preferential-treatment payments, family-planning \
            rewards, scholarships, rewards, social-assistance payments and the disability subsidies ([I], \
            POLICY.md 1.2); the residents' basic pension where and while income.excludes.resident-basic-pension \
            is yes (S2 art. 13(3): the 14th Five-Year Plan) and its local top-up where \
            income.excludes.resident-pension-top-up is yes (Xing'an S16 art. 14). Where income.employment-cost.rate \
            has a value, each member's wages are reduced by the employment cost (S16 art. 15): the rate times \
            the wages or times the minimum wage, as income.employment-cost.base says, at most the wages. The \
            deduction for disability or illness spending (S2 art. 13, "may") is not modelled.
            """,
        parameters: [.employmentCostRate, .employmentCostBase, .minimumWage, .excludesResidentBasicPension,
                     .excludesResidentPensionTopUp]
    ) { context in
        IncomeCounting.countedMonthly(context, members: nil, excluding: IncomeCounting.dibaoExclusions)
    }

    static let countedMonthlyIncomePerPerson = Measure(
        id: MeasureID("income.counted-monthly-per-person"), chineseTitle: "人均月收入", englishTitle: "counted monthly income per person",
        scope: .household, unit: .moneyPerMonth,
        definition: "income.counted-monthly divided by household.size, kept as an exact fraction (never rounded before comparing)."
    ) { context in
        switch IncomeCounting.countedMonthly(context, members: nil, excluding: IncomeCounting.dibaoExclusions) {
        case .value(let income):
            return .value(Quantity(income.numerator, over: income.denominator * Int128(context.household.members.count),
                                   unit: .moneyPerMonth).reduced())
        case .missing(let items), .range(_, let items):
            // Counted income is never a range today; were it one, per person it stays unbounded.
            return .missing(items)
        }
    }

    static let countedAnnualIncome = Measure(
        id: MeasureID("income.counted-annual"), chineseTitle: "家庭年收入", englishTitle: "counted annual household income",
        scope: .household, unit: .moneyPerYear,
        definition: "income.counted-monthly × 12: the household total income of the rigid-expenditure share tests (S4 art. 4; S10)."
    ) { context in
        switch IncomeCounting.countedMonthly(context, members: nil, excluding: IncomeCounting.dibaoExclusions) {
        case .value(let income):
            return .value(Quantity(income.numerator * 12, over: income.denominator, unit: .moneyPerYear))
        case .missing(let items), .range(_, let items):
            // Counted income is never a range today; were it one, per person it stays unbounded.
            return .missing(items)
        }
    }

    static let countedAnnualIncomePerPerson = Measure(
        id: MeasureID("income.counted-annual-per-person"), chineseTitle: "人均年收入", englishTitle: "counted annual income per person",
        scope: .household, unit: .moneyPerYear,
        definition: "income.counted-monthly × 12 divided by household.size, exactly: compared with yearly per-person figures such as the prior-year disposable income (S4 art. 4)."
    ) { context in
        switch IncomeCounting.countedMonthly(context, members: nil, excluding: IncomeCounting.dibaoExclusions) {
        case .value(let income):
            return .value(Quantity(income.numerator * 12, over: income.denominator * Int128(context.household.members.count),
                                   unit: .moneyPerYear).reduced())
        case .missing(let items), .range(_, let items):
            // Counted income is never a range today; were it one, per person it stays unbounded.
            return .missing(items)
        }
    }

    static let financialAssetsPerPerson = Measure(
        id: MeasureID("assets.financial-per-person"), chineseTitle: "人均金融资产", englishTitle: "financial assets per person",
        scope: .household, unit: .moneySum,
        definition: "The household's financial assets (S2 art. 14) divided by household.size, exactly. Missing when assets were not reported."
    ) { context in
        guard let assets = context.household.assets else {
            return missingAssets
        }
        return .value(Quantity(Int128(assets.financialTotal.fen), over: Int128(context.household.members.count),
                               unit: .moneySum).reduced())
    }

    /// Whether the verification centre checked the household for `tier`.
    static func hasVerification(_ tier: AssetCheckTier, id: MeasureID, chinese: String, english: String) -> Measure {
        Measure(id: id, chineseTitle: chinese, englishTitle: english, scope: .household, unit: .flag,
                definition: "Whether the household carries a verification-centre finding (核对结论) for the \(tier.rawValue) asset rules, dated on or before the evaluation day (POLICY.md 1.3 [I])."
        ) { context in
            guard let verification = context.household.assets?.verification else { return .value(.flag(false)) }
            return .value(.flag(verification.checkedFor == tier && verification.verifiedOn <= context.day))
        }
    }

    /// Whether that finding is "compliant".
    static func verifiedCompliant(_ tier: AssetCheckTier, id: MeasureID, chinese: String, english: String) -> Measure {
        Measure(id: id, chineseTitle: chinese, englishTitle: english, scope: .household, unit: .flag,
                definition: "Whether the verification-centre finding for the \(tier.rawValue) asset rules is compliant (符合)."
        ) { context in
            guard let verification = context.household.assets?.verification, verification.checkedFor == tier,
                  verification.verifiedOn <= context.day
            else { return .value(.flag(false)) }
            return .value(.flag(verification.finding == .compliant))
        }
    }

    static let dibaoVerified = hasVerification(.dibao, id: MeasureID("assets.verified.dibao"), chinese: "已有低保资产核对结论",
                                               english: "assets verified for dibao")
    static let dibaoCompliant = verifiedCompliant(.dibao, id: MeasureID("assets.compliant.dibao"), chinese: "低保资产核对结论为符合",
                                                  english: "assets verified within the dibao limits")
    static let marginalVerified = hasVerification(.marginal, id: MeasureID("assets.verified.marginal"), chinese: "已有低保边缘资产核对结论",
                                                  english: "assets verified for marginal status")
    static let marginalCompliant = verifiedCompliant(.marginal, id: MeasureID("assets.compliant.marginal"),
                                                     chinese: "低保边缘资产核对结论为符合",
                                                     english: "assets verified within the marginal limits")
    static let rigidVerified = hasVerification(.rigidExpenditure, id: MeasureID("assets.verified.rigid"),
                                               chinese: "已有刚性支出困难资产核对结论",
                                               english: "assets verified for rigid-expenditure hardship")
    static let rigidCompliant = verifiedCompliant(.rigidExpenditure, id: MeasureID("assets.compliant.rigid"),
                                                  chinese: "刚性支出困难资产核对结论为符合",
                                                  english: "assets verified within the rigid-expenditure limits")
    static let tekunVerified = hasVerification(.extremePoverty, id: MeasureID("assets.verified.tekun"), chinese: "已有特困资产核对结论",
                                               english: "assets verified for 特困")
    static let tekunCompliant = verifiedCompliant(.extremePoverty, id: MeasureID("assets.compliant.tekun"),
                                                  chinese: "特困资产核对结论为符合", english: "assets verified within the 特困 limits")

    static let all: [Measure] = [
        size, isUrban, countedMonthlyIncome, countedMonthlyIncomePerPerson, countedAnnualIncome, countedAnnualIncomePerPerson,
        financialAssetsPerPerson,
        dibaoVerified, dibaoCompliant, marginalVerified, marginalCompliant, rigidVerified, rigidCompliant,
        tekunVerified, tekunCompliant,
    ]
}
