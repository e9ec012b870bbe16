import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// The Inner Mongolia catalog on the columnar engine, over a table made of households: every
/// household's decision (tier, statuses, amounts and what undetermined programs lack) is the
/// household engine's, byte for byte as `assist batch --detail decisions` writes it.
@Suite("Inner Mongolia catalog on the columnar engine")
struct InnerMongoliaColumnarTests {
    static let count = 3_000

    /// Generated households with facts removed at random (so that measures give ranges and
    /// programs are undetermined), under books where random parameters have no value.
    static func population() throws -> (households: [Household], books: [PolicyBook]) {
        var generator = HouseholdGenerator(seed: 2_112)
        var random = SplitMix64(state: 21)
        var households: [Household] = []
        for index in 0..<count {
            var household = generator.household(index)
            if random.below(3) == 0 {
                household.expenses.append(Expense(member: household.members.last!.id, category: .education,
                                                  day: Fixture.evaluationDay.adding(days: -random.below(300)),
                                                  amount: Money(fen: Int64(random.below(2_000_000))),
                                                  comparablePublicSchoolFee: random.below(2) == 0 ? Money(fen: Int64(random.below(1_000_000))) : nil))
            }
            households.append(random.below(2) == 0 ? RangePropertyTests.removingFacts(from: household, random: &random) : household)
        }
        let numeric = RuleCatalog.innerMongolia.parametersRead.filter { $0.units.allSatisfy { $0.quantityUnit != nil } }
        var books = [Fixture.illustrativeBook]
        for size in [1, 3] {
            var chosen: [ParameterDefinition] = []
            while chosen.count < size {
                let candidate = numeric[random.below(numeric.count)]
                if !chosen.contains(where: { $0.id == candidate.id }) { chosen.append(candidate) }
            }
            books.append(try RangePropertyTests.book(without: chosen))
        }
        return (households, books)
    }

    static func json(_ decision: Decision) -> String {
        var writer = JSONWriter(reservingCapacity: 4096)
        DecisionJSON.write(decision, language: .english, to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test("Each household's decision, missing items included, is the household engine's (three books, two days, blocks of 1 and 256)")
    func decisionsEqualTheHouseholdEngine() throws {
        let (households, books) = try Self.population()
        let table = HouseholdTable(households: households)
        var compared = 0
        var undetermined = 0
        var differences: [String] = []
        for (bookIndex, book) in books.enumerated() {
            let evaluator = try Evaluator(catalog: .innerMongolia, book: book)
            for day in [Fixture.evaluationDay, Fixture.evaluationDay.adding(months: 7)] {
                let blockSize = bookIndex == 1 ? 1 : 256
                var reference = Decision()
                try ColumnarEvaluator(evaluator, blockSize: blockSize).decide(table, on: day) { position, decision in
                    let household = households[position]
                    do {
                        let resolved = book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
                        try evaluator.decide(household, on: day, parameters: resolved, into: &reference)
                    } catch {
                        differences.append("\(household.id): the household engine refused it: \(error)")
                        return
                    }
                    compared += 1
                    if !reference.isComplete { undetermined += 1 }
                    let (columnar, expected) = (Self.json(decision), Self.json(reference))
                    if columnar != expected { differences.append("\(household.id) on \(day):\n  columnar  \(columnar)\n  household \(expected)") }
                }
            }
        }
        #expect(differences.count == 0, "\(differences.count) decisions differ; the first: \(differences.prefix(3).joined(separator: "\n"))")
        #expect(compared == Self.count * books.count * 2)
        // The comparison covers what only the household engine names: what undetermined programs lack.
        #expect(undetermined > compared / 10)
    }

    @Test("TableDecisions over a table of households equal the household engine's statuses, amounts and tiers (measures that give ranges; parameters without values)",
          arguments: [0, 2])
    func tableDecisionsEqualTheHouseholdEngine(bookIndex: Int) throws {
        let (households, books) = try Self.population()
        let table = HouseholdTable(households: households)
        let evaluator = try Evaluator(catalog: .innerMongolia, book: books[bookIndex])
        let day = Fixture.evaluationDay
        var decisions = TableDecisions()
        try ColumnarEvaluator(evaluator, blockSize: 512).decide(table, on: day, into: &decisions)
        var reference = Decision()
        var differences: [String] = []
        for (position, household) in households.enumerated() {
            let resolved = books[bookIndex].resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
            try evaluator.decide(household, on: day, parameters: resolved, into: &reference)
            if decisions.tier(ofHousehold: position) != reference.tier { differences.append("\(household.id): tier") }
            if decisions.isComplete(household: position) != reference.isComplete { differences.append("\(household.id): completeness") }
            for program in 0..<RuleCatalog.innerMongolia.programs.count {
                for member in [nil] + (0..<household.members.count).map(Optional.some) {
                    if decisions.status(ofProgramAt: program, household: position, member: member) != reference.status(ofProgramAt: program, member: member)
                        || decisions.amount(ofProgramAt: program, household: position, member: member) != reference.amount(ofProgramAt: program, member: member) {
                        differences.append("\(household.id): program \(program) member \(member.map(String.init) ?? "-")")
                    }
                }
            }
        }
        #expect(differences.count == 0, "\(differences.count) differ; the first: \(differences.prefix(10).joined(separator: ", "))")
    }

    @Test("A measure that gives a range decides, over a table of households, what the household engine decides over it")
    func rangesFromHouseholds() throws {
        // Daily-living activities not assessed lie in 0...6: "fewer than 7" is decided over
        // the range, "at least 4" is not; the columns hold neither.
        let activities = Measure(id: "test.activities", chineseTitle: "不能完成的日常生活活动项数", englishTitle: "activities not achieved",
                                 scope: .member, unit: .count, definition: "0 to 6 when not assessed.") { context in
            guard let count = context.currentMember.dailyLivingActivitiesUnable else {
                return .range(QuantityRange(lower: .count(0), upper: .count(6)), missing: [.field(context.memberPath("dailyLivingActivitiesUnable"),
                                                                                                 reason: Label("未评估", "not assessed"))])
            }
            return .value(.count(count))
        }
        let measure = Operand.measure("test.activities")
        let catalog = try RuleCatalog(measures: [activities], rules: [
            Twin.rule("test.bounded.rule", "test.bounded", .member, .compare(measure, .lessThan, .constant(.count(7)))),
            Twin.rule("test.care.rule", "test.care", .compare(.constant(.count(1)), .atMost, .constant(.count(1)))),
            Twin.rule("test.care.any", "test.care", .anyMember(.compare(measure, .atLeast, .constant(.count(4))))),
        ], programs: [
            Twin.program("test.bounded", .entitlement, .member, rules: ["test.bounded.rule"]),
            Twin.program("test.care", .entitlement, rules: ["test.care.rule", "test.care.any"]),
        ], parameters: Twin.parameters)
        var book = PolicyBook(catalog: Twin.parameters)
        try book.add(PolicyBook.Layer(name: "none", title: "no values", entries: []))
        let evaluator = try Evaluator(catalog: catalog, book: book)
        // Statuses on record name Inner Mongolia programs, which this catalog does not have.
        let households = try Self.population().households.map { household -> Household in
            var plain = household
            plain.enrolments = []
            return plain
        }
        let table = HouseholdTable(households: households)
        let day = Fixture.evaluationDay
        var decisions = TableDecisions()
        try ColumnarEvaluator(evaluator, blockSize: 128).decide(table, on: day, into: &decisions)
        var reference = Decision()
        var overRanges = 0
        var differences: [String] = []
        for (position, household) in households.enumerated() {
            try evaluator.decide(household, on: day, parameters: book.resolveAll(jurisdiction: household.jurisdiction,
                                                                                  residence: household.residence, on: day), into: &reference)
            for member in 0..<household.members.count {
                let status = decisions.status(ofProgramAt: 0, household: position, member: member)
                if status != reference.status(ofProgramAt: 0, member: member) { differences.append("\(household.id) member \(member)") }
                if household.members[member].dailyLivingActivitiesUnable == nil && status == .eligible { overRanges += 1 }
            }
            if decisions.status(ofProgramAt: 1, household: position) != reference.status(ofProgramAt: 1) { differences.append("\(household.id)") }
        }
        // Whole decisions too: the household engine decides what the columns left open.
        try ColumnarEvaluator(evaluator, blockSize: 128).decide(table, on: day) { position, decision in
            let household = households[position]
            try? evaluator.decide(household, on: day, parameters: book.resolveAll(jurisdiction: household.jurisdiction,
                                                                                   residence: household.residence, on: day), into: &reference)
            if Self.json(decision) != Self.json(reference) { differences.append("\(household.id) (whole decision)") }
        }
        #expect(differences.count == 0, "\(differences.count) differ; the first: \(differences.prefix(10).joined(separator: ", "))")
        #expect(overRanges > 0, "members without an assessment are decided over the range")
    }

    @Test("A table made of households counts places and member rows from the households")
    func tableOfHouseholds() throws {
        let (households, _) = try Self.population()
        var table = HouseholdTable(households: Array(households.prefix(5)))
        table.append(households[5])
        #expect(table.count == 6)
        #expect(table.memberRowCount == households.prefix(6).reduce(0) { $0 + $1.members.count })
        #expect(table.memberRows(of: 5).count == households[5].members.count)
        #expect(table.places[table.placePosition(of: 5)] == HouseholdTable.Place(jurisdiction: households[5].jurisdiction,
                                                                                  residence: households[5].residence))
        #expect(table.households?.map(\.id) == households.prefix(6).map(\.id))
        table.removeAllHouseholds()
        #expect(table.count == 0 && table.households?.isEmpty == true)
    }
}
