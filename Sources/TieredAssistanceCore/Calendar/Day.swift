/// A calendar day in the proleptic Gregorian calendar, with no time of day and no time
/// zone (日期). Policy dates, birth dates, certificate dates and evaluation days are days.
///
/// Days are ordered, so `a < b` means `a` is earlier. The library never reads the clock:
/// every evaluation takes its day as an input.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The packed value `year × 10000 + month × 100 + day`, which orders like the day.
    @usableFromInline let packed: Int32

    /// The year, 1...9999.
    @inlinable public var year: Int { Int(packed / 10000) }
    /// The month of the year, 1...12.
    @inlinable public var month: Int { Int(packed / 100 % 100) }
    /// The day of the month, 1...31.
    @inlinable public var day: Int { Int(packed % 100) }

    /// Creates a day, or returns `nil` if there is no such day (month 13, 30 February,
    /// 29 February in a common year, a year outside 1...9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.numberOfDays(inMonth: month, year: year)
        else { return nil }
        self.packed = Int32(year * 10000 + month * 100 + day)
    }

    /// Creates a day from the number `yyyymmdd` (`20240229` is 29 February 2024), the form
    /// days take in integer columns (``HouseholdTable``); `nil` if there is no such day.
    public init?(number: Int) {
        guard number > 0 else { return nil }
        self.init(year: number / 10000, month: number / 100 % 100, day: number % 100)
    }

    /// The day as the number `yyyymmdd` (see ``init(number:)``).
    @inlinable public var number: Int { Int(packed) }

    /// Parses an ISO 8601 calendar date, exactly `YYYY-MM-DD` (for example `2024-10-01`).
    /// Returns `nil` for any other text or an impossible day.
    public init?(iso text: String) {
        var utf8 = Array(text.utf8)
        guard let parsed = utf8.withUnsafeMutableBytes({ Day.parse(UnsafeRawBufferPointer($0)) })
        else { return nil }
        self = parsed
    }

    /// Parses `YYYY-MM-DD` as ``init(iso:)`` does, but throws instead of returning `nil`,
    /// so code that builds households or policy values needs no force unwrap:
    /// `try Day(parsing: "2024-10-01")`.
    ///
    /// - Throws: ``InputError`` with code ``ErrorCode/invalidValue``, echoing the text safely.
    public init(parsing text: String) throws(InputError) {
        guard let day = Day(iso: text) else {
            throw InputError(code: .invalidValue, message: "\(InputError.echo(text)) is not a day written YYYY-MM-DD")
        }
        self = day
    }

    /// The day as `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    @inlinable
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.packed < rhs.packed }

    /// The days input may carry: 1900-01-01 to 2199-12-31. Evaluation looks back and ahead
    /// at most a century from an input day, which stays inside the type's years 1...9999,
    /// so no calendar arithmetic on input can trap. Input outside is refused.
    public static let supportedInputRange: ClosedRange<Day> = Day(year: 1900, month: 1, day: 1)!...Day(year: 2199, month: 12, day: 31)!

    /// Whether `year` is a leap year in the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year (28...31).
    public static func numberOfDays(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses exactly `YYYY-MM-DD` from raw bytes.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> Day? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }
}

extension Day {
    /// The number of days since 1970-01-01 (negative before it).
    ///
    /// Uses the days-from-civil algorithm of Howard Hinnant, exact for the whole range.
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The day that is `daysSince1970` days after 1970-01-01, or `nil` outside 1...9999.
    public init?(daysSince1970 count: Int) {
        let z = count + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// The day `count` days later (earlier if negative).
    ///
    /// - Precondition: the result lies in years 1...9999.
    public func adding(days count: Int) -> Day {
        guard let result = Day(daysSince1970: daysSince1970 + count) else {
            preconditionFailure("day out of range: \(self) + \(count) days")
        }
        return result
    }

    /// The same day of the month `count` months later (earlier if negative). When that
    /// month is shorter, the result is its last day: 2024-01-31 + 1 month = 2024-02-29,
    /// and 2024-02-29 − 12 months = 2023-02-28.
    ///
    /// - Precondition: the result lies in years 1...9999.
    public func adding(months count: Int) -> Day {
        let target = Month(containing: self).adding(months: count)
        let lastDay = Day.numberOfDays(inMonth: target.month, year: target.year)
        guard let result = Day(year: target.year, month: target.month, day: min(day, lastDay)) else {
            preconditionFailure("day out of range: \(self) + \(count) months")
        }
        return result
    }

    /// The completed months from this day to `day`: the largest `n` with
    /// `adding(months: n) <= day`, so a month completes on the same day of the month (or a
    /// shorter month's last day: from 2024-01-31 one month completes on 2024-02-29).
    ///
    /// - Returns: the completed months, or −1 if `day` is before this day.
    public func completedMonths(until day: Day) -> Int {
        if day < self { return -1 }
        var months = Month(containing: self).months(until: Month(containing: day))
        if adding(months: months) > day { months -= 1 }
        return months
    }

    /// The number of days from this day to `other` (positive if `other` is later).
    public func days(until other: Day) -> Int {
        other.daysSince1970 - daysSince1970
    }

    /// A person's age in completed years (周岁) on `day`, for a person born on this day.
    ///
    /// The age goes up on the birthday. For a person born on 29 February, the birthday in a
    /// common year is taken to be 1 March: they turn 18 on 1 March, not on 28 February, as
    /// the 18th year is not complete until 28 February has ended.
    ///
    /// - Returns: the completed years, or a negative number if `day` is before the birth.
    public func age(on day: Day) -> Int {
        if day < self { return -1 }
        // In yyyymmdd numbers the difference is (years × 10,000) + (mmdd − birth mmdd), and
        // the second term is below 0 exactly when this year's birthday has not been reached
        // (it is above −10,000), so the quotient is the completed years. 02-29 in a common
        // year falls between 02-28 and 03-01, which gives the 1 March rule.
        return Int(day.packed - packed) / 10000
    }
}
