import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

private let evaluator = Evaluator.innerMongolia

@Suite("Rule engine: exact comparisons, three-valued outcomes, precedence, explanations")
struct EngineTests {
    @Test("低于 is strict: income per person at the standard fails, one fen below passes (household of 3)",
          arguments: [(Money(fen: 248_700), ProgramStatus.notEligible), (Money(fen: 248_699), .eligible), (Money(fen: 248_701), .notEligible)])
    func dibaoIncomeBoundary(income: Money, expected: ProgramStatus) throws {
        let household = Fixture.household(size: 3, income: income)
        let evaluation = try evaluator.evaluate(household, on: Fixture.evaluationDay)
        #expect(evaluation.determination(.dibao)?.status == expected)
    }

    @Test("The 1.5× line is compared without dividing: 2 × income < 3 × standard × persons",
          arguments: [(Money(fen: 373_050), ProgramStatus.notEligible), (Money(fen: 373_049), .eligible)])
    func marginalBoundary(income: Money, expected: ProgramStatus) throws {
        // 1.5 × 829.00 × 3 = 3,730.50 yuan.
        let household = Fixture.household(size: 3, income: income, verifiedFor: .marginal)
        #expect(try evaluator.evaluate(household, on: Fixture.evaluationDay).determination(.marginal)?.status == expected)
    }

    @Test("Why-not reads like the policy: 人均月收入 1,233.33 元，超过低保标准 829.00 元 404.33 元")
    func whyNotSentence() throws {
        let household = Fixture.household(size: 3, income: Money(yuan: 3700))
        let evaluation = try evaluator.evaluate(household, on: Fixture.evaluationDay)
        let text = ExplanationRenderer(language: .chinese).render(evaluation)
        #expect(text.contains("人均月收入 1,233.33 元，超过低保标准 829.00 元，相差 404.33 元（要求低于：未满足）"))
        #expect(text.contains("S1 《社会救助暂行办法》(国务院令第649号) 第九条"))
        let english = ExplanationRenderer(language: .english).render(evaluation)
        #expect(english.contains("counted monthly income per person 1,233.33 yuan, above the dibao standard 829.00 yuan by 404.33 yuan (must be below: not met)"))
    }

    @Test("A missing parameter makes the decision undetermined and names parameter, place and day")
    func missingParameter() throws {
        let household = Fixture.household(size: 2, income: Money(yuan: 500))
        let evaluation = try evaluator.evaluate(household, on: Fixture.day("2025-02-01"))
        let dibao = try #require(evaluation.determination(.dibao))
        #expect(dibao.status == .undetermined)
        #expect(dibao.missing.contains { $0.description.hasPrefix("no value for dibao.standard in 152201 (urban) on 2025-02-01") })
        #expect(evaluation.tier == .undetermined([.dibao, .marginal]) || evaluation.tier == .undetermined([.dibao, .marginal, .rigidExpenditure]))
    }

    @Test("A missing fact makes the decision undetermined and names the field")
    func missingFact() throws {
        var household = Fixture.household(size: 1, income: Money(yuan: 100))
        household.assets = nil
        let evaluation = try evaluator.evaluate(household, on: Fixture.evaluationDay)
        let dibao = try #require(evaluation.determination(.dibao))
        #expect(dibao.status == .undetermined)
        #expect(dibao.missing.contains { $0.description.hasPrefix("assets (") })
    }

    @Test("What an already-decided branch lacks is not reported: a failed rule decides, a met any() decides")
    func missingOnlyWhatDecides() throws {
        var rich = Fixture.household(size: 1, income: Money(yuan: 9000))
        rich.assets = nil
        for tracing in [true, false] {
            let dibao = try #require(evaluator.evaluate(rich, on: Fixture.evaluationDay, tracing: tracing).determination(.dibao))
            #expect(dibao.status == .notEligible)
            #expect(dibao.missing.isEmpty, "the income test failed; the unknown asset test does not matter")
        }
        // Union accident under the built-in book, in Qingdao (the source of the three tiers):
        // the accident event meets the any(); the 80% cost-share branch does not matter, but
        // the amount's parameters (absent) do.
        var household = Fixture.household(size: 3, income: Money(yuan: 4000), jurisdiction: Fixture.code("370202"))
        household.events = [LifeEvent(kind: .accident, day: Fixture.day("2024-03-14"), member: Member.ID("m1"))]
        household.unionWorker = UnionWorkerRecord(member: Member.ID("m1"), isUnionMember: true, isMigrantWorker: false,
                                                  fileStatus: .filed, filedOn: Fixture.day("2024-04-20"),
                                                  annualDisposableIncome: Money(yuan: 60_000), annualHardshipCosts: Money(yuan: 24_000))
        for tracing in [true, false] {
            let accident = try #require(evaluator.evaluate(household, on: Fixture.evaluationDay, tracing: tracing).determination(.unionAccident))
            #expect(accident.status == .eligible)
            #expect(accident.amount == nil)
            #expect(accident.missing.map(\.description) == [
                "no value for union.aid.accident.share in 370202 (urban) on 2024-10-01",
                "no value for union.aid.accident.cap in 370202 (urban) on 2024-10-01",
            ])
            var summary = BatchSummary()
            summary.add(try evaluator.evaluate(household, on: Fixture.evaluationDay, tracing: tracing))
            #expect(summary.amountsUndetermined["union.accident"] == 1)
            #expect(summary.json.contains("\"amountUndetermined\":1"))
        }
        let text = ExplanationRenderer(language: .english)
            .renderSummary(try evaluator.evaluate(household, on: Fixture.evaluationDay))
        #expect(text.contains("union accident hardship: eligible · amount undetermined [I]\n      ? no value for union.aid.accident.share"))
        #expect(text.contains("[I] values whose effective day is inferred"))
        #expect(text.contains("(union.accident.cost-share) 0.8, in force from 2020-01-01 (inferred)"))
    }

    @Test("Tiers are exclusive: a dibao household is not also marginal, and the marginal outcome says so")
    func precedence() throws {
        let household = Fixture.household(size: 2, income: Money(yuan: 1000), verifiedFor: .dibao)
        let book = Fixture.illustrativeBook
        let evaluation = try Evaluator(catalog: .innerMongolia, book: book).evaluate(household, on: Fixture.evaluationDay)
        #expect(evaluation.tier == .tier(.dibao))
        let marginal = try #require(evaluation.determination(.marginal))
        #expect(marginal.status == .eligible)
        #expect(marginal.supersededBy == .dibao)
    }

    @Test("The dibao payment is the difference, with its breakdown: 829 × 3 − 1,380 = 1,107.00")
    func dibaoAmount() throws {
        let household = Fixture.household(size: 3, income: Money(yuan: 1380))
        let dibao = try #require(evaluator.evaluate(household, on: Fixture.evaluationDay).determination(.dibao))
        #expect(dibao.amount?.value == Money(yuan: 1107))
        #expect(dibao.amount?.lines.map(\.value.description) == ["1,107.00", "1,107.00", "2,487.00", "1,380.00", "0.00", "0.00", "0.00", "0.00"])
    }

    @Test("A near miss is flagged within the configured share and not beyond it")
    func nearMiss() throws {
        // 2 persons, income 1,700 → 850 per person, 2.5 % above 829.
        let household = Fixture.household(size: 2, income: Money(yuan: 1700))
        let near = try #require(evaluator.evaluate(household, on: Fixture.evaluationDay).determination(.dibao))
        #expect(near.status == .notEligible)
        #expect(near.nearMiss != nil)
        var strict = evaluator
        strict.nearMissShare = .percent(2)
        #expect(try strict.evaluate(household, on: Fixture.evaluationDay).determination(.dibao)?.nearMiss == nil)
    }

    @Test("Without traces the statuses, tiers and amounts are the same as with them")
    func tracingDoesNotChangeOutcomes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixture.repositoryRoot.appendingPathComponent("Examples/data").path)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix("policy") && !$0.hasPrefix("rules") }
        #expect(files.count >= 6)
        let book = Fixture.illustrativeBook
        let engine = try Evaluator(catalog: .innerMongolia, book: book)
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: Fixture.repositoryRoot.appendingPathComponent("Examples/data/\(file)").path))
            let household = try HouseholdDecoder.decode([UInt8](data))
            let traced = try engine.evaluate(household, on: Fixture.evaluationDay, tracing: true)
            let plain = try engine.evaluate(household, on: Fixture.evaluationDay, tracing: false)
            #expect(traced.tier == plain.tier, "\(file)")
            #expect(traced.determinations.map(\.status) == plain.determinations.map(\.status), "\(file)")
            #expect(traced.determinations.map { $0.amount?.value } == plain.determinations.map { $0.amount?.value }, "\(file)")
            #expect(traced.determinations.map(\.missing) == plain.determinations.map(\.missing), "\(file)")
        }
    }

    @Test("The same input gives byte-identical JSON and text")
    func determinism() throws {
        let data = try #require(FileManager.default.contents(atPath: Fixture.repositoryRoot.appendingPathComponent("Examples/data/xingan-defacto-hardship.json").path))
        let first = try HouseholdDecoder.decode([UInt8](data))
        let second = try HouseholdDecoder.decode([UInt8](data))
        let a = EvaluationJSON.encode(try evaluator.evaluate(first, on: Fixture.evaluationDay))
        let b = EvaluationJSON.encode(try evaluator.evaluate(second, on: Fixture.evaluationDay))
        #expect(a == b)
        #expect(try ExplanationRenderer().render(evaluator.evaluate(first, on: Fixture.evaluationDay))
                == ExplanationRenderer().render(evaluator.evaluate(second, on: Fixture.evaluationDay)))
        #expect(try JSONSerialization.jsonObject(with: Data(a)) is [String: Any])
    }

    @Test("A local variant replaces its base rule only where and when it applies")
    func localVariant() throws {
        let household = Fixture.household(size: 2, income: Money(yuan: 3000))
        let inIM = try evaluator.evaluate(household, on: Fixture.evaluationDay)
        let rigid = try #require(inIM.determination(.rigidExpenditure))
        #expect(rigid.rules.contains { $0.rule.id == "rigid.spending-test.im" && $0.baseRule == "rigid.spending-test" })
        // Before IM's tier (2023) and before the national rule (2025-01-01), nothing applies.
        let before = try evaluator.evaluate(household, on: Fixture.day("2022-12-31"))
        #expect(before.determination(.rigidExpenditure)?.status == .notApplicable)
        // Outside Inner Mongolia after 2025-01-01, the national rule applies.
        var elsewhere = household
        elsewhere.jurisdiction = Fixture.code("110101")
        let national = try evaluator.evaluate(elsewhere, on: Fixture.day("2025-06-01"))
        #expect(national.determination(.rigidExpenditure)?.rules.contains { $0.rule.id == "rigid.spending-test" } == true)
    }
}

@Suite("Catalog and RULES.md")
struct CatalogTests {
    @Test("Every rule cites at least one policy article and every program appears in RULES.md")
    func citations() throws {
        let catalog = RuleCatalog.innerMongolia
        #expect(catalog.rules.allSatisfy { !$0.citations.isEmpty })
        let markdown = CatalogDocumentation.markdown(catalog)
        for rule in catalog.rules { #expect(markdown.contains("`\(rule.id)` — "), "\(rule.id)") }
        for program in catalog.programs { #expect(markdown.contains("(`\(program.id)`)"), "\(program.id)") }
    }

    @Test("RULES.md is exactly the output of `assist rules --format markdown`")
    func rulesFileMatches() throws {
        let url = Fixture.repositoryRoot.appendingPathComponent("RULES.md")
        let committed = try String(contentsOf: url, encoding: .utf8)
        let generated = CatalogDocumentation.markdown(.innerMongolia, choices: CatalogChoice.innerMongolia, book: InnerMongoliaBook.book)
        #expect(committed == generated, "RULES.md is stale: run `swift run assist rules --format markdown > RULES.md`")
    }

    @Test("Every rule, amount and measure whose note says [I] is carried by a listed catalog choice, and every choice names ids that exist")
    func choicesCoverEveryInference() {
        let catalog = RuleCatalog.innerMongolia
        let carried = Set(CatalogChoice.innerMongolia.flatMap(\.affects))
        var inferring: [String] = []
        for rule in catalog.rules where rule.note?.contains("[I") == true { inferring.append(rule.id.rawValue) }
        for program in catalog.programs where program.amount?.note?.contains("[I") == true { inferring.append(program.id.rawValue) }
        for measure in catalog.measures where measure.definition.contains("[I") { inferring.append(measure.id.rawValue) }
        for id in inferring { #expect(carried.contains(id), "\(id) has an [I] note but no catalog choice carries it") }
        let known = Set(catalog.rules.map(\.id.rawValue) + catalog.programs.map(\.id.rawValue) + catalog.measures.map(\.id.rawValue)
                        + catalog.parameterCatalog.definitions.map(\.id.rawValue))
        for id in carried { #expect(known.contains(id), "a choice names \(id), which is not in the catalog") }
    }

    @Test("An inconsistent catalog is refused with the offending rule named")
    func inconsistentCatalog() {
        let rule = Rule(id: "x.rule", chineseTitle: "x", englishTitle: "x", citations: [], scope: .household, program: "x",
                        condition: .isTrue("household.is-urban"))
        let program = Program(id: "x", chineseTitle: "x", englishTitle: "x", kind: .entitlement, scope: .household,
                              rules: ["x.rule"], citations: [])
        #expect(throws: RuleCatalog.Problem.self) { try RuleCatalog.innerMongolia.adding(rules: [rule], programs: [program]) }
        let unknownMeasure = Rule(id: "y.rule", chineseTitle: "y", englishTitle: "y", citations: [Citation(PolicyDocuments.s1)],
                                  scope: .household, program: "y", condition: .isTrue("no.such.measure"))
        let programY = Program(id: "y", chineseTitle: "y", englishTitle: "y", kind: .entitlement, scope: .household,
                               rules: ["y.rule"], citations: [])
        do {
            _ = try RuleCatalog.innerMongolia.adding(rules: [unknownMeasure], programs: [programY])
            Issue.record("expected a problem")
        } catch {
            #expect(error.subject == "y.rule")
        }
    }

    @Test("A tier's amount may not read the household's tier (it is computed before the tiers settle); an entitlement's may")
    func tierAmountReadsTier() throws {
        let source = Citation(PolicyDocuments.s1)
        func catalog(_ kind: ProgramKind) throws(RuleCatalog.Problem) -> RuleCatalog {
            let amount = AmountFormula(.when(.tier(in: ["t"]), then: .operand(.constant(.money(Money(yuan: 100), periodMonths: 1)), Label("a", "a")),
                                             otherwise: .operand(.constant(.money(.zero, periodMonths: 1)), Label("b", "b")), Label("c", "c")),
                                       rounding: .halfUp, citations: [source])
            let tier = Program(id: "t", chineseTitle: "t", englishTitle: "t", kind: .tier(rank: 0), scope: .household,
                               rules: ["t.rule"], amount: kind == .entitlement ? nil : amount, citations: [source])
            var programs = [tier]
            var rules = [Rule(id: "t.rule", chineseTitle: "t", englishTitle: "t", citations: [source], scope: .household, program: "t",
                              condition: .isTrue("household.is-urban"))]
            if kind == .entitlement {
                programs.append(Program(id: "e", chineseTitle: "e", englishTitle: "e", kind: .entitlement, scope: .household,
                                        rules: ["e.rule"], amount: amount, citations: [source]))
                rules.append(Rule(id: "e.rule", chineseTitle: "e", englishTitle: "e", citations: [source], scope: .household,
                                  program: "e", condition: .isTrue("household.is-urban")))
            }
            return try RuleCatalog(measures: RuleCatalog.innerMongolia.measures, rules: rules, programs: programs,
                                   parameters: RuleCatalog.innerMongolia.parameterCatalog)
        }
        do {
            _ = try catalog(.tier(rank: 0))
            Issue.record("expected a problem")
        } catch {
            #expect(error.subject == "t")
            #expect(error.message.contains("only entitlements"))
        }
        #expect(throws: Never.self) { try catalog(.entitlement) }
    }
}

@Suite("Units: every comparison and amount is checked before anything is evaluated")
struct UnitCheckTests {
    private func problem(rules: [Rule] = [], programs: [Program], measures: [Measure] = []) -> RuleCatalog.Problem? {
        do {
            _ = try RuleCatalog.innerMongolia.adding(measures: measures, rules: rules, programs: programs)
            return nil
        } catch {
            return error
        }
    }

    @Test("Comparing a sum of money with an amount per month is refused, naming the rule and both units")
    func sumAgainstMonthly() {
        let rule = Rule(id: "u.rule", chineseTitle: "u", englishTitle: "u", citations: [Citation(PolicyDocuments.s1)],
                        scope: .household, program: "u",
                        condition: .compare(.measure("union.hardship-costs"), .greaterThan, .measure("income.counted-monthly")))
        let program = Program(id: "u", chineseTitle: "u", englishTitle: "u", kind: .entitlement, scope: .household,
                              rules: ["u.rule"], citations: [])
        let failure = problem(rules: [rule], programs: [program])
        #expect(failure?.subject == "u.rule")
        #expect(failure?.message.contains("union.hardship-costs with income.counted-monthly") == true, "\(String(describing: failure))")
        #expect(failure?.message.contains("yuan and yuan/month do not fit together") == true, "\(String(describing: failure))")
    }

    @Test("Monthly and yearly amounts compare (per year); a choice parameter is not a number")
    func monthlyAgainstYearly() {
        let fits = Rule(id: "v.rule", chineseTitle: "v", englishTitle: "v", citations: [Citation(PolicyDocuments.s1)],
                        scope: .household, program: "v",
                        condition: .compare(.measure("income.counted-annual"), .lessThan, .measure("income.counted-monthly")))
        let program = Program(id: "v", chineseTitle: "v", englishTitle: "v", kind: .entitlement, scope: .household,
                              rules: ["v.rule"], citations: [])
        #expect(problem(rules: [fits], programs: [program]) == nil)
        let choice = Rule(id: "v.rule", chineseTitle: "v", englishTitle: "v", citations: [Citation(PolicyDocuments.s1)],
                          scope: .household, program: "v",
                          condition: .compare(.parameter(.employmentCostBase), .lessThan, .constant(.count(1))))
        #expect(problem(rules: [choice], programs: [program])?.message.contains("is a choice") == true)
    }

    @Test("A monthly amount that comes out as a sum, or a one-off amount per month, is refused")
    func amountUnits() {
        let rule = Rule(id: "w.rule", chineseTitle: "w", englishTitle: "w", citations: [Citation(PolicyDocuments.s1)],
                        scope: .household, program: "w", condition: .isTrue("household.is-urban"))
        let monthlySum = Program(id: "w", chineseTitle: "w", englishTitle: "w", kind: .entitlement, scope: .household,
                                 rules: ["w.rule"], amount: AmountFormula(.operand(.parameter(.unionAidAccidentCap), Label("w", "w")),
                                                                          period: .monthly, rounding: .halfUp, citations: [Citation(PolicyDocuments.s1)]),
                                 citations: [])
        #expect(problem(rules: [rule], programs: [monthlySum])?.message.contains("monthly amount comes out in yuan") == true)
        let oneOffMonthly = Program(id: "w", chineseTitle: "w", englishTitle: "w", kind: .entitlement, scope: .household,
                                    rules: ["w.rule"], amount: AmountFormula(.operand(.parameter(.dibaoStandard), Label("w", "w")),
                                                                             period: .oneOff, rounding: .halfUp, citations: [Citation(PolicyDocuments.s1)]),
                                    citations: [])
        #expect(problem(rules: [rule], programs: [oneOffMonthly])?.message.contains("one-off amount comes out in yuan/month") == true)
        let capped = Program(id: "w", chineseTitle: "w", englishTitle: "w", kind: .entitlement, scope: .household,
                             rules: ["w.rule"], amount: AmountFormula(.minimum([
                                 .operand(.parameter(.dibaoStandard), Label("a", "a")),
                                 .operand(.parameter(.unionAidAccidentCap), Label("b", "b")),
                             ], Label("cap", "cap")), period: .monthly, rounding: .halfUp, citations: [Citation(PolicyDocuments.s1)]),
                             citations: [])
        #expect(problem(rules: [rule], programs: [capped])?.message.contains("takes the smaller in cap") == true)
    }

    @Test("A measure whose value breaks its declared unit is refused at evaluation, not used")
    func measureBreaksItsUnit() throws {
        let liar = Measure(id: "x.liar", chineseTitle: "x", englishTitle: "x", scope: .household, unit: .moneySum,
                           definition: "declares a sum, gives an amount per year") { _ in .value(.money(Money(yuan: 1), periodMonths: 12)) }
        let rule = Rule(id: "x.rule", chineseTitle: "x", englishTitle: "x", citations: [Citation(PolicyDocuments.s1)],
                        scope: .household, program: "x",
                        condition: .compare(.measure("x.liar"), .greaterThan, .parameter(.unionAidAccidentCap)))
        let program = Program(id: "x", chineseTitle: "x", englishTitle: "x", kind: .entitlement, scope: .household,
                              rules: ["x.rule"], citations: [])
        let catalog = try RuleCatalog.innerMongolia.adding(measures: [liar], rules: [rule], programs: [program])
        let evaluation = try Evaluator(catalog: catalog, book: Fixture.illustrativeBook)
            .evaluate(Fixture.household(size: 1, income: Money(yuan: 100)), on: Fixture.evaluationDay)
        let determination = try #require(evaluation.determination("x"))
        #expect(determination.status == .undetermined)
        #expect(determination.missing.contains(.arithmetic(Label("指标 x.liar 给出的单位为 元/年，但声明为 元", "measure x.liar gave yuan/year, but is declared in yuan"))))
    }

    @Test("Money per an unknown period never compares, and arithmetic at the limits reports overflow")
    func quantityLimits() {
        let odd = Quantity(100, unit: .money(periodMonths: 5))
        #expect(throws: Quantity.UnitMismatch.self) { try odd.compare(to: .money(Money(yuan: 1), periodMonths: 12)) }
        let huge = Quantity(.max / 2, unit: .moneyPerMonth)
        #expect(throws: Quantity.UnitMismatch.self) { try huge.compare(to: Quantity(1, unit: .moneyPerYear)) }
        #expect(throws: Quantity.UnitMismatch.self) { try Quantity(.min, unit: .ratio).subtracting(Quantity(1, unit: .ratio)) }
        #expect(throws: Quantity.UnitMismatch.self) { try Quantity(1, unit: .ratio).adding(Quantity(.min, unit: .ratio)) }
        #expect(Quantity(.min, over: 2, unit: .ratio).reduced().denominator == 1)
        #expect(Quantity(.max, unit: .ratio).description.hasPrefix("≈"))
    }
}
