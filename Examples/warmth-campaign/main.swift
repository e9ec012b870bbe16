// 送温暖 (the holiday warmth campaign): the cohort to visit — filed union hardship workers,
// outdoor workers (sanitation, delivery, construction) in hardship, and elderly people
// living alone — with counts and the list (ids and masked names only).
import ExampleSupport
import TieredAssistance

let context = ExampleContext()
let day = context.day("2024-10-01")
let evaluator = context.evaluator(book: context.illustrativeBook())
let files = ["dibao-ulanhot-urban.json", "xingan-defacto-hardship.json", "tekun-elderly-ulanhot.json", "old-age-ulanhot.json",
             "disability-household-ulanhot.json", "work-refusal-ulanhot.json", "union-deep-hardship-ulanhot.json",
             "union-accident-ulanhot.json", "union-exit-ulanhot.json", "gradual-exit-ulanhot.json", "marginal-ulanhot.json",
             "not-eligible-ulanhot.json", "rigid-expenditure-ulanhot.json"]

var filedWorkers: [String] = []
var outdoorWorkers: [String] = []
var elderlyAlone: [String] = []
for file in files {
    let household = context.household(file)
    let evaluation = context.evaluate(household, on: day, by: evaluator, tracing: false)
    // In hardship: any tier, or union hardship (deep, relative or accident).
    var inHardship = false
    if case .tier = evaluation.tier { inHardship = true }
    for id in [ProgramID.unionDeep, .unionRelative, .unionAccident] where evaluation.determination(id)?.status == .eligible {
        inHardship = true
    }
    func label(_ member: Member) -> String {
        "\(household.id) \(member.id)" + (member.name.map { " \($0.masked)" } ?? "")
    }
    if let union = household.unionWorker, union.fileStatus == .filed, let worker = household.member(union.member) {
        filedWorkers.append(label(worker))
    }
    if inHardship {
        for member in household.members where member.occupation?.isOutdoor == true {
            outdoorWorkers.append(label(member) + " (\(member.occupation?.rawValue ?? ""))")
        }
    }
    if household.members.count == 1, let member = household.members.first, member.age(on: day) >= 60 {
        elderlyAlone.append(label(member) + context.text("，\(member.age(on: day)) 岁", ", aged \(member.age(on: day))"))
    }
}

context.heading("送温暖慰问对象（\(day)）", "Warmth campaign cohort (\(day))")
for (title, list) in [(context.text("在档困难职工", "filed hardship workers"), filedWorkers),
                      (context.text("困难户外劳动者（环卫、快递外卖、建筑）", "outdoor workers in hardship (sanitation, delivery, construction)"), outdoorWorkers),
                      (context.text("独居老人（60岁以上）", "elderly people living alone (60+)"), elderlyAlone)] {
    print("\n\(title)" + context.text("：", ": ") + "\(list.count)")
    for entry in list { print("  · \(entry)") }
}
let everyone = Set(filedWorkers + outdoorWorkers + elderlyAlone)
print(context.text("\n合计 \(everyone.count) 人次（同一人只计一次）", "\nTotal \(everyone.count) people (each counted once)"))
