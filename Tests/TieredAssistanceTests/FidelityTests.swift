import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// The findings of the fidelity audit (../shared/FIDELITY-AUDIT.md), each fixed as its source
/// says; each test's name quotes the source's words.
private let builtIn = Evaluator.innerMongolia
private let illustrative = Fixture.illustrativeEvaluator
private let day = Fixture.day

private func status(_ evaluator: Evaluator, _ household: Household, _ program: ProgramID, on: Day = Fixture.evaluationDay,
                    member: Int? = nil) throws -> ProgramStatus? {
    let evaluation = try evaluator.evaluate(household, on: on)
    if let member {
        return evaluation.memberDeterminations(program).first { $0.member == household.members[member].id }?.status
    }
    return evaluation.determination(program)?.status
}

@Suite("Fidelity: special aid, subsidies and income as the sources say")
struct FidelityTests {
    @Test("#5 S1 art. 37 \"符合规定标准的住房困难的最低生活保障家庭\": housing aid needs the housing-hardship finding")
    func housingNeedsHardship() throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 500))
        #expect(try status(builtIn, household, .dibao) == .eligible)
        let undetermined = try #require(builtIn.evaluate(household, on: Fixture.evaluationDay).determination(.housingAid))
        #expect(undetermined.status == .undetermined)
        #expect(undetermined.missing.map(\.description).contains { $0.hasPrefix("housingHardshipFinding") })
        household.housingHardshipFinding = false
        #expect(try status(builtIn, household, .housingAid) == .notEligible)
        household.housingHardshipFinding = true
        #expect(try status(builtIn, household, .housingAid) == .eligible)
    }

    @Test("#5 S1 art. 37 \"分散供养的特困人员\": a 特困 person in an institution gets no housing aid, one at home does")
    func housingForTekunAtHome() throws {
        var household = Fixture.household(size: 1, income: .zero, verifiedFor: .extremePoverty)
        household.members[0] = Fixture.member("m1", .applicant, born: "1950-01-01", capacity: .unable, employment: .retired)
        household.incomes = []
        household.housingHardshipFinding = true
        household.members[0].supportSetting = .institution
        #expect(try status(builtIn, household, .tekun, member: 0) == .eligible)
        // The household's tier is 特困 (its only member is), so the dibao branch does not hold:
        // only the 特困-at-home branch could grant housing aid.
        #expect(try status(builtIn, household, .housingAid) == .notEligible)
        household.members[0].supportSetting = .atHome
        #expect(try status(builtIn, household, .housingAid) == .eligible)
    }

    @Test("#6 S2 art. 13(3) \"'十四五'期间，中央确定的城乡居民基本养老保险基础养老金\": excluded to 2025-12-31, then undetermined")
    func residentBasicPension() throws {
        // Pension income (not wages: Xing'an's employment-cost base is [U] from 2025-05-19).
        var household = Fixture.household(size: 1, income: Money(yuan: 500))
        household.incomes = [Income(member: Member.ID("m1"), kind: .pension, monthlyAmount: Money(yuan: 500)),
                             Income(member: Member.ID("m1"), kind: .residentBasicPension, monthlyAmount: Money(yuan: 200))]
        let context = { (on: Day) in
            MeasureContext(household: household, day: on,
                           parameters: InnerMongoliaBook.book.resolveAll(jurisdiction: household.jurisdiction, residence: .urban, on: on))
        }
        let measure = try #require(RuleCatalog.innerMongolia.measure("income.counted-monthly"))
        #expect(measure.measure(in: context(day("2025-12-31"))).quantity == .money(Money(yuan: 500), periodMonths: 1))
        let after = measure.measure(in: context(day("2026-01-01")))
        #expect(after.quantity == nil)
        #expect(after.missingItems.map(\.description).contains { $0.hasPrefix("no value for income.excludes.resident-basic-pension") })
    }

    @Test("#6 S16 art. 14: only Xing'an (from 2025-05-19) excludes the IM top-up; elsewhere it counts (S2 art. 13)")
    func pensionTopUp() throws {
        for (place, on, counted) in [("152201", "2025-06-01", Money(yuan: 500)), ("152201", "2025-05-18", Money(yuan: 650)),
                                     ("150102", "2025-06-01", Money(yuan: 650))] {
            var household = Fixture.household(size: 1, income: Money(yuan: 500), jurisdiction: Fixture.code(place))
            household.incomes = [Income(member: Member.ID("m1"), kind: .pension, monthlyAmount: Money(yuan: 500)),
                                 Income(member: Member.ID("m1"), kind: .residentPensionTopUp, monthlyAmount: Money(yuan: 150))]
            let context = MeasureContext(household: household, day: day(on),
                                         parameters: InnerMongoliaBook.book.resolveAll(jurisdiction: household.jurisdiction,
                                                                                       residence: .urban, on: day(on)))
            let measure = try #require(RuleCatalog.innerMongolia.measure("income.counted-monthly"))
            #expect(measure.measure(in: context).quantity == .money(counted, periodMonths: 1), "\(place) \(on)")
        }
    }

    @Test("#7 S15 category 1 \"资产收益无法改变困境\": the caseworker's finding is required, not assumed")
    func categoryOneNeedsTheFinding() throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 500), expenses: [
            Expense(member: Member.ID("m1"), category: .medical, day: day("2024-09-01"), amount: Money(yuan: 100_001)),
        ])
        household.assets?.verification = AssetVerification(finding: .exceeds, verifiedOn: day("2024-08-01"), checkedFor: .dibao)
        #expect(try status(builtIn, household, .dibao) == .notEligible)
        #expect(try status(builtIn, household, .xinganCategory1) == .undetermined)
        household.assetsCannotRelieveFinding = true
        #expect(try status(builtIn, household, .xinganCategory1) == .eligible)
        household.assetsCannotRelieveFinding = false
        #expect(try status(builtIn, household, .xinganCategory1) == .notEligible)
    }

    @Test("#8 S1 art. 42 \"有劳动能力并处于失业状态的成员\": a college student in a dibao household gets no employment aid",
          arguments: [(EmploymentStatus.notInLabourForce, ProgramStatus.notEligible), (.retired, .notEligible),
                      (.registeredUnemployed, .eligible), (.unemployed, .eligible), (.flexible, .notEligible)])
    func employmentAid(employment: EmploymentStatus, expected: ProgramStatus) throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 500))
        household.members[1].employment = employment
        household.members[1].schooling = employment == .notInLabourForce ? .college : SchoolingLevel.notInSchool
        #expect(try status(builtIn, household, .employmentAid, member: 1) == expected)
    }

    @Test("#9 Ordos: \"its 'other 7' care tiers unchanged, amounts [U]\" (POLICY.md 9): the regional 125 does not apply to an Ordos grade-1 recipient")
    func ordosCareAmount() throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 300), jurisdiction: Fixture.code("150602"))
        household.members[1].disability = DisabilityCertificate(category: .visual, grade: .one)
        household.members[1].needsLongTermCare = true
        let care = try #require(builtIn.evaluate(household, on: Fixture.evaluationDay).memberDeterminations(.disabilityCareSubsidy)
            .first { $0.member == Member.ID("m2") })
        #expect(care.status == .eligible)
        #expect(care.amount == nil)
        let reasons = care.missing.map(\.chineseDescription).joined()
        #expect(reasons.contains("150600 自 2019-01-01 起另有标准"))
    }

    @Test("#10 Ordos \"100→125\": the grade 3-4 extension existed before 2024-07; before then it is undetermined, not refused",
          arguments: [("2024-06-30", ProgramStatus.undetermined, nil as Money?), ("2024-07-01", .eligible, Money(yuan: 125))])
    func ordosExtension(on: String, expected: ProgramStatus, amount: Money?) throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 300), jurisdiction: Fixture.code("150602"), residence: .rural)
        household.members[1].disability = DisabilityCertificate(category: .mental, grade: .three)
        household.members[1].needsLongTermCare = false
        // A rural household with no Ordos standard in the built-in book: dibao is read from the record.
        household.enrolments = Fixture.enrolledInDibao
        let care = try #require(builtIn.evaluate(household, on: day(on)).memberDeterminations(.disabilityCareSubsidy)
            .first { $0.member == Member.ID("m2") })
        #expect(care.status == expected)
        #expect(care.amount?.value == amount)
    }

    @Test("#11 S1 art. 47 \"遭遇其他特殊困难的家庭\": a disaster within the window is an emergency [illustrative window]")
    func disasterIsAnEmergency() throws {
        var household = Fixture.household(size: 3, income: Money(yuan: 3000))
        household.events = [LifeEvent(kind: .disaster, day: day("2024-09-01"))]
        #expect(try status(illustrative, household, .temporaryEmergency) == .eligible)
    }

    @Test("#12 POLICY.md 9 \"Rules on combining with 特困 care … [U]\": a disabled 特困 person's living subsidy is undetermined without a rule")
    func livingSubsidyForTekun() throws {
        var household = Fixture.household(size: 1, income: .zero, verifiedFor: .extremePoverty)
        household.members[0] = Fixture.member("m1", .applicant, born: "1950-01-01", capacity: .unable, employment: .retired,
                                              disability: DisabilityCertificate(category: .physical, grade: .one))
        household.incomes = []
        #expect(try status(builtIn, household, .tekun, member: 0) == .eligible)
        let living = try #require(builtIn.evaluate(household, on: Fixture.evaluationDay).memberDeterminations(.disabilityLivingSubsidy).first)
        #expect(living.status == .undetermined)
        #expect(living.missing.map(\.description).contains { $0.hasPrefix("no value for disability.living-subsidy.includes-tekun") })
    }

    @Test("#13 S3 art. 8: a co-resident spouse is unable only in a listed situation (特困; 低保 aged 60+; 70+ or 重残 with the income and asset test)",
          arguments: [
            ("1959-01-01", nil as [Enrolment]?, nil as Bool?),           // 65, statuses not recorded: could be a dibao recipient
            ("1959-01-01", [], false),                                   // 65, low income, not on dibao: able
            ("1959-01-01", [Enrolment(program: .dibao, since: Fixture.day("2022-01-01"))], true),  // 65, dibao recipient
            ("1950-01-01", [], true),                                    // 73, income below the 2022 disposable income, assets verified
            ("1990-01-01", nil, false),                                  // 33 and able: no status can make her unable
          ])
    func coResidentObligor(spouseBorn: String, enrolments: [Enrolment]?, expected: Bool?) throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 300), verifiedFor: .extremePoverty, enrolments: enrolments)
        household.members[0].birthDate = day("1945-01-01")
        household.members[1].birthDate = day(spouseBorn)
        household.incomes = [Income(member: Member.ID("m2"), kind: .pension, monthlyAmount: Money(yuan: 900))]
        let on = day("2023-10-01")
        let context = MeasureContext(household: household, day: on, memberIndex: 0,
                                     parameters: InnerMongoliaBook.book.resolveAll(jurisdiction: household.jurisdiction,
                                                                                   residence: .urban, on: on))
        let outcome = try #require(RuleCatalog.innerMongolia.measure("member.obligors-unable")).measure(in: context)
        #expect(outcome.quantity.map { $0.isTrue } == expected)
    }

    @Test("#16 S1 arts. 14-19: a 特困 person is supported instead of dibao; where only some members are 特困 the dibao amount waits for dibao.tekun-members",
          arguments: [(nil as String?, nil as Money?), ("counted", Money(yuan: 1_158)), ("excluded", Money(yuan: 329))])
    func mixedHousehold(choice: String?, amount: Money?) throws {
        var household = Fixture.household(size: 2, income: Money(yuan: 500), verifiedFor: .marginal)
        household.members[1] = Fixture.member("m2", .sibling, born: "1990-01-01", capacity: .unable, employment: .notInLabourForce,
                                              disability: DisabilityCertificate(category: .intellectual, grade: .one))
        var book = Fixture.illustrativeBook
        if let choice {
            book = try book.adding(PolicyFileLoader.load("""
                {"version":1,"title":"test","values":[{"parameter":"dibao.tekun-members","jurisdiction":"150000","effective":"2020-01-01","value":"\(choice)","unit":"choice","status":"illustrative"}]}
                """, name: "test", catalog: .standard))
        }
        let evaluation = try Evaluator(catalog: .innerMongolia, book: book).evaluate(household, on: Fixture.evaluationDay)
        #expect(evaluation.memberDeterminations(.tekun).map(\.status) == [.notEligible, .eligible])
        let dibao = try #require(evaluation.determination(.dibao))
        #expect(dibao.status == .eligible)
        #expect(dibao.amount?.value == amount)
        if choice == nil { #expect(dibao.missing.contains { $0.description.hasPrefix("no value for dibao.tekun-members") }) }
        // The 特困 member's living subsidy waits for the combination rule, even in a dibao household.
        household.members[1].disability = DisabilityCertificate(category: .intellectual, grade: .one)
        let living = try #require(Evaluator(catalog: .innerMongolia, book: book).evaluate(household, on: Fixture.evaluationDay)
            .memberDeterminations(.disabilityLivingSubsidy).first { $0.member == Member.ID("m2") })
        #expect(living.status == .undetermined)
    }

    @Test("#16 a household whose members are all 特困 shows dibao outranked and not paid")
    func outrankedTierIsNotPaid() throws {
        var household = Fixture.household(size: 1, income: .zero, verifiedFor: .marginal)
        household.members[0] = Fixture.member("m1", .applicant, born: "1950-01-01", capacity: .unable, employment: .retired)
        household.incomes = []
        let evaluation = try illustrative.evaluate(household, on: Fixture.evaluationDay)
        #expect(evaluation.tier == .tier(.tekun))
        let dibao = try #require(evaluation.determination(.dibao))
        #expect(dibao.supersededBy == .tekun)
        let summary = ExplanationRenderer(language: .chinese).renderSummary(evaluation)
        #expect(summary.contains("最低生活保障：符合（按层级优先适用特困人员救助供养，本项不另发放） [I] [示例]\n"))
        #expect(summary.contains("[示例] 示例值（非正式标准），仅供演示："))
        let json = String(decoding: EvaluationJSON.encode(evaluation, detail: .summary, language: .chinese), as: UTF8.self)
        #expect(json.contains("\"program\":\"dibao\",\"member\":null,\"status\":\"eligible\",\"monthlyAmount\":null"))
    }

    @Test("#18 POLICY.md 7 \"Often one grant per cause per year [S-loc]. Make this configurable\": an earlier grant with no interval in force is undetermined, not \"no limit\"")
    func grantIntervalIsNotSilent() throws {
        var household = Fixture.household(size: 3, income: Money(yuan: 3000))
        household.events = [LifeEvent(kind: .fire, day: day("2024-09-01"))]
        let context = MeasureContext(household: household, day: Fixture.evaluationDay,
                                     parameters: InnerMongoliaBook.book.resolveAll(jurisdiction: household.jurisdiction,
                                                                                   residence: .urban, on: Fixture.evaluationDay))
        let measure = try #require(RuleCatalog.innerMongolia.measure("household.expenditure-not-yet-granted"))
        #expect(measure.measure(in: context).quantity?.isTrue == true)
        household.temporaryAidGrants = [TemporaryAidGrant(cause: nil, day: day("2024-05-01"))]
        let withGrant = MeasureContext(household: household, day: Fixture.evaluationDay, parameters: context.parameters)
        #expect(measure.measure(in: withGrant).missingItems.map(\.description).contains {
            $0.hasPrefix("no value for temporary.grant-interval-months")
        })
    }

    @Test("S23 item 2 \"享受政府救助后仍低于低保标准\": a union worker's household receiving dibao on record is filed, whatever today's asset finding")
    func unionFilingReadsReceivingSupport() throws {
        var household = Fixture.household(size: 3, income: Money(yuan: 1_000), enrolments: Fixture.enrolledInDibao)
        household.assets?.verification = nil
        household.unionWorker = UnionWorkerRecord(member: Member.ID("m1"), isUnionMember: true, isMigrantWorker: false, fileStatus: .none)
        #expect(try status(builtIn, household, .dibao) == .undetermined)
        #expect(try status(builtIn, household, .unionFiling) == .eligible)
        household.enrolments = []
        #expect(try status(builtIn, household, .unionFiling) != .eligible)
    }
}
