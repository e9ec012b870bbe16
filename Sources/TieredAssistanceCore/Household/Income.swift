/// One income of a household member (家庭收入, S2 art. 13), as an average monthly amount
/// over the income-assessment period.
///
/// The province sets the assessment period (6 or 12 months is typical; not found for Inner
/// Mongolia, POLICY.md 1.2). The data source averages the period into ``monthlyAmount``.
public struct Income: Sendable, Hashable {
    /// The member who receives it, or `nil` for income of the household as a whole (for
    /// example rent from a jointly owned home).
    public var member: Member.ID?
    /// What kind of income it is, which decides whether rules count, exclude or deduct it.
    public var kind: IncomeKind
    /// The average monthly amount, net of the costs the kind already nets out (net
    /// business income, net property income). Never negative.
    public var monthlyAmount: Money

    /// Creates an income record.
    public init(member: Member.ID?, kind: IncomeKind, monthlyAmount: Money) {
        self.member = member
        self.kind = kind
        self.monthlyAmount = monthlyAmount
    }
}

/// Kinds of income. S2 art. 13 counts four components, excludes some kinds, and nets out
/// taxes and contributions; 特困 (S3 art. 6) excludes more. The kind keeps each of these
/// distinguishable; the rules decide what counts.
public enum IncomeKind: String, Sendable, Hashable, CaseIterable {
    // MARK: Counted components
    /// Wages and salaries (工资性收入), before the employment-cost deduction.
    case wage
    /// Net business income (经营净收入), including farming and herding.
    case business
    /// Net property income (财产净收入): rent, interest, dividends.
    case property
    /// Pension from employee or other social pension insurance (养老金), a transfer.
    case pension
    /// Support payments from obligors (赡养费、扶养费、抚养费), a transfer.
    case supportPayment = "support-payment"
    /// Unemployment insurance benefit (失业保险金), a transfer.
    case unemploymentBenefit = "unemployment-benefit"
    /// Survivor benefits (遗属补助), a transfer.
    case survivorBenefit = "survivor-benefit"
    /// Compensation and gifts (赔偿、赠与), a transfer.
    case compensation
    /// Other transfer income (其他转移性收入).
    case otherTransfer = "other-transfer"

    // MARK: Deducted
    /// Personal income tax and social-insurance contributions paid (缴纳的税费和社会保障
    /// 支出): deducted from income (S2 art. 13).
    case taxesAndContributions = "taxes-and-contributions"

    // MARK: Excluded by S2 art. 13
    /// Preferential-treatment and pension payments for entitled groups (优待抚恤金).
    case preferentialTreatment = "preferential-treatment"
    /// Family-planning rewards and support (计划生育奖励与扶助金).
    case familyPlanningReward = "family-planning-reward"
    /// Scholarships (奖学金).
    case scholarship
    /// Rewards for acts of valour and other reward-type payments (见义勇为等奖励性补助).
    case reward
    /// Government social-assistance cash and goods (社会救助款物).
    case socialAssistance = "social-assistance"
    /// The basic pension of the urban-rural residents' scheme (城乡居民基本养老保险基础养老金),
    /// excluded during the 14th Five-Year Plan.
    case residentBasicPension = "resident-basic-pension"
    /// A region's top-up to the residents' basic pension (地方加发的基础养老金), excluded in
    /// Xing'an (S16 art. 14).
    case residentPensionTopUp = "resident-pension-top-up"
    /// The two disability subsidies (残疾人两项补贴): excluded by inference (POLICY.md 1.2 [I]).
    case disabilitySubsidy = "disability-subsidy"

    // MARK: Excluded for 特困 only (S3 art. 6)
    /// The old-age allowance (高龄津贴).
    case oldAgeAllowance = "old-age-allowance"
    /// Basic medical insurance and other social-insurance payouts other than pensions
    /// (基本医疗保险等社会保险).
    case socialInsurancePayout = "social-insurance-payout"
}
