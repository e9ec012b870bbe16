import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

private let detector = SignalDetector(book: Fixture.illustrativeBook)
private let builder = AssistanceChainBuilder(evaluator: Fixture.illustrativeEvaluator)
private let day = Fixture.day

/// The previous month's snapshot of a household.
private func snapshot(_ household: Household, asOf: String) -> Household {
    var copy = household
    copy.asOf = day(asOf)
    return copy
}

private func kinds(before: Household?, after: Household) -> [SignalKind] {
    detector.detect(before: before, after: after, on: Fixture.evaluationDay).signals.map(\.kind)
}

@Suite("Monitoring signals at their thresholds (illustrative thresholds)")
struct SignalTests {
    private let base = snapshot(Fixture.household(size: 3, income: Money(yuan: 3000)), asOf: "2024-09-01")

    private func withBill(_ amount: Money) -> Household {
        var after = base
        after.asOf = Fixture.evaluationDay
        after.expenses = [Expense(member: Member.ID("m1"), category: .medical, day: day("2024-09-15"), amount: amount)]
        return after
    }

    @Test("A single bill above 6,000.00 raises large-medical-bill; exactly 6,000.00 does not",
          arguments: [(Money(fen: 600_000), false), (Money(fen: 600_001), true), (Money(fen: 599_999), false)])
    func singleBill(amount: Money, raised: Bool) {
        #expect(kinds(before: base, after: withBill(amount)).contains(.largeMedicalBill) == raised)
    }

    @Test("12-month medical spending above 10,000.00 raises high-medical-spending",
          arguments: [(Money(fen: 1_000_000), false), (Money(fen: 1_000_001), true)])
    func twelveMonths(amount: Money, raised: Bool) {
        #expect(kinds(before: base, after: withBill(amount)).contains(.highMedicalSpending) == raised)
    }

    @Test("Medical spending above 30 % of annual income (3,000 × 12 × 30 % = 10,800.00) raises medical-share-of-income",
          arguments: [(Money(fen: 1_080_000), false), (Money(fen: 1_080_001), true)])
    func share(amount: Money, raised: Bool) {
        #expect(kinds(before: base, after: withBill(amount)).contains(.medicalShareOfIncome) == raised)
    }

    @Test("An income drop of at least 30 % raises income-drop: 3,000.00 → 2,100.00 does, 2,100.01 does not",
          arguments: [(Money(fen: 210_000), true), (Money(fen: 210_001), false), (Money(fen: 209_999), true)])
    func incomeDrop(after amount: Money, raised: Bool) {
        var after = base
        after.asOf = Fixture.evaluationDay
        after.incomes = [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: amount)]
        #expect(kinds(before: base, after: after).contains(.incomeDrop) == raised)
    }

    @Test("Income per person newly below 1.5 × 829: 3,730.50 for three is not below, 3,730.49 is",
          arguments: [(Money(fen: 373_050), false), (Money(fen: 373_049), true)])
    func marginalLine(after amount: Money, raised: Bool) {
        var before = base
        before.incomes = [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: Money(yuan: 4000))]
        var after = base
        after.asOf = Fixture.evaluationDay
        after.incomes = [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: amount)]
        #expect(kinds(before: before, after: after).contains(.newlyBelowMarginalLine) == raised)
    }

    @Test("The marginal-line signal counts income exactly as the marginal income test does (Xing'an's 10% employment cost)")
    func marginalLineMatchesTheRule() throws {
        // 2025-06-01 in Ulanhot: an illustrative 829.00 standard and wage-based employment cost.
        let extra = try PolicyFileLoader.load("""
            {"version":1,"title":"test","values":[
             {"parameter":"dibao.standard","jurisdiction":"152201","residence":"urban","effective":"2025-01-01","value":829,"unit":"yuan-per-person-per-month","status":"illustrative"},
             {"parameter":"income.employment-cost.base","jurisdiction":"152200","effective":"2025-05-19","value":"employment-income","unit":"choice","status":"illustrative"}]}
            """, name: "test", catalog: .standard)
        let book = try Fixture.illustrativeBook.adding(extra)
        let detector = SignalDetector(book: book)
        let evaluator = try Evaluator(catalog: .innerMongolia, book: book)
        let on = day("2025-06-01")
        var checked = 0
        // 1.5 × 829 × 3 = 3,730.50 after the 10% deduction: wages of 4,145.00 give 3,730.50.
        for fen in [414_499, 414_500, 414_501, 414_444, 373_049, 500_000] as [Int64] {
            var household = Fixture.household(size: 3, income: Money(fen: fen))
            household.asOf = on
            let rule = try #require(evaluator.evaluate(household, on: on).determination(.marginal)?.rules
                .first { $0.rule.id == "marginal.income-test" })
            let below = try #require(detector.belowMarginalLine(household, on: on) as Bool?)
            #expect(below == (rule.truth == .yes), "wages \(Money(fen: fen))")
            checked += 1
        }
        #expect(checked == 6)
    }

    @Test("Event and status signals: grade-2 certification, death of the main earner, registered unemployment, senior high, disaster")
    func eventSignals() {
        var after = base
        after.asOf = Fixture.evaluationDay
        after.members[1].disability = DisabilityCertificate(category: .physical, grade: .two, certifiedOn: day("2024-09-10"))
        after.members[2].employment = .registeredUnemployed
        after.events = [LifeEvent(kind: .death, day: day("2024-09-20"), member: Member.ID("m1")),
                        LifeEvent(kind: .disaster, day: day("2024-09-05"))]
        var before = base
        before.members[0].schooling = .juniorSecondary
        after.members[0].schooling = .seniorSecondary
        let raised = Set(kinds(before: before, after: after))
        #expect(raised.isSuperset(of: [.newSevereDisability, .mainEarnerDeath, .lostWageIncome, .enteredHigherSchooling, .disaster]))
        // A grade-3 certificate is not severe enough to signal.
        var mild = base
        mild.members[1].disability = DisabilityCertificate(category: .physical, grade: .three)
        #expect(!kinds(before: base, after: mild).contains(.newSevereDisability))
    }

    @Test("Without threshold values the thresholded signals are not raised and the missing parameters are named")
    func missingThresholds() {
        var after = base
        after.expenses = [Expense(member: Member.ID("m1"), category: .medical, day: day("2024-09-15"), amount: Money(yuan: 50_000))]
        let result = SignalDetector(book: InnerMongoliaBook.book).detect(before: base, after: after, on: Fixture.evaluationDay)
        #expect(!result.signals.contains { $0.kind == .largeMedicalBill })
        #expect(result.missing.contains { $0.parameter == .monitoringMedicalSingle })
    }
}

@Suite("Assistance chains")
struct ChainTests {
    @Test("Each signal gives a chain with its departments, programs and rule ids, ending with the home visit",
          arguments: SignalKind.allCases)
    func chainForEachSignal(kind: SignalKind) throws {
        let household = Fixture.household(size: 3, income: Money(yuan: 1500))
        let signal = Signal(kind: kind, member: nil, value: nil, threshold: nil, comparison: nil, parameter: nil, detail: Label("x", "x"))
        let chain = try builder.chain(for: household, on: Fixture.evaluationDay, detection: SignalDetector.Result(signals: [signal], missing: []))
        #expect(chain.steps.last?.isHomeVisit == true)
        #expect(chain.steps.count >= 2)
        let departments = chain.steps.compactMap(\.department)
        #expect(departments == departments.sorted())
        let expected = Set(AssistanceChainBuilder.programs(for: kind).map(AssistanceChainBuilder.department(for:)))
        #expect(expected.isSubset(of: Set(departments)))
        for step in chain.steps where !step.isHomeVisit {
            #expect(step.reasons == [kind])
            #expect(step.programs.allSatisfy { !$0.rules.isEmpty } || step.programs.isEmpty)
        }
    }

    @Test("Union cross-check: deep union hardship but not dibao refers to civil affairs; a dibao household with a union member refers to the union")
    func unionCrossCheck() throws {
        var deep = Fixture.household(size: 3, income: Money(yuan: 3000))
        deep.unionWorker = UnionWorkerRecord(member: Member.ID("m1"), isUnionMember: true, isMigrantWorker: false, fileStatus: .filed,
                                             filedOn: day("2024-01-01"), annualDisposableIncome: Money(yuan: 30_000),
                                             annualHardshipCosts: Money(yuan: 10_000))
        let first = try builder.chain(for: deep, on: Fixture.evaluationDay, detection: SignalDetector.Result())
        #expect(first.steps.contains { $0.department == .civilAffairs && $0.note?.english.contains("refer to civil affairs") == true })
        var dibao = Fixture.household(size: 3, income: Money(yuan: 1000))
        dibao.unionWorker = UnionWorkerRecord(member: Member.ID("m1"), isUnionMember: true, isMigrantWorker: false, fileStatus: .none)
        let second = try builder.chain(for: dibao, on: Fixture.evaluationDay, detection: SignalDetector.Result())
        #expect(second.steps.contains { $0.department == .tradeUnion })
        #expect(second.steps.last?.isHomeVisit == true)
    }

    @Test("A Xing'an 城镇事实困难人员 household is referred to the nine '8+1' partners; a household elsewhere is not")
    func xinganPackage() throws {
        let spending = [Expense(member: Member.ID("m1"), category: .medical, day: day("2024-09-01"), amount: Money(yuan: 30_001))]
        let household = Fixture.household(size: 2, income: Money(yuan: 500), expenses: spending, enrolments: Fixture.enrolledInDibao)
        let chain = try builder.chain(for: household, on: Fixture.evaluationDay, detection: SignalDetector.Result())
        let partners: Set<Department> = [.medicalInsurance, .education, .housing, .humanResources, .health, .disabledPersonsFederation,
                                         .tradeUnion, .womensFederation, .redCross]
        let referred = Set(chain.steps.filter { $0.note?.english.contains("\"8+1\" package") == true }.compactMap(\.department))
        #expect(referred == partners)
        #expect(chain.steps.first { $0.department == .medicalInsurance }?.programs.contains { $0.program == .medicalAid } == true)
        #expect(chain.steps.last?.isHomeVisit == true)
        var elsewhere = household
        elsewhere.jurisdiction = Fixture.code("150102")
        let other = try builder.chain(for: elsewhere, on: Fixture.evaluationDay, detection: SignalDetector.Result())
        #expect(!other.steps.contains { $0.department == .womensFederation })
    }
}
