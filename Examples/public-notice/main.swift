// The notices a street or township office posts (公示、公布), as the texts require:
//
// 1. 初审意见公示 (S2 art. 19; S3 art. 15): the preliminary decision on households newly found
//    eligible for dibao or 特困 is posted in their community for 7 days before approval.
// 2. 拟终止公示 (S3 art. 26): 特困 support that is to end is posted for 7 days first.
// 3. 审批结果公布 (S2 art. 24): approved households are published (name, household size,
//    amount) with no period; the text adds that privacy must be protected.
//
// Which list a household goes on comes from its statuses on record (enrolments) and the
// fresh determination: eligible and not on record → preliminary notice; on record as 特困 and
// no longer eligible → notice before ending; on record and eligible → published. A household
// file without statuses on record is read as a new application.
//
// Names are masked (张*华), ID numbers show only their first and last four characters, and
// no health or disability details appear: only the household size, the program and the
// monthly amount.
import ExampleSupport
import TieredAssistance

let context = ExampleContext()
let day = context.day("2024-10-01")
let evaluator = Evaluator.innerMongolia
let files = ["dibao-ulanhot-urban.json", "xingan-defacto-hardship.json", "tekun-elderly-ulanhot.json", "tekun-ending-ulanhot.json",
             "old-age-ulanhot.json", "disability-household-ulanhot.json", "work-refusal-ulanhot.json",
             "union-deep-hardship-ulanhot.json", "marginal-ulanhot.json", "not-eligible-ulanhot.json"]
/// A notice period of 7 days, the first and last day included (公示期为7天).
let noticeEnds = day.adding(days: 6)

struct NoticeLine {
    let community: String
    let text: String
}

var preliminary: [NoticeLine] = []
var ending: [NoticeLine] = []
var published: [NoticeLine] = []

/// The line for one household: masked name and ID, size, program and amount.
@MainActor func line(_ household: Household, program: String, amount: String) -> NoticeLine {
    let applicant = household.applicant
    // Masked by the library: PersonName and ResidentIDNumber never print in full.
    let name = applicant?.name?.masked ?? context.text("（未登记姓名）", "(no name recorded)")
    let id = applicant?.residentID?.masked ?? "—"
    return NoticeLine(community: household.community ?? "—",
                      text: "  \(name)  \(id)  " + context.text("\(household.members.count) 人", "\(household.members.count) persons")
                        + "  \(program)" + (amount.isEmpty ? "" : "  \(amount)"))
}

for file in files {
    let household = context.household(file)
    let evaluation = context.evaluate(household, on: day, by: evaluator, tracing: false)
    let onRecord = { (program: ProgramID) in !(household.enrolments(in: program, on: day) ?? []).isEmpty }
    // A member on record as 特困 who is not eligible now (decided, not merely undetermined):
    // support is to end, after a 7-day notice.
    let endingTekun = (household.enrolments(in: .tekun, on: day) ?? []).contains { record in
        evaluation.memberDeterminations(.tekun).contains { $0.member == record.member && $0.status == .notEligible }
    }
    if endingTekun {
        ending.append(line(household, program: context.text("特困人员救助供养", "support for extremely poor persons"), amount: ""))
    }
    guard case .tier(let tier) = evaluation.tier, tier == .dibao || tier == .tekun else { continue }
    // The amount, or "pending" when a standard it needs is not in the book.
    let amounts = tier == .dibao ? [evaluation.determination(.dibao)?.amount?.value]
        : evaluation.memberDeterminations(.tekun).filter { $0.status == .eligible }.map { $0.amount?.value }
    let known = amounts.compactMap { $0 }
    let program = tier == .dibao ? context.text("最低生活保障", "dibao") : context.text("特困人员救助供养", "extremely poor persons")
    let amountText = known.count < amounts.count ? context.text("金额待定", "amount pending")
        : "\(known.sum()) " + context.text("元/月", "yuan a month")
    if onRecord(tier) {
        published.append(line(household, program: program, amount: amountText))
    } else {
        preliminary.append(line(household, program: program, amount: context.text("拟保障 ", "proposed ") + amountText))
    }
}

@MainActor func printByCommunity(_ lines: [NoticeLine]) {
    for community in Set(lines.map(\.community)).sorted() {
        print("\n" + community)
        for line in lines where line.community == community { print(line.text) }
    }
}

context.heading("最低生活保障、特困人员初审意见公示", "Preliminary decisions on dibao and 特困 (public notice)")
printByCommunity(preliminary)
print(context.text("\n公示期为7天（\(day) 至 \(noticeEnds)，S2 第十九条、S3 第十五条）。如有异议，请向所在街道（乡镇）反映。",
                   "\nPosted for 7 days (\(day) to \(noticeEnds); S2 art. 19, S3 art. 15). Objections go to the street or township office."))

context.heading("拟终止特困人员救助供养公示", "Notice before ending 特困 support")
printByCommunity(ending)
print(context.text("\n公示期为7天（\(day) 至 \(noticeEnds)，S3 第二十六条）。",
                   "\nPosted for 7 days (\(day) to \(noticeEnds); S3 art. 26)."))

context.heading("\(day.year)年\(day.month)月 最低生活保障、特困人员审批结果公布", "Approved households, \(day.year)-\(day.month) (published)")
printByCommunity(published)
print(context.text("\n依法保护个人隐私，不公开无关信息（S2 第二十四条）。",
                   "\nPersonal privacy is protected and nothing unrelated is published (S2 art. 24)."))
