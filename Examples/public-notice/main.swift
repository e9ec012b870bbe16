// The monthly public notice (公示) of approved households, grouped by community.
//
// Names are masked (张*华), ID numbers show only their first and last four characters, and
// no health or disability details appear: only the household size, the program and the
// monthly amount. This is what may be posted in a community.
import ExampleSupport
import TieredAssistance

let context = ExampleContext()
let day = context.day("2024-10-01")
let evaluator = Evaluator.innerMongolia
let files = ["dibao-ulanhot-urban.json", "xingan-defacto-hardship.json", "tekun-elderly-ulanhot.json", "old-age-ulanhot.json",
             "disability-household-ulanhot.json", "work-refusal-ulanhot.json", "union-deep-hardship-ulanhot.json", "marginal-ulanhot.json",
             "not-eligible-ulanhot.json"]

struct NoticeLine {
    let community: String
    let text: String
}

var lines: [NoticeLine] = []
for file in files {
    let household = context.household(file)
    let evaluation = evaluator.evaluate(household, on: day, tracing: false)
    guard case .tier(let tier) = evaluation.tier, tier == .dibao || tier == .tekun else { continue }
    let applicant = household.applicant
    // Masked by the library: PersonName and ResidentIDNumber never print in full.
    let name = applicant?.name?.masked ?? context.text("（未登记姓名）", "(no name recorded)")
    let id = applicant?.residentID?.masked ?? "—"
    let amount: Money
    if tier == .dibao {
        amount = evaluation.determination(.dibao)?.amount?.value ?? .zero
    } else {
        amount = evaluation.memberDeterminations(.tekun).compactMap { $0.amount?.value }.sum()
    }
    let program = tier == .dibao ? context.text("最低生活保障", "dibao") : context.text("特困人员救助供养", "extremely poor persons")
    let amountText = amount.isZero && tier == .tekun ? context.text("金额待定", "amount pending") : "\(amount) " + context.text("元/月", "yuan a month")
    lines.append(NoticeLine(community: household.community ?? "—",
                            text: "  \(name)  \(id)  " + context.text("\(household.members.count) 人", "\(household.members.count) persons")
                                + "  \(program)  \(amountText)"))
}

context.heading("\(day.year)年\(day.month)月 城乡低保和特困人员审批结果公示", "Public notice of approved households, \(day.year)-\(day.month)")
for community in Set(lines.map(\.community)).sorted() {
    print("\n" + community)
    for line in lines where line.community == community { print(line.text) }
}
print(context.text("\n公示期7天。如有异议，请向所在街道（乡镇）反映。", "\nThe notice is posted for 7 days. Objections go to the street or township office."))
