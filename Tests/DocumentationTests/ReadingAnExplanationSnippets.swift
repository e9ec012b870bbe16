import Foundation
import Testing
import TieredAssistance

@Suite("Reading an Explanation article")
struct ReadingAnExplanationSnippets {
    @Test("Render, near misses, summaries and JSON, the trace in code, without traces")
    func explanation() throws {
        let evaluator = Evaluator.innerMongolia
        var household = try HouseholdDecoder.decode(try Repository.household("dibao-ulanhot-urban.json"))
        let day = Day(iso: "2024-10-01")!
        do {
            // doc: ReadingAnExplanation.md #1
            let evaluation = try evaluator.evaluate(household, on: Day(iso: "2024-10-01")!)
            print(ExplanationRenderer(language: .chinese).render(evaluation))
            // end doc
            let text = ExplanationRenderer(language: .chinese).render(evaluation)
            #expect(text.contains("【最低生活保障】 符合 · 每月 1,107.00 元 [I]"))
            #expect(text.contains("✓ 人均月收入 460.00 元，低于低保标准 829.00 元，相差 369.00 元（要求低于：满足）"))
            // The asset test holds through the finding: nothing is listed missing for dibao.
            #expect(evaluation.determination(.dibao)?.missing.isEmpty == true)
            #expect(evaluation.determination(.marginal)?.missing.contains { "\($0)".contains("marginal.asset-limit.financial-months") } == true)

            // doc: ReadingAnExplanation.md #3
            let english = ExplanationRenderer(language: .english)
            print(english.renderSummary(evaluation))   // the tier, then one line per program

            let json = EvaluationJSON.encode(evaluation, detail: .full, language: .english)
            // end doc
            #expect(english.renderSummary(evaluation).hasPrefix("Household H-152201-0001 · 152201 乌兰浩特市 · urban · evaluated on 2024-10-01\nTier:"))
            // "full" adds each rule's comparisons to what "summary" keeps.
            let object = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
            #expect(object?["tier"] as? String == "dibao")
            #expect(json.count > EvaluationJSON.encode(evaluation, detail: .summary, language: .english).count)

            // doc: ReadingAnExplanation.md #7
            if let dibao = evaluation.determination(.dibao) {
                for condition in dibao.openConditions {
                    print("☐", condition.text.chinese, condition.citation)
                }
            }
            // end doc
            let conditions = evaluation.determination(.dibao)?.openConditions.map { "☐ \($0.text.chinese) \($0.citation)" } ?? []
            #expect(conditions.count == 4)
            #expect(conditions.first == "☐ 核实申请家庭具有当地户籍 S1 《社会救助暂行办法》(国务院令第649号) 第九条")
            #expect(conditions.last?.hasSuffix("S2 《最低生活保障审核确认办法》(民发〔2021〕57号) 第十四条") == true)
        }

        // 850.00 yuan a person against the 829.00 standard: 2.53 % above it.
        household.incomes = [Income(member: household.members[0].id, kind: .wage,
                                    monthlyAmount: Money(yuan: 850).multiplied(by: household.members.count))]
        do {
            // doc: ReadingAnExplanation.md #2
            let generous = try Evaluator(catalog: .innerMongolia, book: InnerMongoliaBook.book,
                                         nearMissShare: .percent(10))
            let evaluation = try generous.evaluate(household, on: day)
            for determination in evaluation.determinations {
                if let nearMiss = determination.nearMiss {
                    print(determination.program, nearMiss.distance.roundedPercentDescription(),
                          nearMiss.failed.map(\.margin))
                }
            }
            // end doc
            let dibao = try #require(evaluation.determination(.dibao))
            #expect(dibao.status == .notEligible)
            #expect(dibao.nearMiss?.distance.roundedPercentDescription() == "2.53%")
            #expect(ExplanationRenderer(language: .english).renderSummary(evaluation)
                    .contains("minimum living allowance (dibao): not eligible · near miss (within 2.53%)"))
            #expect(try Evaluator.innerMongolia.evaluate(household, on: day).determination(.dibao)?.nearMiss != nil)
        }

        let xingan = try HouseholdDecoder.decode(try Repository.household("xingan-defacto-hardship.json"))
        let evaluation = try evaluator.evaluate(xingan, on: xingan.asOf ?? day)
        var lines = 0
        func trace(_ evaluation: Evaluation) {
            // doc: ReadingAnExplanation.md #4
            guard let determination = evaluation.determination(.xinganCategory3) else { return }
            for outcome in determination.rules {
                print(outcome.rule.id, outcome.truth, outcome.baseRule as Any)   // baseRule: set when a local variant applied
                for comparison in outcome.trace?.comparisons ?? [] {
                    print(comparison.left.chinese, comparison.leftValue as Any,
                          comparison.comparison.chineseWord,
                          comparison.right.chinese, comparison.rightValue as Any,
                          comparison.margin as Any,
                          comparison.parameters.map { ($0.definition.id, $0.entry.status) },
                          comparison.missing)
                }
            }
            // end doc
            lines = determination.rules.count
        }
        trace(evaluation)
        #expect(lines > 0)
        let spending = evaluation.determination(.xinganCategory3)?.rules.flatMap { $0.trace?.comparisons ?? [] }
        #expect(spending?.contains { $0.parameters.contains { $0.definition.id == .xinganRigidSpendingThreshold } } == true)

        // doc: ReadingAnExplanation.md #5
        let fast = try evaluator.evaluate(household, on: day, tracing: false)
        // end doc
        let traced = try evaluator.evaluate(household, on: day)
        #expect(fast.tier == traced.tier)
        #expect(fast.determinations.map(\.status) == traced.determinations.map(\.status))
        #expect(fast.determinations.allSatisfy { $0.rules.allSatisfy { $0.trace == nil } })
    }

    @Test("What cannot change the answer: S4 spending with an unrecorded school-fee cap is met whatever the fee")
    func ranges() throws {
        // The household the article describes: outside Inner Mongolia (Qingdao), 31,500 yuan of
        // medical bills, a 5,000-yuan college bill without its comparable fee, 2,000 yuan a month.
        var household = try HouseholdDecoder.decode(try Repository.household("dibao-ulanhot-urban.json"))
        household.jurisdiction = try AdministrativeDivisionCode(parsing: "370200")
        household.members[2].schooling = .college
        household.incomes = [Income(member: household.members[0].id, kind: .wage, monthlyAmount: Money(yuan: 2_000))]
        household.expenses = [
            Expense(member: household.members[0].id, category: .medical, day: Day(iso: "2025-03-01")!, amount: Money(yuan: 31_500)),
            Expense(member: household.members[2].id, category: .education, day: Day(iso: "2025-02-01")!, amount: Money(yuan: 5_000)),
        ]
        household.assets?.verification = AssetVerification(finding: .compliant, verifiedOn: Day(iso: "2025-01-15")!, checkedFor: .rigidExpenditure)
        #expect(household.members.count == 3)

        // doc: ReadingAnExplanation.md #6
        // The local share is not in the built-in book: 50 % here, as an example.
        let share = ParameterEntry(parameter: .rigidNationalRatio, jurisdiction: .national, residence: nil,
                                   effective: Day(iso: "2025-01-01")!, value: .rate(Rate(1, over: 2)), unit: .ratio,
                                   source: nil, status: .illustrative)
        let book = try InnerMongoliaBook.book.adding(PolicyBook.Layer(name: "example", title: "an example share", entries: [share]))
        let evaluation = try Evaluator(catalog: .innerMongolia, book: book).evaluate(household, on: Day(iso: "2025-06-01")!)
        if let rigid = evaluation.determination(.rigidExpenditure) {
            print(ExplanationRenderer(language: .chinese).render(rigid, of: evaluation).joined(separator: "\n"))
        }
        // end doc
        let rigid = try #require(evaluation.determination(.rigidExpenditure))
        let lines = ExplanationRenderer(language: .chinese).render(rigid, of: evaluation)
        #expect(lines.contains("  ✓ rigid.spending-test 刚性支出超过家庭总收入的规定比例"), "\(lines)")
        #expect(lines.contains("    ✓ 12个月内刚性支出（全国口径） 介于 31,500.00 元 与 36,500.00 元 之间，家庭年收入的规定比例 12,000.00 元（要求超过：满足；未知的值无论为何，结论不变）"), "\(lines)")
        let comparison = try #require(rigid.rules.first { $0.rule.id == RuleID("rigid.spending-test") }?.trace?.comparisons.first)
        #expect(comparison.isDecidedOverRanges && comparison.missing.isEmpty && comparison.leftRange != nil)
        // Against half of 70,000 yuan the fee decides: undetermined, naming it.
        household.incomes = [Income(member: household.members[0].id, kind: .wage, monthlyAmount: Money(yuan: 5_834))]
        let straddling = try Evaluator(catalog: .innerMongolia, book: book).evaluate(household, on: Day(iso: "2025-06-01")!)
        let test = straddling.determination(.rigidExpenditure)?.rules.first { $0.rule.id == RuleID("rigid.spending-test") }
        #expect(test?.truth == .unknown)
        #expect(test?.trace?.comparisons.first?.missing.contains { "\($0)".contains("expenses[1].comparablePublicSchoolFee") } == true)
    }

    @Test("Questions that settle the case: the marginal household lacks three facts, each settling one outcome")
    func questions() throws {
        let household = try HouseholdDecoder.decode(try Repository.household("marginal-ulanhot.json"))
        let policy = try String(contentsOf: Repository.root.appendingPathComponent("Examples/data/policy-illustrative-im.json"), encoding: .utf8)
        let book = try InnerMongoliaBook.book.adding(try PolicyFileLoader.load(policy, name: "illustrative", catalog: InnerMongoliaBook.book.catalog))
        let evaluation = try Evaluator(catalog: .innerMongolia, book: book).evaluate(household, on: household.asOf!)

        // doc: ReadingAnExplanation.md #8
        for question in evaluation.questions {
            print(question.item.chineseDescription, question.settles, question.subjects.map(\.program))
        }
        // end doc
        let lines = evaluation.questions.map { "\($0.item.chineseDescription) \($0.settles) \($0.subjects.map(\.program))" }
        #expect(lines == [
            "缺少 enrolments（已纳入救助的状态未记录） 1 [tekun]",
            "缺少 housingHardshipFinding（住房困难标准由地方规定，须记录认定结论） 1 [housing-aid]",
            "缺少 specialHardshipFinding（兴安盟文件未界定特殊遇困，须由经办人员记录认定结论） 1 [xingan.defacto.category-2]",
        ])
    }
}
