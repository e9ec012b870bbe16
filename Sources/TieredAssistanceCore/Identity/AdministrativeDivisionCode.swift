/// A six-digit administrative-division code (行政区划代码, GB/T 2260), such as 150000
/// Inner Mongolia, 152200 Xing'an League or 152201 Ulanhot.
///
/// The code encodes the hierarchy: the first two digits are the province-level region,
/// the next two the prefecture level (league or city), the last two the county level
/// (banner, county or district). ``parent`` walks up that hierarchy. Above the provinces
/// sits ``national`` (100000), where national rules and values live.
public struct AdministrativeDivisionCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The six-digit code as an integer, 110000...829999.
    public let value: Int32

    /// Creates a code, or returns `nil` unless it is six digits with a province part
    /// 11...82 (the range GB/T 2260 uses), or 100000 (``national``).
    public init?(_ value: Int) {
        guard (110000...829999).contains(value) || value == 100000 else { return nil }
        self.value = Int32(value)
    }

    /// The whole country (全国), 100000: the root of the hierarchy, where national rules
    /// and values are kept.
    public static let national = AdministrativeDivisionCode(value: 100000)


    private init(value: Int32) {
        self.value = value
    }

    /// Parses a six-digit code such as `"152201"`.
    public init?(_ text: String) {
        guard text.utf8.count == 6, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let number = Int(text)
        else { return nil }
        self.init(number)
    }

    /// Parses a six-digit code as ``init(_:)-(String)`` does, but throws instead of
    /// returning `nil`: `try AdministrativeDivisionCode(parsing: "152201")`.
    ///
    /// - Throws: ``InputError`` with code ``ErrorCode/invalidValue``, echoing the text safely.
    public init(parsing text: String) throws(InputError) {
        guard let code = AdministrativeDivisionCode(text) else {
            throw InputError(code: .invalidValue, message: "\(InputError.echo(text)) is not a six-digit administrative-division code")
        }
        self = code
    }

    /// The administrative level the code names.
    public enum Level: Int, Sendable, Hashable, Comparable {
        /// The whole country (全国), code 100000.
        case national = 0
        /// Province-level region (省级), such as 150000 Inner Mongolia.
        case province = 1
        /// Prefecture level (地级: league or city), such as 152200 Xing'an League.
        case prefecture = 2
        /// County level (县级: banner, county, city or district), such as 152201 Ulanhot.
        case county = 3

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The level: province when the last four digits are 0, prefecture when the last two
    /// are 0, otherwise county.
    public var level: Level {
        if value == 100000 { return .national }
        if value % 10000 == 0 { return .province }
        if value % 100 == 0 { return .prefecture }
        return .county
    }

    /// The enclosing division: a county's prefecture, a prefecture's province, a
    /// province's ``national``; `nil` for ``national``.
    public var parent: AdministrativeDivisionCode? {
        switch level {
        case .national: return nil
        case .province: return .national
        case .prefecture: return AdministrativeDivisionCode(Int(value / 10000 * 10000))
        case .county: return AdministrativeDivisionCode(Int(value / 100 * 100))
        }
    }

    /// This code followed by its parents up to ``national``, most specific first:
    /// 152201 → [152201, 152200, 150000, 100000].
    public var lineage: [AdministrativeDivisionCode] {
        var result = [self]
        var current = self
        while let next = current.parent {
            result.append(next)
            current = next
        }
        return result
    }

    /// The code as six digits.
    public var description: String { String(value) }

    public static func < (lhs: AdministrativeDivisionCode, rhs: AdministrativeDivisionCode) -> Bool {
        lhs.value < rhs.value
    }
}
