// libFuzzer entry point for the fuzz targets, compiled together with the library's sources
// and the command line's reading and sorting files into one module (see Fuzz/run.sh). The
// target is chosen by the FUZZ_TARGET environment variable: household, policy, rules,
// evaluate (which also checks decide against evaluate), records (the JSON Lines record
// reader against a plain split) or pairing (the external sorts of monitoring extracts and
// duplicate ids against in-memory sorting and counting).
import Foundation
#if canImport(Glibc)
import Glibc
#endif

private enum Target {
    case household, policy, rules, evaluate, records, pairing, outputs
}

private let target: Target = {
    switch getenv("FUZZ_TARGET").map({ String(cString: $0) }) ?? "household" {
    case "policy": return .policy
    case "rules": return .rules
    case "evaluate": return .evaluate
    case "records": return .records
    case "pairing": return .pairing
    case "outputs": return .outputs
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
        if let layer = try? PolicyFileLoader.load(Array(bytes), name: "fuzz", catalog: .standard) {
            _ = try? InnerMongoliaBook.book.adding(layer)
        }
    case .rules:
        if let catalog = try? RuleFileLoader.load(Array(bytes), into: .innerMongolia) {
            _ = CatalogDocumentation.markdown(catalog)
        }
    case .evaluate:
        if let household = try? HouseholdDecoder.decode(bytes) {
            let day = household.asOf ?? evaluationDay
            let evaluator = Evaluator.innerMongolia
            let parameters = evaluator.book.resolveAll(jurisdiction: household.jurisdiction, residence: household.residence, on: day)
            var decision = Decision()
            let evaluation: Evaluation
            do {
                evaluation = try evaluator.evaluate(household, on: day)
            } catch {
                // A household evaluate refuses (a birth after the day, an unknown program on
                // record) must be refused by decide too, with the same error.
                do {
                    try evaluator.decide(household, on: day, parameters: parameters, into: &decision)
                    fatalError("decide accepts a household evaluate refuses")
                } catch let refusal {
                    guard refusal == error else { fatalError("decide and evaluate refuse differently") }
                }
                break
            }
            _ = ExplanationRenderer(language: .chinese).render(evaluation)
            _ = EvaluationJSON.encode(evaluation)
            let plain = try! evaluator.evaluate(household, on: day, parameters: parameters, tracing: false)
            guard plain.tier == evaluation.tier else { fatalError("tracing changed the tier") }
            // Differential check: decide must decide exactly what evaluate decides.
            try! evaluator.decide(household, on: day, parameters: parameters, into: &decision)
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
    case .records:
        fuzzRecords(bytes)
    case .pairing:
        fuzzPairing(bytes)
    case .outputs:
        fuzzOutputs(bytes)
    }
    return 0
}

/// A scratch file for one input.
private let scratchFolder: String = {
    let folder = NSTemporaryDirectory() + "/assist-fuzz-\(getpid())"
    mkdir(folder, 0o700)
    return folder
}()

private func scratchFile(_ bytes: [UInt8]) -> String {
    let path = scratchFolder + "/input.jsonl"
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
}

/// `InputFile.forEachRecord` yields exactly the non-blank lines of a plain split, numbered,
/// without their CR.
private func fuzzRecords(_ bytes: UnsafeRawBufferPointer) {
    let path = scratchFile(Array(bytes))
    var read: [(Int, [UInt8])] = []
    do {
        try InputFile.forEachRecord(path, jsonLines: true) { record in read.append((record.line ?? 0, Array(record.bytes))) }
    } catch {
        fatalError("reading a readable file failed: \(error)")
    }
    var expected: [(Int, [UInt8])] = []
    var lines = Array(bytes).split(separator: 0x0A, omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    for (index, line) in lines.enumerated() {
        var content = Array(line)
        if content.last == 0x0D { content.removeLast() }
        if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        expected.append((index + 1, content))
    }
    guard read.count == expected.count, zip(read, expected).allSatisfy({ $0.0 == $1.0 && $0.1 == $1.1 }) else {
        fatalError("the record reader and a plain split disagree")
    }
}

/// Each line of the input becomes a household whose id is drawn from the line; the sorted
/// extract (through runs of a few hundred bytes) must give every household in (id, line)
/// order, and the duplicate counter (through runs of three entries) must count what a set
/// counts.
private func fuzzPairing(_ bytes: UnsafeRawBufferPointer) {
    let alphabet = Array("abcdefgh0123".utf8)
    var ids: [String] = []
    for line in Array(bytes).split(separator: 0x0A, omittingEmptySubsequences: false).prefix(500) {
        let id = String(decoding: line.prefix(6).map { alphabet[Int($0) % alphabet.count] }, as: UTF8.self)
        ids.append("H" + id)
    }
    let text = ids.map { #"{"version":1,"id":"\#($0)","jurisdiction":"152201","residence":"urban","members":[{"id":"m1","relationship":"applicant","birthDate":"1980-01-01"}],"incomes":[],"expenses":[]}"# }
        .joined(separator: "\n")
    let path = scratchFile(Array(text.utf8))
    do {
        let extract = try SortedExtract(path: path, folder: scratchFolder, bufferBytes: 700) { _, _ in
            fatalError("a valid household was rejected")
        }
        let entries = Array(try extract.entries())
        let expected = ids.enumerated().map { ($0.element, $0.offset + 1) }.sorted { ($0.0.utf8.lexicographicallyPrecedes($1.0.utf8)) || ($0.0 == $1.0 && $0.1 < $1.1) }
        guard entries.count == expected.count,
              zip(entries, expected).allSatisfy({ String(decoding: $0.id, as: UTF8.self) == $1.0 && $0.line == $1.1 })
        else { fatalError("the sorted extract differs from an in-memory sort") }
        let counter = DuplicateIDCounter(folder: scratchFolder, bufferEntries: 3)
        var seen = Set<String>()
        var repeats: [Int] = []
        for (index, id) in ids.enumerated() {
            try counter.add(line: index + 1, hash: id.hashValue)
            if !seen.insert(id).inserted { repeats.append(index + 1) }
        }
        let counted = try counter.finish()
        guard counted.count == repeats.count, counted.lines == Array(repeats.prefix(DuplicateIDCounter.listed)) else {
            fatalError("the duplicate counter differs from a set")
        }
    } catch {
        fatalError("sorting failed: \(error)")
    }
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

/// The output-path check against a plain oracle on a small file system the input draws: up
/// to four entries (nothing, a file, a folder, a link to another entry), an input among them,
/// and up to three outputs among them, `-` or a path in a missing folder. The check must
/// refuse exactly when the oracle finds a link, a folder, a missing folder, an output that is
/// the input, two outputs that are the same file, or `-` twice.
private func fuzzOutputs(_ bytes: UnsafeRawBufferPointer) {
    guard bytes.count >= 6 else { return }
    let folder = scratchFolder + "/outputs"
    try? FileManager.default.removeItem(atPath: folder)
    mkdir(folder, 0o700)
    let names = (0..<4).map { folder + "/e\($0)" }
    for index in 0..<4 {
        switch bytes[index] % 4 {
        case 1: FileManager.default.createFile(atPath: names[index], contents: Data("x".utf8))
        case 2: mkdir(names[index], 0o700)
        case 3: symlink(names[Int(bytes[index] / 4) % 4], names[index])
        default: break
        }
    }
    let input = names[Int(bytes[4]) % 4]
    var outputs: [(option: String, path: String?)] = []
    for (position, byte) in bytes.dropFirst(5).prefix(3).enumerated() {
        let path: String
        switch byte % 6 {
        case 4: path = "-"
        case 5: path = folder + "/missing/out"
        default: path = names[Int(byte % 4)]
        }
        outputs.append(("--o\(position)", path))
    }
    var expectRefusal = false
    var seen: [String] = []
    var standardOutput = false
    let resolvedInput = URL(fileURLWithPath: input).resolvingSymlinksInPath().path
    for (_, path) in outputs {
        guard let path else { continue }
        if path == "-" {
            if standardOutput { expectRefusal = true }
            standardOutput = true
            continue
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)   // does not follow links
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular { expectRefusal = true }
        var isFolder: ObjCBool = false
        let parent = (path as NSString).deletingLastPathComponent
        if attributes == nil && !(FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder) && isFolder.boolValue) {
            expectRefusal = true
        }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if FileManager.default.fileExists(atPath: input) && resolved == resolvedInput { expectRefusal = true }
        if seen.contains(resolved) { expectRefusal = true }
        seen.append(resolved)
    }
    let refused = (try? OutputPaths.check(outputs, inputs: [input])) == nil
    guard refused == expectRefusal else {
        fatalError("the output check \(refused ? "refused" : "accepted") \(outputs.map { $0.path ?? "" }) with input \(input)")
    }
}
