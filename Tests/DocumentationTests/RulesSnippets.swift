import Testing
import TieredAssistance

private let rulesAsData = "Sources/TieredAssistance/TieredAssistance.docc/Articles/RulesAsData.md"

@Suite("Rules as Data and Writing a Rule articles")
struct RulesSnippets {
    @Test("The article's rule file decides Xing'an category 3 as the built-in rule does")
    func ruleFile() throws {
        let bytes = Array(try Repository.blocks("json", in: rulesAsData)[0].utf8)
        let household = try HouseholdDecoder.decode(try Repository.household("xingan-defacto-hardship.json"))
        // doc: RulesAsData.md #1
        let catalog = try RuleFileLoader.load(bytes, into: .innerMongolia)
        let evaluator = try Evaluator(catalog: catalog, book: InnerMongoliaBook.book)
        let evaluation = try evaluator.evaluate(household, on: Day(iso: "2024-10-01")!)
        evaluation.determination(ProgramID("xingan.defacto.category-3.data"))?.status
        // end doc
        let fromFile = try #require(evaluation.determination(ProgramID("xingan.defacto.category-3.data")))
        #expect(fromFile.status == evaluation.determination(.xinganCategory3)?.status)
        #expect(ExplanationRenderer(language: .chinese).render(evaluation).contains("xingan.data.rigid-spending"))
    }

    @Test("A local variant from a file applies only where and when it says")
    func variant() throws {
        let variantBytes = Array(try Repository.blocks("json", in: rulesAsData)[1].utf8)
        // doc: RulesAsData.md #2
        let scenario = try RuleFileLoader.load(variantBytes, into: .innerMongolia)
        let ulanhot = AdministrativeDivisionCode("152201")!
        scenario.applicableRule(RuleID("marginal.income-test"), jurisdiction: ulanhot,
                                on: Day(iso: "2025-03-01")!)?.id   // marginal.income-test.scenario-152201
        scenario.applicableRule(RuleID("marginal.income-test"), jurisdiction: ulanhot,
                                on: Day(iso: "2024-03-01")!)?.id   // marginal.income-test
        // end doc
        #expect(scenario.applicableRule(RuleID("marginal.income-test"), jurisdiction: ulanhot, on: Day(iso: "2025-03-01")!)?.id
                == RuleID("marginal.income-test.scenario-152201"))
        #expect(scenario.applicableRule(RuleID("marginal.income-test"), jurisdiction: ulanhot, on: Day(iso: "2024-03-01")!)?.id
                == RuleID("marginal.income-test"))
    }

    @Test("Writing a Rule: the rules shown are the catalog's, and a new entitlement pays per child")
    func writingARule() throws {
        // doc: WritingARule.md #1
        let spending = Rule(
            id: RuleID("xingan.defacto.category-3.rigid-spending"),
            chineseTitle: "12个月内医疗、教育等刚性支出超过规定金额（S15：3万元）",
            englishTitle: "rigid spending within 12 months above the threshold (30,000 yuan in S15)",
            citations: [Citation(PolicyDocuments.s15, article: "第三类")],
            scope: .household,
            program: .xinganCategory3,
            condition: .compare(.measure(MeasureID("spending.rigid-12m.xingan")), .greaterThan,
                                .parameter(.xinganRigidSpendingThreshold)),
            applicability: Applicability(jurisdictions: [.xinganLeague], from: Day(iso: "2023-06-29")),
            note: "超过 is strict: exactly 30,000.00 yuan does not qualify.")
        // end doc
        let builtIn = try #require(RuleCatalog.innerMongolia.rule(spending.id))
        #expect(String(reflecting: builtIn.condition) == String(reflecting: spending.condition) && builtIn.program == spending.program)
        #expect(builtIn.applicability == spending.applicability && builtIn.citations == spending.citations)

        // doc: WritingARule.md #2
        let imSpendingTest = Rule(
            id: RuleID("rigid.spending-test.im"),
            chineseTitle: "刚性支出或医疗和意外支出超过家庭总收入的规定比例（S10：70%、60%）",
            englishTitle: "rigid spending, or medical and accident spending, above its share of household income (70% and 60% in S10)",
            citations: [Citation(PolicyDocuments.s10)], scope: .household, program: .rigidExpenditure,
            condition: .any([
                .compare(.measure(MeasureID("spending.rigid-12m.im")), .greaterThan,
                         .labelled(.product(.parameter(.rigidIMTotalRatio), .measure(MeasureID("income.counted-annual"))),
                                   Label("刚性支出比例 × 家庭年收入", "the rigid-spending share × annual household income"))),
                .compare(.measure(MeasureID("spending.medical-accident-12m")), .greaterThan,
                         .labelled(.product(.parameter(.rigidIMMedicalAccidentRatio), .measure(MeasureID("income.counted-annual"))),
                                   Label("医疗和意外支出比例 × 家庭年收入", "the medical and accident share × annual household income"))),
            ]),
            applicability: Applicability(jurisdictions: [.innerMongolia], from: Day(iso: "2023-01-01")),
            refines: RuleID("rigid.spending-test"))
        // end doc
        let variant = try #require(RuleCatalog.innerMongolia.rule(imSpendingTest.id))
        #expect(String(reflecting: variant.condition) == String(reflecting: imSpendingTest.condition))
        #expect(variant.refines == imSpendingTest.refines && variant.applicability == imSpendingTest.applicability)

        // doc: WritingARule.md #3
        let ulanhot = AdministrativeDivisionCode("152201")!
        RuleCatalog.innerMongolia.applicableRule(RuleID("rigid.spending-test"), jurisdiction: ulanhot,
                                                 on: Day(iso: "2024-10-01")!)?.id   // rigid.spending-test.im
        // end doc
        #expect(RuleCatalog.innerMongolia.applicableRule(RuleID("rigid.spending-test"), jurisdiction: ulanhot,
                                                         on: Day(iso: "2024-10-01")!)?.id == RuleID("rigid.spending-test.im"))
    }

    @Test("Writing a Rule: a measure, a parameter, a rule and an entitlement of one's own")
    func childGrant() throws {
        // doc: WritingARule.md #4
        // A measure: how many members are children under 18 on the evaluation day.
        let children = Measure(
            id: MeasureID("example.children-under-18"), chineseTitle: "未成年子女人数", englishTitle: "children under 18",
            scope: .household, unit: .count,
            definition: "Members with relationship child, aged under 18 on the evaluation day."
        ) { context in
            let count = context.household.members.filter {
                $0.relationship == .child && $0.age(on: context.day) < 18
            }.count
            return .value(.count(count))
        }

        // A parameter for the grant.
        let grant: ParameterID = ParameterID("example.child-grant")
        let parameters = ParameterCatalog.standard.adding([
            ParameterDefinition(id: grant, chineseTitle: "示例儿童补助标准", englishTitle: "example child grant",
                                units: [.yuanPerMonth], summary: "An illustrative monthly grant per child."),
        ])

        // A rule and an entitlement that pays the grant per child.
        let basis = Citation(PolicyDocument(key: "EX1", title: "示例文件", issuer: "示例"), article: "第一条")
        let rule = Rule(
            id: RuleID("example.child-grant.eligibility"), chineseTitle: "有未成年子女的低保家庭",
            englishTitle: "dibao household with a child under 18",
            citations: [basis], scope: .household, program: ProgramID("example.child-grant"),
            condition: .all([
                .tier(in: [.dibao]),
                .compare(.measure(MeasureID("example.children-under-18")), .atLeast, .constant(.count(1))),
            ]))
        let program = Program(
            id: ProgramID("example.child-grant"), chineseTitle: "示例儿童补助", englishTitle: "example child grant",
            kind: .entitlement, scope: .household, rules: [rule.id],
            amount: AmountFormula(
                .operand(.product(.parameter(grant), .measure(MeasureID("example.children-under-18"))),
                         Label("补助标准 × 未成年子女人数", "grant × children under 18")),
                rounding: .halfUp, citations: [basis]),
            citations: [basis])

        let catalog = try RuleCatalog.innerMongolia.adding(
            measures: [children], rules: [rule], programs: [program], parameters: parameters)

        // A book over the extended parameter catalog: the built-in entries, then the grant.
        var book = PolicyBook(catalog: parameters)
        try book.add(PolicyBook.Layer(name: InnerMongoliaBook.layerName, title: "built-in",
                                      entries: InnerMongoliaBook.entries))
        try book.add(PolicyBook.Layer(name: "example", title: "Example grant (illustrative)", entries: [
            ParameterEntry(parameter: grant, jurisdiction: .innerMongolia, effective: Day(iso: "2024-01-01")!,
                           value: .money(Money(yuan: 100)), unit: .yuanPerMonth,
                           source: nil, status: .illustrative),
        ]))

        let evaluator = try Evaluator(catalog: catalog, book: book)
        // end doc
        let household = try HouseholdDecoder.decode(try Repository.household("dibao-ulanhot-urban.json"))
        let evaluation = try evaluator.evaluate(household, on: Day(iso: "2024-10-01")!)
        let children18 = household.members.filter { $0.relationship == .child && $0.age(on: Day(iso: "2024-10-01")!) < 18 }.count
        let paid = try #require(evaluation.determination(ProgramID("example.child-grant")))
        #expect(evaluation.tier == .tier(.dibao))
        #expect(paid.status == (children18 > 0 ? .eligible : .notEligible))
        if children18 > 0 { #expect(paid.amount?.value == Money(yuan: 100).multiplied(by: children18)) }
        #expect(ExplanationRenderer(language: .english).render(evaluation).contains("example child grant"))
    }
}
