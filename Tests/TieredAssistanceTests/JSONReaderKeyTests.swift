import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// `JSONReader.nextKeyIfEqual(_:)`: the fast path for keys in their usual order reads
/// exactly the key it names, and otherwise reads nothing, so `nextKey()` sees the input as if
/// the fast path had not been tried.
@Suite("JSONReader: expected keys")
struct JSONReaderKeyTests {
    /// Reads `{"k":1,...}` trying `expected` keys in order first; returns the keys and values read.
    static func read(_ text: String, expecting expected: [StaticString]) throws -> [String] {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBytes { raw throws -> [String] in
            var reader = JSONReader(UnsafeRawBufferPointer(raw))
            var read: [String] = []
            try reader.beginObject()
            var next = 0
            while true {
                if next < expected.count && reader.nextKeyIfEqual(expected[next]) {
                    read.append("fast:\(expected[next])=\(try reader.readInt(in: 0...9))")
                    next += 1
                    continue
                }
                guard let key = try reader.nextKey() else { break }
                read.append("slow:\(key.text)=\(try reader.readInt(in: 0...9))")
            }
            try reader.expectEnd()
            return read
        }
    }

    @Test("Keys in the expected order are read by the fast path, with or without spaces")
    func inOrder() throws {
        #expect(try Self.read(#"{"age":1,"id":2}"#, expecting: ["age", "id"]) == ["fast:age=1", "fast:id=2"])
        #expect(try Self.read(#"{ "age" : 1 , "id" :2 }"#, expecting: ["age", "id"]) == ["fast:age=1", "fast:id=2"])
        #expect(try Self.read("{\n\"age\":1,\n  \"id\":2\n}", expecting: ["age", "id"]) == ["fast:age=1", "fast:id=2"])
    }

    @Test("Another key, a prefix, a longer key or an escaped spelling falls back to nextKey with nothing consumed")
    func fallBack() throws {
        #expect(try Self.read(#"{"id":2,"age":1}"#, expecting: ["age", "id"]) == ["slow:id=2", "fast:age=1"])
        #expect(try Self.read(#"{"ag":1}"#, expecting: ["age"]) == ["slow:ag=1"])
        #expect(try Self.read(#"{"ages":1}"#, expecting: ["age"]) == ["slow:ages=1"])
        #expect(try Self.read(#"{"\u0061ge":1}"#, expecting: ["age"]) == ["slow:age=1"])
        #expect(try Self.read("{\t\"age\"\t:1}", expecting: ["age"]) == ["fast:age=1"])
        #expect(try Self.read(#"{}"#, expecting: ["age"]) == [])
    }

    @Test("Malformed input is still reported by nextKey, at the same place")
    func errors() throws {
        #expect(throws: InputError.self) { try Self.read(#"{"age" 1}"#, expecting: ["age"]) }
        #expect(throws: InputError.self) { try Self.read(#"{"age":1 "id":2}"#, expecting: ["age", "id"]) }
        #expect(throws: InputError.self) { try Self.read(#"{"age":1,}"#, expecting: ["age", "id"]) }
        #expect(throws: InputError.self) { try Self.read(#"{"age"#, expecting: ["age"]) }
    }
}
