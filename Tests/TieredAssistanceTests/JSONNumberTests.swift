import Testing
@testable import TieredAssistanceCore

@Suite("Figures as JSON numbers")
struct JSONNumberTests {
    private func written(_ quantity: Quantity) -> String {
        var writer = JSONWriter()
        writer.exactNumber(quantity)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test("Money is written in yuan, exactly, with the decimals the value needs",
          arguments: [(Int128(800_000), Int128(1), "8000"), (Int128(496_801), Int128(1), "4968.01"),
                      (Int128(4_968_003), Int128(10), "4968.003"), (Int128(-150), Int128(1), "-1.5"), (Int128(0), Int128(1), "0")])
    func money(numerator: Int128, denominator: Int128, expected: String) {
        #expect(written(Quantity(numerator, over: denominator, unit: .moneySum)) == expected)
    }

    @Test("Ratios are shares; a value with no finite decimal form stays an exact fraction string")
    func ratios() {
        #expect(written(Quantity(3, over: 10, unit: .ratio)) == "0.3")
        #expect(written(Quantity(1, over: 3, unit: .ratio)) == "\"1/3\"")
        #expect(written(Quantity(100, over: 3, unit: .moneySum)) == "\"1/3\"")
        #expect(written(Quantity(7, over: 1, unit: .count)) == "7")
    }
}
