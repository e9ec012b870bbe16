import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// Written paths are parsed on UTF-8 bytes; this is checked against the earlier parser,
/// which read characters (kept here as the oracle), on fixed cases and on seeded random
/// texts.
@Suite("Field paths")
struct FieldPathTests {
    /// The earlier parser, character by character: keys between dots, `[n]` an index, every
    /// `[` ending the key before it.
    static func oracle(_ text: String) -> [FieldPath.Component] {
        var components: [FieldPath.Component] = []
        var current = ""
        var index = text.startIndex
        func flush() {
            if !current.isEmpty { components.append(.key(current)) }
            current = ""
        }
        while index < text.endIndex {
            let character = text[index]
            if character == "." {
                flush()
            } else if character == "[" {
                flush()
                guard let close = text[index...].firstIndex(of: "]"),
                      let number = Int(text[text.index(after: index)..<close])
                else {
                    current.append(character)
                    index = text.index(after: index)
                    continue
                }
                components.append(.index(number))
                index = close
            } else {
                current.append(character)
            }
            index = text.index(after: index)
        }
        flush()
        return components
    }

    @Test("Fixed cases", arguments: [
        ("members[2].disability.grade", [FieldPath.Component.key("members"), .index(2), .key("disability"), .key("grade")]),
        ("", []),
        ("a", [.key("a")]),
        ("a..b.", [.key("a"), .key("b")]),
        ("a[x].b", [.key("a"), .key("[x]"), .key("b")]),
        ("a[1", [.key("a"), .key("[1")]),
        ("a[[2]", [.key("a"), .key("["), .index(2)]),
        ("a[1]b", [.key("a"), .index(1), .key("b")]),
        ("[3][-4]", [.index(3), .index(-4)]),
        ("成员[0].姓名", [.key("成员"), .index(0), .key("姓名")]),
    ])
    func fixed(text: String, expected: [FieldPath.Component]) {
        #expect(FieldPath(parsing: text).components == expected)
        #expect(Self.oracle(text) == expected)
    }

    @Test("5,000 seeded random texts parse as the earlier character-based parser parsed them")
    func random() {
        var random = SplitMix64(state: 11)
        // No combining marks: the earlier parser read grapheme clusters, so a `[` followed by
        // a combining mark was not a bracket to it; on bytes it is (such paths do not occur).
        let alphabet: [String] = ["a", "b", ".", "[", "]", "1", "2", "-", "+", "中", "é", " "]
        for _ in 0..<5_000 {
            let text = (0..<random.below(14)).map { _ in alphabet[random.below(alphabet.count)] }.joined()
            #expect(FieldPath(parsing: text).components == Self.oracle(text), "\(text)")
        }
    }
}
