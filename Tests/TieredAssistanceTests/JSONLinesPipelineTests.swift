import Foundation
import Testing
import TieredAssistance

/// `JSONLinesPipeline` on its own: many chunks written in input order by the writer thread,
/// every line accounted for, and a write failure reported rather than lost.
@Suite("JSON Lines pipeline")
struct JSONLinesPipelineTests {
    /// Echoes each line's number and bytes; lines starting with `x` are rejected.
    struct EchoWorker: JSONLinesWorker {
        var slices = 0

        mutating func process(_ bytes: UnsafeRawBufferPointer, line: Int, output: inout [UInt8], rejects: inout [UInt8]) {
            if bytes.first == UInt8(ascii: "x") {
                rejects.append(contentsOf: "\(line)\n".utf8)
            } else {
                output.append(contentsOf: "\(line):".utf8)
                output.append(contentsOf: bytes)
                output.append(0x0A)
            }
        }

        mutating func finishSlice(output: inout [UInt8], rejects: inout [UInt8]) { slices += 1 }
    }

    private func temporaryFile(_ contents: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString).jsonl")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Runs `pipeline` with `jobs` echo workers over `lines` (joined by LF, plus `ending`)
    /// into temporary output and rejects files; returns the counts, both files' contents and
    /// the workers.
    private func run(_ lines: [String], ending: String = "", jobs: Int, pipeline: JSONLinesPipeline,
                     afterChunk: (inout [EchoWorker]) -> Void = { _ in })
        throws -> (counts: JSONLinesCounts, output: String, rejects: String, workers: [EchoWorker]) {
        let input = try temporaryFile(lines.joined(separator: "\n") + ending)
        let outputURL = input.appendingPathExtension("out")
        let rejectsURL = input.appendingPathExtension("rejects")
        defer {
            for url in [input, outputURL, rejectsURL] { try? FileManager.default.removeItem(at: url) }
        }
        #expect(FileManager.default.createFile(atPath: outputURL.path, contents: nil))
        #expect(FileManager.default.createFile(atPath: rejectsURL.path, contents: nil))
        let output = try FileHandle(forWritingTo: outputURL)
        let rejects = try FileHandle(forWritingTo: rejectsURL)
        var workers = Array(repeating: EchoWorker(), count: jobs)
        let counts = try pipeline.run(inputPath: input.path, outputDescriptor: output.fileDescriptor,
                                      rejectsDescriptor: rejects.fileDescriptor, workers: &workers, afterChunk: afterChunk)
        try output.close()
        try rejects.close()
        return (counts, try String(contentsOf: outputURL, encoding: .utf8), try String(contentsOf: rejectsURL, encoding: .utf8),
                workers)
    }

    @Test("Many chunks: outputs and rejects in input order, every line counted", arguments: [1, 2, 3])
    func manyChunks(jobs: Int) throws {
        // About 1.4 MB of lines, so the 64 KiB chunks number in the twenties.
        let lines = (1...20_000).map { number in
            number % 997 == 0 ? "x-rejected-\(number)" : number % 1_009 == 0 ? "  " : "{\"n\":\(number),\"pad\":\"\(String(repeating: "a", count: number % 120))\"}"
        }
        var chunks = 0
        let result = try run(lines, ending: "\n", jobs: jobs, pipeline: JSONLinesPipeline(jobs: jobs, chunkBytes: 64 << 10),
                          afterChunk: { _ in chunks += 1 })
        let counts = result.counts
        #expect(chunks > 15)
        #expect(counts.linesRead == 20_000)
        let blank = lines.filter { $0.trimmingCharacters(in: .whitespaces).isEmpty }.count
        #expect(counts.blankLines == blank)
        #expect(counts.records == 20_000 - blank)
        var expectedOutput = ""
        var expectedRejects = ""
        for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            if line.hasPrefix("x") { expectedRejects += "\(index + 1)\n" } else { expectedOutput += "\(index + 1):\(line)\n" }
        }
        #expect(result.output == expectedOutput)
        #expect(result.rejects == expectedRejects)
        #expect(result.workers.map(\.slices).reduce(0, +) >= chunks)
    }

    @Test("A line longer than a chunk is rejected with its number; the lines around it keep their order", arguments: [1, 2, 3])
    func overLongLine(jobs: Int) throws {
        var lines = (1...3_000).map { "{\"n\":\($0),\"pad\":\"\(String(repeating: "b", count: $0 % 90))\"}" }
        lines[1_499] = "x" + String(repeating: "y", count: 150_000)   // line 1,500: more than two 64 KiB chunks
        let result = try run(lines, jobs: jobs, pipeline: JSONLinesPipeline(jobs: jobs, chunkBytes: 64 << 10, maximumLineBytes: 1_000))
        #expect(result.counts.linesRead == 3_000 && result.counts.records == 3_000)
        let expected = lines.enumerated().filter { $0.offset != 1_499 }.map { "\($0.offset + 1):\($0.element)\n" }.joined()
        #expect(result.output == expected)
        #expect(result.rejects == "1500\n")
    }

    #if os(Linux)
    @Test("A write failure (a full device) is thrown, not lost, whether it happens mid-run or on the last chunk",
          arguments: [5_000, 40_000])
    func writeFailure(lineCount: Int) throws {
        // 5,000 lines fit one 64 KiB chunk (the error comes at the end); 40,000 take several (it comes mid-run).
        let input = try temporaryFile((1...lineCount).map { "{\"n\":\($0)}" }.joined(separator: "\n"))
        defer { try? FileManager.default.removeItem(at: input) }
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        var workers = [EchoWorker(), EchoWorker()]
        #expect {
            _ = try JSONLinesPipeline(jobs: 2, chunkBytes: 64 << 10).run(
                inputPath: input.path, outputDescriptor: full.fileDescriptor, rejectsDescriptor: -1, workers: &workers)
        } throws: { error in
            (error as? JSONLinesPipeline.IOError)?.description.hasPrefix("cannot write:") == true
        }
    }
    #endif

    /// Writes 200 bytes per line, whatever the line.
    struct BloatWorker: JSONLinesWorker {
        var produced = 0
        mutating func process(_ bytes: UnsafeRawBufferPointer, line: Int, output: inout [UInt8], rejects: inout [UInt8]) {
            output.append(contentsOf: [UInt8](repeating: UInt8(ascii: "y"), count: 199) + [0x0A])
            produced += 200
        }
    }

    @Test("Outputs twenty times their input: after the first round, each round's output stays near the budget")
    func outputBudget() throws {
        let input = try temporaryFile((1...30_000).map { String(format: "%09d", $0) }.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(at: input) }
        let pipeline = JSONLinesPipeline(jobs: 2, chunkBytes: 64 << 10, outputBudget: 64 << 10)
        var workers = [BloatWorker(), BloatWorker()]
        var rounds: [Int] = []
        let counts = try pipeline.run(inputPath: input.path, outputDescriptor: -1, rejectsDescriptor: -1, workers: &workers,
                                      afterChunk: { workers in
                                          rounds.append(workers.reduce(0) { $0 + $1.produced })
                                          for index in workers.indices { workers[index].produced = 0 }
                                      })
        #expect(counts.records == 30_000)
        #expect(rounds.reduce(0, +) == 30_000 * 200)
        #expect(rounds.first ?? 0 > 64 << 10)                  // the first round reads the whole chunk
        #expect(rounds.dropFirst().allSatisfy { $0 <= (64 << 10) + 400 }, "\(rounds.prefix(5))")
        #expect(rounds.count > 40)
    }
}
