// Reform impact: compare two policy books over a synthetic population.
//
// Baseline: the built-in book, the bundled illustrative values, and an illustrative
// standard for Arxan (152202), whose real standard was not found.
// Reform:   Xing'an's 城镇事实困难人员 threshold lowered from 30,000 to 25,000 yuan, and every
//           dibao standard raised by 5 %, from 2024-01-01 (a policy layer on the baseline).
//
// The report: a transition matrix of tiers, household counts and monthly cost changes by
// jurisdiction, and an SVG chart of urban dibao households by 12-month rigid spending
// against both thresholds. Options: --households N (default 100,000), --svg PATH (default
// reform-impact.svg), --lang en.
import ExampleSupport
import Foundation
import TieredAssistance

let context = ExampleContext()
var householdCount = 100_000
var svgPath = "reform-impact.svg"
var arguments = context.arguments[...]
while let argument = arguments.popFirst() {
    switch argument {
    case "--households": householdCount = Int(arguments.popFirst() ?? "") ?? householdCount
    case "--svg": svgPath = arguments.popFirst() ?? svgPath
    default: context.fail("unknown option \(argument); use --households N, --svg PATH, --lang zh|en")
    }
}
let day = context.day("2024-10-01")
let ulanhot = AdministrativeDivisionCode(152201)!
let arxan = AdministrativeDivisionCode(152202)!

// MARK: The two books

@MainActor func entry(_ parameter: ParameterID, _ code: AdministrativeDivisionCode, _ residence: Residence?, _ value: ParameterValue,
           _ unit: ParameterUnit, _ note: String) -> ParameterEntry {
    ParameterEntry(parameter: parameter, jurisdiction: code, residence: residence, effective: context.day("2024-01-01"),
                   value: value, unit: unit, source: nil, status: .illustrative, note: note)
}

let arxanStandards: [(Residence, Int64)] = [(.urban, 800), (.rural, 600)]
let baselineLayer = PolicyBook.Layer(name: "baseline-assumptions", title: "Illustrative Arxan standards", entries:
    arxanStandards.map { entry(.dibaoStandard, arxan, $0.0, .money(Money(yuan: $0.1)), .yuanPerPersonPerMonth, "illustrative") })
guard let baseline = try? context.illustrativeBook().adding(baselineLayer) else { context.fail("invalid baseline layer") }

/// Every standard of the population's places, raised by 5 %, and the lower threshold.
var reformEntries: [ParameterEntry] = []
for (code, residence) in [(ulanhot, Residence.urban), (ulanhot, .rural), (arxan, .urban), (arxan, .rural)] {
    guard let current = baseline.resolve(.dibaoStandard, jurisdiction: code, residence: residence, on: day).resolved?.value.money,
          let raised = try? current.multiplied(by: Rate(105, over: 100), rounding: .halfUp)
    else { context.fail("no baseline standard for \(code) \(residence)") }
    reformEntries.append(entry(.dibaoStandard, code, residence, .money(raised), .yuanPerPersonPerMonth, "reform: +5 %"))
}
reformEntries.append(entry(.xinganRigidSpendingThreshold, AdministrativeDivisionCode.xinganLeague, nil, .money(Money(yuan: 25_000)),
                           .yuanPerYear, "reform: 25,000"))
guard let reform = try? baseline.adding(PolicyBook.Layer(name: "reform", title: "Reform scenario", entries: reformEntries)) else {
    context.fail("invalid reform layer")
}

// MARK: A synthetic population (deterministic)

/// SplitMix64: the same seed gives the same population.
struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

var random = Generator(state: 20_241_001)
/// A birthday in 2024 − age; a newborn drawn after the evaluation day is born a year earlier
/// (nobody in a household is born after the day it is evaluated on).
@MainActor func birthDate(age: Int, drawnMonth: Int, drawnDay: Int) -> Day {
    let drawn = Day(year: 2024 - age, month: drawnMonth, day: drawnDay)!
    return drawn > day ? Day(year: 2023 - age, month: drawnMonth, day: drawnDay)! : drawn
}
@MainActor func makeHousehold(_ index: Int) -> Household {
    let code = random.below(3) == 0 ? arxan : ulanhot
    let residence: Residence = random.below(3) == 0 ? .rural : .urban
    let size = [1, 2, 2, 3, 3, 3, 4, 4, 5][random.below(9)]
    var members: [Member] = []
    for position in 0..<size {
        let age = position == 0 ? 30 + random.below(50) : position == 1 ? 30 + random.below(45) : random.below(25)
        let disabled = random.below(100) < 6
        members.append(Member(
            id: Member.ID("m\(position + 1)"), relationship: position == 0 ? .applicant : position == 1 ? .spouse : .child,
            birthDate: birthDate(age: age, drawnMonth: 1 + random.below(12), drawnDay: 1 + random.below(28)),
            labourCapacity: age >= 16 && age < 60 ? .full : LabourCapacity.unable,
            employment: age >= 16 && age < 60 ? .employed : .notInLabourForce,
            schooling: age < 18 ? .juniorSecondary : SchoolingLevel.notInSchool,
            disability: disabled ? DisabilityCertificate(category: DisabilityCategory.allCases[random.below(7)],
                                                         grade: DisabilityGrade(rawValue: 1 + random.below(4))!) : nil,
            majorIllness: random.below(100) < 4 ? MajorIllness() : nil,
            dailyLivingActivitiesUnable: 0, needsLongTermCare: disabled && random.below(2) == 0))
    }
    // Income per person around the standards: 0 to 1,600 yuan a month.
    let income = Money(fen: Int64(random.below(160_000)) * Int64(size))
    var expenses: [Expense] = []
    if random.below(4) == 0 {
        expenses.append(Expense(member: Member.ID("m1"), category: .medical, day: day.adding(days: -random.below(360)),
                                amount: Money(fen: Int64(random.below(5_500_000)))))
    }
    return Household(
        id: Household.ID("R\(index)"), jurisdiction: code, residence: residence, members: members,
        incomes: income.isZero ? [] : [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: income)],
        assets: Assets(financial: [FinancialAsset(kind: .deposit, amount: Money(fen: Int64(random.below(3_000_000))))],
                       verification: AssetVerification(finding: random.below(10) == 0 ? .exceeds : .compliant,
                                                       verifiedOn: context.day("2024-09-01"), checkedFor: .dibao)),
        expenses: expenses, obligors: [])
}

// MARK: Evaluate under both books

let tiers = ["tekun", "dibao", "marginal", "rigid-expenditure", "none", "undetermined"]
/// The monthly cost of a decision: every monthly amount not outranked by another tier.
@MainActor func monthlyCost(_ decision: Decision) -> Money {
    var total = Money.zero
    decision.forEachDetermination { program, member in
        guard decision.amountPeriod(ofProgramAt: program) == .monthly,
              member != nil || decision.supersededBy(ofProgramAt: program) == nil,
              let amount = decision.amount(ofProgramAt: program, member: member) else { return }
        total += amount
    }
    return total
}

let baselineEvaluator = context.evaluator(book: baseline)
let reformEvaluator = context.evaluator(book: reform)
var cache: [String: (ResolvedParameters, ResolvedParameters)] = [:]
var matrix: [String: [String: Int]] = [:]
var byPlace: [String: (households: Int, before: Int, after: Int, costBefore: Money, costAfter: Money)] = [:]
var flagged = (before: 0, after: 0)
var spendingOfUrbanDibao: [(Money, Bool, Bool)] = []
let spendingMeasure = RuleCatalog.innerMongolia.measure(MeasureID("spending.rigid-12m.xingan"))
// A population run needs figures, not explanations: `decide` fills a reusable Decision
// (tier, statuses, amounts) without building determinations. Program positions are looked
// up once.
let category3 = RuleCatalog.innerMongolia.position(ofProgram: .xinganCategory3)!
let scratch = EvaluationScratch()
var old = Decision()
var new = Decision()

for index in 0..<householdCount {
    // Built in code, so checked once here (`validated()`) rather than by each `decide`.
    let household: Household
    do {
        household = try makeHousehold(index).validated()
    } catch {
        context.fail("generated household \(index): \(error)")
    }
    let key = "\(household.jurisdiction)\(household.residence)"
    if cache[key] == nil {
        cache[key] = (baseline.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day),
                      reform.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day))
    }
    let (p0, p1) = cache[key]!
    do {
        try baselineEvaluator.decide(household, on: day, parameters: p0, into: &old, scratch: scratch)
        try reformEvaluator.decide(household, on: day, parameters: p1, into: &new, scratch: scratch)
    } catch {
        context.fail("household \(household.id): \(error)")
    }
    matrix[old.tier.name, default: [:]][new.tier.name, default: 0] += 1
    let place = "\(JurisdictionDirectory.label(of: household.jurisdiction)) \(context.text(household.residence == .urban ? "城镇" : "农村", household.residence.rawValue))"
    var row = byPlace[place] ?? (0, 0, 0, .zero, .zero)
    row.households += 1
    if old.tier != .none { row.before += 1 }
    if new.tier != .none { row.after += 1 }
    row.costBefore += monthlyCost(old)
    row.costAfter += monthlyCost(new)
    byPlace[place] = row
    let wasFlagged = old.status(ofProgramAt: category3) == .eligible
    let isFlagged = new.status(ofProgramAt: category3) == .eligible
    if wasFlagged { flagged.before += 1 }
    if isFlagged { flagged.after += 1 }
    if household.residence == .urban, new.tier == .tier(.dibao) || old.tier == .tier(.dibao),
       case .value(let spent)? = spendingMeasure?.measure(in: MeasureContext(household: household, day: day, parameters: p0)),
       let money = spent.money(rounding: .halfUp), !money.isZero {
        spendingOfUrbanDibao.append((money, wasFlagged, isFlagged))
    }
}

// MARK: Report

context.heading("改革影响测算：\(householdCount) 户合成样本，评估日 \(day)", "Reform impact: \(householdCount) synthetic households on \(day)")
print(context.text("改革方案：低保标准提高5%；兴安盟城镇事实困难人员门槛由3万元降至2.5万元（示例参数）",
                   "Reform: dibao standards +5 %; Xing'an threshold 30,000 → 25,000 yuan (illustrative parameters)"))
print(context.text("\n层级转移矩阵（行：现行；列：改革后）", "\nTier transition matrix (rows: baseline; columns: reform)"))
print("".padding(toLength: 20, withPad: " ", startingAt: 0) + tiers.map { $0.padding(toLength: 19, withPad: " ", startingAt: 0) }.joined())
for from in tiers {
    let cells = tiers.map { String(matrix[from]?[$0] ?? 0).padding(toLength: 19, withPad: " ", startingAt: 0) }
    print(from.padding(toLength: 20, withPad: " ", startingAt: 0) + cells.joined())
}
print(context.text("\n按地区：获得救助户数与每月资金", "\nBy place: households assisted and monthly cost"))
for place in byPlace.keys.sorted() {
    guard let row = byPlace[place] else { continue }
    print("  \(place): " + context.text("\(row.households) 户；救助户 \(row.before) → \(row.after)（\(row.after - row.before >= 0 ? "+" : "")\(row.after - row.before)）；每月 \(row.costBefore) → \(row.costAfter) 元（+\(row.costAfter - row.costBefore)）",
                                       "\(row.households) households; assisted \(row.before) → \(row.after) (\(row.after - row.before >= 0 ? "+" : "")\(row.after - row.before)); monthly \(row.costBefore) → \(row.costAfter) yuan (+\(row.costAfter - row.costBefore))"))
}
print(context.text("\n城镇事实困难人员（第三类）：\(flagged.before) → \(flagged.after) 户",
                   "\nXing'an category 3 households: \(flagged.before) → \(flagged.after)"))

// MARK: The SVG chart, written by hand (no dependencies)

let binWidth = Money(yuan: 2_500)
let bins = 24
var counts = Array(repeating: (baseline: 0, reformOnly: 0, none: 0), count: bins)
for (spent, wasFlagged, isFlagged) in spendingOfUrbanDibao {
    let bin = min(Int(spent.fen / binWidth.fen), bins - 1)
    if wasFlagged { counts[bin].baseline += 1 } else if isFlagged { counts[bin].reformOnly += 1 } else { counts[bin].none += 1 }
}
let maximum = max(1, counts.map { $0.baseline + $0.reformOnly + $0.none }.max() ?? 1)
let width = 760, height = 360, left = 60, bottom = 300, barWidth = 26
var svg = """
    <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" font-family="sans-serif" font-size="11">
    <title>Urban dibao households by 12-month rigid spending</title>
    <text x="\(left)" y="20" font-size="14">Urban dibao households by rigid spending within 12 months (bins of 2,500 yuan)</text>

    """
for (index, count) in counts.enumerated() {
    let x = left + index * (barWidth + 2)
    var y = bottom
    for (value, color) in [(count.none, "#bbbbbb"), (count.baseline, "#d62728"), (count.reformOnly, "#ff9896")] where value > 0 {
        let h = value * 240 / maximum
        y -= h
        svg += "<rect x=\"\(x)\" y=\(y.quoted) width=\"\(barWidth)\" height=\"\(h)\" fill=\"\(color)\"/>\n"
    }
    if index % 4 == 0 { svg += "<text x=\"\(x)\" y=\"\(bottom + 15)\">\(index * 2_500 / 1000)k</text>\n" }
}
for (threshold, label) in [(25_000, "25,000 (reform)"), (30_000, "30,000 (baseline)")] {
    let x = left + threshold / 2_500 * (barWidth + 2) - 1
    svg += "<line x1=\"\(x)\" y1=\"50\" x2=\"\(x)\" y2=\"\(bottom)\" stroke=\"black\" stroke-dasharray=\"4 3\"/>\n"
    svg += "<text x=\"\(x + 3)\" y=\"\(threshold == 25_000 ? 60 : 75)\">\(label)</text>\n"
}
svg += """
    <rect x="\(left)" y="325" width="10" height="10" fill="#d62728"/><text x="\(left + 14)" y="334">flagged in both</text>
    <rect x="\(left + 130)" y="325" width="10" height="10" fill="#ff9896"/><text x="\(left + 144)" y="334">flagged after the reform only</text>
    <rect x="\(left + 330)" y="325" width="10" height="10" fill="#bbbbbb"/><text x="\(left + 344)" y="334">not flagged</text>
    <text x="\(left)" y="352">max bar: \(maximum) households</text>
    </svg>

    """
do {
    try svg.write(toFile: svgPath, atomically: true, encoding: .utf8)
    print(context.text("\n图表已写入 \(svgPath)（\(spendingOfUrbanDibao.count) 户城镇低保家庭）",
                       "\nChart written to \(svgPath) (\(spendingOfUrbanDibao.count) urban dibao households)"))
} catch {
    context.fail("cannot write \(svgPath): \(error)")
}

extension Int {
    /// The number as a quoted SVG attribute value.
    var quoted: String { "\"\(self)\"" }
}
