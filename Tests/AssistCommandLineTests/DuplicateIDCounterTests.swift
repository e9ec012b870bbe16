@testable import AssistCommandLine
import Foundation
import Testing

@Suite("Duplicate household ids counted with bounded memory (external sort)")
struct DuplicateIDCounterTests {
    @Test("In memory and through runs on disk, the count and first lines equal a set-based count", arguments: [1_000_000, 64, 7])
    func agreesWithASet(bufferEntries: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var state: UInt64 = 0x9E37_79B9
        var seen = Set<Int>()
        var expected = (count: 0, lines: [Int]())
        let counter = DuplicateIDCounter(folder: folder.path, bufferEntries: bufferEntries)
        for line in 1...5_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let id = Int(truncatingIfNeeded: state >> 33) % 3_000     // about 40 % repeats
            if !seen.insert(id).inserted {
                expected.count += 1
                if expected.lines.count < DuplicateIDCounter.listed { expected.lines.append(line) }
            }
            try counter.add(line: line, hash: "H-\(id)".hashValue)
        }
        let result = try counter.finish()
        #expect(result.count == expected.count)
        #expect(result.lines == expected.lines)
        #expect(expected.count > 1_000)
    }

    @Test("The temporary runs file is removed when the counter ends")
    func removesItsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let counter = DuplicateIDCounter(folder: folder.path, bufferEntries: 4)
            for line in 1...20 { try counter.add(line: line, hash: line % 5) }
            #expect(try counter.finish().count == 15)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 1)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
