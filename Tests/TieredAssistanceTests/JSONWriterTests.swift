import Testing
@testable import TieredAssistanceCore

/// The writer's buffer (``JSONBytes``): pieces, growth far past the first capacity, and copies
/// that stay values.
@Suite("JSON writer")
struct JSONWriterTests {
    @Test("Keys of any length, commas and nesting are written as compact JSON")
    func pieces() {
        var writer = JSONWriter(reservingCapacity: 1)
        writer.beginObject()
        writer.key("x"); writer.int(1)
        writer.key(""); writer.null()
        writer.key("list"); writer.beginArray(); writer.bool(true); writer.string("兴安\"盟\n"); writer.money(Money(fen: -5)); writer.endArray()
        writer.key("nested"); writer.beginObject(); writer.key("id"); writer.string("H1"); writer.endObject()
        writer.endObject()
        writer.newline()
        #expect(writer.text == "{\"x\":1,\"\":null,\"list\":[true,\"兴安\\\"盟\\n\",-0.05],\"nested\":{\"id\":\"H1\"}}\n")
        #expect(writer.byteCount == writer.bytes.count)
    }

    @Test("Thousands of pieces grow the buffer; a copy keeps what it had when the original writes on")
    func growthAndCopies() {
        var writer = JSONWriter(reservingCapacity: 16)
        writer.beginArray()
        for index in 0..<5_000 { writer.int(index) }
        let copy = writer
        writer.string("after")
        writer.endArray()
        let expected = "[" + (0..<5_000).map(String.init).joined(separator: ",")
        #expect(writer.text == expected + ",\"after\"]")
        #expect(copy.text == expected)
        var output: [UInt8] = Array("> ".utf8)
        copy.appendBytes(to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "> " + expected)
        // Emptied, the writer starts a new document; the copy still holds the old one.
        writer.removeAll()
        writer.beginObject(); writer.key("a"); writer.int(2); writer.endObject()
        #expect(writer.text == "{\"a\":2}")
        #expect(copy.text == expected)
    }
}
