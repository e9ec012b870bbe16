/// A PRC resident identity card number (公民身份号码), 18 characters, checked with the
/// GB 11643-1999 check character.
///
/// An ID number is personal data. Its ``description``, ``debugDescription`` and mirror
/// (what `print`, string interpolation and `dump` show) are always the masked form
/// ``masked``, for example `1522**********123X`: the first 4 and last 4 characters. The
/// full number is available only through ``unmaskedValue``, whose name makes every use
/// visible in review.
public struct ResidentIDNumber: Sendable, Hashable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
    private let value: String

    /// Why a text is not a valid resident ID number. The reason never repeats the text.
    public enum Problem: String, Error, Sendable, Hashable, CustomStringConvertible {
        /// Not 18 characters.
        case wrongLength = "must be 18 characters"
        /// A character other than a digit, or other than a digit or X in the last place.
        case invalidCharacter = "must be 17 digits followed by a digit or X"
        /// The embedded birth date (characters 7-14) is not a real day.
        case invalidBirthDate = "has an impossible birth date in characters 7-14"
        /// The GB 11643 check character does not match.
        case checksumMismatch = "fails the GB 11643 check character"

        public var description: String { rawValue }
    }

    /// Validates an 18-character ID number. A lowercase `x` check character is accepted
    /// and stored as `X`.
    ///
    /// - Throws: ``Problem``; the error never contains the number.
    public init(validating text: String) throws(Problem) {
        let bytes = Array(text.utf8)
        guard bytes.count == 18 else { throw .wrongLength }
        var digits = [Int]()
        digits.reserveCapacity(18)
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x30 && byte <= 0x39 {
                digits.append(Int(byte - 0x30))
            } else if index == 17 && (byte == UInt8(ascii: "X") || byte == UInt8(ascii: "x")) {
                digits.append(10)
            } else {
                throw .invalidCharacter
            }
        }
        let year = digits[6] * 1000 + digits[7] * 100 + digits[8] * 10 + digits[9]
        let month = digits[10] * 10 + digits[11]
        let day = digits[12] * 10 + digits[13]
        guard Day(year: year, month: month, day: day) != nil else { throw .invalidBirthDate }
        guard ResidentIDNumber.checkValue(of: digits) == digits[17] else { throw .checksumMismatch }
        self.value = String(decoding: bytes.map { $0 == UInt8(ascii: "x") ? UInt8(ascii: "X") : $0 },
                            as: UTF8.self)
    }

    /// Whether `text` holds something that may be an ID number, valid or not: a run of 15
    /// or more ASCII digits (the old 15-digit format, or the first 17 digits of the current
    /// one, typos included). Used to keep such text out of identifiers, which are logged.
    public static func mayAppear(in text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run >= 15 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// The GB 11643-1999 check value (0...10, where 10 is written `X`) of the first 17 digits.
    static func checkValue(of digits: [Int]) -> Int {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for index in 0..<17 { sum += digits[index] * weights[index] }
        // Check codes for sum mod 11 = 0...10 are 1 0 X 9 8 7 6 5 4 3 2.
        let codes = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2]
        return codes[sum % 11]
    }

    /// The masked form: the first 4 and the last 4 characters with 10 asterisks between,
    /// for example `1522**********123X`.
    public var masked: String {
        String(value.prefix(4)) + String(repeating: "*", count: 10) + String(value.suffix(4))
    }

    /// The full number. Use only where the full number is required (writing the household
    /// back to its own file format); never in output meant for publication or logs.
    public var unmaskedValue: String { value }

    /// The birth date encoded in characters 7-14.
    public var birthDate: Day {
        let bytes = Array(value.utf8)
        func digit(_ index: Int) -> Int { Int(bytes[index] - 0x30) }
        let year = digit(6) * 1000 + digit(7) * 100 + digit(8) * 10 + digit(9)
        guard let day = Day(year: year, month: digit(10) * 10 + digit(11), day: digit(12) * 10 + digit(13))
        else { preconditionFailure("validated at creation") }
        return day
    }

    /// The masked form; see ``masked``.
    public var description: String { masked }
    /// The masked form; see ``masked``.
    public var debugDescription: String { masked }
    /// A mirror showing only the masked form, so `dump` does not reveal the number.
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }
}

extension ResidentIDNumber.Problem: AssistanceError {
    /// ``ErrorCode/invalidResidentID``.
    public var code: ErrorCode { .invalidResidentID }
    /// The root: the caller knows which field held the number.
    public var path: FieldPath { .root }
    /// `resident ID number must be 18 characters`: never the number itself.
    public var message: String { "resident ID number " + rawValue }
}
