import TieredAssistanceCore

/// Raises risk signals by comparing two snapshots of a household (the previous monthly
/// extract and the current one), on the current snapshot's day.
///
/// Thresholds are parameters; POLICY.md's 6,000 and 10,000 yuan come from another province
/// and are only illustrative values. A thresholded signal whose parameter has no value is
/// not raised, and the detector reports the parameter as missing.
public struct SignalDetector: Sendable {
    /// The policy book (thresholds and the dibao standard).
    public let book: PolicyBook

    /// Creates a detector.
    public init(book: PolicyBook) {
        self.book = book
    }

    /// The outcome of a comparison: the signals raised and the thresholds that were missing.
    public struct Result: Sendable {
        /// The signals raised.
        public var signals: [Signal] = []
        /// Thresholds without a value for the place and day (those signals could not be tested).
        public var missing: [ParameterAbsence] = []

        /// Creates a result.
        public init(signals: [Signal] = [], missing: [ParameterAbsence] = []) {
            self.signals = signals
            self.missing = missing
        }
    }

    /// Compares `before` (may be `nil` for a new household) and `after` on `day`.
    public func detect(before: Household?, after: Household, on day: Day) -> Result {
        detect(before: before, after: after, on: day,
               parameters: book.resolveAll(jurisdiction: after.jurisdiction, residence: after.residence, on: day))
    }

    /// ``detect(before:after:on:)`` with the parameters already resolved for `after`'s
    /// jurisdiction, residence and `day`, and optionally for `before`'s place and its `asOf`
    /// day (a monitoring run resolves once per place and day).
    public func detect(before: Household?, after: Household, on day: Day, parameters: ResolvedParameters,
                       previousParameters: ResolvedParameters? = nil) -> Result {
        var result = Result()
        func threshold(_ id: ParameterID) -> ResolvedParameter? {
            guard let resolution = parameters.resolution(of: id) else { return nil }
            switch resolution {
            case .value(let resolved): return resolved
            case .absent(let absence):
                if !result.missing.contains(absence) { result.missing.append(absence) }
                return nil
            }
        }
        let previousDay = before?.asOf

        // Medical: a new bill, the 12-month total, and its share of income.
        let newBills = after.expenses.filter { expense in
            expense.category == .medical && expense.day <= day && !(before?.expenses.contains(expense) ?? false)
                && (previousDay.map { expense.day > $0 } ?? true)
        }
        if let limit = threshold(.monitoringMedicalSingle), let amount = limit.value.money {
            for bill in newBills where bill.amount > amount {
                result.signals.append(Signal(
                    kind: .largeMedicalBill, member: bill.member, value: .money(bill.amount, periodMonths: 0),
                    threshold: .money(amount, periodMonths: 0), comparison: .greaterThan, parameter: limit,
                    detail: Label("\(bill.day) 医疗自付 \(bill.amount) 元", "out-of-pocket medical bill of \(bill.amount) yuan on \(bill.day)")))
            }
        }
        let window = DayInterval.twelveMonths(endingOn: day)
        let medical12m = after.expenses.filter { $0.category == .medical && window.contains($0.day) }.map(\.amount).sum()
        if !newBills.isEmpty, let limit = threshold(.monitoringMedical12m), let amount = limit.value.money, medical12m > amount {
            result.signals.append(Signal(
                kind: .highMedicalSpending, member: nil, value: .money(medical12m, periodMonths: 12),
                threshold: .money(amount, periodMonths: 12), comparison: .greaterThan, parameter: limit,
                detail: Label("12个月内医疗自付合计 \(medical12m) 元", "medical out-of-pocket of \(medical12m) yuan within 12 months")))
        }
        if !newBills.isEmpty, let limit = threshold(.monitoringMedicalShare), let share = limit.value.rate {
            let annual = Self.countedMonthlyIncome(after).multiplied(by: 12)
            // medical > share × annual income, compared exactly.
            if Int128(medical12m.fen) * Int128(share.denominator) > Int128(annual.fen) * Int128(share.numerator) {
                result.signals.append(Signal(
                    kind: .medicalShareOfIncome, member: nil, value: .money(medical12m, periodMonths: 12),
                    threshold: try? Quantity.ratio(share).multiplied(by: .money(annual, periodMonths: 12)),
                    comparison: .greaterThan, parameter: limit,
                    detail: Label("12个月内医疗自付 \(medical12m) 元，超过家庭年收入 \(annual) 元的 \(share.percentDescription)",
                                  "medical out-of-pocket of \(medical12m) yuan within 12 months, above \(share.percentDescription) of annual income \(annual) yuan")))
            }
        }

        // Newly certified severe disability (grade 1-2).
        for member in after.members {
            guard let certificate = member.disability, certificate.grade.rawValue <= 2 else { continue }
            let earlier = before?.members.first { $0.id == member.id }?.disability
            if earlier.map({ $0.grade.rawValue > 2 }) ?? true {
                result.signals.append(Signal(
                    kind: .newSevereDisability, member: member.id, value: nil, threshold: nil, comparison: nil, parameter: nil,
                    detail: Label("成员 \(member.id) 新认定\(certificate.category.chineseName)\(certificate.grade.rawValue)级残疾",
                                  "member \(member.id) newly certified: \(certificate.category.rawValue) grade \(certificate.grade.rawValue)")))
            }
        }

        // Deaths (flag the main earner: the member with the highest income before).
        let newEvents = after.events.filter { event in !(before?.events.contains(event) ?? false) && event.day <= day }
        let earner = before.flatMap(Self.mainEarner)
        for event in newEvents where event.kind == .death {
            let isEarner = event.member != nil && event.member == earner
            result.signals.append(Signal(
                kind: isEarner ? .mainEarnerDeath : .memberDeath, member: event.member, value: nil, threshold: nil, comparison: nil,
                parameter: nil,
                detail: Label("\(event.day) 成员 \(event.member?.rawValue ?? "—") 死亡" + (isEarner ? "（主要收入来源）" : ""),
                              "member \(event.member?.rawValue ?? "—") died on \(event.day)" + (isEarner ? " (the main earner)" : ""))))
        }

        // Lost wage income or registered unemployment.
        if let before {
            for member in after.members {
                let hadWage = before.incomes.contains { $0.member == member.id && $0.kind == .wage && !$0.monthlyAmount.isZero }
                let hasWage = after.incomes.contains { $0.member == member.id && $0.kind == .wage && !$0.monthlyAmount.isZero }
                let previous = before.members.first { $0.id == member.id }
                let newlyRegistered = member.employment == .registeredUnemployed && previous?.employment != .registeredUnemployed
                if (hadWage && !hasWage) || newlyRegistered {
                    result.signals.append(Signal(
                        kind: .lostWageIncome, member: member.id, value: nil, threshold: nil, comparison: nil, parameter: nil,
                        detail: Label("成员 \(member.id) " + (newlyRegistered ? "登记失业" : "失去工资收入"),
                                      "member \(member.id) " + (newlyRegistered ? "registered as unemployed" : "lost wage income"))))
                }
                if let previous, let was = previous.schooling, let now = member.schooling, Self.enteredHigherSchooling(from: was, to: now) {
                    result.signals.append(Signal(
                        kind: .enteredHigherSchooling, member: member.id, value: nil, threshold: nil, comparison: nil, parameter: nil,
                        detail: Label("成员 \(member.id) 升入\(now == .seniorSecondary || now == .secondaryVocational ? "高中阶段" : "大学")",
                                      "member \(member.id) entered \(now.rawValue)")))
                }
            }
            for event in newEvents where event.kind == .unemployment {
                if !result.signals.contains(where: { $0.kind == .lostWageIncome && $0.member == event.member }) {
                    result.signals.append(Signal(
                        kind: .lostWageIncome, member: event.member, value: nil, threshold: nil, comparison: nil, parameter: nil,
                        detail: Label("\(event.day) 失业", "unemployment on \(event.day)")))
                }
            }
            // Income drop of at least a set share.
            let incomeBefore = Self.countedMonthlyIncome(before)
            let incomeAfter = Self.countedMonthlyIncome(after)
            if incomeBefore > .zero, let limit = threshold(.monitoringIncomeDrop), let share = limit.value.rate {
                let drop = incomeBefore - incomeAfter
                // drop >= share × before, compared exactly.
                if Int128(drop.fen) * Int128(share.denominator) >= Int128(incomeBefore.fen) * Int128(share.numerator) {
                    result.signals.append(Signal(
                        kind: .incomeDrop, member: nil, value: .money(drop, periodMonths: 1),
                        threshold: try? Quantity.ratio(share).multiplied(by: .money(incomeBefore, periodMonths: 1)),
                        comparison: .atLeast, parameter: limit,
                        detail: Label("家庭月收入由 \(incomeBefore) 元降至 \(incomeAfter) 元", "monthly income fell from \(incomeBefore) to \(incomeAfter) yuan")))
                }
            }
        }

        // Disasters.
        for event in newEvents where event.kind == .disaster {
            result.signals.append(Signal(kind: .disaster, member: event.member, value: nil, threshold: nil, comparison: nil, parameter: nil,
                                         detail: Label("\(event.day) 遭受自然灾害", "disaster on \(event.day)")))
        }

        // Newly below the marginal multiple of the dibao standard.
        if let before, let previousDay = before.asOf ?? previousDay {
            let now = belowMarginalLine(after, on: day, parameters: parameters)
            let samePlace = before.jurisdiction == after.jurisdiction && before.residence == after.residence && previousDay == day
            let given = previousParameters.flatMap { resolved in
                resolved.jurisdiction == before.jurisdiction && resolved.residence == before.residence && resolved.day == previousDay
                    ? resolved : nil
            }
            let then = belowMarginalLine(before, on: previousDay, parameters: samePlace ? parameters : given)
            if now == true && then == false {
                result.signals.append(Signal(kind: .newlyBelowMarginalLine, member: nil, value: nil, threshold: nil, comparison: nil,
                                             parameter: threshold(.marginalIncomeMultiple),
                                             detail: Label("人均收入新低于低保边缘倍数 × 低保标准", "income per person newly below the marginal multiple × the dibao standard")))
            }
        }
        return result
    }

    /// Whether income per person is below the marginal multiple of the standard, counted
    /// exactly as the marginal income test counts it (exclusions, taxes, employment cost);
    /// `nil` when a fact or parameter is missing.
    func belowMarginalLine(_ household: Household, on day: Day, parameters resolved: ResolvedParameters? = nil) -> Bool? {
        let parameters = resolved ?? book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
        guard let standard = parameters.resolution(of: .dibaoStandard)?.resolved,
              let multiple = parameters.resolution(of: .marginalIncomeMultiple)?.resolved?.value.rate,
              !household.members.isEmpty
        else { return nil }
        let context = MeasureContext(household: household, day: day, parameters: parameters)
        guard case .value(let income) = IncomeCounting.countedMonthly(context, members: nil, excluding: IncomeCounting.dibaoExclusions)
        else { return nil }
        let perPerson = Quantity(income.numerator, over: income.denominator * Int128(household.members.count), unit: income.unit)
        guard let line = try? Quantity.ratio(multiple).multiplied(by: standard.entry.quantity),
              let order = try? perPerson.compare(to: line)
        else { return nil }
        return order < 0
    }

    /// Counted monthly income with the dibao exclusions and taxes subtracted, before the
    /// employment-cost deduction: a screening figure for the income-drop and medical-share
    /// signals, not a decision.
    static func countedMonthlyIncome(_ household: Household) -> Money {
        IncomeCounting.beforeEmploymentCost(household.incomes, members: nil, excluding: IncomeCounting.dibaoExclusions).total
    }

    /// The member with the highest counted income, if anyone has income.
    static func mainEarner(_ household: Household) -> Member.ID? {
        var best: (Member.ID, Money)?
        for member in household.members {
            let income = household.incomes.filter { $0.member == member.id && !IncomeCounting.dibaoExclusions.contains($0.kind)
                && $0.kind != .taxesAndContributions }.map(\.monthlyAmount).sum()
            if income > .zero, income > (best?.1 ?? .zero) { best = (member.id, income) }
        }
        return best?.0
    }

    static func enteredHigherSchooling(from was: SchoolingLevel, to now: SchoolingLevel) -> Bool {
        let upperSecondary: Set<SchoolingLevel> = [.seniorSecondary, .secondaryVocational]
        let college: Set<SchoolingLevel> = [.college, .bachelor]
        return (upperSecondary.contains(now) && !upperSecondary.contains(was) && !college.contains(was))
            || (college.contains(now) && !college.contains(was))
    }
}
