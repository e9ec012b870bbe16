import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// A small valid household; each malformed case below changes one thing in it.
private let validHousehold = """
    {"version":1,"id":"H1","jurisdiction":"152201","residence":"urban",
     "members":[
       {"id":"m1","relationship":"applicant","birthDate":"1978-04-12","residentId":"152201197804120424"},
       {"id":"m2","relationship":"spouse","birthDate":"1975-01-20","labourCapacity":"full"},
       {"id":"m3","relationship":"child","birthDate":"2011-05-18","disability":{"category":"visual","grade":2},"supportSetting":"at-home"}
     ],
     "incomes":[{"member":"m2","kind":"wage","monthlyAmount":1500.00}],
     "assets":{"financial":[{"kind":"deposit","amount":8000}],"vehicles":[],"homes":[],"businesses":[]},
     "expenses":[{"member":"m3","category":"medical","day":"2024-03-20","amount":26000.50}],
     "obligors":[{"id":"o1","relationship":"child","situations":["imprisoned"]}],
     "events":[{"kind":"fire","day":"2024-01-02"}],
     "housingHardshipFinding":true,"assetsCannotRelieveFinding":false,
     "enrolments":[{"program":"dibao","since":"2023-03-01","lastReviewedOn":"2024-03-01"},
                   {"program":"tekun","member":"m3","since":"2020-01-01","until":"2023-12-31"},
                   {"program":"rigid-expenditure","since":"2024-01-01","validUntil":"2024-12-31"}]}
    """

private func replacing(_ old: String, with new: String) -> String {
    precondition(validHousehold.contains(old), "test fixture does not contain \(old)")
    return validHousehold.replacingFirst(old, with: new)
}

extension String {
    fileprivate func replacingFirst(_ old: String, with new: String) -> String {
        guard let range = range(of: old) else { return self }
        return self[..<range.lowerBound] + new + self[range.upperBound...]
    }

    fileprivate func range(of needle: String) -> Range<String.Index>? {
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(needle) {
                return start..<index(start, offsetBy: needle.count)
            }
            start = index(after: start)
        }
        return nil
    }
}

/// A malformed household and the error it must give.
struct MalformedCase: CustomTestStringConvertible, Sendable {
    let name: String
    let json: String
    let path: String
    let code: InputError.Code
    var testDescription: String { name }
}

private let malformedCases: [MalformedCase] = [
    MalformedCase(name: "grade 5", json: replacing("\"grade\":2", with: "\"grade\":5"),
                  path: "members[2].disability.grade", code: .outOfRange),
    MalformedCase(name: "grade 0", json: replacing("\"grade\":2", with: "\"grade\":0"),
                  path: "members[2].disability.grade", code: .outOfRange),
    MalformedCase(name: "grade as a string", json: replacing("\"grade\":2", with: "\"grade\":\"2\""),
                  path: "members[2].disability.grade", code: .wrongType),
    MalformedCase(name: "grade with a fraction", json: replacing("\"grade\":2", with: "\"grade\":2.0"),
                  path: "members[2].disability.grade", code: .wrongType),
    MalformedCase(name: "unknown disability category", json: replacing("\"visual\"", with: "\"sight\""),
                  path: "members[2].disability.category", code: .invalidValue),
    MalformedCase(name: "unknown key (typo) in a member", json: replacing("\"labourCapacity\"", with: "\"laborCapacity\""),
                  path: "members[1].laborCapacity", code: .unknownKey),
    MalformedCase(name: "unknown top-level key", json: replacing("\"residence\"", with: "\"residency\""),
                  path: "residency", code: .unknownKey),
    MalformedCase(name: "duplicate key", json: replacing("\"id\":\"m2\",", with: "\"id\":\"m2\",\"id\":\"m4\","),
                  path: "members[1].id", code: .duplicateKey),
    MalformedCase(name: "duplicate member id", json: replacing("\"id\":\"m3\"", with: "\"id\":\"m2\""),
                  path: "members[2].id", code: .duplicateID),
    MalformedCase(name: "income of an unknown member", json: replacing("\"member\":\"m2\"", with: "\"member\":\"m9\""),
                  path: "incomes[0].member", code: .unknownReference),
    MalformedCase(name: "expense of an unknown member", json: replacing("\"member\":\"m3\"", with: "\"member\":\"m7\""),
                  path: "expenses[0].member", code: .unknownReference),
    MalformedCase(name: "three decimals", json: replacing("1500.00", with: "1500.005"),
                  path: "incomes[0].monthlyAmount", code: .tooManyDecimals),
    MalformedCase(name: "negative amount", json: replacing("1500.00", with: "-1500.00"),
                  path: "incomes[0].monthlyAmount", code: .negativeAmount),
    MalformedCase(name: "amount with an exponent", json: replacing("1500.00", with: "1.5e3"),
                  path: "incomes[0].monthlyAmount", code: .syntax),
    MalformedCase(name: "20-digit amount", json: replacing("26000.50", with: "12345678901234567890"),
                  path: "expenses[0].amount", code: .tooLarge),
    MalformedCase(name: "amount as a string", json: replacing("26000.50", with: "\"26000.50\""),
                  path: "expenses[0].amount", code: .wrongType),
    MalformedCase(name: "impossible day", json: replacing("2024-03-20", with: "2023-02-29"),
                  path: "expenses[0].day", code: .invalidValue),
    MalformedCase(name: "day with a time", json: replacing("\"2024-01-02\"", with: "\"2024-01-02T10:00\""),
                  path: "events[0].day", code: .invalidValue),
    MalformedCase(name: "impossible birth date", json: replacing("1975-01-20", with: "1975-13-20"),
                  path: "members[1].birthDate", code: .invalidValue),
    MalformedCase(name: "missing birth date", json: replacing(",\"birthDate\":\"1975-01-20\"", with: ""),
                  path: "members[1].birthDate", code: .missingKey),
    MalformedCase(name: "missing members", json: replacing("\"members\"", with: "\"people\""),
                  path: "people", code: .unknownKey),
    MalformedCase(name: "bad ID checksum", json: replacing("152201197804120424", with: "152201197804120425"),
                  path: "members[0].residentId", code: .invalidResidentID),
    MalformedCase(name: "ID birth date differs from birthDate", json: replacing("\"birthDate\":\"1978-04-12\"", with: "\"birthDate\":\"1978-04-13\""),
                  path: "members[0].residentId", code: .inconsistent),
    MalformedCase(name: "two applicants", json: replacing("\"relationship\":\"spouse\"", with: "\"relationship\":\"applicant\""),
                  path: "members", code: .inconsistent),
    MalformedCase(name: "bad jurisdiction code", json: replacing("\"152201\"", with: "\"1522\""),
                  path: "jurisdiction", code: .invalidValue),
    MalformedCase(name: "jurisdiction as a number", json: replacing("\"152201\"", with: "152201"),
                  path: "jurisdiction", code: .wrongType),
    MalformedCase(name: "unknown residence", json: replacing("\"urban\"", with: "\"city\""),
                  path: "residence", code: .invalidValue),
    MalformedCase(name: "unsupported version", json: replacing("\"version\":1", with: "\"version\":2"),
                  path: "version", code: .unsupportedVersion),
    MalformedCase(name: "missing version", json: replacing("\"version\":1,", with: ""),
                  path: "version", code: .missingKey),
    MalformedCase(name: "trailing comma in members", json: replacing("\"supportSetting\":\"at-home\"}", with: "\"supportSetting\":\"at-home\"},"),
                  path: "members", code: .syntax),
    MalformedCase(name: "unknown obligor situation", json: replacing("\"imprisoned\"", with: "\"abroad\""),
                  path: "obligors[0].situations[0]", code: .invalidValue),
    MalformedCase(name: "unknown asset key", json: replacing("\"homes\":[]", with: "\"houses\":[]"),
                  path: "assets.houses", code: .unknownKey),
    MalformedCase(name: "unknown event kind", json: replacing("\"fire\"", with: "\"flood\""),
                  path: "events[0].kind", code: .invalidValue),
    MalformedCase(name: "empty member id", json: replacing("\"id\":\"m3\"", with: "\"id\":\"\""),
                  path: "members[2].id", code: .invalidValue),
    MalformedCase(name: "daily-living activities beyond six", json: replacing("\"labourCapacity\":\"full\"", with: "\"dailyLivingActivitiesUnable\":7"),
                  path: "members[1].dailyLivingActivitiesUnable", code: .outOfRange),
    MalformedCase(name: "public-school fee on a medical expense", json: replacing("\"amount\":26000.50", with: "\"amount\":26000.50,\"comparablePublicSchoolFee\":1"),
                  path: "expenses[0].comparablePublicSchoolFee", code: .inconsistent),
    MalformedCase(name: "an obligor whose id is a member's", json: replacing("\"id\":\"o1\"", with: "\"id\":\"m2\""),
                  path: "obligors[0].id", code: .inconsistent),
    MalformedCase(name: "enrolment of an unknown member", json: replacing("\"member\":\"m3\",\"since\"", with: "\"member\":\"m8\",\"since\""),
                  path: "enrolments[1].member", code: .unknownReference),
    MalformedCase(name: "enrolment ending before it starts", json: replacing("\"until\":\"2023-12-31\"", with: "\"until\":\"2019-12-31\""),
                  path: "enrolments[1].until", code: .inconsistent),
    MalformedCase(name: "two overlapping dibao enrolments",
                  json: replacing("{\"program\":\"tekun\",\"member\":\"m3\"", with: "{\"program\":\"dibao\",\"since\":\"2024-01-01\"},{\"program\":\"tekun\",\"member\":\"m3\""),
                  path: "enrolments[1].since", code: .inconsistent),
    MalformedCase(name: "a new rigid-expenditure finding while the last is still valid",
                  json: replacing("\"validUntil\":\"2024-12-31\"}", with: "\"validUntil\":\"2024-12-31\"},{\"program\":\"rigid-expenditure\",\"since\":\"2024-06-01\"}"),
                  path: "enrolments[3].since", code: .inconsistent),
    MalformedCase(name: "enrolment program id in capitals", json: replacing("\"program\":\"dibao\"", with: "\"program\":\"Dibao\""),
                  path: "enrolments[0].program", code: .invalidValue),
    MalformedCase(name: "enrolment without since", json: replacing(",\"since\":\"2023-03-01\"", with: ""),
                  path: "enrolments[0].since", code: .missingKey),
    MalformedCase(name: "data after the document", json: validHousehold + " {}", path: "", code: .syntax),
    MalformedCase(name: "a bare array", json: "[]", path: "", code: .wrongType),
]

@Suite("Household reader: strict, with exact field paths")
struct HouseholdDecoderTests {
    @Test("The valid fixture decodes with every field")
    func validFixture() throws {
        let household = try HouseholdDecoder.decode(validHousehold)
        #expect(household.id == Household.ID("H1"))
        #expect(household.jurisdiction.description == "152201")
        #expect(household.members.count == 3)
        #expect(household.members[2].disability == DisabilityCertificate(category: .visual, grade: .two))
        #expect(household.incomes == [Income(member: Member.ID("m2"), kind: .wage, monthlyAmount: Money(yuan: 1500))])
        #expect(household.expenses.first?.amount == Money(fen: 2_600_050))
        #expect(household.obligors?.first?.situations == [.imprisoned])
        #expect(household.assets?.financialTotal == Money(yuan: 8000))
        #expect(household.events.first?.kind == .fire)
        #expect(household.enrolments == [
            Enrolment(program: .dibao, since: Fixture.day("2023-03-01"), lastReviewedOn: Fixture.day("2024-03-01")),
            Enrolment(program: .tekun, member: Member.ID("m3"), since: Fixture.day("2020-01-01"), until: Fixture.day("2023-12-31")),
            Enrolment(program: .rigidExpenditure, since: Fixture.day("2024-01-01"), validUntil: Fixture.day("2024-12-31")),
        ])
        #expect(household.housingHardshipFinding == true && household.assetsCannotRelieveFinding == false)
        #expect(household.members[2].supportSetting == .atHome)
        #expect(household.enrolments(in: .tekun, member: Member.ID("m3"), on: Fixture.day("2024-01-01")) == [])
        #expect(household.enrolments(in: .dibao, member: Member.ID("m3"), on: Fixture.day("2024-01-01"))?.count == 1)
    }

    @Test("Each malformed household names the exact field", arguments: malformedCases)
    func malformed(testCase: MalformedCase) {
        do {
            _ = try HouseholdDecoder.decode(testCase.json)
            Issue.record("expected an error at \(testCase.path)")
        } catch {
            #expect(error.path.description == (testCase.path.isEmpty ? "(root)" : testCase.path))
            #expect(error.code == testCase.code, "\(error)")
        }
    }

    @Test("At least 25 malformed inputs are covered")
    func coverage() {
        #expect(malformedCases.count >= 25)
    }

    @Test("Writing then reading gives the same household, and writing is deterministic")
    func roundTrip() throws {
        let household = try HouseholdDecoder.decode(validHousehold)
        let bytes = HouseholdEncoder.encode(household, personalData: .include)
        #expect(try HouseholdDecoder.decode(bytes) == household)
        #expect(HouseholdEncoder.encode(try HouseholdDecoder.decode(bytes), personalData: .include) == bytes)
    }

    @Test("Writing without personal data leaves out ID numbers, names and diagnoses")
    func encodingWithoutPersonalData() throws {
        var household = try HouseholdDecoder.decode(validHousehold)
        household.members[0].name = PersonName("王秀兰")
        household.members[0].majorIllness = MajorIllness(diagnosis: "乳腺癌")
        let text = String(decoding: HouseholdEncoder.encode(household, personalData: .omit), as: UTF8.self)
        #expect(!text.contains("152201197804120424"))
        #expect(!text.contains("王秀兰"))
        #expect(!text.contains("乳腺癌"))
    }

    @Test("Errors never echo an ID number placed in the wrong field")
    func noIDEcho() {
        let json = replacing("\"relationship\":\"spouse\"", with: "\"relationship\":\"15220119510630012X\"")
        do {
            _ = try HouseholdDecoder.decode(json)
            Issue.record("expected an error")
        } catch {
            #expect(error.path.description == "members[1].relationship")
            #expect(!error.description.contains("15220119510630012X"))
            #expect(!error.description.contains("1951063"))
        }
    }
}

@Suite("JSON reader: RFC 8259, strictly")
struct JSONReaderTests {
    private func decodeError(_ text: String) -> InputError? {
        do {
            _ = try HouseholdDecoder.decode(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("Non-JSON is a syntax error",
          arguments: ["", "{", "{\"version\":1,}", "{'version':1}", "{\"version\":01}", "{\"version\":NaN}",
                      "{\"version\":1 /* c */}", "{\"version\" 1}", "{\"id\":\"a\tb\"}", "{\"id\":\"\\x\"}",
                      "{\"id\":\"\\ud800\"}", "{\"id\":\"abc"])
    func syntax(text: String) {
        let error = decodeError(text)
        #expect(error != nil)
        #expect(error?.code == .syntax || error?.code == .wrongType || error?.code == .invalidUTF8, "\(String(describing: error))")
    }

    @Test("Invalid UTF-8 in a string is refused")
    func invalidUTF8() {
        var bytes = Array(validHousehold.utf8)
        let marker = Array("\"H1\"".utf8)
        let index = (0..<bytes.count).first { Array(bytes[$0..<min($0 + 4, bytes.count)]) == marker }!
        bytes[index + 1] = 0xC3  // a lead byte followed by '1', which is no continuation byte
        do {
            _ = try HouseholdDecoder.decode(bytes)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .invalidUTF8)
            #expect(error.path.description == "id")
        }
    }

    @Test("Escapes and non-ASCII text decode exactly (in free text such as community)")
    func escapes() throws {
        let text = replacing("\"id\":\"H1\"", with: "\"id\":\"H1\",\"community\":\"H\\u00e9\\n\\\"1\\ud83d\\ude00\"")
        let household = try HouseholdDecoder.decode(text)
        #expect(household.community == "Hé\n\"1😀")
        let chinese = try HouseholdDecoder.decode(replacing("\"id\":\"H1\"", with: "\"id\":\"H1\",\"community\":\"兴安街道\""))
        #expect(chinese.community == "兴安街道")
    }

    @Test("An enumerated value is read the same written plainly, with escapes or with spaces around it; a near miss is refused with the allowed values",
          arguments: ["\"urban\"", "\"urb\\u0061n\"", "  \"urban\"  ", "\"rural\""])
    func enumeratedValue(written: String) throws {
        let household = try HouseholdDecoder.decode(validHousehold.replacingFirst("\"urban\"", with: written))
        #expect(household.residence == (written.contains("rural") ? .rural : .urban))
    }

    @Test("A value that is a prefix, an extension or another case of a value is refused", arguments: ["urba", "urbanx", "Urban", "", "urban\\n"])
    func enumeratedNearMiss(written: String) {
        let error = decodeError(validHousehold.replacingFirst("\"urban\"", with: "\"\(written)\""))
        #expect(error?.code == .invalidValue)
        #expect(error?.path.description == "residence")
        #expect(error?.message.contains("\"urban\", \"rural\"") == true)
    }

    @Test("Identifiers are plain ASCII: a name, a control character or a space is refused and not echoed",
          arguments: ["户1", "李桂芳", "H\\u001b[2J", "H 1", "H\\u202e1"])
    func unsafeIdentifiers(id: String) {
        do {
            _ = try HouseholdDecoder.decode(replacing("\"id\":\"m2\"", with: "\"id\":\"\(id)\""))
            Issue.record("expected an error")
        } catch {
            #expect(error.path.description == "members[1].id")
            #expect(error.code == .invalidValue)
            #expect(!error.description.contains("李") && !error.description.contains("户") && !error.description.contains("\u{1B}"))
        }
    }

    @Test("Identifiers take exactly ASCII letters, digits and - _ . : / # + @")
    func identifierAlphabet() {
        for byte in UInt8(0x21)...UInt8(0x7E) {
            let text = "H" + String(UnicodeScalar(byte)) + "1"
            let allowed = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "-_.:/#+@".utf8.contains(byte)
            #expect((Household.ID.problem(with: text) == nil) == allowed, "\(text)")
        }
    }

    @Test("Nesting deeper than the limit is refused, not a stack overflow")
    func deepNesting() {
        let deep = Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        let error = deep.withUnsafeBytes { buffer -> InputError? in
            var reader = JSONReader(buffer)
            do {
                try reader.skipValue()
                return nil
            } catch let error as InputError {
                return error
            } catch {
                return nil
            }
        }
        #expect(error?.code == .limitExceeded)
        // Within the limit, the same reader skips nested values.
        let shallow = Array("[[[{\"a\":[1,2,{\"b\":null}]}]]]".utf8)
        let skipped: Bool = shallow.withUnsafeBytes { buffer in
            var reader = JSONReader(buffer)
            return (try? reader.skipValue()) != nil && (try? reader.expectEnd()) != nil
        }
        #expect(skipped)
    }

    @Test("Too many members is refused with the limit")
    func tooManyMembers() {
        let extra = (4...70).map { "{\"id\":\"x\($0)\",\"relationship\":\"child\",\"birthDate\":\"2011-05-18\"}" }
        let json = replacing("{\"id\":\"m3\"", with: extra.joined(separator: ",") + ",{\"id\":\"m3\"")
        let error = decodeError(json)
        #expect(error?.code == .limitExceeded)
        #expect(error?.path.description == "members")
    }
}

@Suite("JSON reader: keys")
struct JSONKeyTests {
    @Test("A key written with escapes matches its decoded text")
    func escapedKey() throws {
        let text = validHousehold.replacingFirst("\"residence\"", with: "\"r\\u0065sidence\"")
        let household = try HouseholdDecoder.decode(text)
        #expect(household.residence == .urban)
    }
}
