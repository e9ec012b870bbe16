import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// Deciding what can be decided: a comparison with an unknown side is decided when every
/// value its sides can take gives the same answer (``QuantityRange``), and then lists
/// nothing missing.
@Suite("Ranges: unknown facts and parameters that cannot change the answer")
struct RangeTests {
    private static func money(_ yuan: Int64) -> Quantity { .money(Money(yuan: yuan), periodMonths: 12) }
    private static func point(_ yuan: Int64) -> QuantityRange { QuantityRange(exactly: money(yuan)) }
    private static func atLeast(_ yuan: Int64) -> QuantityRange { QuantityRange(lower: money(yuan), upper: nil) }
    private static func between(_ low: Int64, _ high: Int64) -> QuantityRange { QuantityRange(lower: money(low), upper: money(high)) }

    @Test("A comparison is decided only when every pair of values agrees", arguments: [
        // (left, comparison, right, truth)
        (point(10), Comparison.greaterThan, point(5), Truth.yes),
        (atLeast(31_500), .greaterThan, point(30_000), .yes),
        (atLeast(30_000), .greaterThan, point(30_000), .unknown),        // 30,000 itself is not above
        (atLeast(30_000), .atLeast, point(30_000), .yes),
        (between(31_500, 36_500), .greaterThan, point(35_000), .unknown),
        (between(31_500, 36_500), .greaterThan, point(40_000), .no),
        (between(31_500, 36_500), .atMost, point(36_500), .yes),
        (between(31_500, 36_500), .lessThan, point(36_500), .unknown),
        (point(0), .greaterThan, atLeast(0), .no),                       // nothing is above an amount of 0 or more
        (point(0), .atMost, atLeast(0), .yes),
        (QuantityRange(lower: nil, upper: nil), .lessThan, point(1), .unknown),
    ])
    func rangeTruth(left: QuantityRange, comparison: Comparison, right: QuantityRange, truth: Truth) throws {
        #expect(try QuantityRange.truth(left, comparison, right) == truth)
    }

    @Test("Products of ranges of values 0 or more: an exact 0 keeps the product at 0; open ends stay open")
    func products() throws {
        let ratio = QuantityRange(lower: .ratio(Rate(0, over: 1)), upper: nil)
        let zeroIncome = Self.point(0)
        #expect(try ratio.multiplied(by: zeroIncome)?.exactValue == Self.money(0))
        let product = try #require(try ratio.multiplied(by: Self.point(24_000)))
        #expect(product.lower == Self.money(0) && product.upper == nil)
        #expect(try QuantityRange(lower: Quantity(-1, unit: .ratio), upper: nil).multiplied(by: Self.point(1)) == nil)
        #expect(try Self.between(1, 2).adding(Self.atLeast(3)) == QuantityRange(lower: Self.money(4), upper: nil))
    }

    /// A household outside Inner Mongolia on a 2025 day, where the national S4 test counts
    /// education up to the comparable public-school fee: the fee of a 5,000-yuan school bill
    /// was not recorded, so the 12-month rigid spending lies between 31,500 and 36,500 yuan.
    private static func national(income monthly: Int64) -> Household {
        var household = Fixture.household(size: 2, income: Money(yuan: monthly), jurisdiction: Fixture.code("370200"),
                                          expenses: [
                                              Expense(member: Member.ID("m1"), category: .medical, day: Fixture.day("2025-03-01"),
                                                      amount: Money(yuan: 31_500)),
                                              Expense(member: Member.ID("m2"), category: .education, day: Fixture.day("2025-02-01"),
                                                      amount: Money(yuan: 5_000)),
                                          ], verifiedFor: .rigidExpenditure)
        household.members[1].schooling = .college
        return household
    }

    /// The national spending-share ratio at 50 % (the test's value; the real local ratio is [U]).
    private static let evaluator: Evaluator = {
        let entry = ParameterEntry(parameter: .rigidNationalRatio, jurisdiction: .national, residence: nil,
                                   effective: Fixture.day("2025-01-01"), value: .rate(Rate(1, over: 2)), unit: .ratio,
                                   source: nil, status: .illustrative)
        let book = try! InnerMongoliaBook.book.adding(PolicyBook.Layer(name: "ratio", title: "test ratio", entries: [entry]))
        return try! Evaluator(catalog: .innerMongolia, book: book)
    }()

    private static func spendingTest(_ household: Household) throws -> (Truth, ComparisonTrace, [MissingItem]) {
        let evaluation = try evaluator.evaluate(household, on: Fixture.day("2025-06-01"))
        let determination = try #require(evaluation.determination(.rigidExpenditure))
        let outcome = try #require(determination.rules.first { $0.rule.id == RuleID("rigid.spending-test") })
        let comparison = try #require(outcome.trace?.comparisons.first)
        return (outcome.truth, comparison, determination.missing)
    }

    @Test("S4 rigid spending with an unrecorded school fee cap: above half of a 24,000 income whatever the fee (met, nothing missing)")
    func spendingAboveWhateverTheFee() throws {
        let (truth, comparison, missing) = try Self.spendingTest(Self.national(income: 2_000))
        #expect(truth == .yes)
        #expect(comparison.leftValue == nil)
        #expect(comparison.leftRange == Self.between(31_500, 36_500))
        #expect(comparison.isDecidedOverRanges)
        #expect(comparison.missing.isEmpty)
        #expect(!missing.contains { $0.description.contains("comparablePublicSchoolFee") })
        let sentence = ExplanationRenderer(language: .chinese).sentence(comparison)
        #expect(sentence.contains("介于 31,500.00 元 与 36,500.00 元 之间") && sentence.contains("未知的值无论为何，结论不变"), "\(sentence)")
        let english = ExplanationRenderer(language: .english).sentence(comparison)
        #expect(english.contains("between 31,500.00 yuan and 36,500.00 yuan") && english.contains("whatever the unknown values are"))
    }

    @Test("The same spending against half of 70,000 (35,000): the fee decides, so it is undetermined and names the fee")
    func spendingStraddlesTheThreshold() throws {
        let (truth, comparison, missing) = try Self.spendingTest(Self.national(income: 70_000 / 12 + 1))
        #expect(truth == .unknown)
        #expect(comparison.missing.contains { $0.description.contains("expenses[1].comparablePublicSchoolFee") })
        #expect(missing.contains { $0.description.contains("expenses[1].comparablePublicSchoolFee") })
    }

    @Test("Against half of 100,000 (50,000) the spending falls short whatever the fee: not met, nothing missing")
    func spendingBelowWhateverTheFee() throws {
        let (truth, comparison, _) = try Self.spendingTest(Self.national(income: 100_000 / 12 + 1))
        #expect(truth == .no)
        #expect(comparison.missing.isEmpty)
    }

    @Test("Without ranges (the engine before them) the same household is undetermined: the ranges are what decides it")
    func rangesAreWhatDecides() throws {
        var narrow = Self.evaluator
        narrow.decidesOverRanges = false
        let evaluation = try narrow.evaluate(Self.national(income: 2_000), on: Fixture.day("2025-06-01"))
        let outcome = try #require(evaluation.determination(.rigidExpenditure)?.rules.first { $0.rule.id == RuleID("rigid.spending-test") })
        #expect(outcome.truth == .unknown)
    }

    @Test("An unknown share of income cannot make spending of 0 exceed it: IM rigid expenditure before the S10 ratios is not met")
    func zeroSpendingAgainstAnUnknownShare() throws {
        // No spending at all; the IM ratios are not in force before 2024-07-12 [I].
        let household = Fixture.household(size: 2, income: Money(yuan: 2_000), verifiedFor: .rigidExpenditure)
        let evaluation = try Fixture.illustrativeEvaluator.evaluate(household, on: Fixture.day("2024-03-01"))
        let outcome = try #require(evaluation.determination(.rigidExpenditure)?.rules.first { $0.rule.id == RuleID("rigid.spending-test.im") })
        #expect(outcome.truth == .no)
        #expect(evaluation.determination(.rigidExpenditure)?.status == .notEligible)
        #expect(evaluation.determination(.rigidExpenditure)?.missing.isEmpty == true)
    }

    @Test("The Xing'an example: an urban dibao household with 31,500 yuan of medical spending and a school fee without its comparable public fee is category 3, nothing missing")
    func xinganCategoryThree() throws {
        var household = Fixture.household(size: 3, income: Money(yuan: 1_500), expenses: [
            Expense(member: Member.ID("m1"), category: .medical, day: Fixture.day("2024-05-01"), amount: Money(yuan: 31_500)),
            Expense(member: Member.ID("m3"), category: .education, day: Fixture.day("2024-09-01"), amount: Money(yuan: 3_000)),
        ], enrolments: Fixture.enrolledInDibao)
        household.members[2].schooling = .seniorSecondary
        let evaluation = try Evaluator(catalog: .innerMongolia, book: InnerMongoliaBook.book).evaluate(household, on: Fixture.evaluationDay)
        let category3 = try #require(evaluation.determination(.xinganCategory3))
        #expect(category3.status == .eligible)
        #expect(category3.missing.isEmpty)
    }

    @Test("An unknown count lies in its allowed range: activities not assessed are 0 to 6, naming the assessment")
    func unknownCount() throws {
        var household = Fixture.household(size: 1, income: Money(yuan: 0))
        household.members[0].dailyLivingActivitiesUnable = nil
        let measure = try #require(RuleCatalog.innerMongolia.measure(MeasureID("member.daily-activities-unable")))
        let parameters = InnerMongoliaBook.book.resolveAll(jurisdiction: Fixture.ulanhot, residence: .urban, on: Fixture.evaluationDay)
        let outcome = measure.measure(in: MeasureContext(household: household, day: Fixture.evaluationDay, memberIndex: 0, parameters: parameters))
        guard case .range(let range, let missing) = outcome else {
            Issue.record("expected a range, got \(outcome)")
            return
        }
        #expect(range == QuantityRange(lower: .count(0), upper: .count(6)))
        #expect(missing.map(\.description) == ["members[0].dailyLivingActivitiesUnable (care needs not assessed)"])
        // Every value in the range is at least 0 and at most 6.
        #expect(try QuantityRange.truth(range, .atMost, QuantityRange(exactly: .count(6))) == .yes)
        #expect(try QuantityRange.truth(range, .atLeast, QuantityRange(exactly: .count(4))) == .unknown)
    }

    @Test("Amounts over ranges: a branch that pays the same whatever an unknown outcome is decides the amount; otherwise its range is shown")
    func amountsOverRanges() throws {
        // A household whose member's 特困 status is undetermined: if 特困 members count in the
        // household's dibao (dibao.tekun-members = counted), no share is deducted either way.
        let data = try Data(contentsOf: Fixture.repositoryRoot.appendingPathComponent("Examples/data/old-age-ulanhot.json"))
        let household = try HouseholdDecoder.decode([UInt8](data))
        let day = try #require(household.asOf)
        func evaluator(_ choice: String?, ranges: Bool = true) throws -> Evaluator {
            var book = InnerMongoliaBook.book
            if let choice {
                let entry = ParameterEntry(parameter: .dibaoTekunMembers, jurisdiction: .national, residence: nil,
                                           effective: Fixture.day("2020-01-01"), value: .choice(choice), unit: .choice, source: nil,
                                           status: .illustrative)
                book = try book.adding(PolicyBook.Layer(name: choice, title: choice, entries: [entry]))
            }
            var evaluator = try Evaluator(catalog: .innerMongolia, book: book)
            evaluator.decidesOverRanges = ranges
            return evaluator
        }
        let counted = try evaluator("counted").evaluate(household, on: day)
        #expect(counted.determination(.tekun, member: household.members[0].id)?.status == .undetermined
                || counted.memberDeterminations(.tekun).contains { $0.status == .undetermined })
        let paidAmount = try #require(counted.determination(.dibao)?.amount)
        let paid = paidAmount.value
        #expect(paid == Money(yuan: 458))
        #expect(paidAmount.lines.map(\.label.chinese) == ["金额（未知的值无论为何，金额相同）"])
        #expect(counted.determination(.dibao)?.missing.isEmpty == true)
        // The engine before ranges left it undetermined.
        #expect(try evaluator("counted", ranges: false).evaluate(household, on: day).determination(.dibao)?.amount == nil)
        // With the choice unknown too, the amount is not known; its range reaches up to what counting pays.
        let open = try evaluator(nil).evaluate(household, on: day).determination(.dibao)
        #expect(open?.amount == nil)
        #expect(open?.amountRange?.upper?.money(rounding: .halfUp) == paid)
        #expect(ExplanationRenderer(language: .chinese).amountText(try #require(open), program: try #require(RuleCatalog.innerMongolia.program(.dibao)))
            .hasPrefix(" · 金额无法确定（介于 "))
    }
}
