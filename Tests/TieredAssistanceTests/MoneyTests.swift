import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

@Suite("Money: exact fen, explicit rounding, overflow reported")
struct MoneyTests {
    @Test("Yuan and fen build the same amount")
    func construction() {
        #expect(Money(yuan: 829) == Money(fen: 82_900))
        #expect(Money(yuan: 829, fen: 50) == Money(fen: 82_950))
        #expect(Money(yuan: -1, fen: 50) == Money(fen: -150))
    }

    @Test("Formatting groups thousands and always shows two decimals",
          arguments: [(123_333, "1,233.33"), (82_900, "829.00"), (-50, "-0.50"), (0, "0.00"),
                      (100_000_000_000_000, "1,000,000,000,000.00"), (5, "0.05")])
    func formatting(fen: Int64, text: String) {
        #expect(Money(fen: fen).description == text)
        #expect(Money(fen: fen).decimalText == String(text.filter { $0 != "," }))
    }

    @Test("Parsing yuan text is exact and strict",
          arguments: [("829", Int64?.some(82_900)), ("829.5", 82_950), ("1233.33", 123_333), ("0.01", 1),
                      ("0", 0), ("829.505", nil), ("-1", nil), ("1e3", nil), ("1,000", nil), ("", nil),
                      (".5", nil), ("5.", nil), ("007", nil), ("1000000000000.01", nil), ("1000000000000.00", 100_000_000_000_000),
                      ("99999999999999999999", nil)])
    func parsing(text: String, fen: Int64?) {
        #expect(Money(yuanText: text)?.fen == fen)
    }

    // Rounding table from RoundingRule's documentation, in fen: x/2 for x = 5, 7, -5, and 12/5, 13/5.
    @Test("Each rounding rule rounds halves and non-halves as documented",
          arguments: [
            (RoundingRule.halfUp, [3, 4, -3, 2, 3]),
            (.halfEven, [2, 4, -2, 2, 3]),
            (.down, [2, 3, -3, 2, 2]),
            (.up, [3, 4, -2, 3, 3]),
            (.towardZero, [2, 3, -2, 2, 2]),
          ])
    func rounding(rule: RoundingRule, expected: [Int64]) {
        let half = Rate(1, over: 2)
        let results = [
            try? Money(fen: 5).multiplied(by: half, rounding: rule),
            try? Money(fen: 7).multiplied(by: half, rounding: rule),
            try? Money(fen: -5).multiplied(by: half, rounding: rule),
            Money(fen: 12).divided(by: 5, rounding: rule),
            Money(fen: 13).divided(by: 5, rounding: rule),
        ].map { $0?.fen }
        #expect(results == expected.map { Optional($0) })
    }

    @Test("Scaling by a rate is exact: 1.3 × 829 yuan is 1,077.70 yuan")
    func scaling() throws {
        let rate = try #require(Rate(decimal: "1.3"))
        #expect(try Money(yuan: 829).multiplied(by: rate, rounding: .halfUp) == Money(fen: 107_770))
        // 10 % of 829.01 yuan = 82.901 yuan: rounds to 82.90 half-up, 82.91 up.
        #expect(try Money(fen: 82_901).multiplied(by: .percent(10), rounding: .halfUp) == Money(fen: 8_290))
        #expect(try Money(fen: 82_901).multiplied(by: .percent(10), rounding: .up) == Money(fen: 8_291))
    }

    @Test("Checked arithmetic reports overflow instead of wrapping or trapping")
    func overflow() {
        let huge = Money(fen: .max - 1)
        #expect(throws: MoneyOverflow.self) { try huge.checkedAdding(Money(fen: 2)) }
        #expect(throws: MoneyOverflow.self) { try Money(fen: .min + 1).checkedSubtracting(Money(fen: 2)) }
        #expect(throws: MoneyOverflow.self) { try huge.checkedMultiplied(by: 2) }
        #expect(throws: MoneyOverflow.self) { try huge.multiplied(by: .times(3), rounding: .halfUp) }
        #expect(throws: MoneyOverflow.self) { try [huge, huge].checkedSum() }
        #expect((try? huge.checkedAdding(Money(fen: 1))) == Money(fen: .max))
    }

    @Test("Distributing keeps every fen", arguments: [(100, 3), (-100, 3), (1, 7), (0, 4), (82_900, 12)])
    func distribution(fen: Int64, parts: Int) {
        let shares = Money(fen: fen).distributed(into: parts)
        #expect(shares.count == parts)
        #expect(shares.sum() == Money(fen: fen))
        let spread = (shares.map(\.fen).max() ?? 0) - (shares.map(\.fen).min() ?? 0)
        #expect(spread <= 1)
    }
}

@Suite("Rate: exact ratios")
struct RateTests {
    @Test("Decimal rates parse exactly and reduce",
          arguments: [("1.5", 3, 2), ("0.7", 7, 10), ("0.60", 3, 5), ("10", 10, 1), ("0.333333333", 333_333_333, 1_000_000_000)])
    func parsing(text: String, numerator: Int64, denominator: Int64) throws {
        let rate = try #require(Rate(decimal: text))
        #expect(rate.numerator == numerator)
        #expect(rate.denominator == denominator)
    }

    @Test("Rates refuse signs, exponents and more than 9 decimals", arguments: ["-1", "1e2", "0.1234567891", "x", ""])
    func refusals(text: String) {
        #expect(Rate(decimal: text) == nil)
    }

    @Test("Rates compare exactly and print as decimals or percentages")
    func comparisonAndText() {
        #expect(Rate(2, over: 3) < Rate(7, over: 10))
        #expect(!(Rate(3, over: 2) < Rate(6, over: 4)))
        #expect(Rate(3, over: 2).description == "1.5")
        #expect(Rate.percent(70).percentDescription == "70%")
        #expect(Rate(1, over: 3).description == "1/3")
        #expect(Rate(3, over: 2).percentDescription == "150%")
    }
}

@Suite("Quantity products: units")
struct QuantityProductTests {
    @Test("A duration times an amount per period is a sum; times a sum of money it is refused, not a crash")
    func durationTimesMoney() throws {
        let months = Quantity(24, unit: .months)
        let perMonth = Quantity.money(Money(yuan: 829), periodMonths: 1)
        #expect(try months.multiplied(by: perMonth) == Quantity.money(Money(yuan: 19_896), periodMonths: 0))
        #expect(try Quantity(2, unit: .years).multiplied(by: perMonth) == Quantity.money(Money(yuan: 19_896), periodMonths: 0))
        let sum = Quantity.money(Money(yuan: 100), periodMonths: 0)
        #expect(QuantityUnit.product(.months, .moneySum) == nil)
        #expect(QuantityUnit.product(.moneySum, .years) == nil)
        #expect(throws: Quantity.UnitMismatch.self) { try months.multiplied(by: sum) }
        #expect(throws: Quantity.UnitMismatch.self) { try sum.multiplied(by: Quantity(2, unit: .years)) }
    }
}
