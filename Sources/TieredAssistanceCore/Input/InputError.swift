/// An error in input data (a household, a policy file, a rule file): what is wrong, and
/// where, as a JSON field path and, in JSON Lines, a line number.
///
/// Messages never repeat personal data: string values from the input are echoed only when
/// they are short vocabulary words, and digit runs that could be ID numbers are masked
/// (see ``InputError/echo(_:)``).
///
/// Two errors are equal when their code, path and line are equal, which keeps tests
/// independent of the exact wording.
public struct InputError: AssistanceError, Equatable {
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

    /// Kinds of input error (the codes every error of this library uses).
    public typealias Code = ErrorCode

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
