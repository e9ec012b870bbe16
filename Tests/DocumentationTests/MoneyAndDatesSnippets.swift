import Testing
import TieredAssistance

@Suite("Money and Dates article")
struct MoneyAndDatesSnippets {
    @Test("Money: exact fen, explicit rounding, checked arithmetic")
    func money() throws {
        // doc: MoneyAndDates.md #1
        let standard = Money(yuan: 829)                    // 829.00 yuan = 82,900 fen
        let half = Money(yuan: 829, fen: 50)               // 829.50 yuan
        let parsed = Money(yuanText: "1233.33")            // at most 2 decimals, else nil
        let total = standard.multiplied(by: 3)             // money × count: 2,487.00
        let sum = [standard, half].sum()                   // money + money
        print(total)                                       // "2,487.00"
        print(total.decimalText)                           // "2487.00"
        // end doc
        #expect(standard.fen == 82_900 && half.fen == 82_950 && parsed?.fen == 123_333)
        #expect(Money(yuanText: "1.234") == nil)
        #expect(total.description == "2,487.00" && total.decimalText == "2487.00" && sum.fen == 165_850)

        let amounts = [Money(fen: .max), Money(fen: 1)]
        var caught: (any Error)?
        // doc: MoneyAndDates.md #2
        do {
            let grand = try amounts.checkedSum()
            let doubled = try grand.checkedMultiplied(by: 2)
        } catch {
            print(error)   // money overflow in …: the result does not fit in 64-bit fen
        }
        // end doc
        do { _ = try amounts.checkedSum() } catch { caught = error }
        #expect(caught is MoneyOverflow)
        #expect("\(caught.map { "\($0)" } ?? "")".contains("does not fit in 64-bit fen"))

        // doc: MoneyAndDates.md #3
        let share = Rate.percent(70)                       // 7/10
        let multiple = Rate(decimal: "1.5")!               // 3/2, parsed exactly
        let same = Rate(3, over: 2)                        // reduced to lowest terms
        let twice = Rate.times(2)
        // end doc
        #expect(share == Rate(7, over: 10) && multiple == same && Rate(6, over: 4) == same && twice == Rate(2, over: 1))

        // doc: MoneyAndDates.md #4
        let seventy = try standard.multiplied(by: .percent(70), rounding: .halfUp)   // 580.30
        let perPerson = Money(yuan: 1000).divided(by: 3, rounding: .halfUp)          // 333.33
        let parts = Money(yuan: 1000).distributed(into: 3)                           // 333.34, 333.33, 333.33
        // end doc
        #expect(seventy.description == "580.30" && perPerson.description == "333.33")
        #expect(parts.map(\.description) == ["333.34", "333.33", "333.33"])
    }

    @Test("Days, ages and the 12-month window")
    func days() throws {
        // doc: MoneyAndDates.md #5
        let day = Day(iso: "2024-10-01")!                  // exactly YYYY-MM-DD, else nil
        let impossible = Day(iso: "2024-02-30")            // nil
        let next = Day(iso: "2024-01-31")!.adding(months: 1)   // 2024-02-29 (last day of a shorter month)
        let july = Month(iso: "2024-07")!
        print(july.days)                                   // 2024-07-01…2024-07-31
        // end doc
        #expect(day.description == "2024-10-01" && impossible == nil && next.description == "2024-02-29")
        #expect(july.days.description == "2024-07-01…2024-07-31")

        // doc: MoneyAndDates.md #6
        let born = Day(iso: "2008-02-29")!
        born.age(on: Day(iso: "2026-02-28")!)   // 17
        born.age(on: Day(iso: "2026-03-01")!)   // 18
        // end doc
        #expect(born.age(on: Day(iso: "2026-02-28")!) == 17 && born.age(on: Day(iso: "2026-03-01")!) == 18)

        let household = try HouseholdDecoder.decode(try Repository.household("rigid-expenditure-ulanhot.json"))
        // doc: MoneyAndDates.md #7
        let window = DayInterval.twelveMonths(endingOn: Day(iso: "2024-10-01")!)
        print(window)                                       // 2023-10-02…2024-10-01
        print(window.numberOfDays)                          // 366
        window.contains(Day(iso: "2023-10-01")!)            // false: exactly 12 months earlier
        window.contains(Day(iso: "2023-10-02")!)            // true

        let medical = household.expenses
            .filter { window.contains($0.day) && $0.category == .medical }
            .map(\.amount)
            .sum()
        // end doc
        #expect(window.description == "2023-10-02…2024-10-01" && window.numberOfDays == 366)
        #expect(!window.contains(Day(iso: "2023-10-01")!) && window.contains(Day(iso: "2023-10-02")!))
        #expect(medical.fen > 0)
    }
}
