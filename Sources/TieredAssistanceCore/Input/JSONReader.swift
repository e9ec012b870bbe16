#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A strict, fast pull reader for one JSON document held in a byte buffer.
///
/// The reader walks the bytes once and hands values straight to the caller, with no
/// intermediate tree and no heap allocation for keys, numbers, booleans or short strings.
/// Decoders for the library's formats are written on top of it, and so can programs that
/// read other layouts (the `assist-bench` reader of the bench-v1 population does).
///
/// It is strict: anything that is not RFC 8259 JSON is an error (trailing commas,
/// comments, leading zeros, `NaN`, unescaped control characters, invalid UTF-8,
/// lone surrogates, bytes after the document). Nesting is limited to
/// ``HouseholdLimits/nestingDepth`` levels.
///
/// Errors carry the path *below* the value being read; decoders add the outer steps as
/// the error travels up (``InputError/prefixed(by:)``), which costs nothing when the input
/// is valid.
///
/// - Important: The reader borrows the buffer. Use it only inside the closure that
///   provided the buffer (`withUnsafeBytes`).
package struct JSONReader {
    @usableFromInline let bytes: UnsafeRawBufferPointer
    /// The offset of the next unread byte.
    package private(set) var offset: Int = 0
    private var depth = 0
    private let maximumDepth: Int

    /// Creates a reader over `bytes`, which must stay valid while the reader is used.
    package init(_ bytes: UnsafeRawBufferPointer, maximumDepth: Int = HouseholdLimits.nestingDepth) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    // MARK: Bytes

    /// The byte at `index`, or 0 past the end (0 never appears in valid JSON outside
    /// strings, and strings reject it, so it serves as an end marker).
    @inline(__always)
    private func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        offset = whitespaceEnd(from: offset)
    }

    /// The JSON type of the next value, after skipping whitespace.
    package mutating func peekKind() -> JSONValueKind? {
        skipWhitespace()
        switch byte(at: offset) {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .boolean
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), 0x30...0x39: return .number
        default: return nil
        }
    }

    // MARK: Errors

    func syntaxError(_ message: String) -> InputError {
        InputError(code: .syntax, message: message, byteOffset: offset)
    }

    private mutating func wrongType(expected: String) -> InputError {
        let found = peekKind().map { $0.description } ?? (offset >= bytes.count ? "end of input" : "an invalid character")
        return InputError(code: .wrongType, message: "expected \(expected), found \(found)", byteOffset: offset)
    }

    // MARK: Structure

    /// Reads `{`. Follow with ``nextKey()`` until it returns `nil`.
    package mutating func beginObject() throws(InputError) {
        skipWhitespace()
        guard byte(at: offset) == UInt8(ascii: "{") else { throw wrongType(expected: "an object") }
        try enter()
        offset += 1
        pendingFirst = true
    }

    /// Reads `[`. Follow with ``nextElement()`` until it returns `false`.
    package mutating func beginArray() throws(InputError) {
        skipWhitespace()
        guard byte(at: offset) == UInt8(ascii: "[") else { throw wrongType(expected: "an array") }
        try enter()
        offset += 1
        pendingFirst = true
    }

    private var pendingFirst = false

    private mutating func enter() throws(InputError) {
        depth += 1
        if depth > maximumDepth {
            throw InputError(code: .limitExceeded,
                             message: "nesting deeper than \(maximumDepth) levels", byteOffset: offset)
        }
    }

    /// Reads the next key of the current object and its `:`, or the closing `}` (then
    /// returns `nil`).
    package mutating func nextKey() throws(InputError) -> JSONKey? {
        skipWhitespace()
        if pendingFirst {
            pendingFirst = false
            if byte(at: offset) == UInt8(ascii: "}") {
                offset += 1
                depth -= 1
                return nil
            }
        } else {
            switch byte(at: offset) {
            case UInt8(ascii: "}"):
                offset += 1
                depth -= 1
                return nil
            case UInt8(ascii: ","):
                offset += 1
                skipWhitespace()
            default:
                throw syntaxError("expected ',' or '}' in an object")
            }
        }
        guard byte(at: offset) == UInt8(ascii: "\"") else {
            throw syntaxError("expected a key in double quotes (no trailing commas)")
        }
        let key = try readKey()
        skipWhitespace()
        guard byte(at: offset) == UInt8(ascii: ":") else { throw syntaxError("expected ':' after a key") }
        offset += 1
        return key
    }

    /// Reads the next key of the current object and its `:` if the key is exactly
    /// `literal` written without escapes, and returns `true`; otherwise reads no key (only
    /// whitespace) and returns `false`: then call ``nextKey()``, which also reports any
    /// error. A reader that knows the usual order of keys tries the expected one first and
    /// skips scanning it:
    ///
    /// ```swift
    /// if reader.nextKeyIfEqual("age") { age = try reader.readInt(in: 0...150) }
    /// else if let key = try reader.nextKey() { ... }
    /// ```
    ///
    /// - Precondition: `literal` is a plain key: no quote, backslash or control character.
    package mutating func nextKeyIfEqual(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        assert(UnsafeBufferPointer(start: literal.utf8Start, count: count).allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C },
               "nextKeyIfEqual takes a plain key")
        skipWhitespace()
        var index = offset
        if !pendingFirst {
            guard byte(at: index) == UInt8(ascii: ",") else { return false }
            index = whitespaceEnd(from: index + 1)
        }
        guard byte(at: index) == UInt8(ascii: "\""), index + 1 + count < bytes.count,
              memoryEqual(bytes.baseAddress! + index + 1, literal.utf8Start, count),
              bytes[index + 1 + count] == UInt8(ascii: "\"") else { return false }
        index = whitespaceEnd(from: index + count + 2)
        guard byte(at: index) == UInt8(ascii: ":") else { return false }
        offset = index + 1
        pendingFirst = false
        return true
    }

    /// The first offset at or after `index` that is not JSON whitespace.
    @inline(__always)
    private func whitespaceEnd(from index: Int) -> Int {
        var index = index
        while true {
            let current = byte(at: index)
            guard current == 0x20 || current == 0x0A || current == 0x0D || current == 0x09 else { return index }
            index += 1
        }
    }

    /// Moves to the next element of the current array; returns `false` at the closing `]`.
    package mutating func nextElement() throws(InputError) -> Bool {
        skipWhitespace()
        if pendingFirst {
            pendingFirst = false
            if byte(at: offset) == UInt8(ascii: "]") {
                offset += 1
                depth -= 1
                return false
            }
            return true
        }
        switch byte(at: offset) {
        case UInt8(ascii: "]"):
            offset += 1
            depth -= 1
            return false
        case UInt8(ascii: ","):
            offset += 1
            skipWhitespace()
            if byte(at: offset) == UInt8(ascii: "]") { throw syntaxError("trailing comma in an array") }
            return true
        default:
            throw syntaxError("expected ',' or ']' in an array")
        }
    }

    /// Checks that only whitespace follows the document.
    package mutating func expectEnd() throws(InputError) {
        skipWhitespace()
        if offset != bytes.count { throw syntaxError("unexpected data after the JSON value") }
    }

    // MARK: Scalars

    /// Whether the next value is `null`; if so it is consumed.
    package mutating func readNullIfPresent() throws(InputError) -> Bool {
        skipWhitespace()
        guard byte(at: offset) == UInt8(ascii: "n") else { return false }
        try expectLiteral("null")
        return true
    }

    /// Reads `true` or `false`.
    package mutating func readBool() throws(InputError) -> Bool {
        skipWhitespace()
        switch byte(at: offset) {
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return true
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return false
        default:
            throw wrongType(expected: "true or false")
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(InputError) {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count,
              memoryEqual(bytes.baseAddress! + offset, literal.utf8Start, count)
        else { throw syntaxError("invalid literal") }
        offset += count
    }

    /// Scans a number lexeme per RFC 8259 and returns its byte range.
    private mutating func scanNumber(expected: String) throws(InputError) -> Range<Int> {
        skipWhitespace()
        let start = offset
        var index = offset
        if byte(at: index) == UInt8(ascii: "-") { index += 1 }
        let firstDigit = byte(at: index)
        guard firstDigit >= 0x30 && firstDigit <= 0x39 else {
            if index == start { throw wrongType(expected: expected) }
            throw syntaxError("invalid number")
        }
        if firstDigit == 0x30 {
            index += 1
            let next = byte(at: index)
            if next >= 0x30 && next <= 0x39 { throw syntaxError("numbers have no leading zeros") }
        } else {
            while case 0x30...0x39 = byte(at: index) { index += 1 }
        }
        if byte(at: index) == UInt8(ascii: ".") {
            index += 1
            guard case 0x30...0x39 = byte(at: index) else { throw syntaxError("invalid number: no digit after '.'") }
            while case 0x30...0x39 = byte(at: index) { index += 1 }
        }
        let exponent = byte(at: index)
        if exponent == UInt8(ascii: "e") || exponent == UInt8(ascii: "E") {
            index += 1
            let sign = byte(at: index)
            if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { index += 1 }
            guard case 0x30...0x39 = byte(at: index) else { throw syntaxError("invalid number: bad exponent") }
            while case 0x30...0x39 = byte(at: index) { index += 1 }
        }
        offset = index
        return start..<index
    }

    /// Reads an integer (no fraction, no exponent) in `range`.
    package mutating func readInt(in range: ClosedRange<Int64>) throws(InputError) -> Int64 {
        // Fast path: up to 18 plain digits (no sign, no leading zero) in range, not followed
        // by a fraction or an exponent. Anything else goes the general way, which also
        // reports the errors.
        skipWhitespace()
        var end = offset
        var plain: Int64 = 0
        while end < bytes.count && end - offset < 18 {
            let digit = bytes[end] &- 0x30
            if digit > 9 { break }
            plain = plain &* 10 &+ Int64(digit)
            end += 1
        }
        let digits = end - offset
        if digits > 0 && (digits == 1 || bytes[offset] != 0x30) {
            let next = byte(at: end)
            if next < 0x30 || next > 0x39, next != UInt8(ascii: "."), next != UInt8(ascii: "e"), next != UInt8(ascii: "E"),
               range.contains(plain) {
                offset = end
                return plain
            }
        }
        let lexeme = try scanNumber(expected: "an integer")
        let text = UnsafeRawBufferPointer(rebasing: bytes[lexeme])
        var negative = false
        var index = 0
        if text[0] == UInt8(ascii: "-") {
            negative = true
            index = 1
        }
        var value: Int64 = 0
        var overflow = false
        while index < text.count {
            let digit = text[index]
            guard digit >= 0x30 && digit <= 0x39 else {
                throw InputError(code: .wrongType, message: "expected an integer, found a number with a fraction or exponent",
                                 byteOffset: lexeme.lowerBound)
            }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative
                ? times10.subtractingReportingOverflow(Int64(digit - 0x30))
                : times10.addingReportingOverflow(Int64(digit - 0x30))
            if o1 || o2 { overflow = true } else { value = next }
            index += 1
        }
        guard !overflow, range.contains(value) else {
            let shown = text.count > 24 ? "a number of \(text.count) characters" : String(decoding: text, as: UTF8.self)
            throw InputError(code: .outOfRange, message: "must be \(range.lowerBound)...\(range.upperBound), found \(shown)",
                             byteOffset: lexeme.lowerBound)
        }
        return value
    }

    /// Reads an amount of money: a JSON number with at most 2 decimals, 0 or more and at
    /// most ``Money/inputLimit``, parsed exactly (never through `Double`).
    package mutating func readMoney() throws(InputError) -> Money {
        let lexeme = try scanNumber(expected: "an amount (a number)")
        let text = UnsafeRawBufferPointer(rebasing: bytes[lexeme])
        switch FixedPointDecimal.parse(text, scale: 2, limit: Money.inputLimit.fen) {
        case .success(let fen):
            return Money(fen: fen)
        case .failure(let failure):
            throw InputError.amount(failure, offset: lexeme.lowerBound)
        }
    }

    /// Reads a non-negative decimal with at most `scale` decimals, as an integer scaled by
    /// 10^scale, no larger than `limit` (scaled).
    package mutating func readScaledDecimal(scale: Int, limit: Int64) throws(InputError) -> Int64 {
        let lexeme = try scanNumber(expected: "a number")
        let text = UnsafeRawBufferPointer(rebasing: bytes[lexeme])
        switch FixedPointDecimal.parse(text, scale: scale, limit: limit) {
        case .success(let value):
            return value
        case .failure(let failure):
            throw InputError.amount(failure, offset: lexeme.lowerBound, scale: scale)
        }
    }

    /// Reads a rate written as a plain decimal number (`1.5`, `0.7`; at most 9 decimals).
    package mutating func readRate() throws(InputError) -> Rate {
        let lexeme = try scanNumber(expected: "a rate (a number)")
        let text = UnsafeRawBufferPointer(rebasing: bytes[lexeme])
        switch FixedPointDecimal.parse(text, scale: 9, limit: 1_000_000 * 1_000_000_000) {
        case .success(let scaled):
            return Rate(scaled, over: 1_000_000_000)
        case .failure(let failure):
            throw InputError.amount(failure, offset: lexeme.lowerBound, scale: 9)
        }
    }

    /// Reads a number and returns its text exactly as written (for values whose meaning
    /// depends on a unit read elsewhere in the object).
    package mutating func readNumberText() throws(InputError) -> String {
        let lexeme = try scanNumber(expected: "a number")
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lexeme]), as: UTF8.self)
    }

    /// Reads a string, unescaping it and checking that it is valid UTF-8 of at most
    /// `maximumBytes` bytes.
    package mutating func readString(maximumBytes: Int = HouseholdLimits.stringBytes) throws(InputError) -> String {
        skipWhitespace()
        guard byte(at: offset) == UInt8(ascii: "\"") else { throw wrongType(expected: "a string") }
        let (string, count) = try readStringBody()
        if count > maximumBytes {
            throw InputError(code: .limitExceeded, message: "string longer than \(maximumBytes) bytes")
        }
        return string
    }

    /// Reads a day written `"YYYY-MM-DD"`.
    package mutating func readDay() throws(InputError) -> Day {
        skipWhitespace()
        guard byte(at: offset) == UInt8(ascii: "\"") else { throw wrongType(expected: "a day \"YYYY-MM-DD\"") }
        let start = offset + 1
        if start + 10 < bytes.count, bytes[start + 10] == UInt8(ascii: "\""),
           let day = Day.parse(UnsafeRawBufferPointer(rebasing: bytes[start..<(start + 10)]))
        {
            guard Day.supportedInputRange.contains(day) else {
                throw InputError(code: .outOfRange, message: "days from 1900-01-01 to 2199-12-31 are supported, found \(day)",
                                 byteOffset: start)
            }
            offset = start + 11
            return day
        }
        let text = try readString()
        throw InputError(code: .invalidValue, message: "not a real day in the form YYYY-MM-DD: \(InputError.echo(text))")
    }

    /// Reads a string and converts it to a value of a string-backed enumeration, listing
    /// the allowed values when it is not one of them.
    package mutating func readEnum<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) throws(InputError) -> Value
    where Value.RawValue == String {
        // A plain ASCII string (every value the formats define is one) is matched on its
        // bytes, without making a string; anything else goes through `init(rawValue:)`.
        skipWhitespace()
        if byte(at: offset) == UInt8(ascii: "\"") {
            let start = offset + 1
            var end = start
            while end < bytes.count {
                let current = bytes[end]
                guard current >= 0x20 && current < 0x80 && current != UInt8(ascii: "\"") && current != UInt8(ascii: "\\")
                else { break }
                end += 1
            }
            if byte(at: end) == UInt8(ascii: "\"") {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                for value in Value.allCases {
                    var name = value.rawValue
                    let matches = name.withUTF8 { utf8 in
                        utf8.count == raw.count && (raw.isEmpty || memcmp(utf8.baseAddress!, raw.baseAddress!, raw.count) == 0)
                    }
                    if matches {
                        offset = end + 1
                        return value
                    }
                }
            }
        }
        let text = try readString()
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        throw InputError(code: .invalidValue, message: "\(InputError.echo(text)) is not one of \(allowed)")
    }

    /// Skips one value of any type (used by readers that tolerate extra fields).
    package mutating func skipValue() throws(InputError) {
        switch peekKind() {
        case .object:
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case .array:
            try beginArray()
            while try nextElement() { try skipValue() }
        case .string:
            _ = try readStringBody()
        case .number:
            _ = try scanNumber(expected: "a value")
        case .boolean:
            _ = try readBool()
        case .null:
            try expectLiteral("null")
        case nil:
            throw syntaxError(offset >= bytes.count ? "unexpected end of input" : "expected a value")
        }
    }

    // MARK: Strings

    private mutating func readKey() throws(InputError) -> JSONKey {
        let start = offset + 1
        var index = start
        // Eight bytes at a time up to the first byte that may end or complicate the key: a
        // quote, a backslash, a control byte or a non-ASCII byte. The lowest flagged byte
        // is exact; the byte loop below then decides.
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                // Little-endian order, so the lowest bits are the first byte on every machine.
                let word = UInt64(littleEndian: (base + index).loadUnaligned(as: UInt64.self))
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                let flagged = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | (word &- ones &* 0x20) | word
                let special = flagged & highs
                if special != 0 {
                    index += special.trailingZeroBitCount / 8
                    break
                }
                index += 8
            }
        }
        while true {
            let current = byte(at: index)
            if current == UInt8(ascii: "\"") {
                offset = index + 1
                return JSONKey(raw: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), isPlain: true)
            }
            if current == UInt8(ascii: "\\") || current >= 0x80 || current < 0x20 {
                // Rare: escapes or non-ASCII in a key. Check it in full; it never matches a
                // literal key, and its text is decoded again only for an error message.
                let quote = offset
                _ = try readStringBody()
                return JSONKey(raw: UnsafeRawBufferPointer(rebasing: bytes[quote..<offset]), isPlain: false)
            }
            index += 1
        }
    }

    /// Reads a string starting at the opening quote; returns it and its UTF-8 length.
    private mutating func readStringBody() throws(InputError) -> (String, Int) {
        let start = offset + 1
        var index = start
        var isASCII = true
        // Fast scan: plain bytes until the closing quote or an escape.
        while true {
            let current = byte(at: index)
            if current == UInt8(ascii: "\"") {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
                offset = index + 1
                if isASCII { return (String(decoding: raw, as: UTF8.self), raw.count) }
                guard let string = String(validating: raw, as: UTF8.self) else {
                    throw InputError(code: .invalidUTF8, message: "string is not valid UTF-8", byteOffset: start)
                }
                return (string, raw.count)
            }
            if current == UInt8(ascii: "\\") { break }
            if current < 0x20 {
                if index >= bytes.count { throw syntaxError("unterminated string") }
                throw InputError(code: .syntax, message: "unescaped control character in a string", byteOffset: index)
            }
            if current >= 0x80 { isASCII = false }
            index += 1
        }
        // Slow path with escapes.
        var buffer = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
        while true {
            let current = byte(at: index)
            if current == UInt8(ascii: "\"") {
                offset = index + 1
                guard let string = String(validating: buffer, as: UTF8.self) else {
                    throw InputError(code: .invalidUTF8, message: "string is not valid UTF-8", byteOffset: start)
                }
                return (string, buffer.count)
            }
            if current < 0x20 {
                if index >= bytes.count { throw syntaxError("unterminated string") }
                throw InputError(code: .syntax, message: "unescaped control character in a string", byteOffset: index)
            }
            if current != UInt8(ascii: "\\") {
                buffer.append(current)
                index += 1
                continue
            }
            index += 1
            switch byte(at: index) {
            case UInt8(ascii: "\""): buffer.append(0x22)
            case UInt8(ascii: "\\"): buffer.append(0x5C)
            case UInt8(ascii: "/"): buffer.append(0x2F)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(at: index + 1)
                index += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard byte(at: index + 1) == UInt8(ascii: "\\"), byte(at: index + 2) == UInt8(ascii: "u") else {
                        throw InputError(code: .invalidUTF8, message: "lone surrogate in a \\u escape", byteOffset: index)
                    }
                    let low = try hex4(at: index + 3)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw InputError(code: .invalidUTF8, message: "invalid surrogate pair", byteOffset: index)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw InputError(code: .invalidUTF8, message: "lone surrogate in a \\u escape", byteOffset: index)
                }
                guard let unicode = Unicode.Scalar(scalar) else {
                    throw InputError(code: .invalidUTF8, message: "invalid \\u escape", byteOffset: index)
                }
                buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
            default:
                throw syntaxError("invalid escape in a string")
            }
            index += 1
        }
    }

    private func hex4(at index: Int) throws(InputError) -> UInt32 {
        var value: UInt32 = 0
        for position in index..<(index + 4) {
            let digit = byte(at: position)
            let nibble: UInt32
            switch digit {
            case 0x30...0x39: nibble = UInt32(digit - 0x30)
            case 0x41...0x46: nibble = UInt32(digit - 0x41 + 10)
            case 0x61...0x66: nibble = UInt32(digit - 0x61 + 10)
            default: throw InputError(code: .syntax, message: "invalid \\u escape", byteOffset: position)
            }
            value = value << 4 | nibble
        }
        return value
    }
}

/// The JSON type of a value.
package enum JSONValueKind: Sendable, Hashable, CustomStringConvertible {
    /// `{...}`
    case object
    /// `[...]`
    case array
    /// `"..."`
    case string
    /// A number.
    case number
    /// `true` or `false`.
    case boolean
    /// `null`.
    case null

    package var description: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .boolean: return "a boolean"
        case .null: return "null"
        }
    }
}

/// An object key read by ``JSONReader``, matched against literal keys without allocating:
/// `switch key { case "members": ... }`. A plain value (no reference counting).
package struct JSONKey {
    /// The key's bytes: the text between the quotes for a plain key, or the whole quoted
    /// string (with its escapes) otherwise.
    @usableFromInline let raw: UnsafeRawBufferPointer
    /// Whether the key is plain ASCII without escapes.
    @usableFromInline let isPlain: Bool

    /// The key as a string (for messages).
    package var text: String {
        if isPlain { return String(decoding: raw, as: UTF8.self) }
        var reader = JSONReader(raw)
        return (try? reader.readString(maximumBytes: Int.max)) ?? String(decoding: raw, as: UTF8.self)
    }

    /// Whether the key equals `literal` (a key written with escapes is compared by its
    /// decoded text, on a slower path).
    @inlinable @inline(__always)
    package static func ~= (literal: StaticString, key: JSONKey) -> Bool {
        guard key.isPlain else {
            return key.text == literal.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        }
        let count = literal.utf8CodeUnitCount
        guard count == key.raw.count else { return false }
        return count == 0 || memoryEqual(key.raw.baseAddress!, literal.utf8Start, count)
    }
}

/// Whether `count` bytes at `lhs` and `rhs` are equal (keys are short: no call to memcmp).
@inlinable @inline(__always)
func memoryEqual(_ lhs: UnsafeRawPointer, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    let right = UnsafeRawPointer(rhs)
    var index = 0
    while index + 8 <= count {
        if lhs.loadUnaligned(fromByteOffset: index, as: UInt64.self) != right.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
            return false
        }
        index += 8
    }
    while index < count {
        if lhs.load(fromByteOffset: index, as: UInt8.self) != right.load(fromByteOffset: index, as: UInt8.self) { return false }
        index += 1
    }
    return true
}

extension InputError {
    /// The error for a refused amount or decimal.
    static func amount(_ failure: FixedPointDecimal.Failure, offset: Int, scale: Int = 2) -> InputError {
        switch failure {
        case .negative:
            return InputError(code: .negativeAmount, message: "must not be negative", byteOffset: offset)
        case .tooManyDecimals:
            return InputError(code: .tooManyDecimals, message: "at most \(scale) decimals", byteOffset: offset)
        case .tooLarge:
            return InputError(code: .tooLarge,
                              message: scale == 2 ? "larger than the input limit of \(Money.inputLimit) yuan" : "too large",
                              byteOffset: offset)
        case .exponent:
            return InputError(code: .syntax, message: "write amounts without an exponent", byteOffset: offset)
        case .malformed:
            return InputError(code: .syntax, message: "not a plain decimal number", byteOffset: offset)
        }
    }
}
