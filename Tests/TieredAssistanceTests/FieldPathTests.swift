import Testing
@testable import TieredAssistance

/// Written paths are parsed on UTF-8 bytes; this is checked against a character-by-character
/// reading of the same grammar, on fixed cases and on seeded random texts.
@Suite("Field paths")
struct FieldPathTests {
    /// The grammar read one character at a time: keys between dots, `[n]` an index, a `[`
    /// without `]` and an integer kept in the key.
    static func oracle(_ text: String) -> [FieldPath.Component] {
        var components: [FieldPath.Component] = []
        var current = ""
        let characters = Array(text.unicodeScalars)
        var index = 0
        func flush() {
            if !current.isEmpty { components.append(.key(current)) }
            current = ""
        }
        while index < characters.count {
            let character = characters[index]
            if character == "." {
                flush()
            } else if character == "[", let close = characters[(index + 1)...].firstIndex(of: "]"),
                      let number = Int(String(String.UnicodeScalarView(characters[(index + 1)..<close]))) {
                flush()
                components.append(.index(number))
                index = close
            } else {
                current.unicodeScalars.append(character)
            }
            index += 1
        }
        flush()
        return components
    }

    @Test("Fixed cases", arguments: [
        ("members[2].disability.grade", [FieldPath.Component.key("members"), .index(2), .key("disability"), .key("grade")]),
        ("", []),
        ("a", [.key("a")]),
        ("a..b.", [.key("a"), .key("b")]),
        ("a[x].b", [.key("a[x]"), .key("b")]),
        ("a[1", [.key("a[1")]),
        ("a[1]b", [.key("a"), .index(1), .key("b")]),
        ("[3][-4]", [.index(3), .index(-4)]),
        ("成员[0].姓名", [.key("成员"), .index(0), .key("姓名")]),
    ])
    func fixed(text: String, expected: [FieldPath.Component]) {
        #expect(FieldPath(parsing: text).components == expected)
        #expect(Self.oracle(text) == expected)
    }

    @Test("5,000 seeded random texts parse as the character-by-character reading does")
    func random() {
        var random = SplitMix64(state: 11)
        let alphabet: [String] = ["a", "b", ".", "[", "]", "1", "2", "-", "+", "中", "é", " "]
        for _ in 0..<5_000 {
            let text = (0..<random.below(14)).map { _ in alphabet[random.below(alphabet.count)] }.joined()
            #expect(FieldPath(parsing: text).components == Self.oracle(text), "\(text)")
        }
    }
}
