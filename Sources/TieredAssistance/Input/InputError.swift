/// An error in input data (a household, a policy file, a rule file): what is wrong, and
/// where, as a JSON field path and, in JSON Lines, a line number.
///
/// Messages never repeat personal data: string values from the input are echoed only when
/// they are short vocabulary words, and digit runs that could be ID numbers are masked
/// (see ``InputError/echo(_:)``).
///
/// Two errors are equal when their code, path and line are equal, which keeps tests
/// independent of the exact wording.
public struct InputError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Where the problem is.
    public var path: FieldPath
    /// What kind of problem it is.
    public var code: Code
    /// A sentence describing the problem, for people.
    public var message: String
    /// The 1-based line number, for JSON Lines input.
    public var line: Int?
    /// The 0-based byte offset in the document or line where the problem was found, when
    /// it is a syntax problem.
    public var byteOffset: Int?

    /// Creates an error.
    public init(path: FieldPath = .root, code: Code, message: String, line: Int? = nil,
                byteOffset: Int? = nil) {
        self.path = path
        self.code = code
        self.message = message
        self.line = line
        self.byteOffset = byteOffset
    }

    /// Kinds of input error. New kinds may be added, so match with `==`, not an
    /// exhaustive switch.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        /// The code's stable name, for example `unknown-key`.
        public let name: String

        private init(_ name: String) { self.name = name }

        /// Not well-formed JSON.
        public static let syntax = Code("syntax")
        /// A value of the wrong JSON type (a string where a number belongs).
        public static let wrongType = Code("wrong-type")
        /// An object key the format does not define (often a typo).
        public static let unknownKey = Code("unknown-key")
        /// The same key twice in one object.
        public static let duplicateKey = Code("duplicate-key")
        /// A required key is absent.
        public static let missingKey = Code("missing-key")
        /// A value outside its vocabulary or not a valid day, code or identifier.
        public static let invalidValue = Code("invalid-value")
        /// A number outside its allowed range (a disability grade of 5).
        public static let outOfRange = Code("out-of-range")
        /// An amount with more than 2 decimals.
        public static let tooManyDecimals = Code("too-many-decimals")
        /// A negative amount.
        public static let negativeAmount = Code("negative-amount")
        /// An amount above ``Money/inputLimit`` or a number too large to hold.
        public static let tooLarge = Code("too-large")
        /// A list, string, record or nesting deeper than a documented limit.
        public static let limitExceeded = Code("limit-exceeded")
        /// Bytes that are not valid UTF-8.
        public static let invalidUTF8 = Code("invalid-utf8")
        /// Two records with the same identifier.
        public static let duplicateID = Code("duplicate-id")
        /// A reference to a member (or other record) that does not exist.
        public static let unknownReference = Code("unknown-reference")
        /// A resident ID number that fails validation.
        public static let invalidResidentID = Code("invalid-resident-id")
        /// Values that contradict each other (no applicant, a birth after the event).
        public static let inconsistent = Code("inconsistent")
        /// A format version this library does not read.
        public static let unsupportedVersion = Code("unsupported-version")

        public var description: String { name }
    }

    /// `line 3: members[2].disability.grade: grade must be 1...4, found 5`.
    public var description: String {
        var text = ""
        if let line { text += "line \(line): " }
        text += "\(path): \(message)"
        return text
    }

    public static func == (lhs: InputError, rhs: InputError) -> Bool {
        lhs.code == rhs.code && lhs.path == rhs.path && lhs.line == rhs.line
    }

    /// The same error, one level further out: `component` is added to the front of the path.
    public func prefixed(by component: FieldPath.Component) -> InputError {
        var copy = self
        copy.path = path.prepending(component)
        return copy
    }

    /// The same error, placed on a line of a JSON Lines file.
    public func onLine(_ line: Int) -> InputError {
        var copy = self
        copy.line = line
        return copy
    }

    /// A safe echo of an input string for an error message: at most 32 characters, with
    /// every run of 6 or more digits (a possible ID or phone number) replaced by `#`s; text
    /// that is not printable ASCII (a name, control characters) is not shown, only its length.
    public static func echo(_ text: String) -> String {
        guard isPlainASCII(text) else { return "(a value of \(text.count) characters, not shown)" }
        return "\"" + maskingDigitRuns(String(text.prefix(32))) + (text.count > 32 ? "…" : "") + "\""
    }

    /// A key for a field path or a message: the key with digit runs masked when it is plain
    /// ASCII, `<N characters>` otherwise (a name used as a key is not shown).
    public static func maskedKey(_ text: String) -> String {
        guard isPlainASCII(text) else { return "<\(text.count) characters>" }
        return maskingDigitRuns(String(text.prefix(32))) + (text.count > 32 ? "…" : "")
    }

    /// Whether `text` is printable ASCII (space to tilde): no control characters, no text
    /// that may be a name.
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// `text` with every run of 6 or more ASCII digits (a possible ID or phone number)
    /// replaced by as many `#`s.
    public static func maskingDigitRuns(_ text: String) -> String {
        var result = ""
        var digits = ""
        func flushDigits() {
            result += digits.count >= 6 ? String(repeating: "#", count: digits.count) : digits
            digits = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                flushDigits()
                result.append(character)
            }
        }
        flushDigits()
        return result
    }
}
