// A dibao household in Ulanhot: a son with a grade-1 intellectual disability and his mother
// with a grade-3 physical disability.
//
// The example shows the two disability subsidies (125 yuan each from 2024-07-01, S17), the
// 特困 test for the son with the obligor rule (his father lives elsewhere and can support
// him, so the son is not 特困), and the care-service level from the six daily activities.
import ExampleSupport
import TieredAssistance

let context = ExampleContext()
let household = context.household("disability-household-ulanhot.json")
let evaluator = Evaluator.innerMongolia
let renderer = ExplanationRenderer(language: context.language)

for day in [context.day("2024-06-30"), context.day("2024-10-01")] {
    let evaluation = context.evaluate(household, on: day, by: evaluator)
    context.heading("评估日 \(day)", "Evaluated on \(day)")
    print(renderer.tierLine(of: evaluation))
    for id in [ProgramID.disabilityLivingSubsidy, .disabilityCareSubsidy] {
        for determination in evaluation.memberDeterminations(id) where determination.status == .eligible {
            let title = context.text(evaluator.catalog.program(id)?.chineseTitle ?? "", evaluator.catalog.program(id)?.englishTitle ?? "")
            print("  \(title) \(determination.member?.rawValue ?? ""): \(determination.amount?.value ?? .zero) " + context.text("元/月", "yuan a month"))
        }
    }
}

// The 特困 test for the son, rule by rule: he has no work capacity (grade-1 intellectual),
// no livelihood, but his father, an obligor outside the household, is able to support him.
let evaluation = context.evaluate(household, on: context.day("2024-10-01"), by: evaluator)
context.heading("儿子的特困认定", "The 特困 test for the son")
if let son = evaluation.determination(.tekun, member: Member.ID("m2")) {
    print(renderer.render(son, of: evaluation).joined(separator: "\n"))
}

// Care services: the six activities of daily living give the care level (S3 arts. 20-22).
context.heading("照料护理等级", "Care level")
for member in household.members {
    guard let unable = member.dailyLivingActivitiesUnable else { continue }
    let level = unable == 0 ? context.text("全自理", "self-caring") : unable <= 3 ? context.text("半护理（部分丧失）", "partial care") : context.text("全护理（完全丧失）", "full care")
    print(context.text("  成员 \(member.id)：6项日常生活活动中不能完成 \(unable) 项 → \(level)",
                       "  member \(member.id): cannot do \(unable) of the 6 daily activities → \(level)"))
}
