import TieredAssistanceCore

/// Spending measures: rigid spending in the 12 months up to the evaluation day
/// (``DayInterval/twelveMonths(endingOn:)``: from the day after the same day a year
/// earlier to the evaluation day, both included).
enum SpendingMeasures {
    private static func spending(_ id: MeasureID, _ chinese: String, _ english: String, _ categories: Set<ExpenseCategory>,
                                 educationAsInS4: Bool = false, _ definition: String) -> Measure {
        let selection = SpendingSelection(categories: categories, educationAsInS4: educationAsInS4)
        return Measure(id: id, chineseTitle: chinese, englishTitle: english, scope: .household, unit: .moneyPerYear,
                       definition: definition + " Window: the 12 months up to the evaluation day (the day after the same day a year earlier to the evaluation day, both included); the total is an amount per 12 months, comparable with annual income.") { context in
            selection.total(in: context, window: .twelveMonths(endingOn: context.day))
        }
    }

    static let xinganRigid = spending(
        MeasureID("spending.rigid-12m.xingan"), "12个月内刚性支出", "rigid spending within 12 months (Xing'an)",
        [.medical, .education, .rehabilitation],
        "S15 category 3 counts \"medical, education and other rigid spending\" (医疗、教育等刚性支出): medical out-of-pocket, education as recorded (S15 names no cap, and S4's cap came later and is national) and disability rehabilitation [I: rehabilitation read as 'other rigid spending'; basic living costs and accident costs not counted].")

    static let imRigid = spending(
        MeasureID("spending.rigid-12m.im"), "12个月内刚性支出（内蒙古口径）", "rigid spending within 12 months (IM)",
        [.medical, .education, .rehabilitation, .accident],
        "S10: medical + education + disability rehabilitation + accident spending; education as recorded (S10 names no cap); basic living costs excluded in IM [I, per S10 wording].")

    static let medicalAndAccident = spending(
        MeasureID("spending.medical-accident-12m"), "12个月内医疗和意外支出", "medical and accident spending within 12 months",
        [.medical, .accident], "S10: medical out-of-pocket plus accident spending.")

    static let nationalRigid = spending(
        MeasureID("spending.rigid-12m.national"), "12个月内刚性支出（全国口径）", "rigid spending within 12 months (national)",
        [.living, .medical, .education, .rehabilitation], educationAsInS4: true,
        "S4 art. 5: basic living, medical out-of-pocket, education (capped at the comparable public-school fee) and disability rehabilitation.")

    static let householdTotal = spending(
        MeasureID("spending.total-12m"), "12个月内家庭支出", "household spending within 12 months",
        Set(ExpenseCategory.allCases), "Every recorded expense, as recorded (S15 category 1: household spending above 100,000 yuan; no cap).")

    static let all: [Measure] = [xinganRigid, imRigid, medicalAndAccident, nationalRigid, householdTotal]
}
