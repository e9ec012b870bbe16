import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

@Suite("Resident ID numbers and names: validated, always masked")
struct IdentityTests {
    @Test("Valid numbers pass the GB 11643 check, including an X check character",
          arguments: ["152201197804120424", "15220119510630012X", "15220119510630012x", "11010519491231002X"])
    func validNumbers(text: String) throws {
        let number = try ResidentIDNumber(validating: text)
        #expect(number.unmaskedValue == text.uppercased())
    }

    @Test("Invalid numbers are refused with a reason that does not repeat them",
          arguments: [("152201197804120425", ResidentIDNumber.Problem.checksumMismatch),
                      ("15220119780412042", .wrongLength), ("1522011978041204240", .wrongLength),
                      ("15220119780412042A", .invalidCharacter), ("1522011978X4120424", .invalidCharacter),
                      ("152201197802300424", .invalidBirthDate)])
    func invalidNumbers(text: String, problem: ResidentIDNumber.Problem) {
        #expect(throws: problem) { try ResidentIDNumber(validating: text) }
        #expect(!problem.description.contains(text))
    }

    @Test("An ID number prints masked everywhere: description, interpolation, debug, dump")
    func masking() throws {
        let number = try ResidentIDNumber(validating: "15220119510630012X")
        #expect(number.masked == "1522**********012X")
        #expect("\(number)" == "1522**********012X")
        #expect(String(reflecting: number) == "1522**********012X")
        var dumped = ""
        dump(number, to: &dumped)
        #expect(!dumped.contains("15220119510630012X"))
        #expect(number.birthDate == Day(iso: "1951-06-30"))
    }

    @Test("Names are masked keeping the first and last characters",
          arguments: [("张三华", "张*华"), ("欧阳小明", "欧**明"), ("张三", "张*"), ("张", "*"), ("", "")])
    func nameMasking(name: String, masked: String) {
        let value = PersonName(name)
        #expect(value.masked == masked)
        #expect("\(value)" == masked)
        var dumped = ""
        dump(value, to: &dumped)
        #expect(name.count < 2 || !dumped.contains(name))
    }

    @Test("A major illness prints without its diagnosis: description, interpolation, debug, dump")
    func illnessMasking() {
        let illness = MajorIllness(recognisedOn: Day(iso: "2024-01-01"), diagnosis: "乳腺癌")
        #expect("\(illness)" == "major illness recognised 2024-01-01, diagnosis withheld")
        #expect(!String(reflecting: illness).contains("乳腺癌"))
        var dumped = ""
        dump(illness, to: &dumped)
        #expect(!dumped.contains("乳腺癌"))
        var member = Fixture.member("m1", .applicant, born: "1980-01-01")
        member.majorIllness = illness
        dumped = ""
        dump(member, to: &dumped)
        #expect(!dumped.contains("乳腺癌"))
    }

    @Test("Administrative-division codes know their parents")
    func divisionCodes() throws {
        let ulanhot = try #require(AdministrativeDivisionCode("152201"))
        #expect(ulanhot.level == .county)
        #expect(ulanhot.lineage.map(\.description) == ["152201", "152200", "150000", "100000"])
        #expect(AdministrativeDivisionCode.national.parent == nil)
        #expect(AdministrativeDivisionCode("15220") == nil)
        #expect(AdministrativeDivisionCode("990000") == nil)
        #expect(AdministrativeDivisionCode("15a201") == nil)
    }

    @Test("Error echoes mask digit runs that could be ID numbers")
    func echoMasksDigits() {
        #expect(InputError.echo("152201197804120424") == "\"##################\"")
        #expect(InputError.echo("grade 12345") == "\"grade 12345\"")
        #expect(!InputError.echo("id 15220119510630012X").contains("1522011951"))
    }
}
