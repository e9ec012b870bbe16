// A service as a team would write it: it depends on the umbrella product alone, imports
// `TieredAssistance` without `@testable`, and so sees exactly the public API.
import Foundation
import Testing
import TieredAssistance

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
private let day = Day(year: 2024, month: 10, day: 1)!

private func sample(_ name: String) throws -> [UInt8] {
    let url = repository.appendingPathComponent("Examples/data/\(name)")
    guard let data = FileManager.default.contents(atPath: url.path) else { throw CocoaError(.fileNoSuchFile) }
    return [UInt8](data)
}

/// A working-age urban Ulanhot household built in code, as a service would from its own records.
private func builtInCode(incomes: [Income] = [], members: [Member]? = nil) -> Household {
    Household(
        id: Household.ID("svc-1"), jurisdiction: AdministrativeDivisionCode(152201)!, residence: .urban,
        members: members ?? [
            Member(id: Member.ID("m1"), relationship: .applicant, birthDate: Day(year: 1980, month: 1, day: 1)!,
                   labourCapacity: .full, employment: .employed, schooling: .notInSchool),
            Member(id: Member.ID("m2"), relationship: .child, birthDate: Day(year: 2000, month: 3, day: 1)!,
                   labourCapacity: .unable, employment: .notInLabourForce, schooling: .notInSchool,
                   disability: DisabilityCertificate(category: .intellectual, grade: .one)),
        ],
        incomes: incomes, expenses: [], obligors: [])
}

/// What an error offers a service that logs it: the one protocol's code, path and message.
private func parts(_ error: any Error) -> (code: ErrorCode, path: String, message: String)? {
    guard let error = error as? any AssistanceError else { return nil }
    return (error.code, error.path.description, error.message)
}

@Suite("A service on the umbrella product")
struct ServiceClientTests {
    @Test("Decode, evaluate and explain with the one import: engine and Inner Mongolia content together")
    func decodeEvaluateExplain() throws {
        let household = try HouseholdDecoder.decode(try sample("dibao-ulanhot-urban.json"))
        let evaluation = try Evaluator.innerMongolia.evaluate(household, on: day)
        #expect(evaluation.tier == .tier(.dibao))
        #expect(evaluation.catalog.program(.dibao) != nil)
        let text = ExplanationRenderer(language: .chinese).render(evaluation)
        #expect(text.contains("152201 乌兰浩特市"))
        #expect(text.contains("最低生活保障"))
    }

    @Test("Crash cases from code are typed errors: two incomes of 2^62 fen, no members, a negative income")
    func trapsBecomeErrors() throws {
        let huge = builtInCode(incomes: [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: Money(fen: 1 << 62)),
                                         Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: Money(fen: 1 << 62))])
        let empty = builtInCode(members: [])
        let negative = builtInCode(incomes: [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: Money(fen: -1))])
        let cases: [(Household, ErrorCode, String)] = [
            (huge, .tooLarge, "incomes[0].monthlyAmount"),
            (empty, .inconsistent, "members"),
            (negative, .negativeAmount, "incomes[0].monthlyAmount"),
        ]
        for (household, code, path) in cases {
            for tracing in [true, false] {
                do {
                    _ = try Evaluator.innerMongolia.evaluate(household, on: day, tracing: tracing)
                    Issue.record("evaluated a household that should be refused at \(path)")
                } catch {
                    #expect(error.code == code)
                    #expect(error.path.description == path)
                    #expect(parts(error)?.message.isEmpty == false)
                }
            }
            var decision = Decision()
            let evaluator = Evaluator.innerMongolia
            let parameters = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
            #expect(throws: InputError.self) {
                try evaluator.decide(household, on: day, parameters: parameters, into: &decision)
            }
            #expect(throws: InputError.self) { try household.validate() }
        }
    }

    @Test("A member born after the evaluation day is refused with the member's path")
    func bornLater() throws {
        var household = builtInCode()
        household.members[1].birthDate = Day(year: 2025, month: 1, day: 1)!
        #expect {
            _ = try Evaluator.innerMongolia.evaluate(household, on: day)
        } throws: { error in
            parts(error)?.path == "members[1].birthDate"
        }
    }

    @Test("A book and a catalog on different parameter catalogs: Evaluator.init throws CatalogMismatch")
    func mismatchedBook() {
        let foreign = PolicyBook(catalog: ParameterCatalog([]))
        #expect {
            _ = try Evaluator(catalog: .innerMongolia, book: foreign)
        } throws: { error in
            guard let mismatch = error as? Evaluator.CatalogMismatch else { return false }
            return mismatch.code == .catalogMismatch && !mismatch.parameters.isEmpty && parts(error)?.path == "(root)"
        }
    }

    @Test("A household built in code decides as its decoded copy does; validated() marks it checked")
    func builtMatchesDecoded() throws {
        let household = builtInCode(incomes: [Income(member: Member.ID("m1"), kind: .wage, monthlyAmount: Money(yuan: 900))])
        let decoded = try HouseholdDecoder.decode(HouseholdEncoder.encode(household, personalData: .include))
        let fromCode = try Evaluator.innerMongolia.evaluate(household, on: day)
        let fromFile = try Evaluator.innerMongolia.evaluate(decoded, on: day)
        let validated = try Evaluator.innerMongolia.evaluate(try household.validated(), on: day)
        #expect(EvaluationJSON.encode(fromCode) == EvaluationJSON.encode(fromFile))
        #expect(EvaluationJSON.encode(validated) == EvaluationJSON.encode(fromFile))
    }

    @Test("LabourCapacity.unable and SchoolingLevel.notInSchool are values, never nil; the format still writes \"none\"")
    func noneIsNotNil() throws {
        let household = builtInCode()
        #expect(household.members[1].labourCapacity == .unable)
        #expect(household.members[1].schooling == .notInSchool)
        let text = String(decoding: HouseholdEncoder.encode(household, personalData: .omit), as: UTF8.self)
        #expect(text.contains(#""labourCapacity":"none""#))
        let again = try HouseholdDecoder.decode(text)
        #expect(again.members[1].labourCapacity == .unable)
    }

    @Test("determination(_:member:) finds a member program's determination")
    func memberDetermination() throws {
        let evaluation = try Evaluator.innerMongolia.evaluate(builtInCode(), on: day)
        let son = try #require(evaluation.determination(.tekun, member: Member.ID("m2")))
        #expect(son.member == Member.ID("m2"))
        #expect(evaluation.determination(.tekun) == nil)
        #expect(evaluation.determination(.tekun, member: Member.ID("m9")) == nil)
    }

    @Test("A program from a rule file is explained like a built-in one: the evaluation carries its catalog")
    func ruleFileProgramsAreRendered() throws {
        let catalog = try RuleFileLoader.load(try sample("rules-xingan-category-3.json"), into: .innerMongolia)
        let evaluator = try Evaluator(catalog: catalog, book: InnerMongoliaBook.book)
        let household = try HouseholdDecoder.decode(try sample("xingan-defacto-hardship.json"))
        let evaluation = try evaluator.evaluate(household, on: household.asOf ?? day)
        let program = ProgramID("xingan.defacto.category-3.data")
        let determination = try #require(evaluation.determination(program))
        for language in [Language.chinese, .english] {
            let renderer = ExplanationRenderer(language: language)
            let title = language == .chinese ? "城镇事实困难人员（第三类，数据规则）" : "Xing'an de-facto hardship, category 3 (data rule)"
            #expect(renderer.render(evaluation).contains(title))
            #expect(renderer.render(determination, of: evaluation).first?.contains(title) == true)
        }
    }

    @Test("A policy file layered on the built-in book changes the value a decision reads")
    func layeredPolicy() throws {
        let layer = try PolicyFileLoader.load(try sample("policy-illustrative-im.json"), name: "illustrative", catalog: .standard)
        let book = try InnerMongoliaBook.book.adding(layer)
        let evaluator = try Evaluator(catalog: .innerMongolia, book: book)
        #expect(evaluator.book.layers.map(\.name) == [InnerMongoliaBook.layerName, "illustrative"])
    }

    @Test("Evaluating from many tasks gives what one task gives")
    func concurrentEvaluation() async throws {
        let households = try String(decoding: sample("households.jsonl"), as: UTF8.self)
            .split(separator: "\n").map { try HouseholdDecoder.decode(String($0)) }
        let evaluator = Evaluator.innerMongolia
        let sequential = try households.map { try EvaluationJSON.encode(evaluator.evaluate($0, on: $0.asOf ?? day)) }
        let parallel = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for (index, household) in households.enumerated() {
                group.addTask { (index, EvaluationJSON.encode(try evaluator.evaluate(household, on: household.asOf ?? day))) }
            }
            var results = [[UInt8]](repeating: [], count: households.count)
            for try await (index, bytes) in group { results[index] = bytes }
            return results
        }
        #expect(parallel == sequential)
    }

    @Test("Reconciliation findings reach JSON through the public encoders")
    func reconciliationJSON() throws {
        let household = try HouseholdDecoder.decode(try sample("dibao-ulanhot-urban.json"))
        let evaluator = Evaluator.innerMongolia
        let evaluation = try evaluator.evaluate(household, on: day)
        let parameters = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
        let findings = Reconciliation.findings(for: household, evaluation: evaluation, parameters: parameters)
        let object = try JSONSerialization.jsonObject(with: Data(EvaluationJSON.encode(evaluation, reconciliation: findings))) as? [String: Any]
        #expect((object?["reconciliation"] as? [Any])?.count == findings.count)
        let array = try JSONSerialization.jsonObject(with: Data(ReconciliationJSON.encode(findings))) as? [Any]
        #expect(array?.count == findings.count)
    }

    @Test("Missing items reach JSON as values (kind, field path or parameter, place, day) beside the sentences")
    func structuredMissingItems() throws {
        let household = builtInCode()   // assets not recorded
        let evaluation = try Evaluator.innerMongolia.evaluate(household, on: day)
        let undetermined = evaluation.determinations.filter { !$0.missing.isEmpty }
        #expect(!undetermined.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(EvaluationJSON.encode(evaluation))) as? [String: Any]
        let determinations = try #require(object?["determinations"] as? [[String: Any]])
        var fields: Set<String> = []
        for determination in determinations {
            let sentences = try #require(determination["missing"] as? [String])
            let items = try #require(determination["missingItems"] as? [[String: Any]])
            #expect(sentences.count == items.count)
            for item in items where item["kind"] as? String == "field" { fields.insert(item["path"] as? String ?? "") }
            for item in items where item["kind"] as? String == "parameter" {
                #expect(item["parameter"] is String && item["jurisdiction"] as? String == "152201" && item["day"] as? String == "2024-10-01")
            }
        }
        #expect(fields.contains("assets"))
    }

    @Test("A what-if in code: EvaluationDiff lists the outcomes whose status or amount changed")
    func whatIfDiff() throws {
        let household = try HouseholdDecoder.decode(try sample("dibao-ulanhot-urban.json"))
        var richer = household
        richer.incomes[0].monthlyAmount = Money(yuan: 30_000)
        let evaluator = Evaluator.innerMongolia
        let diff = EvaluationDiff(before: try evaluator.evaluate(household, on: day), after: try evaluator.evaluate(richer, on: day))
        #expect(diff.tierChanged)
        let dibao = try #require(diff.changes.first { $0.program == .dibao && $0.member == nil })
        #expect(dibao.before?.status == .eligible && dibao.after?.status == .notEligible)
        #expect(diff.changes.count + diff.unchangedCount == diff.after.determinations.count)
        let same = EvaluationDiff(before: diff.before, after: diff.before)
        #expect(same.changes.isEmpty && !same.tierChanged)
    }

    @Test("Two snapshots paired by id: paired, new and vanished, each household once, in id order")
    func snapshotPairing() throws {
        let all = try String(decoding: sample("households.jsonl"), as: UTF8.self)
            .split(separator: "\n").map { try HouseholdDecoder.decode(String($0)) }
        #expect(all.count >= 4)
        let before = Array(all.dropLast())            // the last one is new
        let after = Array(all.dropFirst())             // the first one vanished
        let pairs = try SnapshotPairing.pair(before: before, after: after.reversed())
        #expect(pairs.count == all.count)
        #expect(pairs.filter { $0.presence == "new" }.map(\.id) == [all.last!.id])
        #expect(pairs.filter { $0.presence == "vanished" }.map(\.id) == [all.first!.id])
        #expect(pairs.filter { $0.presence == "paired" }.count == all.count - 2)
        #expect(zip(pairs, pairs.dropFirst()).allSatisfy { SnapshotPairing.precedes($0.id, $1.id) })
        for pair in pairs { #expect(pair.before?.id ?? pair.id == pair.after?.id ?? pair.id) }
        #expect {
            _ = try SnapshotPairing.pair(before: before + [before[0]], after: after)
        } throws: { error in
            parts(error)?.code == .duplicateID && parts(error)?.path == "before[\(before.count)].id"
        }
    }

    @Test("Days and codes parse without force unwraps: a typed error for bad text")
    func parsingWithoutForceUnwraps() throws {
        #expect(try Day(parsing: "2024-10-01") == day)
        #expect(try AdministrativeDivisionCode(parsing: "152201") == AdministrativeDivisionCode(152201))
        for text in ["2024-02-30", "2024/10/01", ""] {
            #expect { _ = try Day(parsing: text) } throws: { parts($0)?.code == .invalidValue }
        }
        #expect { _ = try AdministrativeDivisionCode(parsing: "15220") } throws: { parts($0)?.code == .invalidValue }
    }

    @Test("An assistance chain's JSON writes figures as numbers, with their unit")
    func chainNumbers() throws {
        func household(_ id: String, in file: String) throws -> Household {
            let text = String(decoding: try sample("monitoring/\(file)"), as: UTF8.self)
            let line = try #require(text.split(separator: "\n").first { $0.contains("\"id\":\"\(id)\"") })
            return try HouseholdDecoder.decode(String(line))
        }
        let previous = try household("H-152201-0001", in: "before-2024-09.jsonl")
        let current = try household("H-152201-0001", in: "after-2024-10.jsonl")
        let layer = try PolicyFileLoader.load(try sample("policy-illustrative-im.json"), name: "illustrative", catalog: .standard)
        let book = try InnerMongoliaBook.book.adding(layer)
        let detection = SignalDetector(book: book).detect(before: previous, after: current, on: day)
        let chain = try AssistanceChainBuilder(evaluator: try Evaluator(catalog: .innerMongolia, book: book))
            .chain(for: current, on: day, detection: detection)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(chain.encode(language: .english))) as? [String: Any])
        let signals = try #require(object["signals"] as? [[String: Any]])
        let bill = try #require(signals.first { $0["kind"] as? String == "large-medical-bill" })
        #expect((bill["value"] as? NSNumber)?.doubleValue == 8000)
        #expect((bill["threshold"] as? NSNumber)?.doubleValue == 6000)
        #expect(bill["unit"] as? String == "yuan")
        #expect(chain.text(language: .english).contains("large-medical-bill"))
    }
}
