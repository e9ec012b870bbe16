import TieredAssistanceCore

/// Counting income under S2 art. 13 (and S3 art. 6 for 特困).
enum IncomeCounting {
    /// Kinds always excluded from counted income for dibao, marginal and rigid-expenditure
    /// tests (S2 art. 13; the disability subsidies by inference, POLICY.md 1.2 [I]). The
    /// residents' pensions are excluded by place and period: see ``pensionExclusions``.
    static let dibaoExclusions: Set<IncomeKind> = [
        .preferentialTreatment, .familyPlanningReward, .scholarship, .reward, .socialAssistance, .disabilitySubsidy,
    ]

    /// Kinds excluded only where and while a parameter says so: the centrally set basic
    /// pension of the residents' scheme during the 14th Five-Year Plan (S2 art. 13(3)), and
    /// the IM top-up where a place excludes it (Xing'an S16 art. 14).
    static let pensionExclusions: [(kind: IncomeKind, parameter: ParameterID)] = [
        (.residentBasicPension, .excludesResidentBasicPension), (.residentPensionTopUp, .excludesResidentPensionTopUp),
    ]

    /// Kinds excluded for 特困 (S3 art. 6): the dibao exclusions plus the old-age allowance
    /// and social-insurance payouts other than pensions.
    static let tekunExclusions: Set<IncomeKind> = dibaoExclusions.union([.oldAgeAllowance, .socialInsurancePayout])

    /// Counted monthly income of the household (`members == nil`) or of some members (a
    /// short list: one member for the member measures).
    ///
    /// Where the incomes include a residents' pension, whether it is excluded is read from
    /// its parameter (``pensionExclusions``); without a value the income is not measured.
    ///
    /// Household-level incomes (no member) count only for the household. Taxes and
    /// contributions are subtracted. Wages are reduced by the employment cost where the
    /// place has an employment-cost rate (S16 art. 15).
    static func countedMonthly(_ context: MeasureContext, members: [Member.ID]?, excluding excluded: Set<IncomeKind>)
        -> MeasureOutcome
    {
        var excluded = excluded
        for (kind, parameter) in pensionExclusions where context.household.incomes.contains(where: { income in
            income.kind == kind && (members == nil || income.member.map { members?.contains($0) ?? false } ?? false)
        }) {
            switch context.parameter(parameter) {
            case .absent(let absence): return .missing([.parameter(absence)])
            case .value(let resolved): if resolved.value.choice == "yes" { excluded.insert(kind) }
            }
        }
        var (total, wagesByMember) = beforeEmploymentCost(context.household.incomes, members: members, excluding: excluded)
        if !wagesByMember.isEmpty, case .value(let rateEntry) = context.parameter(.employmentCostRate),
           let rate = rateEntry.value.rate
        {
            let base: String
            switch context.parameter(.employmentCostBase) {
            case .absent(let absence): return .missing([.parameter(absence)])
            case .value(let resolved): base = resolved.value.choice ?? ""
            }
            var minimumWage = Money.zero
            if base == "minimum-wage" {
                switch context.parameter(.minimumWage) {
                case .absent(let absence): return .missing([.parameter(absence)])
                case .value(let resolved): minimumWage = resolved.value.money ?? .zero
                }
            }
            for (_, wages) in wagesByMember {
                let basis = base == "minimum-wage" ? minimumWage : wages
                guard let cost = try? basis.multiplied(by: rate, rounding: .halfUp) else {
                    return .missing([.arithmetic(Label("就业成本数值过大", "employment cost too large"))])
                }
                total -= min(cost, wages)
            }
        }
        return .value(.money(total, periodMonths: 1))
    }

    /// The first step of ``countedMonthly(_:members:excluding:)``: the incomes of `members`
    /// (all, when `nil`; household-level incomes only then), excluded kinds left out, taxes
    /// and contributions subtracted; with each member's wages (in order of first wage) for
    /// the employment-cost step. Lists, not sets: households have a handful of members, and
    /// this runs for every member measure.
    static func beforeEmploymentCost(_ incomes: [Income], members: [Member.ID]?, excluding excluded: Set<IncomeKind>)
        -> (total: Money, wagesByMember: [(member: Member.ID, wages: Money)])
    {
        var total = Money.zero
        var wagesByMember: [(member: Member.ID, wages: Money)] = []
        for income in incomes {
            if let members {
                guard let member = income.member, members.contains(member) else { continue }
            }
            if excluded.contains(income.kind) { continue }
            switch income.kind {
            case .taxesAndContributions:
                total -= income.monthlyAmount
            case .wage:
                total += income.monthlyAmount
                if let member = income.member {
                    if let index = wagesByMember.firstIndex(where: { $0.member == member }) {
                        wagesByMember[index].wages += income.monthlyAmount
                    } else {
                        wagesByMember.append((member, income.monthlyAmount))
                    }
                }
            default:
                total += income.monthlyAmount
            }
        }
        return (total, wagesByMember)
    }
}
