// Trade-union hardship workers (工会困难职工): the deep / relative / accident tiers, the
// file lifecycle, the cross-check with civil affairs, and a medical mutual-aid claim.
//
// The tiers follow Qingdao's implementation (S22) [S-loc]; their thresholds and the aid
// amounts are illustrative values for Inner Mongolia from the bundled policy file. The
// mutual-aid cap (500,000 yuan) and the first band (40 % under 10,000) are sourced (S21);
// the other bands are illustrative.
import ExampleSupport
import TieredAssistance

let context = ExampleContext()
let book = context.illustrativeBook()
let evaluator = context.evaluator(book: book)
let renderer = ExplanationRenderer(language: context.language)
let day = context.day("2024-10-01")
let unionPrograms: [ProgramID] = [.unionFiling, .unionDeep, .unionRelative, .unionAccident, .unionReview, .unionExit]

for file in ["union-deep-hardship-ulanhot.json", "union-accident-ulanhot.json", "union-exit-ulanhot.json"] {
    let household = context.household(file)
    let evaluation = context.evaluate(household, on: day, by: evaluator)
    context.heading("职工家庭 \(household.id)", "Worker household \(household.id)")
    print(renderer.tierLine(of: evaluation))
    for id in unionPrograms {
        guard let determination = evaluation.determination(id), let program = evaluator.catalog.program(id) else { continue }
        var line = "  " + context.text(program.chineseTitle, program.englishTitle) + "：" + context.text(determination.status.chineseName, determination.status.englishName)
        if let amount = determination.amount { line += context.text("（年度救助 \(amount.value) 元）", " (aid \(amount.value) yuan a year)") }
        print(line)
    }
    // 一门受理、协同办理: the union and civil affairs refer households to each other.
    let chain: AssistanceChain
    do {
        chain = try AssistanceChainBuilder(evaluator: evaluator).chain(for: household, on: day, detection: SignalDetector.Result())
    } catch {
        context.fail("household \(household.id): \(error)")
    }
    for step in chain.steps where step.note != nil && !step.isHomeVisit {
        print("  → " + (step.note?.text(context.language) ?? ""))
    }
}

context.heading("职工医疗互助报销", "Union medical mutual-aid claim")
for costs in [Money(yuan: 8_000), Money(yuan: 40_000)] {
    switch UnionMutualAid.claim(costs: costs, jurisdiction: AdministrativeDivisionCode(152201)!, on: day, book: book) {
    case .success(let claim):
        let bands = claim.bands.map { "\($0.rate.percentDescription) → \($0.paid)" }.joined(separator: ", ")
        print(context.text("  目录内住院自付 \(costs) 元：互助金 \(claim.amount) 元（分段：\(bands)）",
                           "  In-scope inpatient costs \(costs) yuan: mutual aid \(claim.amount) yuan (bands: \(bands))"))
    case .failure(let missing):
        print(context.text("  无法计算：\(missing)", "  Cannot compute: \(missing)"))
    }
}
