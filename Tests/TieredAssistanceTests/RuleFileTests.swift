import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

private func ruleFile() throws -> [UInt8] {
    let url = Fixture.repositoryRoot.appendingPathComponent("Examples/data/rules-xingan-category-3.json")
    return try #require(FileManager.default.contents(atPath: url.path)).map { $0 }
}

@Suite("Rules as data")
struct RuleFileTests {
    @Test("Xing'an's 30,000-yuan rule written as data agrees with the built-in rule on 2,000 generated households")
    func xinganDataRuleAgrees() throws {
        let catalog = try RuleFileLoader.load(try ruleFile(), into: .innerMongolia)
        let evaluator = try Evaluator(catalog: catalog, book: InnerMongoliaBook.book)
        var random = SplitMix64(state: 20_241_001)
        var counts: [ProgramStatus: Int] = [:]
        let spends: [Int64] = [2_999_999, 3_000_000, 3_000_001]
        for index in 0..<2_000 {
            let size = 1 + random.below(4)
            let income = Money(fen: Int64(random.below(size * 140_000)))
            let spend = index % 4 == 0 ? spends[random.below(3)] : Int64(random.below(6_000_000))
            let evaluationDay = Fixture.day("2024-10-01").adding(days: random.below(60) - 30)
            // Spending on a day that may fall just inside or outside the 12-month window.
            let spendDay = evaluationDay.adding(months: -12).adding(days: random.below(3))
            let expenses = [Expense(member: Member.ID("m1"), category: .medical, day: spendDay, amount: Money(fen: spend))]
            let household = Fixture.household(id: "G\(index)", size: size, income: income,
                                              jurisdiction: index % 5 == 0 ? Fixture.code("150102") : Fixture.ulanhot,
                                              residence: index % 3 == 0 ? .rural : .urban, expenses: expenses,
                                              enrolments: [nil, [], Fixture.enrolledInDibao, Fixture.enrolledInDibao][index % 4])
            let evaluation = try evaluator.evaluate(household, on: evaluationDay, tracing: index % 2 == 0)
            let builtIn = evaluation.determination(.xinganCategory3)?.status
            let data = evaluation.determination("xingan.defacto.category-3.data")?.status
            #expect(builtIn == data, "household \(index)")
            counts[builtIn ?? .notApplicable, default: 0] += 1
        }
        // The sweep reaches every outcome, so the comparison is not vacuous.
        #expect((counts[.eligible] ?? 0) > 20)
        #expect((counts[.notEligible] ?? 0) > 20)
        #expect((counts[.notApplicable] ?? 0) > 20)
        #expect((counts[.undetermined] ?? 0) > 20)
    }

    @Test("Exactly 30,000.00 yuan is not above the threshold; 30,000.01 is")
    func exactThreshold() throws {
        let catalog = try RuleFileLoader.load(try ruleFile(), into: .innerMongolia)
        let evaluator = try Evaluator(catalog: catalog, book: InnerMongoliaBook.book)
        for (fen, expected) in [(Int64(3_000_000), ProgramStatus.notEligible), (3_000_001, .eligible)] {
            let household = Fixture.household(size: 2, income: Money(yuan: 500), expenses: [
                Expense(member: Member.ID("m1"), category: .medical, day: Fixture.day("2024-05-01"), amount: Money(fen: fen)),
            ], enrolments: Fixture.enrolledInDibao)
            let evaluation = try evaluator.evaluate(household, on: Fixture.evaluationDay)
            #expect(evaluation.determination(.xinganCategory3)?.status == expected)
            #expect(evaluation.determination("xingan.defacto.category-3.data")?.status == expected)
        }
    }

    struct BadRuleFile: CustomTestStringConvertible, Sendable {
        let name: String
        let change: (String, String)
        let path: String
        let code: InputError.Code
        var testDescription: String { name }
    }

    static let badFiles: [BadRuleFile] = [
        BadRuleFile(name: "unknown operator", change: ("\"op\": \">\"", "\"op\": \"gt\""),
                    path: "rules[1].condition.compare.op", code: .invalidValue),
        BadRuleFile(name: "unknown condition", change: ("{ \"isTrue\": \"household.is-urban\" }", "{ \"isUrban\": true }"),
                    path: "rules[0].condition.all[0].isUrban", code: .unknownKey),
        BadRuleFile(name: "unknown measure", change: ("spending.rigid-12m.xingan", "spending.rigid-12m.xingna"),
                    path: "rules[1]", code: .inconsistent),
        BadRuleFile(name: "unknown parameter", change: ("xingan.defacto.rigid-spending-threshold", "xingan.threshold"),
                    path: "rules[1]", code: .inconsistent),
        BadRuleFile(name: "a yearly amount compared with a sum of money", change: ("{ \"parameter\": \"xingan.defacto.rigid-spending-threshold\" }",
                                                                              "{ \"measure\": \"union.hardship-costs\" }"),
                    path: "rules[1]", code: .inconsistent),
        BadRuleFile(name: "a day before 1900", change: ("\"from\": \"2023-06-29\",\n      \"note\"", "\"from\": \"1023-06-29\",\n      \"note\""),
                    path: "rules[1].from", code: .invalidValue),
        BadRuleFile(name: "typo in a rule key", change: ("\"note\":", "\"notes\":"),
                    path: "rules[1].notes", code: .unknownKey),
        BadRuleFile(name: "unknown document", change: ("{ \"document\": \"S15\", \"article\": \"第三类\" } ],\n      \"jurisdictions\": [\"152200\"],\n      \"from\": \"2023-06-29\",\n      \"note\"",
                                                       "{ \"document\": \"S99\", \"article\": \"第三类\" } ],\n      \"jurisdictions\": [\"152200\"],\n      \"from\": \"2023-06-29\",\n      \"note\""),
                    path: "rules[1].citations[0].document", code: .unknownReference),
        BadRuleFile(name: "bad jurisdiction", change: ("\"jurisdictions\": [\"152200\"],\n      \"from\": \"2023-06-29\",\n      \"citations\"",
                                                       "\"jurisdictions\": [\"15220\"],\n      \"from\": \"2023-06-29\",\n      \"citations\""),
                    path: "programs[0].jurisdictions[0]", code: .invalidValue),
        BadRuleFile(name: "impossible day", change: ("\"from\": \"2023-06-29\",\n      \"note\"", "\"from\": \"2023-06-31\",\n      \"note\""),
                    path: "rules[1].from", code: .invalidValue),
        BadRuleFile(name: "a rule that ends before it starts", change: ("\"from\": \"2023-06-29\",\n      \"note\"", "\"from\": \"2023-06-29\", \"until\": \"2023-01-01\",\n      \"note\""),
                    path: "rules[1].until", code: .inconsistent),
        BadRuleFile(name: "a program that ends before it starts", change: ("\"jurisdictions\": [\"152200\"],\n      \"from\": \"2023-06-29\",\n      \"citations\"",
                                                                          "\"jurisdictions\": [\"152200\"],\n      \"from\": \"2023-06-29\", \"until\": \"2022-06-29\",\n      \"citations\""),
                    path: "programs[0].until", code: .inconsistent),
        BadRuleFile(name: "a rule listed by no program", change: ("\"rules\": [\"xingan.data.urban-dibao\", \"xingan.data.rigid-spending\"]",
                                                                  "\"rules\": [\"xingan.data.urban-dibao\"]"),
                    path: "rules[1]", code: .inconsistent),
    ]

    @Test("Malformed rule files give errors with field paths", arguments: badFiles)
    func malformed(bad: BadRuleFile) throws {
        let text = String(decoding: try ruleFile(), as: UTF8.self)
        #expect(text.contains(bad.change.0), "fixture lacks the text to change")
        let broken = text.replacingOccurrences(of: bad.change.0, with: bad.change.1)
        do {
            _ = try RuleFileLoader.load(Array(broken.utf8), into: .innerMongolia)
            Issue.record("expected an error")
        } catch {
            #expect(error.path.description == bad.path, "\(error)")
            #expect(error.code == bad.code, "\(error)")
        }
    }
}
