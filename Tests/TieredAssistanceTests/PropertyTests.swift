import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

private let evaluator = Fixture.illustrativeEvaluator
private let count = 10_000

/// Eligible 2, undetermined 1, not eligible 0: "better" is higher.
private func rank(_ status: ProgramStatus?) -> Int {
    switch status {
    case .eligible: return 2
    case .undetermined: return 1
    default: return 0
    }
}

private func evaluate(_ household: Household) throws -> Evaluation {
    try evaluator.evaluate(household, on: Fixture.evaluationDay, tracing: false)
}

@Suite("Properties over 10,000 generated households each")
struct PropertyTests {
    @Test("More counted income never improves the dibao outcome or amount")
    func incomeMonotonic() throws {
        var generator = HouseholdGenerator(seed: 1)
        var compared = 0
        for index in 0..<count {
            let household = generator.household(index)
            var richer = household
            richer.incomes.append(Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: Money(fen: 1 + Int64(generator.random.below(100_000)))))
            let before = try evaluate(household).determination(.dibao)
            let after = try evaluate(richer).determination(.dibao)
            #expect(rank(after?.status) <= rank(before?.status), "household \(index)")
            if let old = before?.amount?.value, let new = after?.amount?.value {
                #expect(new <= old, "household \(index)")
                compared += 1
            }
        }
        #expect(compared > 100)
    }

    @Test("More assets never improve dibao, marginal or rigid-expenditure eligibility")
    func assetsMonotonic() throws {
        var generator = HouseholdGenerator(seed: 2)
        for index in 0..<count {
            let household = generator.household(index)
            var wealthier = household
            wealthier.assets?.financial.append(FinancialAsset(kind: .securities, amount: Money(fen: 1 + Int64(generator.random.below(10_000_000)))))
            let before = try evaluate(household)
            let after = try evaluate(wealthier)
            for program in [ProgramID.dibao, .marginal, .rigidExpenditure] {
                #expect(rank(after.determination(program)?.status) <= rank(before.determination(program)?.status), "household \(index) \(program)")
            }
        }
    }

    @Test("More rigid spending never removes rigid-expenditure or Xing'an status")
    func spendingMonotonic() throws {
        var generator = HouseholdGenerator(seed: 3)
        var reached = 0
        for index in 0..<count {
            let household = generator.household(index)
            var sicker = household
            sicker.expenses.append(Expense(member: Member.ID("m1"), category: .medical, day: Fixture.day("2024-05-01"),
                                           amount: Money(fen: 1 + Int64(generator.random.below(5_000_000)))))
            let before = try evaluate(household)
            let after = try evaluate(sicker)
            for program in [ProgramID.rigidExpenditure, .xinganCategory3] {
                #expect(rank(after.determination(program)?.status) >= rank(before.determination(program)?.status), "household \(index) \(program)")
                if after.determination(program)?.status == .eligible { reached += 1 }
            }
        }
        #expect(reached > 100)
    }

    @Test("Exactly one tier: the tier follows from the tiers' statuses by rank, and the others are marked outranked")
    func oneTier() throws {
        var generator = HouseholdGenerator(seed: 4)
        let tiers = RuleCatalog.innerMongolia.programs.filter { $0.tierRank != nil }.sorted { $0.tierRank! < $1.tierRank! }
        var decided = 0
        var memberTekun = 0
        for index in 0..<count {
            let evaluation = try evaluate(generator.household(index))
            // The household status of each tier; a member tier (特困) counts for the household
            // when every member is eligible.
            func status(_ program: Program) -> ProgramStatus {
                if program.scope == .household { return evaluation.determination(program.id)?.status ?? .notApplicable }
                let statuses = evaluation.memberDeterminations(program.id).map(\.status)
                if statuses.contains(.notEligible) { return .notEligible }
                if statuses.contains(.undetermined) { return .undetermined }
                if statuses.contains(.notApplicable) { return .notApplicable }
                return .eligible
            }
            // The oracle: the first eligible tier by rank wins, unless a higher-ranked one is undetermined.
            var pending: [ProgramID] = []
            var expected = TierOutcome.none
            for program in tiers {
                let current = status(program)
                if current == .eligible {
                    expected = pending.isEmpty ? .tier(program.id) : .undetermined(pending + [program.id])
                    break
                }
                if current == .undetermined { pending.append(program.id) }
            }
            if case .none = expected, !pending.isEmpty { expected = .undetermined(pending) }
            #expect(evaluation.tier == expected, "household \(index)")
            if case .tier(let winner) = evaluation.tier {
                decided += 1
                for determination in evaluation.determinations
                where determination.member == nil && tiers.contains(where: { $0.id == determination.program }) && determination.status == .eligible {
                    #expect(determination.supersededBy == (determination.program == winner ? nil : winner), "household \(index)")
                }
            }
            if evaluation.memberDeterminations(.tekun).contains(where: { $0.status == .eligible }) { memberTekun += 1 }
        }
        // The generator reaches decided tiers and member-level 特困 often enough to matter.
        #expect(decided > 1_000)
        #expect(memberTekun > 50)
    }

    @Test("The same input always gives the same bytes, and writing then reading gives the same household")
    func determinismAndRoundTrip() throws {
        var generator = HouseholdGenerator(seed: 5)
        for index in 0..<count {
            let household = generator.household(index)
            let bytes = HouseholdEncoder.encode(household, personalData: .include)
            let again = try HouseholdDecoder.decode(bytes)
            #expect(again == household, "household \(index)")
            #expect(HouseholdEncoder.encode(again, personalData: .include) == bytes)
            if index % 10 == 0 {
                #expect(try EvaluationJSON.encode(evaluate(household)) == EvaluationJSON.encode(evaluate(again)), "household \(index)")
            }
        }
    }

    @Test("Money arithmetic laws hold exactly")
    func moneyLaws() throws {
        var random = SplitMix64(state: 6)
        func amount() -> Money { Money(fen: Int64(random.below(2_000_000_000)) - 1_000_000_000) }
        for _ in 0..<count {
            let (a, b, c) = (amount(), amount(), amount())
            #expect((a + b) + c == a + (b + c))
            #expect(a + b - b == a)
            #expect(a + b == b + a)
            let parts = 1 + random.below(12)
            #expect(a.distributed(into: parts).sum() == a)
            let rate = Rate(Int64(random.below(300)), over: 100)
            let down = try a.multiplied(by: rate, rounding: .down)
            let up = try a.multiplied(by: rate, rounding: .up)
            let half = try a.multiplied(by: rate, rounding: .halfUp)
            #expect(down <= half && half <= up && up.fen - down.fen <= 1)
            if a <= b { #expect(try a.multiplied(by: rate, rounding: .halfUp) <= b.multiplied(by: rate, rounding: .halfUp)) }
        }
    }
}
