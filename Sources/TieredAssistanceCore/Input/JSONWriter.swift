/// Writes compact JSON with keys in exactly the order they are written, so the same data
/// always gives the same bytes.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.beginObject()
/// writer.key("id"); writer.string("H1")
/// writer.key("amount"); writer.money(Money(fen: 82900))
/// writer.endObject()
/// // {"id":"H1","amount":829.00}
/// ```
package struct JSONWriter: Sendable {
    /// The bytes written so far (UTF-8).
    private var buffer: JSONBytes
    private var needsComma = false

    /// Creates an empty writer.
    package init() {
        buffer = JSONBytes()
    }

    /// Creates an empty writer with room for `capacity` bytes.
    package init(reservingCapacity capacity: Int) {
        buffer = JSONBytes(capacity: capacity)
    }

    /// The bytes written so far (UTF-8), as an array (a copy: a loop that moves lines into
    /// a larger buffer uses ``appendBytes(to:)``).
    package var bytes: [UInt8] { buffer.array }

    /// The number of bytes written so far.
    package var byteCount: Int { buffer.count }

    /// Appends the bytes written so far to `output`.
    package func appendBytes(to output: inout [UInt8]) {
        buffer.withUnsafeBytes { output.append(contentsOf: $0) }
    }

    /// The output as a string.
    package var text: String { buffer.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    /// Empties the writer, keeping its storage for reuse.
    package mutating func removeAll() {
        buffer.removeAll()
        needsComma = false
    }

    @inline(__always)
    private mutating func separate() {
        if needsComma { buffer.append(UInt8(ascii: ",")) }
    }

    /// Writes `{`.
    package mutating func beginObject() {
        separate()
        buffer.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Writes `}`.
    package mutating func endObject() {
        buffer.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Writes `[`.
    package mutating func beginArray() {
        separate()
        buffer.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Writes `]`.
    package mutating func endArray() {
        buffer.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes an object key (a plain ASCII literal) and its `:`.
    package mutating func key(_ name: StaticString) {
        // The separator, the quoted name and the colon in one piece (`withUTF8Buffer` serves
        // literals of one character too, which have no pointer of their own).
        let separator = needsComma
        name.withUTF8Buffer { name in
            let count = name.count
            let target = buffer.reserve(count + 4)
            var at = 0
            if separator {
                target[0] = UInt8(ascii: ",")
                at = 1
            }
            target[at] = UInt8(ascii: "\"")
            if let start = name.baseAddress, count > 0 { (target + at + 1).update(from: start, count: count) }
            target[at + 1 + count] = UInt8(ascii: "\"")
            target[at + 2 + count] = UInt8(ascii: ":")
            buffer.commit(at + count + 3)
        }
        needsComma = false
    }

    /// Writes an object key given at run time, escaped as needed, and its `:`.
    package mutating func key(dynamic name: String) {
        string(name)
        buffer.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a string value, escaping `"`, `\` and control characters.
    package mutating func string(_ value: String) {
        beginString()
        stringContent(value)
        endString()
    }

    /// Opens a string value written in pieces (``stringContent(_:)``, ``stringContent(decimal:)``),
    /// closed by ``endString()``: the same bytes as ``string(_:)`` of the pieces joined,
    /// without joining them.
    package mutating func beginString() {
        separate()
        buffer.append(UInt8(ascii: "\""))
    }

    /// Closes a string value opened by ``beginString()``.
    package mutating func endString() {
        buffer.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes an integer's digits inside a string value.
    package mutating func stringContent(decimal value: Int) {
        appendDecimal(Int64(value))
    }

    /// Writes `value` inside a string value, escaping `"`, `\` and control characters (each
    /// character is escaped on its own, so pieces give the bytes their concatenation gives).
    package mutating func stringContent(_ value: String) {
        // Printable ASCII without quotes or backslashes (ids, codes, English text) is copied as it is.
        var value = value
        let plain = value.withUTF8 { utf8 in
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte >= 0x7F {
                return false
            }
            buffer.append(UnsafeRawBufferPointer(utf8))
            return true
        }
        if plain { return }
        // DEL, C1 controls and bidirectional overrides are written as \u escapes too, so JSON
        // shown on a terminal cannot reorder or hide text (the rare slow path).
        if value.utf8.contains(where: { $0 >= 0x7F }),
           value.unicodeScalars.contains(where: { $0.value >= 0x7F && TerminalText.isUnsafe($0) }) {
            for scalar in value.unicodeScalars {
                if scalar.value >= 0x7F && TerminalText.isUnsafe(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    buffer.append(contentsOf: Array("\\u".utf8) + Array((String(repeating: "0", count: 4 - hex.count) + hex).utf8))
                } else {
                    for byte in String(scalar).utf8 { appendEscaped(byte) }
                }
            }
        } else {
            // Runs of bytes that need no escape (Chinese text, say) are copied whole.
            value.withUTF8 { utf8 in
                var start = 0
                for index in 0..<utf8.count {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                    buffer.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[start..<index])))
                    appendEscaped(byte)
                    start = index + 1
                }
                buffer.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[start...])))
            }
        }
    }

    /// One byte of a string's UTF-8, escaped as JSON requires.
    @inline(__always)
    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): buffer.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): buffer.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: buffer.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: buffer.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            buffer.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: buffer.append(byte)
        }
    }

    /// Writes an integer.
    package mutating func int<Value: BinaryInteger>(_ value: Value) {
        separate()
        appendDecimal(Int64(value))
        needsComma = true
    }

    /// Writes an amount as a number in yuan with exactly 2 decimals (`829.00`).
    package mutating func money(_ amount: Money) {
        separate()
        var fen = amount.fen
        if fen < 0 {
            buffer.append(UInt8(ascii: "-"))
            // Int64.min has no positive counterpart; amounts never reach it (input limit).
            fen = -fen
        }
        appendDecimal(fen / 100)
        buffer.append(UInt8(ascii: "."))
        let cents = fen % 100
        buffer.append(UInt8(truncatingIfNeeded: 0x30 + cents / 10))
        buffer.append(UInt8(truncatingIfNeeded: 0x30 + cents % 10))
        needsComma = true
    }

    /// Writes a rate as a plain decimal number (`1.5`), or as a string (`"1/3"`) if it has
    /// no decimal form of at most 9 decimals.
    package mutating func rate(_ value: Rate) {
        let text = value.description
        if text.contains("/") {
            string(text)
        } else {
            separate()
            buffer.append(utf8: text)
            needsComma = true
        }
    }

    /// Writes a quantity as a plain decimal number in its display unit (money in yuan, a
    /// ratio as a share: `0.3`, counts, years and months as they are), exactly: as many
    /// decimals as the value needs. A value with no finite decimal form (`1/3`) or beyond
    /// 38 digits is written as the string `"numerator/denominator"`.
    package mutating func exactNumber(_ quantity: Quantity) {
        var value = quantity.reduced()
        if case .money = quantity.unit {
            let (denominator, overflow) = value.denominator.multipliedReportingOverflow(by: 100)
            if overflow { string("\(value.numerator)/\(value.denominator) fen"); return }
            value = Quantity(value.numerator, over: denominator, unit: quantity.unit).reduced()
        }
        var twos = 0, fives = 0
        var rest = value.denominator
        while rest % 2 == 0 { rest /= 2; twos += 1 }
        while rest % 5 == 0 { rest /= 5; fives += 1 }
        let decimals = max(twos, fives)
        var scale: Int128 = 1
        var overflow = rest != 1 || decimals > 30
        for _ in 0..<decimals where !overflow {
            (scale, overflow) = scale.multipliedReportingOverflow(by: 10)
        }
        let (scaled, tooLarge) = value.numerator.multipliedReportingOverflow(by: overflow ? 1 : scale / value.denominator)
        guard !overflow, !tooLarge else { string("\(value.numerator)/\(value.denominator)"); return }
        separate()
        var text = String(scaled.magnitude / scale.magnitude)
        if decimals > 0 {
            var fraction = String(scaled.magnitude % scale.magnitude)
            while fraction.count < decimals { fraction = "0" + fraction }
            text += "." + fraction
        }
        if scaled < 0 { buffer.append(UInt8(ascii: "-")) }
        buffer.append(utf8: text)
        needsComma = true
    }

    /// Writes a day as `"YYYY-MM-DD"`.
    package mutating func day(_ value: Day) {
        string(value.description)
    }

    /// Writes `true` or `false`.
    package mutating func bool(_ value: Bool) {
        separate()
        literal(value ? "true" : "false")
        needsComma = true
    }

    /// Writes `null`.
    package mutating func null() {
        separate()
        literal("null")
        needsComma = true
    }

    /// Appends a literal's bytes (no array is made for them: `null` is written for most
    /// fields of a result line).
    @inline(__always)
    private mutating func literal(_ text: StaticString) {
        buffer.append(text)
    }

    /// Appends raw, already valid JSON text for one value.
    package mutating func raw(_ json: [UInt8]) {
        separate()
        buffer.append(contentsOf: json)
        needsComma = true
    }

    /// Appends a newline (for JSON Lines) and resets the separator state.
    package mutating func newline() {
        buffer.append(0x0A)
        needsComma = false
    }

    @inline(__always)
    private mutating func appendDecimal(_ value: Int64) {
        if value < 0 {
            buffer.append(UInt8(ascii: "-"))
            if value == Int64.min {
                buffer.append("9223372036854775808" as StaticString)
                return
            }
            appendDecimal(-value)
            return
        }
        if value < 10 {
            buffer.append(UInt8(truncatingIfNeeded: 0x30 + value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var remaining = value
        withUnsafeMutableBytes(of: &digits) { digitBuffer in
            while remaining > 0 {
                digitBuffer[19 - count] = UInt8(truncatingIfNeeded: 0x30 + remaining % 10)
                remaining /= 10
                count += 1
            }
            buffer.append(UnsafeRawBufferPointer(rebasing: digitBuffer[(20 - count)...]))
        }
    }
}
