import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// Seeded random households for property tests (no packages): Ulanhot, urban or rural,
/// 1-5 members, incomes around the standards, assets with or without a finding, medical
/// and education spending around the 12-month window's edges.
struct HouseholdGenerator {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(state: seed)
    }

    mutating func household(_ index: Int) -> Household {
        let size = 1 + random.below(5)
        var members: [Member] = []
        for position in 0..<size {
            let age = position == 0 ? 18 + random.below(75) : random.below(90)
            var member = Fixture.member("m\(position + 1)", position == 0 ? .applicant : position == 1 ? .spouse : .child,
                                        born: Fixture.evaluationDay.adding(days: -(age * 365 + random.below(365))).description,
                                        capacity: [.full, .partial, LabourCapacity.unable][random.below(3)],
                                        employment: [.employed, .unemployed, .registeredUnemployed, .notInLabourForce][random.below(4)],
                                        schooling: [.notInSchool, .primary, .juniorSecondary, .seniorSecondary, .college][random.below(5)],
                                        disability: random.below(8) == 0
                                            ? DisabilityCertificate(category: DisabilityCategory.allCases[random.below(7)],
                                                                    grade: DisabilityGrade(rawValue: 1 + random.below(4))!) : nil,
                                        illness: random.below(20) == 0)
            member.consecutiveJobRefusals = random.below(10) == 0 ? random.below(5) : nil
            members.append(member)
        }
        let perPerson = Int64(random.below(200_000))
        var incomes = [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: Money(fen: perPerson * Int64(size)))]
        if random.below(3) == 0 { incomes.append(Income(member: Member.ID("m1"), kind: .taxesAndContributions, monthlyAmount: Money(fen: Int64(random.below(20_000))))) }
        if random.below(4) == 0 { incomes.append(Income(member: nil, kind: .socialAssistance, monthlyAmount: Money(fen: Int64(random.below(80_000))))) }
        var expenses: [Expense] = []
        for _ in 0..<random.below(4) {
            expenses.append(Expense(member: Member.ID("m1"), category: [.medical, .accident, .rehabilitation, .living][random.below(4)],
                                    day: Fixture.evaluationDay.adding(days: -random.below(400)), amount: Money(fen: Int64(random.below(4_000_000)))))
        }
        let tiers: [AssetCheckTier] = [.dibao, .marginal, .rigidExpenditure, .extremePoverty]
        let verification = random.below(3) == 0 ? nil
            : AssetVerification(finding: random.below(6) == 0 ? .exceeds : .compliant, verifiedOn: Fixture.day("2024-06-01"),
                                checkedFor: tiers[random.below(4)])
        var household = Household(
            id: Household.ID("P\(index)"), jurisdiction: Fixture.ulanhot, residence: random.below(3) == 0 ? .rural : .urban,
            asOf: Fixture.evaluationDay, members: members, incomes: incomes,
            assets: Assets(financial: [FinancialAsset(kind: .deposit, amount: Money(fen: Int64(random.below(6_000_000))))],
                           verification: verification),
            expenses: expenses, obligors: random.below(3) == 0 ? nil : [])
        // Statuses on record and caseworker findings (drawn last, so the draws above keep their values).
        if random.below(3) != 0 {
            var records: [Enrolment] = []
            if random.below(2) == 0 {
                records.append(Enrolment(program: .dibao, since: Fixture.day("2022-03-01"), lastReviewedOn: random.below(2) == 0 ? Fixture.day("2024-03-01") : nil))
            }
            if random.below(4) == 0 {
                records.append(Enrolment(program: .tekun, member: Member.ID("m\(1 + random.below(size))"), since: Fixture.day("2015-01-01"),
                                         until: random.below(3) == 0 ? Fixture.day("2023-12-31") : nil))
            }
            if random.below(4) == 0 {
                records.append(Enrolment(program: .rigidExpenditure, since: Fixture.day("2023-11-01"), validUntil: Fixture.day("2024-10-31")))
            }
            household.enrolments = records
        }
        household.housingHardshipFinding = [nil, true, false][random.below(3)]
        household.assetsCannotRelieveFinding = [nil, true, false][random.below(3)]
        for position in household.members.indices where random.below(3) == 0 {
            household.members[position].supportSetting = SupportSetting.allCases[random.below(2)]
        }
        return household
    }
}
