import Foundation
import Testing
@testable import TieredAssistanceCore
@testable import InnerMongolia

/// `Evaluator.decide` must decide exactly what `Evaluator.evaluate` decides: the tier, and
/// every program's status, amount and missing items, for the household and each member.
@Suite("Decisions without explanations")
struct DecisionTests {
    /// Compares a decision with the evaluation of the same household, determination by
    /// determination (status, amount, missing items, supersededBy), and checks that the
    /// decision lists its determinations in the evaluation's order, one for one.
    static func expectSame(_ decision: Decision, _ evaluation: Evaluation, catalog: RuleCatalog, household: Household,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(decision.household == evaluation.household, sourceLocation: sourceLocation)
        #expect(decision.tier == evaluation.tier, "\(household.id)", sourceLocation: sourceLocation)
        #expect(decision.memberCount == household.members.count, sourceLocation: sourceLocation)
        var visited: [(String, String?)] = []
        decision.forEachDetermination { program, member in
            visited.append((catalog.programs[program].id.rawValue, member.map { decision.members[$0].rawValue }))
        }
        #expect(visited.map(\.0) == evaluation.determinations.map(\.program.rawValue), sourceLocation: sourceLocation)
        #expect(visited.map(\.1) == evaluation.determinations.map { $0.member?.rawValue }, sourceLocation: sourceLocation)
        for determination in evaluation.determinations {
            let position = try! #require(catalog.position(ofProgram: determination.program))
            let member = determination.member.map { id in household.members.firstIndex { $0.id == id }! }
            let where_ = "\(household.id) \(determination.program) \(determination.member.map(String.init(describing:)) ?? "household")"
            #expect(decision.status(ofProgramAt: position, member: member) == determination.status, "\(where_)",
                    sourceLocation: sourceLocation)
            #expect(decision.amount(ofProgramAt: position, member: member) == determination.amount?.value, "\(where_)",
                    sourceLocation: sourceLocation)
            #expect(decision.missing(ofProgramAt: position, member: member) == determination.missing, "\(where_)",
                    sourceLocation: sourceLocation)
            if member == nil {
                #expect(decision.supersededBy(ofProgramAt: position) == determination.supersededBy, "\(where_)",
                        sourceLocation: sourceLocation)
                #expect(decision.status(of: determination.program) == determination.status, sourceLocation: sourceLocation)
                #expect(decision.amount(of: determination.program) == determination.amount?.value, sourceLocation: sourceLocation)
            }
        }
    }

    @Test("Every example household: decide agrees with evaluate and DecisionJSON with EvaluationJSON, one Decision reused across households")
    func examples() throws {
        let folder = Fixture.repositoryRoot.appendingPathComponent("Examples/data")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix("policy") && !$0.hasPrefix("rules") }.sorted()
        #expect(files.count >= 6)
        let evaluator = try Evaluator(catalog: .innerMongolia, book: Fixture.illustrativeBook)
        let scratch = EvaluationScratch()
        var decision = Decision()
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(file).path))
            let household = try HouseholdDecoder.decode([UInt8](data))
            let day = household.asOf ?? Fixture.evaluationDay
            let parameters = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
            try evaluator.decide(household, on: day, parameters: parameters, into: &decision, scratch: scratch)
            let evaluation = try evaluator.evaluate(household, on: day, parameters: parameters, tracing: false, scratch: scratch)
            Self.expectSame(decision, evaluation, catalog: evaluator.catalog, household: household)
            try Self.expectJSON(decision, evaluation)
        }
    }

    /// `DecisionJSON` must be `EvaluationJSON`'s summary detail with only the eligible and
    /// undetermined determinations, without `nearMiss`, under the key `programs`.
    static func expectJSON(_ decision: Decision, _ evaluation: Evaluation, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard case .object(let members) = try JSONValue.parse(EvaluationJSON.encode(evaluation, detail: .summary,
                                                                                      language: .english)) else {
            Issue.record("not an object", sourceLocation: sourceLocation)
            return
        }
        let expected = JSONValue.object(members.map { member in
            guard member.key == "determinations", case .array(let determinations) = member.value else { return member }
            return (key: "programs", value: .array(determinations.compactMap { determination in
                guard case .object(let fields) = determination,
                      determination["status"] == .string("eligible") || determination["status"] == .string("undetermined")
                else { return nil }
                return .object(fields.filter { $0.key != "nearMiss" })
            }))
        })
        let actual = try JSONValue.parse(DecisionJSON.encode(decision, language: .english))
        #expect(actual == expected, "\(actual.jsonText)\n\(expected.jsonText)", sourceLocation: sourceLocation)
    }

    @Test("2,000 generated households, with and without the illustrative values (undetermined outcomes included): same decisions, same JSON lines, same batch summary")
    func generated() throws {
        var generator = HouseholdGenerator(seed: 7)
        let books = [Fixture.illustrativeBook, InnerMongoliaBook.book]
        let scratch = EvaluationScratch()
        var decision = Decision()
        var undetermined = 0
        var fromDecisions = BatchSummary()
        var fromEvaluations = BatchSummary()
        var halves = [BatchSummary(), BatchSummary()]
        var missingItems = Set<MissingItem>()
        // The summary's counts, tallied here from the determinations as the dictionaries read.
        var expectedTiers: [String: Int] = [:]
        var expectedStatuses: [String: [ProgramStatus: Int]] = [:]
        var expectedMonthly: [String: Int64] = [:]
        for index in 0..<2_000 {
            let household = generator.household(index)
            let evaluator = try Evaluator(catalog: .innerMongolia, book: books[index % 2])
            let parameters = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence,
                                                       on: Fixture.evaluationDay)
            try evaluator.decide(household, on: Fixture.evaluationDay, parameters: parameters, into: &decision, scratch: scratch)
            let evaluation = try evaluator.evaluate(household, on: Fixture.evaluationDay, parameters: parameters, tracing: false)
            Self.expectSame(decision, evaluation, catalog: evaluator.catalog, household: household)
            if index < 300 { try Self.expectJSON(decision, evaluation) }
            fromDecisions.add(decision)
            fromEvaluations.add(evaluation)
            halves[index % 2].add(decision)
            for determination in evaluation.determinations { missingItems.formUnion(determination.missing) }
            expectedTiers[evaluation.tier.name, default: 0] += 1
            for determination in evaluation.determinations where determination.status != .notApplicable {
                expectedStatuses[determination.program.rawValue, default: [:]][determination.status, default: 0] += 1
                if let amount = determination.amount, amount.period == .monthly, determination.supersededBy == nil {
                    expectedMonthly[determination.program.rawValue, default: 0] += amount.value.fen
                }
            }
            if evaluation.determinations.contains(where: { $0.status == .undetermined }) { undetermined += 1 }
        }
        // The comparison covers undetermined outcomes and their missing items, not only decided ones.
        #expect(undetermined > 100)
        // The batch summary counts a decision exactly as the evaluation of the same household.
        #expect(fromEvaluations.tiers == expectedTiers && fromEvaluations.statuses == expectedStatuses)
        #expect(fromEvaluations.monthlyAmounts == expectedMonthly)
        #expect(fromDecisions.json == fromEvaluations.json)
        #expect(fromDecisions.text == fromEvaluations.text)
        #expect(fromDecisions.statuses == fromEvaluations.statuses && fromDecisions.tiers == fromEvaluations.tiers)
        #expect(fromEvaluations.monthlyAmounts.values.contains { $0 > 0 })
        // A missing item's sentence and path written in pieces are the sentence and path written whole.
        #expect(missingItems.count > 20)
        // Paths and reasons a catalog may give besides the generated ones: the root, an index
        // first, an empty key, characters that are escaped.
        for path in [FieldPath([]), FieldPath([.index(2), .key(""), .key("x")]), FieldPath([.key(""), .key("y"), .index(10)])] {
            missingItems.insert(.field(path, reason: Label("引号\"与\\、换行\n", "a quote \", a backslash \\, a newline \n")))
        }
        for item in missingItems {
            for language in [Language.english, .chinese] {
                var pieces = JSONWriter()
                MissingItemJSON.writeDescription(item, language: language, to: &pieces)
                var whole = JSONWriter()
                whole.string(language == .chinese ? item.chineseDescription : item.description)
                #expect(pieces.text == whole.text)
            }
            if case .field(let path, _) = item {
                var pieces = JSONWriter()
                pieces.beginString()
                MissingItemJSON.writePath(path, to: &pieces)
                pieces.endString()
                var whole = JSONWriter()
                whole.string(path.description)
                #expect(pieces.text == whole.text)
            }
        }
        // Workers' summaries merge to the same counts; a count set by hand after decisions keeps them.
        var merged = halves[0]
        merged.merge(halves[1])
        #expect(merged.json == fromEvaluations.json)
        merged.tiers["by-hand", default: 0] += 1
        #expect(merged.tiers["by-hand"] == 1 && merged.tiers.values.reduce(0, +) == 2_001)
    }

    @Test("A shared scratch gives every evaluation the flagged parameters of its own place, day and catalog")
    func flaggedParametersWithScratch() throws {
        var generator = HouseholdGenerator(seed: 11)
        let scratch = EvaluationScratch()
        let evaluators = [try Evaluator(catalog: .innerMongolia, book: Fixture.illustrativeBook),
                          try Evaluator(catalog: .innerMongolia, book: InnerMongoliaBook.book)]
        var flagged = 0
        var resolved: [String: ResolvedParameters] = [:]
        for index in 0..<300 {
            let household = generator.household(index)
            // Alternating books and two days: the scratch sees parameters of several places in turn.
            let evaluator = evaluators[index % 2]
            let day = index % 3 == 0 ? Fixture.evaluationDay : Day(iso: "2025-04-01")!
            // Resolved once per book, place and day, as a batch does, so the scratch's lists are reused.
            let key = "\(index % 2) \(household.jurisdiction) \(household.residence) \(day)"
            let parameters = resolved[key] ?? evaluator.book.resolveAll(jurisdiction: household.jurisdiction,
                                                                         residence: household.residence, on: day)
            resolved[key] = parameters
            let shared = try evaluator.evaluate(household, on: day, parameters: parameters, tracing: false, scratch: scratch)
            let alone = try evaluator.evaluate(household, on: day, parameters: parameters, tracing: false)
            #expect(EvaluationJSON.encode(shared, detail: .full) == EvaluationJSON.encode(alone, detail: .full))
            flagged += shared.determinations.reduce(0) { $0 + $1.flaggedParameters.count }
        }
        #expect(flagged > 100)
        #expect(resolved.count > 4)
    }

    @Test("A member-scope program has a status per member; an id the catalog lacks has no status")
    func memberStatuses() throws {
        let evaluator = try Evaluator(catalog: .innerMongolia, book: Fixture.illustrativeBook)
        let household = Fixture.household(size: 3, income: Money(yuan: 300))
        var decision = Decision()
        let parameters = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence,
                                                   on: Fixture.evaluationDay)
        try evaluator.decide(household, on: Fixture.evaluationDay, parameters: parameters, into: &decision)
        let memberPrograms = evaluator.catalog.programs.indices.filter { evaluator.catalog.programs[$0].scope == .member }
        #expect(!memberPrograms.isEmpty)
        for position in memberPrograms {
            for member in 0..<3 { #expect(decision.status(ofProgramAt: position, member: member) != nil) }
        }
        #expect(decision.status(of: "no.such.program") == nil)
    }
}
