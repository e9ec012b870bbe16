// Xing'an League: an urban Ulanhot dibao household becomes a 城镇事实困难人员 (category 3)
// because its rigid spending within 12 months exceeds 30,000 yuan (S15).
//
// The story: the mother has breast cancer and a grade-2 visual disability; the daughter has
// severe scoliosis with a grade-4 physical disability and had surgery in Beijing. Their
// medical and education spending within the 12 months to 2024-10-01 passes 30,000 yuan.
// Then we move the evaluation day until the big bills leave the window.
//
// Adapt it: change the household file, the days, or the threshold (a policy file layered
// on the book, as the second part shows for the 2025 standard).
import ExampleSupport
import TieredAssistance

let context = ExampleContext()
let household = context.household("xingan-defacto-hardship.json")

/// Prints the 12-month window, the spending inside it and the category-3 decision on `day`.
@MainActor func report(on day: Day, book: PolicyBook) {
    let evaluator = context.evaluator(book: book)
    let evaluation = context.evaluate(household, on: day, by: evaluator)
    let window = DayInterval.twelveMonths(endingOn: day)
    context.heading("评估日 \(day)", "Evaluated on \(day)")
    print(context.text("12个月窗口：\(window.first) 至 \(window.last)（共 \(window.numberOfDays) 天，含首尾两天）",
                       "12-month window: \(window.first) to \(window.last) (\(window.numberOfDays) days, both ends included)"))
    // S15 counts "medical, education and other rigid spending" with no cap; the catalog's
    // measure `spending.rigid-12m.xingan` counts medical, education and rehabilitation as
    // recorded (S4's public-school cap is the national rule's, from 2025-01-01). We list the
    // bills to show which fall inside the window.
    var total = Money.zero
    for expense in household.expenses.sorted(by: { $0.day < $1.day }) where expense.category != .living {
        let inside = window.contains(expense.day)
        if inside && expense.category != .accident { total += expense.amount }
        let mark = inside ? "✓" : "–"
        print("  \(mark) \(expense.day) \(expense.category.rawValue) \(expense.amount) "
              + context.text("元", "yuan") + (inside ? "" : context.text("  窗口外", "  outside the window")))
    }
    print(context.text("窗口内刚性支出合计：\(total) 元", "Rigid spending in the window: \(total) yuan"))
    let threshold = Money(yuan: 30_000)
    let margin = total - threshold
    print(context.text("门槛：超过 30,000.00 元（恰好 30,000.00 元不算）；差额 \(margin) 元",
                       "Threshold: above 30,000.00 yuan (exactly 30,000.00 does not count); margin \(margin) yuan"))
    // The engine's decision, with the rule, the citation and the figures.
    let renderer = ExplanationRenderer(language: context.language)
    print(renderer.tierLine(of: evaluation))
    if let category3 = evaluation.determination(.xinganCategory3) {
        print(renderer.render(category3, of: evaluation).joined(separator: "\n"))
    }
    // The referrals: S15's "8+1" partners, through the assistance chain of the household.
    if evaluation.determination(.xinganCategory3)?.status == .eligible {
        print(context.text("转介（8+1 部门政策，S15）：医保、教育、住建、人社、卫健、残联、工会、妇联、红十字会",
                           "Referrals (the 8+1 partners of S15): medical insurance, education, housing, human resources, health, disabled persons' federation, union, women's federation, Red Cross"))
        let referrals = evaluation.determinations.filter { $0.status == .eligible }
            .compactMap { determination -> String? in
                guard let program = evaluator.catalog.program(determination.program) else { return nil }
                let who = determination.member.map { context.text(" 成员 \($0)", " member \($0)") } ?? ""
                return "  · " + context.text(program.chineseTitle, program.englishTitle) + who
            }
        print(context.text("本户当前可享受的项目：", "Programs the household is eligible for now:"))
        print(referrals.joined(separator: "\n"))
    }
}

// Part 1: on 2024-10-01 the spending of the last 12 months is inside the window.
report(on: context.day("2024-10-01"), book: InnerMongoliaBook.book)

// Part 2: on 2025-03-21 the November 2023 and March 2024 bills have left the window.
// Ulanhot's 2025 standard was not found, so the built-in book has none for 2025; an analyst
// states the assumption explicitly as an illustrative layer (never silently).
let assumption = PolicyBook.Layer(name: "example-assumption", title: "Illustrative: the 2024 Ulanhot standard continues in 2025", entries: [
    ParameterEntry(parameter: .dibaoStandard, jurisdiction: AdministrativeDivisionCode(152201)!, residence: .urban,
                   effective: context.day("2025-01-01"), value: .money(Money(yuan: 829)), unit: .yuanPerPersonPerMonth,
                   source: nil, status: .illustrative, note: "assumed for this example"),
])
guard let book2025 = try? InnerMongoliaBook.book.adding(assumption) else { context.fail("the assumption layer is invalid") }
report(on: context.day("2025-03-21"), book: book2025)
