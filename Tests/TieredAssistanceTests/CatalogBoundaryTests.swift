import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// Boundary tables for the Inner Mongolia catalog: each threshold exactly at, one fen (or
/// one day) either side, the day before and the day of a parameter change, and the
/// 12-month window's first and last day. Values marked illustrative come from
/// Examples/data/policy-illustrative-im.json.
private let illustrative = Fixture.illustrativeEvaluator
private let builtIn = Evaluator.innerMongolia
private let day = Fixture.day

private func status(_ evaluator: Evaluator, _ household: Household, _ program: ProgramID, on: Day = Fixture.evaluationDay,
                    member: Int? = nil) throws -> ProgramStatus? {
    let evaluation = try evaluator.evaluate(household, on: on)
    if let member {
        return evaluation.memberDeterminations(program).first { $0.member == household.members[member].id }?.status
    }
    return evaluation.determination(program)?.status
}

/// A one-person urban Ulanhot household of a member born on `born` with income `income`.
private func single(born: String, income: Money = .zero, capacity: LabourCapacity = .unable,
                    disability: DisabilityCertificate? = nil, verifiedFor: AssetCheckTier = .extremePoverty) -> Household {
    var household = Fixture.household(size: 1, income: income, verifiedFor: verifiedFor)
    household.members[0] = Fixture.member("m1", .applicant, born: born, capacity: capacity, employment: .notInLabourForce,
                                          disability: disability)
    if income.isZero { household.incomes = [] }
    return household
}

@Suite("Catalog boundaries: 特困")
struct TekunBoundaryTests {
    @Test("No work capacity from the 60th birthday, not the day before",
          arguments: [("1964-10-02", ProgramStatus.notEligible), ("1964-10-01", .eligible)])
    func elderlyAge(born: String, expected: ProgramStatus) throws {
        #expect(try status(builtIn, single(born: born), .tekun, member: 0) == expected)
    }

    @Test("Minors are covered until their 18th birthday",
          arguments: [("2006-10-02", ProgramStatus.eligible), ("2006-10-01", .notEligible)])
    func minorCoverage(born: String, expected: ProgramStatus) throws {
        var household = single(born: born)
        household.members[0].schooling = SchoolingLevel.notInSchool
        #expect(try status(builtIn, household, .tekun, member: 0) == expected)
    }

    @Test("S3 art. 24, \"特困人员中的未成年人…年满18周岁仍在…就读的，可继续享有\": a continuation for 特困 minors, not a test for a 40-year-old student",
          arguments: [
            ("1984-05-01", SchoolingLevel.secondaryVocational, LabourCapacity.full, nil, ProgramStatus.notEligible),
            ("2006-05-01", .seniorSecondary, .full, nil, .notEligible),
            ("2006-05-01", .seniorSecondary, .full, "2020-01-01", .eligible),
            ("2006-05-01", .seniorSecondary, .full, "2024-06-01", .notEligible),
            ("2006-05-01", .college, .full, "2020-01-01", .notEligible),
          ] as [(String, SchoolingLevel, LabourCapacity, String?, ProgramStatus)])
    func continuationAfterEighteen(born: String, schooling: SchoolingLevel, capacity: LabourCapacity, tekunSince: String?,
                                   expected: ProgramStatus) throws {
        var household = single(born: born, capacity: capacity)
        household.members[0].schooling = schooling
        household.enrolments = tekunSince.map { [Enrolment(program: .tekun, member: Member.ID("m1"), since: day($0))] } ?? []
        #expect(try status(builtIn, household, .tekun, member: 0) == expected)
    }

    @Test("S3 art. 24 continuation without statuses on record is undetermined and names enrolments")
    func continuationNeedsTheRecord() throws {
        var household = single(born: "2006-05-01", capacity: .full)
        household.members[0].schooling = .seniorSecondary
        let determination = try #require(builtIn.evaluate(household, on: Fixture.evaluationDay).memberDeterminations(.tekun).first)
        #expect(determination.status == .undetermined)
        #expect(determination.missing.contains { $0.description.hasPrefix("enrolments") })
    }

    @Test("Own income must be below the rural standard: at 625.00 it fails, at 624.99 it passes",
          arguments: [(Money(fen: 62_500), ProgramStatus.notEligible), (Money(fen: 62_499), .eligible), (Money(fen: 62_501), .notEligible)])
    func livelihood(income: Money, expected: ProgramStatus) throws {
        var household = single(born: "1950-01-01", income: income)
        household.residence = .rural
        #expect(try status(builtIn, household, .tekun, member: 0) == expected)
    }

    @Test("Listed disabilities: intellectual grade 3 and physical grade 2 count; hearing grade 1 and visual grade 2 do not",
          arguments: [(DisabilityCategory.intellectual, DisabilityGrade.three, ProgramStatus.eligible), (.physical, .two, .eligible),
                      (.hearing, .one, .notEligible), (.visual, .two, .notEligible), (.visual, .one, .eligible)])
    func listedDisability(category: DisabilityCategory, grade: DisabilityGrade, expected: ProgramStatus) throws {
        let household = single(born: "1980-01-01", disability: DisabilityCertificate(category: category, grade: grade))
        #expect(try status(builtIn, household, .tekun, member: 0) == expected)
    }

    @Test("An obligor in prison with assets within the rules is unable; without the asset fact it is undetermined")
    func obligor() throws {
        var household = single(born: "1950-01-01")
        household.obligors = [Obligor(id: Obligor.ID("o1"), relationship: .child, situations: [.imprisoned], assetsWithinLowIncomeLimits: true)]
        #expect(try status(builtIn, household, .tekun, member: 0) == .eligible)
        household.obligors = [Obligor(id: Obligor.ID("o1"), relationship: .child, situations: [.imprisoned])]
        #expect(try status(builtIn, household, .tekun, member: 0) == .undetermined)
        household.obligors = nil
        #expect(try status(builtIn, household, .tekun, member: 0) == .undetermined)
    }
}

@Suite("Catalog boundaries: dibao and its supplements")
struct DibaoBoundaryTests {
    @Test("The Ulanhot standard starts on 2024-01-01 [I]: the day before there is no standard",
          arguments: [("2023-12-31", ProgramStatus.undetermined), ("2024-01-01", .eligible)])
    func standardChange(on: String, expected: ProgramStatus) throws {
        #expect(try status(builtIn, Fixture.household(size: 2, income: Money(yuan: 500)), .dibao, on: day(on)) == expected)
    }

    @Test("Single-person dibao compares the member's own income with the standard",
          arguments: [(Money(fen: 82_900), ProgramStatus.notEligible), (Money(fen: 82_899), .eligible)])
    func singlePerson(income: Money, expected: ProgramStatus) throws {
        // A marginal household of two; the severely disabled member earns `income`.
        var household = Fixture.household(size: 2, income: Money(yuan: 1300), verifiedFor: .marginal)
        household.members[1].disability = DisabilityCertificate(category: .physical, grade: .one)
        household.incomes.append(Income(member: Member.ID("m2"), kind: .pension, monthlyAmount: income))
        #expect(try status(illustrative, household, .singlePersonDibao, member: 1) == expected)
    }

    @Test("分类施保: a member turns 70 on the day [illustrative]; highest only: a 70-year-old with a severe disability gets 20%",
          arguments: [("1954-10-02", Money.zero), ("1954-10-01", Money(fen: 16_580))])
    func increment(born: String, expected: Money) throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 300))
        household.members[1] = Fixture.member("m2", .spouse, born: born, capacity: .unable, employment: .retired,
                                              disability: expected.isZero ? nil : DisabilityCertificate(category: .physical, grade: .two))
        let determination = try illustrative.evaluate(household, on: Fixture.evaluationDay).memberDeterminations(.dibaoIncrement)[1]
        #expect((determination.amount?.value ?? .zero) == expected)
        #expect(determination.status == (expected.isZero ? .notEligible : .eligible))
    }

    @Test("Three refusals stop the member's share; two do not",
          arguments: [(2, ProgramStatus.notEligible, Money(yuan: 1358)), (3, .eligible, Money(yuan: 679))])
    func workRefusal(refusals: Int, expected: ProgramStatus, amount: Money) throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 300))
        household.members[1].consecutiveJobRefusals = refusals
        let evaluation = try builtIn.evaluate(household, on: Fixture.evaluationDay)
        #expect(evaluation.memberDeterminations(.dibaoWorkRefusal)[1].status == expected)
        #expect(evaluation.determination(.dibao)?.amount?.value == amount)
    }

    @Test("The gradual-exit period starts on the employment income rise and ends 6 months after it",
          arguments: [("2024-12-14", ProgramStatus.eligible), ("2024-12-15", .notEligible), ("2024-06-15", .eligible),
                      ("2024-06-14", .notEligible), ("2024-06-01", .notEligible)])
    func gradualExit(on: String, expected: ProgramStatus) throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 2000))
        household.dibaoHistory = DibaoHistory(receivingSince: day("2022-01-01"), employmentIncomeRoseOn: day("2024-06-15"))
        #expect(try status(builtIn, household, .dibaoGradualExit, on: day(on)) == expected)
    }
}

@Suite("Catalog boundaries: rigid expenditure and Xing'an")
struct RigidBoundaryTests {
    /// Two persons, income 2,000 a month (24,000 a year): 70 % is 16,800.00.
    private func household(medical: Money, on spendDay: String = "2024-09-01") -> Household {
        Fixture.household(size: 2, income: Money(yuan: 2000), expenses: [
            Expense(member: Member.ID("m1"), category: .medical, day: day(spendDay), amount: medical),
        ], verifiedFor: .rigidExpenditure)
    }

    @Test("IM: medical and accident spending above 60 % of income (14,400.00): at it fails, a fen above passes",
          arguments: [(Money(fen: 1_440_000), ProgramStatus.notEligible), (Money(fen: 1_440_001), .eligible)])
    func imShare(medical: Money, expected: ProgramStatus) throws {
        // Income 2,000 × 2 persons is below 1.5 × 829 per person, so the household is marginal;
        // the rigid-expenditure determination is still reported.
        #expect(try status(illustrative, household(medical: medical), .rigidExpenditure) == expected)
    }

    /// On 2023-01-01 the spending (2024-07-01) is not yet in the window: no share of income
    /// is below 0, so the unknown ratios cannot make the household eligible.
    @Test("\"2023年以来…拓展至…刚性支出困难家庭成员\": IM's tier exists from 2023 [I]; before the S10 ratios (2024-07-12 [I]) it is undetermined, not refused",
          arguments: [("2022-12-31", ProgramStatus.notApplicable), ("2023-01-01", .notEligible), ("2024-07-11", .undetermined),
                      ("2024-07-12", .eligible)])
    func variantStart(on: String, expected: ProgramStatus) throws {
        #expect(try status(illustrative, household(medical: Money(yuan: 20_000), on: "2024-07-01"), .rigidExpenditure, on: day(on)) == expected)
    }

    @Test("Spending counts on the 12-month window's first day and not the day before",
          arguments: [("2023-10-02", ProgramStatus.eligible), ("2023-10-01", .notEligible), ("2024-10-01", .eligible)])
    func window(spendDay: String, expected: ProgramStatus) throws {
        #expect(try status(illustrative, household(medical: Money(yuan: 20_000), on: spendDay), .rigidExpenditure) == expected)
    }

    @Test("Xing'an's scheme starts on 2023-06-29 [I]: not applicable the day before, eligible on the day; undetermined without statuses on record",
          arguments: [("2023-06-28", true, ProgramStatus.notApplicable), ("2023-06-29", true, .eligible), ("2023-06-29", false, .undetermined)])
    func xinganStart(on: String, recorded: Bool, expected: ProgramStatus) throws {
        // The built-in book has no Ulanhot standard before 2024, so dibao itself is
        // undetermined; category 3 reads the status on record and does not need it.
        let household = Fixture.household(size: 2, income: Money(yuan: 500), expenses: [
            Expense(member: Member.ID("m1"), category: .medical, day: day("2023-05-01"), amount: Money(yuan: 30_001)),
        ], enrolments: recorded ? Fixture.enrolledInDibao : nil)
        #expect(try status(builtIn, household, .xinganCategory3, on: day(on)) == expected)
    }

    @Test("Xing'an category 3: the 12-month window's first and last days count",
          arguments: [("2023-10-02", ProgramStatus.eligible), ("2023-10-01", .notEligible), ("2024-10-01", .eligible),
                      ("2024-10-02", .notEligible)])
    func xinganWindow(spendDay: String, expected: ProgramStatus) throws {
        let household = Fixture.household(size: 2, income: Money(yuan: 500), expenses: [
            Expense(member: Member.ID("m1"), category: .medical, day: day(spendDay), amount: Money(yuan: 30_001)),
        ], enrolments: Fixture.enrolledInDibao)
        #expect(try status(builtIn, household, .xinganCategory3) == expected)
    }

    @Test("S15 category 3, \"已被纳入城镇低保保障\": the dibao status on record decides, not a fresh dibao test")
    func xinganReadsTheStatusOnRecord() throws {
        let spending = [Expense(member: Member.ID("m1"), category: .medical, day: day("2024-09-01"), amount: Money(yuan: 30_001))]
        // Enrolled, but no asset finding: the fresh dibao test is undetermined; category 3 is not.
        var noFinding = Fixture.household(size: 2, income: Money(yuan: 500), expenses: spending, enrolments: Fixture.enrolledInDibao)
        noFinding.assets?.verification = nil
        let evaluation = try builtIn.evaluate(noFinding, on: Fixture.evaluationDay)
        #expect(evaluation.determination(.dibao)?.status == .undetermined)
        #expect(evaluation.determination(.xinganCategory3)?.status == .eligible)
        // Enrolled, and income now above the standard (a review is due): still category 3.
        let richer = Fixture.household(size: 2, income: Money(yuan: 2_000), expenses: spending, enrolments: Fixture.enrolledInDibao)
        #expect(try status(builtIn, richer, .dibao) == .notEligible)
        #expect(try status(builtIn, richer, .xinganCategory3) == .eligible)
        // Freshly eligible for dibao but not enrolled: not (yet) category 3.
        let applicant = Fixture.household(size: 2, income: Money(yuan: 500), expenses: spending, enrolments: [])
        #expect(try status(builtIn, applicant, .dibao) == .eligible)
        #expect(try status(builtIn, applicant, .xinganCategory3) == .notEligible)
        // A status that ended before the day does not count.
        let ended = Fixture.household(size: 2, income: Money(yuan: 500), expenses: spending,
                                      enrolments: [Enrolment(program: .dibao, since: day("2022-01-01"), until: day("2024-06-30"))])
        #expect(try status(builtIn, ended, .xinganCategory3) == .notEligible)
    }

    @Test("S15 \"医疗、教育等刚性支出\" names no cap: education counts as recorded in category 3; only S4's national rule (from 2025-01-01) caps it")
    func xinganEducationIsNotCapped() throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 500), expenses: [
            Expense(member: Member.ID("m1"), category: .medical, day: day("2024-09-01"), amount: Money(yuan: 26_000)),
            Expense(member: Member.ID("m2"), category: .education, day: day("2024-09-01"), amount: Money(yuan: 5_000)),
        ], enrolments: Fixture.enrolledInDibao)
        household.members[1].schooling = .bachelor
        // 26,000 + 5,000 > 30,000 with no comparable public-school fee recorded.
        #expect(try status(builtIn, household, .xinganCategory3) == .eligible)
        let catalog = RuleCatalog.innerMongolia
        let context = MeasureContext(household: household, day: day("2025-03-01"),
                                     parameters: InnerMongoliaBook.book.resolveAll(jurisdiction: household.jurisdiction,
                                                                                   residence: .urban, on: day("2025-03-01")))
        let national = try #require(catalog.measure("spending.rigid-12m.national")).measure(in: context)
        #expect(national.missingItems.map(\.description) == [
            "expenses[1].comparablePublicSchoolFee (education counts up to the comparable public-school fee (S4 art. 5))",
        ])
        let im = try #require(catalog.measure("spending.rigid-12m.im")).measure(in: context)
        #expect(im.quantity == .money(Money(yuan: 31_000), periodMonths: 12))
    }

    @Test("Fidelity audit #39: a member's 特困 status does not take an enrolled dibao household out of category 3")
    func xinganWithTekunMember() throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 500), expenses: [
            Expense(member: Member.ID("m1"), category: .medical, day: day("2024-09-01"), amount: Money(yuan: 30_789)),
        ], verifiedFor: .extremePoverty, enrolments: Fixture.enrolledInDibao + [Enrolment(program: .tekun, member: Member.ID("m2"), since: day("2023-01-01"))])
        household.members[1].birthDate = day("1950-01-01")
        household.members[1].labourCapacity = LabourCapacity.unable
        #expect(try status(builtIn, household, .xinganCategory3) == .eligible)
    }
}

@Suite("Catalog boundaries: subsidies, temporary aid, old age, union")
struct EntitlementBoundaryTests {
    @Test("The care subsidy is 1,200 a year (100.00 a month) until 2024-06-30 and 125.00 from 2024-07-01",
          arguments: [("2024-06-30", Money(yuan: 100)), ("2024-07-01", Money(yuan: 125))])
    func careSubsidy(on: String, amount: Money) throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 300))
        household.members[1].disability = DisabilityCertificate(category: .visual, grade: .one)
        household.members[1].needsLongTermCare = true
        let determination = try builtIn.evaluate(household, on: day(on)).memberDeterminations(.disabilityCareSubsidy)[1]
        #expect(determination.amount?.value == amount)
    }

    @Test("A certificate counts from its certified day: the care subsidy, 重残 and the 特困 disability list all wait for it",
          arguments: [("2024-10-01", true), ("2024-10-02", false)])
    func certificateInForce(certified: String, inForce: Bool) throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 300))
        household.members[1].disability = DisabilityCertificate(category: .intellectual, grade: .one, certifiedOn: day(certified))
        household.members[1].needsLongTermCare = true
        let evaluation = try builtIn.evaluate(household, on: Fixture.evaluationDay)
        let care = try #require(evaluation.memberDeterminations(.disabilityCareSubsidy).first { $0.member == Member.ID("m2") })
        #expect(care.status == (inForce ? .eligible : .notEligible))
        let tekun = try #require(evaluation.memberDeterminations(.tekun).first { $0.member == Member.ID("m2") })
        let capacity = try #require(tekun.rules.first { $0.rule.id == "tekun.no-work-capacity" })
        #expect(capacity.truth == (inForce ? .yes : .no))
    }

    @Test("Emergency aid: an accident on the window's first day counts, the day before does not [illustrative 3 months]",
          arguments: [("2024-07-02", ProgramStatus.eligible), ("2024-07-01", .notEligible)])
    func emergencyWindow(eventDay: String, expected: ProgramStatus) throws {
        var household = Fixture.household(size: 3, income: Money(yuan: 3000))
        household.events = [LifeEvent(kind: .trafficAccident, day: day(eventDay), member: Member.ID("m1"))]
        #expect(try status(illustrative, household, .temporaryEmergency) == expected)
    }

    @Test("Emergency aid: one grant per cause per 12 months [illustrative]; amount 6 months × 829 × 3, capped at 20,000")
    func emergencyOnce() throws {
        var household = Fixture.household(size: 3, income: Money(yuan: 3000))
        household.events = [LifeEvent(kind: .fire, day: day("2024-09-01"))]
        let first = try #require(illustrative.evaluate(household, on: Fixture.evaluationDay).determination(.temporaryEmergency))
        #expect(first.status == .eligible)
        #expect(first.amount?.value == Money(yuan: 14_922))
        #expect(first.amount?.period == .oneOff)
        household.temporaryAidGrants = [TemporaryAidGrant(cause: .fire, day: day("2024-09-05"))]
        #expect(try status(illustrative, household, .temporaryEmergency) == .notEligible)
        household.temporaryAidGrants = [TemporaryAidGrant(cause: .trafficAccident, day: day("2024-09-05"))]
        #expect(try status(illustrative, household, .temporaryEmergency) == .eligible)
    }

    @Test("The old-age allowance starts on the 80th birthday and stops the month after the proof of life lapses",
          arguments: [("1944-10-02", "2024-06-01", ProgramStatus.notEligible), ("1944-10-01", "2024-06-01", .eligible),
                      ("1944-10-01", "2023-10-31", .eligible), ("1944-10-01", "2023-09-30", .notEligible)])
    func oldAge(born: String, proof: String, expected: ProgramStatus) throws {
        var household = single(born: born)
        household.members[0].proofOfLifeOn = day(proof)
        #expect(try status(illustrative, household, .oldAgeAllowance, member: 0) == expected)
    }

    @Test("Union deep hardship: net income per person exactly at the standard fails, a fen below passes [illustrative]",
          arguments: [(Money(fen: 5_968_800), ProgramStatus.notEligible), (Money(fen: 5_968_799), .eligible)])
    func unionDeep(netAnnual: Money, expected: ProgramStatus) throws {
        // 829.00 × 12 × 6 persons = 59,688.00.
        var household = Fixture.household(size: 6, income: Money(yuan: 9000))
        household.unionWorker = UnionWorkerRecord(member: Member.ID("m1"), isUnionMember: true, isMigrantWorker: false,
                                                  fileStatus: .filed, filedOn: day("2024-01-01"),
                                                  annualDisposableIncome: netAnnual + Money(yuan: 1000),
                                                  annualHardshipCosts: Money(yuan: 1000))
        #expect(try status(illustrative, household, .unionDeep) == expected)
    }

    @Test("S22 (Qingdao) 意外致困 \"因自然灾害、安全事故…\": in IM the tiers are undetermined without union.hardship-tiers, and a sudden illness is not an accident event")
    func unionAccidentIsQingdaos() throws {
        var household = Fixture.household(size: 3, income: Money(yuan: 4000))
        household.events = [LifeEvent(kind: .suddenMajorIllness, day: day("2024-03-14"), member: Member.ID("m1"))]
        household.unionWorker = UnionWorkerRecord(member: Member.ID("m1"), isUnionMember: true, isMigrantWorker: false,
                                                  fileStatus: .filed, filedOn: day("2024-04-20"),
                                                  annualDisposableIncome: Money(yuan: 60_000), annualHardshipCosts: Money(yuan: 24_000))
        let inUlanhot = try #require(builtIn.evaluate(household, on: Fixture.evaluationDay).determination(.unionAccident))
        #expect(inUlanhot.status == .undetermined)
        #expect(inUlanhot.missing.contains { $0.description.hasPrefix("no value for union.hardship-tiers in 152201") })
        // Where the tiers apply, an illness is not an accident event: costs of 40 % of income fail the 80 % test.
        #expect(try status(illustrative, household, .unionAccident) == .notEligible)
        household.events = [LifeEvent(kind: .accident, day: day("2024-03-14"), member: Member.ID("m1"))]
        #expect(try status(illustrative, household, .unionAccident) == .eligible)
        #expect(try status(builtIn, household, .unionAccident) == .undetermined)
    }

    @Test("Union accident aid is 15% of the year's hardship costs, capped at 10,000 [illustrative]",
          arguments: [(Money(yuan: 24_000), Money(yuan: 3_600)), (Money(fen: 6_666_667), Money(yuan: 10_000)),
                      (Money(yuan: 66_666), Money(fen: 999_990))])
    func unionAccidentAmount(costs: Money, expected: Money) throws {
        var household = Fixture.household(size: 3, income: Money(yuan: 4000))
        household.events = [LifeEvent(kind: .accident, day: day("2024-03-14"), member: Member.ID("m1"))]
        household.unionWorker = UnionWorkerRecord(member: Member.ID("m1"), isUnionMember: true, isMigrantWorker: false,
                                                  fileStatus: .filed, filedOn: day("2024-04-20"),
                                                  annualDisposableIncome: Money(yuan: 60_000), annualHardshipCosts: costs)
        let determination = try #require(illustrative.evaluate(household, on: Fixture.evaluationDay).determination(.unionAccident))
        #expect(determination.status == .eligible)
        #expect(determination.amount?.value == expected)
        #expect(determination.amount?.period == .oneOff)
        #expect(determination.missing.isEmpty)
    }

    @Test("Union filing item 3: income up to 1.5 × the standard (不高于) with a seriously ill member; a fen above fails",
          arguments: [(Money(fen: 373_050), ProgramStatus.eligible), (Money(fen: 373_051), .notEligible)])
    func unionFilingSlightlyAbove(income: Money, expected: ProgramStatus) throws {
        // 1.5 × 829.00 × 3 persons = 3,730.50 a month.
        var household = Fixture.household(size: 3, income: income)
        household.members[1].majorIllness = MajorIllness(recognisedOn: day("2024-01-01"))
        household.unionWorker = UnionWorkerRecord(member: Member.ID("m1"), isUnionMember: true, isMigrantWorker: false,
                                                  fileStatus: .none, monthsBelowDibaoStandard: 0)
        #expect(try status(builtIn, household, .unionFiling) == expected)
    }

    @Test("A union file is due for review 12 months after the last review, not the day before",
          arguments: [("2024-09-30", ProgramStatus.notEligible), ("2024-10-01", .eligible)])
    func unionReview(on: String, expected: ProgramStatus) throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 9000))
        household.unionWorker = UnionWorkerRecord(member: Member.ID("m1"), isUnionMember: true, isMigrantWorker: false,
                                                  fileStatus: .filed, filedOn: day("2022-01-01"), lastReviewedOn: day("2023-10-01"))
        #expect(try status(builtIn, household, .unionReview, on: day(on)) == expected)
    }
}

@Suite("Calculators: medical aid and union mutual aid")
struct CalculatorTests {
    @Test("Medical aid: nothing up to the deductible, then the ratio, at most the cap [illustrative marginal: 70 % above 3,000, cap 50,000]",
          arguments: [(Money(yuan: 3000), Money.zero), (Money(fen: 300_001), Money(fen: 1)), (Money(yuan: 13_000), Money(yuan: 7000)),
                      (Money(yuan: 200_000), Money(yuan: 50_000))])
    func medicalAid(outOfPocket: Money, expected: Money) throws {
        let result = MedicalAid.reimbursement(outOfPocket: outOfPocket, tier: .marginal, jurisdiction: Fixture.ulanhot,
                                              residence: .urban, on: Fixture.evaluationDay, book: Fixture.illustrativeBook)
        #expect(try result.get().amount == expected)
    }

    @Test("Medical aid without parameters names what is missing")
    func medicalAidMissing() {
        let result = MedicalAid.reimbursement(outOfPocket: Money(yuan: 5000), tier: .dibao, jurisdiction: Fixture.ulanhot,
                                              residence: .urban, on: Fixture.evaluationDay)
        guard case .failure(let missing) = result else {
            Issue.record("IM medical-aid ratios are [U]")
            return
        }
        #expect(missing.description.contains("medical-aid.ratio.dibao"))
    }

    @Test("Union mutual aid: the sourced first band pays 40 % under 10,000; higher bands need a policy file; the cap is 500,000")
    func mutualAid() throws {
        let small = try UnionMutualAid.claim(costs: Money(yuan: 8000), jurisdiction: Fixture.ulanhot, on: Fixture.evaluationDay).get()
        #expect(small.amount == Money(yuan: 3200))
        let large = UnionMutualAid.claim(costs: Money(yuan: 40_000), jurisdiction: Fixture.ulanhot, on: Fixture.evaluationDay)
        guard case .failure(let missing) = large else {
            Issue.record("bands 2-6 are [U]")
            return
        }
        #expect(missing.description.contains("union.mutual-aid.band-2"))
        let illustrativeClaim = try UnionMutualAid.claim(costs: Money(yuan: 40_000), jurisdiction: Fixture.ulanhot,
                                                         on: Fixture.evaluationDay, book: Fixture.illustrativeBook).get()
        // 10,000 × 40 % + 20,000 × 50 % + 10,000 × 55 % = 4,000 + 10,000 + 5,500.
        #expect(illustrativeClaim.amount == Money(yuan: 19_500))
        let capped = try UnionMutualAid.claim(costs: Money(yuan: 30_000), paidThisYear: Money(yuan: 495_000), jurisdiction: Fixture.ulanhot,
                                              on: Fixture.evaluationDay, book: Fixture.illustrativeBook).get()
        #expect(capped.amount == Money(yuan: 5000))
        #expect(capped.isCapped)
    }

    @Test("Band limits that do not rise are refused by name, never paid as a negative band")
    func mutualAidBandsOutOfOrder() throws {
        let falling = try PolicyFileLoader.load("""
            {"version":1,"title":"test","values":[
             {"parameter":"union.mutual-aid.band-2.upper","jurisdiction":"152201","effective":"2024-01-01","value":5000,"unit":"yuan","status":"illustrative"}]}
            """, name: "test", catalog: .standard)
        let book = try Fixture.illustrativeBook.adding(falling)
        let result = UnionMutualAid.claim(costs: Money(yuan: 40_000), jurisdiction: Fixture.ulanhot, on: Fixture.evaluationDay, book: book)
        guard case .failure(.inconsistentParameters(let text)) = result else {
            Issue.record("expected inconsistent parameters, got \(result)")
            return
        }
        #expect(text.contains("union.mutual-aid.band-2.upper"))
    }

    @Test("Amounts too large to compute are reported as overflow, not as zero")
    func calculatorOverflow() throws {
        let huge = Money(fen: .max)
        let result = MedicalAid.reimbursement(outOfPocket: huge, tier: .marginal, jurisdiction: Fixture.ulanhot,
                                              residence: .urban, on: Fixture.evaluationDay, book: Fixture.illustrativeBook)
        // max × 70 % fits, so the cap applies.
        #expect((try? result.get().amount) == Money(yuan: 50_000))
        // A ratio above 1 (an analyst's scenario) makes the product too large: reported, not zero.
        let doubled = try PolicyFileLoader.load("""
            {"version":1,"title":"test","values":[
             {"parameter":"medical-aid.ratio.marginal","jurisdiction":"152201","effective":"2024-01-01","value":2,"unit":"ratio","status":"illustrative"}]}
            """, name: "test", catalog: .standard)
        let overflowing = MedicalAid.reimbursement(outOfPocket: huge, tier: .marginal, jurisdiction: Fixture.ulanhot, residence: .urban,
                                                   on: Fixture.evaluationDay, book: try Fixture.illustrativeBook.adding(doubled))
        guard case .failure(.overflow) = overflowing else {
            Issue.record("expected overflow, got \(overflowing)")
            return
        }
        let claim = UnionMutualAid.claim(costs: huge, jurisdiction: Fixture.ulanhot, on: Fixture.evaluationDay, book: Fixture.illustrativeBook)
        switch claim {
        case .success(let value): #expect(value.amount == Money(yuan: 500_000))
        case .failure(let failure): #expect(failure.description.hasPrefix("too large to compute"))
        }
    }
}

@Suite("Examples cover every program")
struct ExampleCoverageTests {
    @Test("Each program has at least one eligible and one not-eligible household in Examples/data (with the illustrative policy file)")
    func coverage() throws {
        let folder = Fixture.repositoryRoot.appendingPathComponent("Examples/data")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix("policy") && !$0.hasPrefix("rules") }
        var seen: [ProgramID: Set<ProgramStatus>] = [:]
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(file).path))
            let household = try HouseholdDecoder.decode([UInt8](data))
            let evaluation = try illustrative.evaluate(household, on: try #require(household.asOf), tracing: false)
            for determination in evaluation.determinations { seen[determination.program, default: []].insert(determination.status) }
        }
        for program in RuleCatalog.innerMongolia.programs {
            #expect(seen[program.id]?.contains(.eligible) == true, "no eligible household for \(program.id)")
            #expect(seen[program.id]?.contains(.notEligible) == true, "no ineligible household for \(program.id)")
        }
    }
}
