import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// Absurd input: each has a documented limit (HouseholdLimits, Money.inputLimit) and a
/// clear error naming the field, never a trap or a wrap.
@Suite("Limits: absurd amounts, huge households, long strings and records")
struct LimitTests {
    private let base = """
        {"version":1,"id":"H1","jurisdiction":"152201","residence":"urban",
         "members":[{"id":"m1","relationship":"applicant","birthDate":"1980-01-01"}],
         "incomes":[{"member":"m1","kind":"wage","monthlyAmount":AMOUNT}],"expenses":[]}
        """

    private func error(_ json: String) -> InputError? {
        do {
            _ = try HouseholdDecoder.decode(json)
            return nil
        } catch {
            return error
        }
    }

    @Test("Absurd amounts are refused as too large, with the path",
          arguments: ["12345678901234567890", "1000000000000000000000000000000", "1000000000000.01", "99999999999999999999.99",
                      "9223372036854775807", "9223372036854775808"])
    func absurdAmounts(amount: String) {
        let error = error(base.replacingOccurrences(of: "AMOUNT", with: amount))
        #expect(error?.code == .tooLarge)
        #expect(error?.path.description == "incomes[0].monthlyAmount")
    }

    @Test("The largest allowed amount is read exactly")
    func largestAmount() throws {
        let household = try HouseholdDecoder.decode(base.replacingOccurrences(of: "AMOUNT", with: "1000000000000.00"))
        #expect(household.incomes[0].monthlyAmount == Money.inputLimit)
        // Evaluating it does not trap: the engine's arithmetic is 128-bit.
        _ = try Evaluator.innerMongolia.evaluate(household, on: Fixture.evaluationDay)
    }

    @Test("A household with more than 64 members is refused at members")
    func hugeHousehold() {
        let members = (1...65).map { "{\"id\":\"m\($0)\",\"relationship\":\"\($0 == 1 ? "applicant" : "child")\",\"birthDate\":\"2000-01-01\"}" }
        let json = "{\"version\":1,\"id\":\"H1\",\"jurisdiction\":\"152201\",\"residence\":\"urban\",\"members\":[\(members.joined(separator: ","))],\"incomes\":[],\"expenses\":[]}"
        #expect(error(json)?.code == .limitExceeded)
        #expect(error(json)?.path.description == "members")
    }

    @Test("A string longer than its limit is refused; a record longer than 1 MiB is refused whole")
    func longStrings() {
        let longID = String(repeating: "x", count: 65)
        let json = base.replacingOccurrences(of: "AMOUNT", with: "1").replacingOccurrences(of: "\"H1\"", with: "\"\(longID)\"")
        #expect(error(json)?.code == .limitExceeded)
        #expect(error(json)?.path.description == "id")
        let padded = base.replacingOccurrences(of: "AMOUNT", with: "1") + String(repeating: " ", count: HouseholdLimits.recordBytes)
        #expect(error(padded)?.code == .limitExceeded)
    }

    @Test("Deep nesting in a value is refused at the limit, not a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        let json = base.replacingOccurrences(of: "AMOUNT", with: deep)
        // An amount is expected, so the reader stops at the first '[': no recursion at all.
        #expect(error(json)?.code == .wrongType)
        #expect(throws: InputError.self) { try JSONValue.parse(Array(deep.utf8)) }
    }

    @Test("Days outside 1900...2199 are refused with the path, never a calendar trap",
          arguments: ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"])
    func farDays(text: String) {
        let json = base.replacingOccurrences(of: "AMOUNT", with: "1").replacingOccurrences(of: "1980-01-01", with: text)
        let failure = error(json)
        #expect(failure?.code == .outOfRange)
        #expect(failure?.path.description == "members[0].birthDate")
    }

    @Test("The first and last supported days are read and evaluate without trapping; a birth after the day is a typed error")
    func edgeDays() throws {
        let first = Day.supportedInputRange.lowerBound, last = Day.supportedInputRange.upperBound
        let old = try HouseholdDecoder.decode(base.replacingOccurrences(of: "AMOUNT", with: "1").replacingOccurrences(of: "1980-01-01", with: "1900-01-01"))
        _ = try Evaluator.innerMongolia.evaluate(old, on: first)
        _ = try Evaluator.innerMongolia.evaluate(old, on: last)
        let late = try HouseholdDecoder.decode(base.replacingOccurrences(of: "AMOUNT", with: "1").replacingOccurrences(of: "1980-01-01", with: "2199-12-31"))
        _ = try Evaluator.innerMongolia.evaluate(late, on: last)
        #expect {
            _ = try Evaluator.innerMongolia.evaluate(late, on: first)
        } throws: { error in
            (error as? InputError)?.path.description == "members[0].birthDate"
        }
    }

    @Test("Text that may be a resident ID number (valid, mistyped, old 15-digit) is refused as an identifier and not echoed",
          arguments: ["152201197804120424", "152201197804120425", "H-152201197804120424", "152201780412042", "m-15220119780412042X"])
    func idNumberAsIdentifier(identifier: String) {
        let json = base.replacingOccurrences(of: "AMOUNT", with: "1").replacingOccurrences(of: "\"H1\"", with: "\"\(identifier)\"")
        let failure = error(json)
        #expect(failure?.path.description == "id")
        #expect(failure?.code == .invalidValue)
        #expect(failure?.description.contains(identifier) == false)
        #expect(failure?.description.contains("1522011") == false)
    }

    @Test("Identifiers with shorter digit runs are fine", arguments: ["H-152201-0001", "15220120240000", "N12345678901234-x"])
    func ordinaryIdentifiers(identifier: String) throws {
        let json = base.replacingOccurrences(of: "AMOUNT", with: "1").replacingOccurrences(of: "\"H1\"", with: "\"\(identifier)\"")
        #expect(try HouseholdDecoder.decode(json).id.rawValue == identifier)
    }

    @Test("Checked money operations report overflow on the largest values")
    func moneyOverflow() {
        #expect(throws: MoneyOverflow.self) { try Money(fen: .max).checkedAdding(Money(fen: 1)) }
        #expect(throws: MoneyOverflow.self) { try Money(fen: .max).multiplied(by: .times(2), rounding: .halfUp) }
        #expect(throws: MoneyOverflow.self) { try [Money](repeating: Money(fen: .max / 2 + 1), count: 2).checkedSum() }
    }
}
