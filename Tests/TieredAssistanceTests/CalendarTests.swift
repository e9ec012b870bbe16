import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

private func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { fatalError("bad test day \(text)") }
    return day
}

@Suite("Days and months: no time zone, exact arithmetic")
struct CalendarTests {
    @Test("Impossible days are refused",
          arguments: ["2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-04-31", "0000-01-01",
                      "2024-1-01", "2024/01/01", "20240101", "2024-01-01T00:00", " 2024-01-01"])
    func impossibleDays(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("Leap days exist only in leap years")
    func leapDays() {
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "1900-02-29") == nil)
    }

    @Test("Days count from 1970-01-01 and round-trip", arguments: ["1970-01-01", "1969-12-31", "2000-02-29", "2024-10-01", "0001-01-01", "9999-12-31"])
    func epochRoundTrip(text: String) {
        let value = day(text)
        #expect(Day(daysSince1970: value.daysSince1970) == value)
        #expect(value.description == text)
    }

    @Test("Adding days and months")
    func arithmetic() {
        #expect(day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(day("2024-12-31").adding(days: 1) == day("2025-01-01"))
        #expect(day("2024-01-31").adding(months: 1) == day("2024-02-29"))
        #expect(day("2024-02-29").adding(months: -12) == day("2023-02-28"))
        #expect(day("2024-03-31").adding(months: -1) == day("2024-02-29"))
        #expect(day("2024-10-01").days(until: day("2025-10-01")) == 365)
        #expect(Month(iso: "2024-12")?.adding(months: 1) == Month(iso: "2025-01"))
        #expect(Month(iso: "2024-02")?.lastDay == day("2024-02-29"))
        #expect(Month(iso: "2024-07")?.months(until: Month(containing: day("2025-01-15"))) == 6)
    }

    @Test("Completed months: a month completes on the same day of the month, or a shorter month's last day; −1 before the start",
          arguments: [("2024-06-15", "2024-06-15", 0), ("2024-06-15", "2024-07-14", 0), ("2024-06-15", "2024-07-15", 1),
                      ("2024-06-15", "2024-12-14", 5), ("2024-06-15", "2024-12-15", 6), ("2024-01-31", "2024-02-28", 0),
                      ("2024-01-31", "2024-02-29", 1), ("2024-01-31", "2024-03-30", 1), ("2024-01-31", "2024-03-31", 2),
                      ("2024-10-15", "2024-10-01", -1), ("2024-10-15", "2024-10-14", -1), ("2024-10-15", "2023-12-20", -1)])
    func completedMonths(start: String, end: String, months: Int) {
        #expect(day(start).completedMonths(until: day(end)) == months)
    }

    @Test("The 12-month window ends on the evaluation day and starts the day after the same day a year earlier",
          arguments: [("2024-10-01", "2023-10-02", 366), ("2025-10-01", "2024-10-02", 365),
                      ("2024-02-29", "2023-03-01", 366), ("2025-02-28", "2024-02-29", 366),
                      ("2025-03-01", "2024-03-02", 365)])
    func twelveMonthWindow(evaluation: String, first: String, days: Int) {
        let window = DayInterval.twelveMonths(endingOn: day(evaluation))
        #expect(window.first == day(first))
        #expect(window.last == day(evaluation))
        #expect(window.numberOfDays == days)
        // The edges: the first day is in, the day before it is out; the evaluation day is
        // in, the day after is out.
        #expect(window.contains(window.first))
        #expect(!window.contains(window.first.adding(days: -1)))
        #expect(window.contains(day(evaluation)))
        #expect(!window.contains(day(evaluation).adding(days: 1)))
    }

    @Test("Age goes up on the birthday",
          arguments: [("2006-09-03", "2024-09-02", 17), ("2006-09-03", "2024-09-03", 18), ("1964-10-01", "2024-10-01", 60),
                      ("1964-10-02", "2024-10-01", 59), ("2024-10-01", "2024-10-01", 0), ("2024-10-02", "2024-10-01", -1)])
    func ageOnBirthdays(birth: String, on: String, age: Int) {
        #expect(day(birth).age(on: day(on)) == age)
    }

    @Test("A person born on 29 February comes of age on 1 March in common years",
          arguments: [("2006-02-28", 17), ("2006-03-01", 18), ("2024-02-28", 23), ("2024-02-29", 24), ("2025-02-28", 24), ("2025-03-01", 25)])
    func ageOfLeapDayBirth(on: String, age: Int) {
        let birth = day(on.hasPrefix("2006") ? "1988-02-29" : "2000-02-29")
        #expect(birth.age(on: day(on)) == age)
    }

    @Test("Age from yyyymmdd arithmetic agrees with comparing (month, day) pairs on every pair of days around leap years")
    func ageAgreesWithBirthdayComparison() {
        // Every day of 1999-2001 and 2023-2025 as births and as evaluation days (both leap
        // days and their neighbours included): the definition is "completed years", counted
        // by whether this year's (month, day) has been reached.
        var days: [Day] = []
        for year in [1999, 2000, 2001, 2023, 2024, 2025] {
            var current = Day(year: year, month: 1, day: 1)!
            while current.year == year {
                days.append(current)
                current = current.adding(days: 1)
            }
        }
        var checked = 0
        for birth in days where birth.day % 3 == 0 || (birth.month == 2 && birth.day >= 28) || birth.day == 1 {
            for on in days {
                var want = on.year - birth.year
                if on.month < birth.month || (on.month == birth.month && on.day < birth.day) { want -= 1 }
                if on < birth { want = -1 }
                if birth.age(on: on) != want {
                    Issue.record("\(birth) on \(on): \(birth.age(on: on)), want \(want)")
                    return
                }
                checked += 1
            }
        }
        #expect(checked > 500_000)
    }
}
