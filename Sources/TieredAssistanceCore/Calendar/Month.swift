/// A calendar month of a year (月份), such as 2024-07, with no time zone.
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month of the year, 1...12.
    public let month: Int

    /// Creates a month, or returns `nil` for a month outside 1...12 or a year outside 1...9999.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month that contains `day`.
    public init(containing day: Day) {
        self.year = day.year
        self.month = day.month
    }

    /// Parses `YYYY-MM` (for example `2024-07`).
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)),
              let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)),
              bytes[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              bytes[5..<7].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The first day of the month.
    public var firstDay: Day {
        guard let day = Day(year: year, month: month, day: 1) else { preconditionFailure("valid month") }
        return day
    }

    /// The last day of the month (28th to 31st).
    public var lastDay: Day {
        let count = Day.numberOfDays(inMonth: month, year: year)
        guard let day = Day(year: year, month: month, day: count) else { preconditionFailure("valid month") }
        return day
    }

    /// The number of days in the month.
    public var numberOfDays: Int { Day.numberOfDays(inMonth: month, year: year) }

    /// All the days of the month, as an interval.
    public var days: DayInterval { DayInterval(firstDay...lastDay) }

    /// The month `count` months later (earlier if negative).
    ///
    /// - Precondition: the result lies in years 1...9999.
    public func adding(months count: Int) -> Month {
        let index = year * 12 + (month - 1) + count
        guard let result = Month(year: index / 12, month: index % 12 + 1), index >= 0 else {
            preconditionFailure("month out of range: \(self) + \(count) months")
        }
        return result
    }

    /// The number of months from this month to `other` (positive if `other` is later).
    public func months(until other: Month) -> Int {
        (other.year * 12 + other.month) - (year * 12 + month)
    }

    /// The month as `YYYY-MM`.
    public var description: String {
        let yearDigits = String(year)
        let monthDigits = String(month)
        return String(repeating: "0", count: max(0, 4 - yearDigits.count)) + yearDigits + "-"
            + (month < 10 ? "0" : "") + monthDigits
    }

    public static func < (lhs: Month, rhs: Month) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
