/// A closed interval of days, both ends included (期间), such as the 12-month look-back
/// window of a spending rule or the period a policy value is in force.
public struct DayInterval: Sendable, Hashable, CustomStringConvertible {
    /// The first day in the interval.
    public let first: Day
    /// The last day in the interval (on or after ``first``).
    public let last: Day

    /// Creates the interval from a closed range of days.
    public init(_ range: ClosedRange<Day>) {
        self.first = range.lowerBound
        self.last = range.upperBound
    }

    /// Whether `day` lies in the interval, ends included.
    @inlinable
    public func contains(_ day: Day) -> Bool {
        first <= day && day <= last
    }

    /// The number of days in the interval, ends included.
    public var numberOfDays: Int { first.days(until: last) + 1 }

    /// The interval as `first…last`, for example `2023-10-02…2024-10-01`.
    public var description: String { "\(first)…\(last)" }

    /// The window "within the 12 months up to `day`" (`12个月内`), used by rules that count
    /// spending or events in the last 12 months (for example Xing'an League's 30,000-yuan
    /// rule).
    ///
    /// The window **ends on `day`, included**, and **starts on the day after the same day
    /// 12 months earlier**, so it holds exactly one year of days: 365, or 366 when it
    /// contains a 29 February.
    ///
    /// | evaluation day | first day of the window | days |
    /// |---|---|---|
    /// | 2024-10-01 | 2023-10-02 | 366 (contains 2024-02-29) |
    /// | 2025-10-01 | 2024-10-02 | 365 |
    /// | 2024-02-29 | 2023-03-01 (2023-02-28 + 1 day) | 366 |
    /// | 2025-02-28 | 2024-02-29 | 366 |
    ///
    /// A spending record dated exactly 12 months before `day` is therefore **outside** the
    /// window; one dated the next day is inside.
    public static func twelveMonths(endingOn day: Day) -> DayInterval {
        months(12, endingOn: day)
    }

    /// The window of `count` months ending on `day` (included), starting the day after
    /// the same day `count` months earlier (see ``twelveMonths(endingOn:)``).
    ///
    /// - Precondition: `count > 0`.
    public static func months(_ count: Int, endingOn day: Day) -> DayInterval {
        precondition(count > 0, "a window has at least one month")
        let start = day.adding(months: -count).adding(days: 1)
        return DayInterval(start...day)
    }
}
