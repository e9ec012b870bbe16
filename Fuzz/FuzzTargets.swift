// libFuzzer entry point for the four fuzz targets, compiled together with the library's
// sources into one module (see Fuzz/run.sh). The target is chosen by the FUZZ_TARGET
// environment variable: household, policy, rules or evaluate (which also checks decide against evaluate).
#if canImport(Glibc)
import Glibc
#endif

private enum Target {
    case household, policy, rules, evaluate
}

private let target: Target = {
    switch getenv("FUZZ_TARGET").map({ String(cString: $0) }) ?? "household" {
    case "policy": return .policy
    case "rules": return .rules
    case "evaluate": return .evaluate
    default: return .household
    }
}()

private let evaluationDay = Day(year: 2024, month: 10, day: 1)!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    switch target {
    case .household:
        // Differential: trying expected keys first must read what nextKey alone reads.
        guard keysRead(bytes, expecting: []) == keysRead(bytes, expecting: ["id", "members", "jurisdiction", "a", ""]) else {
            fatalError("nextKeyIfEqual changed what an object reads as")
        }
        // The reader must either produce a household that passes its invariants or throw.
        if let household = try? HouseholdDecoder.decode(bytes) {
            let written = HouseholdEncoder.encode(household, personalData: .include)
            guard let again = try? HouseholdDecoder.decode(written), again == household else {
                fatalError("a household that was read does not survive writing and reading again")
            }
        }
    case .policy:
        if let layer = try? PolicyFileLoader.load(Array(bytes), name: "fuzz") {
            _ = try? InnerMongoliaBook.book.adding(layer)
        }
    case .rules:
        if let catalog = try? RuleFileLoader.load(Array(bytes), into: .innerMongolia) {
            _ = CatalogDocumentation.markdown(catalog)
        }
    case .evaluate:
        if let household = try? HouseholdDecoder.decode(bytes) {
            let evaluation = Evaluator.innerMongolia.evaluate(household, on: household.asOf ?? evaluationDay)
            _ = ExplanationRenderer(language: .chinese).render(evaluation)
            _ = EvaluationJSON.encode(evaluation)
            let day = household.asOf ?? evaluationDay
            let evaluator = Evaluator.innerMongolia
            let parameters = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
            let plain = evaluator.evaluate(household, on: day, parameters: parameters, tracing: false)
            guard plain.tier == evaluation.tier else { fatalError("tracing changed the tier") }
            // Differential check: decide must decide exactly what evaluate decides.
            var decision = Decision()
            evaluator.decide(household, on: day, parameters: parameters, into: &decision)
            guard decision.tier == plain.tier else { fatalError("decide and evaluate disagree on the tier") }
            var index = 0
            decision.forEachDetermination { program, member in
                guard index < plain.determinations.count else { fatalError("decide has more determinations") }
                let determination = plain.determinations[index]
                guard evaluator.catalog.programs[program].id == determination.program,
                      member.map({ decision.members[$0] }) == determination.member,
                      member != nil || decision.supersededBy(ofProgramAt: program) == determination.supersededBy,
                      decision.status(ofProgramAt: program, member: member) == determination.status,
                      decision.amount(ofProgramAt: program, member: member) == determination.amount?.value,
                      decision.missing(ofProgramAt: program, member: member) == determination.missing
                else { fatalError("decide and evaluate disagree on \(determination.program)") }
                index += 1
            }
            guard index == plain.determinations.count else { fatalError("decide has fewer determinations") }
            var summary = BatchSummary(), expected = BatchSummary()
            summary.add(decision)
            expected.add(plain)
            guard summary.json == expected.json else { fatalError("the batch summary counts a decision differently") }
            _ = DecisionJSON.encode(decision)
        }
    }
    return 0
}

/// The keys of the top-level object of `bytes` (values skipped), the offset reached and
/// whether it ended in an error, trying `expected` keys in order with `nextKeyIfEqual` first.
private func keysRead(_ bytes: UnsafeRawBufferPointer, expecting expected: [StaticString]) -> [String] {
    var reader = JSONReader(bytes)
    var keys: [String] = []
    do {
        try reader.beginObject()
        var next = 0
        while true {
            if next < expected.count && reader.nextKeyIfEqual(expected[next]) {
                keys.append("\(expected[next])")
                next += 1
            } else {
                guard let key = try reader.nextKey() else { break }
                keys.append(key.text)
            }
            try reader.skipValue()
        }
        keys.append("end at \(reader.offset)")
    } catch {
        keys.append("error \(error.code) at \(reader.offset)")
    }
    return keys
}
