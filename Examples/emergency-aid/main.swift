// Emergency temporary aid in Wuhai: the family's earner is badly hurt in a traffic accident.
//
// Inner Mongolia pays emergency aid first and completes the paperwork later (先行救助, S20).
// The example shows the emergency grant, the referral to medical aid with a reimbursement
// for the out-of-pocket bill, and the rigid-expenditure test. IM's temporary-aid multiples,
// caps and medical-aid ratios were not found [U]: the figures come from the bundled
// illustrative policy file, and the report says so.
import ExampleSupport
import TieredAssistance

let context = ExampleContext()
let household = context.household("emergency-wuhai.json")
let book = context.illustrativeBook()
let evaluator = context.evaluator(book: book)
let day = context.day("2024-10-01")
let evaluation = context.evaluate(household, on: day, by: evaluator)
let renderer = ExplanationRenderer(language: context.language)

context.heading("乌海：交通事故后的急难型临时救助", "Wuhai: emergency temporary aid after a traffic accident")
for event in household.events {
    print(context.text("事件：\(event.day) \(event.kind.rawValue)，成员 \(event.member?.rawValue ?? "—")，直接损失 \(event.cost ?? .zero) 元",
                       "Event: \(event.day) \(event.kind.rawValue), member \(event.member?.rawValue ?? "—"), direct cost \(event.cost ?? .zero) yuan"))
}
print(renderer.tierLine(of: evaluation))

// 1. Emergency aid (先行救助): standard × persons × months, at most the cap.
for id in [ProgramID.temporaryEmergency, .rigidExpenditure, .temporaryExpenditure] {
    guard let determination = evaluation.determination(id) else { continue }
    print("")
    print(renderer.render(determination, of: evaluation).joined(separator: "\n"))
}

// 2. The referral to medical aid: the reimbursement of the injured member's bills.
context.heading("转介医疗救助", "Referral to medical aid")
let tier: ProgramID
switch evaluation.tier {
case .tier(let id): tier = id
default: tier = .rigidExpenditure
}
let window = DayInterval.twelveMonths(endingOn: day)
let bills = household.expenses.filter { $0.category == .medical && window.contains($0.day) }.map(\.amount).sum()
switch MedicalAid.reimbursement(outOfPocket: bills, tier: tier, jurisdiction: household.jurisdiction,
                                residence: household.residence, on: day, book: book) {
case .success(let result):
    print(context.text("医保目录内自付 \(bills) 元，起付 \(result.deductible) 元，比例 \(result.ratio.percentDescription)，年度限额 \(result.annualCap) 元：救助 \(result.amount) 元（示例参数）",
                       "In-scope out-of-pocket \(bills) yuan, deductible \(result.deductible), ratio \(result.ratio.percentDescription), annual cap \(result.annualCap): aid \(result.amount) yuan (illustrative parameters)"))
case .failure(let missing):
    print(context.text("无法计算：\(missing)", "Cannot compute: \(missing)"))
}
