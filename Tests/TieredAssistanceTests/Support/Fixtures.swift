import Foundation
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// Builders for households in tests.
enum Fixture {
    static func day(_ text: String) -> Day {
        guard let value = Day(iso: text) else { fatalError("bad day \(text)") }
        return value
    }

    static func code(_ text: String) -> AdministrativeDivisionCode {
        guard let value = AdministrativeDivisionCode(text) else { fatalError("bad code \(text)") }
        return value
    }

    static let ulanhot = code("152201")
    static let evaluationDay = day("2024-10-01")

    /// A member with the facts the rules commonly need.
    static func member(_ id: String, _ relationship: Relationship, born: String, capacity: LabourCapacity = .full,
                       employment: EmploymentStatus = .employed, schooling: SchoolingLevel = .notInSchool,
                       disability: DisabilityCertificate? = nil, illness: Bool = false) -> Member {
        Member(id: Member.ID(id), relationship: relationship, birthDate: day(born), labourCapacity: capacity,
               employment: employment, schooling: schooling, disability: disability,
               majorIllness: illness ? MajorIllness(recognisedOn: day("2024-01-01")) : nil,
               dailyLivingActivitiesUnable: 0, needsLongTermCare: false)
    }

    /// An urban Ulanhot household of `size` working-age adults whose wages total `income`,
    /// with assets verified compliant for every tier's rules.
    static func household(id: String = "H", size: Int = 3, income: Money, jurisdiction: AdministrativeDivisionCode = ulanhot,
                          residence: Residence = .urban, expenses: [Expense] = [], verifiedFor: AssetCheckTier = .dibao,
                          enrolments: [Enrolment]? = nil) -> Household {
        var members = [member("m1", .applicant, born: "1980-01-01")]
        for index in 1..<max(size, 1) {
            members.append(member("m\(index + 1)", index == 1 ? .spouse : .sibling, born: "1982-05-05"))
        }
        return Household(
            id: Household.ID(id), jurisdiction: jurisdiction, residence: residence, members: members,
            incomes: [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: income)],
            assets: Assets(financial: [FinancialAsset(kind: .deposit, amount: Money(yuan: 1000))],
                           verification: AssetVerification(finding: .compliant, verifiedOn: day("2023-06-01"), checkedFor: verifiedFor)),
            expenses: expenses, obligors: [], enrolments: enrolments)
    }

    /// A household dibao status on record since 2023-01-01.
    static let enrolledInDibao = [Enrolment(program: .dibao, since: day("2023-01-01"))]

    /// The built-in book with the illustrative example values layered on top.
    static let illustrativeBook: PolicyBook = {
        let url = repositoryRoot.appendingPathComponent("Examples/data/policy-illustrative-im.json")
        guard let data = FileManager.default.contents(atPath: url.path),
              let book = try? InnerMongoliaBook.book.adding(try PolicyFileLoader.load([UInt8](data), name: "illustrative", catalog: .standard))
        else { fatalError("cannot load the illustrative policy file") }
        return book
    }()

    /// The Inner Mongolia catalog over ``illustrativeBook``.
    static let illustrativeEvaluator: Evaluator = {
        do {
            return try Evaluator(catalog: .innerMongolia, book: illustrativeBook)
        } catch {
            fatalError("\(error)")
        }
    }()

    /// The repository root (this file is `Tests/TieredAssistanceTests/Support/Fixtures.swift`).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
