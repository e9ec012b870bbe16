@testable import AssistCommandLine
import Foundation
import Testing
import TieredAssistance

@Suite("Extracts sorted by household id with bounded memory (external sort)")
struct SortedExtractTests {
    @Test("Through runs on disk or in memory, the records come back in (id, line) order, invalid lines rejected", arguments: [1 << 20, 2_000])
    func sortsThroughRuns(bufferBytes: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sorted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines: [String] = []
        var state: UInt64 = 12_345
        for _ in 0..<300 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let id = Int(state >> 40) % 200
            lines.append(#"{"version":1,"id":"H\#(id)","jurisdiction":"152201","residence":"urban","members":[{"id":"m1","relationship":"applicant","birthDate":"1980-01-01"}],"incomes":[],"expenses":[]}"#)
        }
        lines.insert("{not json", at: 17)
        let path = folder.appendingPathComponent("extract.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        var rejected: [Int] = []
        let extract = try SortedExtract(path: path, folder: folder.path, bufferBytes: bufferBytes) { line, _ in
            rejected.append(line)
        }
        #expect(rejected == [18])
        #expect(extract.count == 300)
        let entries = Array(try extract.entries())
        #expect(entries.count == 300)
        for (a, b) in zip(entries, entries.dropFirst()) { #expect(SortedExtract.Entry.precedes(a, b)) }
        // Each entry's bytes are its own line.
        for entry in entries { #expect(String(decoding: entry.bytes, as: UTF8.self) == lines[entry.line - 1]) }
    }
}
