// Dynamic monitoring: two monthly extracts (September and October 2024) give risk signals
// and one assistance chain per household, ending with a home visit (POLICY.md 12).
//
// Thresholds (6,000 and 10,000 yuan, 30 %) are illustrative values from the bundled policy
// file; the built-in book has none for Inner Mongolia.
import ExampleSupport
import TieredAssistance

let context = ExampleContext()
let before = context.households(inLines: "monitoring/before-2024-09.jsonl")
let after = context.households(inLines: "monitoring/after-2024-10.jsonl")
let book = context.illustrativeBook()
let detector = SignalDetector(book: book)
let builder = AssistanceChainBuilder(evaluator: context.evaluator(book: book))

context.heading("低收入人口动态监测预警（2024年9月 → 10月）", "Low-income monitoring alerts (September → October 2024)")
let previous = Dictionary(uniqueKeysWithValues: before.map { ($0.id, $0) })
var signalCount = 0
for household in after {
    let day = household.asOf ?? context.day("2024-10-01")
    let detection = detector.detect(before: previous[household.id], after: household, on: day)
    guard !detection.signals.isEmpty else { continue }
    signalCount += detection.signals.count
    print("")
    do {
        print(try builder.chain(for: household, on: day, detection: detection).text(language: context.language),
              terminator: "")
    } catch {
        context.fail("household \(household.id): \(error)")
    }
}
let vanished = before.filter { household in !after.contains { $0.id == household.id } }
for household in vanished {
    print(context.text("\n家庭 \(household.id)：本月数据中缺失 → 入户核实（迁出、死亡或数据错误）",
                       "\nHousehold \(household.id): missing from this month's extract → home visit (moved, died or a data error)"))
}
print(context.text("\n合计：\(after.count) 户，预警 \(signalCount) 项，缺失 \(vanished.count) 户",
                   "\nTotal: \(after.count) households, \(signalCount) signals, \(vanished.count) missing"))
