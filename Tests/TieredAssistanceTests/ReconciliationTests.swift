import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

private let builtIn = Evaluator.innerMongolia
private let day = Fixture.day

private func findings(_ household: Household, on: Day = Fixture.evaluationDay, evaluator: Evaluator = builtIn)
    throws -> [ReconciliationFinding]
{
    let evaluation = try evaluator.evaluate(household, on: on)
    let parameters = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: on)
    return Reconciliation.findings(for: household, evaluation: evaluation, parameters: parameters)
}

@Suite("Reconciliation: statuses on record beside the fresh determination")
struct ReconciliationTests {
    @Test("On record as dibao but not eligible now: review (S2 art. 31); eligible but not on record: outreach (主动发现)")
    func reviewAndOutreach() throws {
        let richer = Fixture.household(size: 2, income: Money(yuan: 2_000), enrolments: Fixture.enrolledInDibao)
        #expect(try findings(richer).contains { $0.kind == .review && $0.program == .dibao })
        #expect(try !findings(richer).contains { $0.kind == .outreach })
        let applicant = Fixture.household(size: 2, income: Money(yuan: 500), enrolments: [])
        let outreach = try #require(findings(applicant).first { $0.kind == .outreach })
        #expect(outreach.program == .dibao)
        #expect(outreach.text.chinese.contains("本次认定符合最低生活保障，但未纳入"))
        // Without statuses on record nothing is compared.
        let unrecorded = Fixture.household(size: 2, income: Money(yuan: 500))
        #expect(try !findings(unrecorded).contains { $0.kind == .outreach || $0.kind == .review || $0.kind == .reviewDue })
    }

    @Test("S2 art. 31 \"每年核查一次…每半年核查一次\": half-yearly with members able to work, yearly otherwise, from the last review",
          arguments: [(LabourCapacity.full, "2024-09-01", true), (LabourCapacity.unable, "2025-03-01", false)])
    func dibaoReviewCycle(capacity: LabourCapacity, due: String, isDue: Bool) throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 500),
                                          enrolments: [Enrolment(program: .dibao, since: day("2023-01-01"), lastReviewedOn: day("2024-03-01"))])
        for index in household.members.indices {
            household.members[index].labourCapacity = capacity
            household.members[index].employment = .unemployed
        }
        let review = try #require(findings(household).first { $0.kind == .reviewDue })
        #expect(review.dueOn == day(due))
        #expect(review.isDue == isDue)
        #expect(review.citations.first?.article == "第三十一条")
    }

    @Test("S6 一、（三） \"应当自其死亡之日起3个月内对其家庭状况进行核查\"")
    func reviewAfterDeath() throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 500), enrolments: Fixture.enrolledInDibao)
        household.events = [LifeEvent(kind: .death, day: day("2024-08-15"), member: Member.ID("m2"))]
        let review = try #require(findings(household).first { $0.kind == .reviewAfterDeath })
        #expect(review.dueOn == day("2024-11-15"))
        #expect(review.isDue == false)
    }

    @Test("S4 art. 10 \"有效期一般不超过十二个月\": a rigid-expenditure finding lapses 12 months after it starts, or on validUntil",
          arguments: [(nil as String?, "2026-02-28", "2026-03-05", true), ("2025-12-31", "2025-12-31", "2025-11-01", false)])
    func rigidFindingLapses(validUntil: String?, lapses: String, on: String, isDue: Bool) throws {
        let household = Fixture.household(size: 2, income: Money(yuan: 2_000), enrolments: [
            Enrolment(program: .rigidExpenditure, since: day("2025-03-01"), validUntil: validUntil.map(day)),
        ])
        let finding = try #require(findings(household, on: day(on)).first { $0.kind == .findingLapses })
        #expect(finding.dueOn == day(lapses))
        #expect(finding.isDue == isDue)
    }

    @Test("S10 \"符合条件的直接给予临时救助\" and \"可直接转入\": referrals from the rigid-expenditure tier and from a refused dibao")
    func referrals() throws {
        let illustrative = try Evaluator(catalog: .innerMongolia, book: Fixture.illustrativeBook)
        // 2 persons, 2,600 a month: above the marginal line (1.5 × 829); medical 20,000 is over 60 % of 31,200.
        let household = Fixture.household(size: 2, income: Money(yuan: 2_600), expenses: [
            Expense(member: Member.ID("m1"), category: .medical, day: day("2024-09-01"), amount: Money(yuan: 20_000)),
        ], verifiedFor: .rigidExpenditure)
        #expect(try illustrative.evaluate(household, on: Fixture.evaluationDay).tier == .tier(.rigidExpenditure))
        let result = try findings(household, evaluator: illustrative)
        #expect(result.contains { $0.kind == .referral && $0.program == .temporaryExpenditure })
        #expect(result.contains { $0.kind == .referral && $0.text.chinese.contains("可直接转入") })
    }

    @Test("A member's 特困 status on record is compared with that member's determination; another eligible member is outreach")
    func memberRecords() throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 300), verifiedFor: .marginal,
                                          enrolments: [Enrolment(program: .tekun, member: Member.ID("m1"), since: day("2020-01-01"))])
        household.members[1] = Fixture.member("m2", .sibling, born: "1990-01-01", capacity: .unable, employment: .notInLabourForce,
                                              disability: DisabilityCertificate(category: .intellectual, grade: .one))
        let illustrative = try Evaluator(catalog: .innerMongolia, book: Fixture.illustrativeBook)
        let result = try findings(household, evaluator: illustrative)
        // m1 (working age, able) is on record but not 特困 now; m2 is 特困 now but not on record.
        #expect(result.contains { $0.kind == .review && $0.program == .tekun && $0.member == Member.ID("m1") })
        #expect(result.contains { $0.kind == .outreach && $0.program == .tekun && $0.member == Member.ID("m2") })
        #expect(!result.contains { $0.kind == .outreach && $0.program == .tekun && $0.member == Member.ID("m1") })
    }

    @Test("On record as marginal but now dibao: review and move up (the outranked tier), citing S10")
    func supersededTier() throws {
        let household = Fixture.household(size: 2, income: Money(yuan: 500),
                                          enrolments: [Enrolment(program: .marginal, since: day("2024-08-01"))])
        let result = try findings(household, evaluator: try Evaluator(catalog: .innerMongolia, book: Fixture.illustrativeBook))
        let review = try #require(result.first { $0.kind == .review && $0.program == .marginal })
        #expect(review.text.chinese.contains("本次认定符合更高层级最低生活保障"))
        #expect(review.citations.map(\.document.key) == ["S10"])
        #expect(result.contains { $0.kind == .outreach && $0.program == .dibao })
    }

    @Test("A death reviewed since is not reported again; the review cycle is undetermined when employment is not recorded")
    func deathReviewedAndUnknownCycle() throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 500),
                                          enrolments: [Enrolment(program: .dibao, since: day("2023-01-01"), lastReviewedOn: day("2024-05-01"))])
        household.events = [LifeEvent(kind: .death, day: day("2024-01-15"), member: Member.ID("m2"))]
        for index in household.members.indices {
            household.members[index].labourCapacity = LabourCapacity.unable
            household.members[index].employment = nil
        }
        let result = try findings(household)
        #expect(!result.contains { $0.kind == .reviewAfterDeath })
        let cycle = try #require(result.first { $0.kind == .reviewDue })
        #expect(cycle.dueOn == nil && cycle.isDue == false)
        #expect(cycle.missing.map(\.description).contains { $0.hasPrefix("members[0].employment") })
    }

    @Test("A rigid-expenditure finding starting on 29 February lapses on 28 February; a later finding supersedes a lapsed one")
    func rigidLapseEdges() throws {
        let leap = Fixture.household(size: 2, income: Money(yuan: 2_000),
                                     enrolments: [Enrolment(program: .rigidExpenditure, since: day("2024-02-29"))])
        let finding = try #require(findings(leap, on: day("2025-01-15")).first { $0.kind == .findingLapses })
        // S4 is in force from 2025-01-01, so its 12-month validity applies on the evaluation day.
        #expect(finding.dueOn == day("2025-02-28"))
        let renewed = Fixture.household(size: 2, income: Money(yuan: 2_000), enrolments: [
            Enrolment(program: .rigidExpenditure, since: day("2025-01-01"), validUntil: day("2025-12-31")),
            Enrolment(program: .rigidExpenditure, since: day("2026-01-01"), validUntil: day("2026-12-31")),
        ])
        let lapses = try findings(renewed, on: day("2026-03-01")).filter { $0.kind == .findingLapses }
        #expect(lapses.map(\.dueOn) == [day("2026-12-31")])
    }

    @Test("Statuses on record must name a catalog program, with a member exactly for member programs")
    func catalogReferences() {
        func error(_ records: [Enrolment]) -> String? {
            do {
                try RuleCatalog.innerMongolia.checkReferences(of: Fixture.household(size: 2, income: .zero, enrolments: records))
                return nil
            } catch {
                return "\(error.path) \(error.code)"
            }
        }
        #expect(error([Enrolment(program: "dibao-urban", since: day("2024-01-01"))]) == "enrolments[0].program unknown-reference")
        #expect(error([Enrolment(program: .tekun, since: day("2024-01-01"))]) == "enrolments[0].member missing-key")
        #expect(error([Enrolment(program: .dibao, member: Member.ID("m1"), since: day("2024-01-01"))]) == "enrolments[0].member inconsistent")
        #expect(error([Enrolment(program: .dibao, since: day("2024-01-01")),
                       Enrolment(program: .tekun, member: Member.ID("m2"), since: day("2024-01-01"))]) == nil)
    }
}
