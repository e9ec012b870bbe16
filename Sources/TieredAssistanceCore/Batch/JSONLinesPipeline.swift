#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// A worker of a ``JSONLinesPipeline``: turns one input line into output bytes. Each job
/// has its own worker, so a worker keeps caches and counters without locks.
package protocol JSONLinesWorker: SendableMetatype {
    /// Processes one non-blank line (without its line end) numbered `line` (1-based),
    /// appending whatever it produces to `output` and, for a rejected line, to `rejects`.
    mutating func process(_ bytes: UnsafeRawBufferPointer, line: Int, output: inout [UInt8], rejects: inout [UInt8])

    /// Called after the last line of each slice of a chunk this worker processed, before
    /// its output is written: a worker that gathers lines (into a ``HouseholdTable``, say)
    /// and decides them together appends their output here. Does nothing by default.
    mutating func finishSlice(output: inout [UInt8], rejects: inout [UInt8])
}

extension JSONLinesWorker {
    /// Does nothing: the worker wrote each line's output in ``process(_:line:output:rejects:)``.
    package mutating func finishSlice(output: inout [UInt8], rejects: inout [UInt8]) {}
}

/// Streams a JSON Lines file through workers on several threads and writes their output
/// in input order.
///
/// The input is read in chunks (8 MiB by default); each chunk's complete lines are split
/// into one slice per job and the slices are processed in parallel. A chunk's outputs are
/// written in order by a writer thread while the next chunk is read and processed, so
/// writing overlaps the work; at most two chunks' outputs are held at once. Where outputs
/// are much larger than their input lines (a population of minimal households gives
/// twenty times its size in results), each round processes only as many input bytes as
/// the last round's output ratio allows within ``outputBudget``. Memory therefore stays
/// near `2 × chunk size + 3 × output budget` whatever the file size. Line ends are LF or
/// CRLF; blank lines are skipped and counted.
package struct JSONLinesPipeline {
    /// Parallel jobs (threads).
    package let jobs: Int
    /// Bytes read per chunk.
    package let chunkBytes: Int
    /// The output bytes (results and rejects) a round aims to stay under; the input bytes of
    /// the next round shrink when outputs grow larger than this.
    package let outputBudget: Int
    /// The longest line accepted; a longer line is handed to the worker truncated to this
    /// length plus one byte, so the worker rejects it (``HouseholdLimits/recordBytes``).
    package let maximumLineBytes: Int

    /// Creates a pipeline.
    package init(jobs: Int, chunkBytes: Int = 8 << 20, outputBudget: Int = 16 << 20,
                maximumLineBytes: Int = HouseholdLimits.recordBytes) {
        precondition(jobs >= 1, "at least one job")
        self.jobs = jobs
        self.chunkBytes = max(chunkBytes, 64 << 10)
        self.outputBudget = max(outputBudget, 64 << 10)
        self.maximumLineBytes = maximumLineBytes
    }

    /// An input or output failure.
    package struct IOError: Error, Sendable, CustomStringConvertible {
        /// What failed.
        package let description: String
    }

    /// Runs the workers over the file at `inputPath`, writing outputs to `outputDescriptor`
    /// and rejects to `rejectsDescriptor` (either may be -1 to discard), calling
    /// `afterChunk` on this thread after each chunk's lines were processed (in input order,
    /// before the next chunk) and `progress` with the counts so far. The descriptors are
    /// written from a writer thread; every write has finished when this returns or throws.
    ///
    /// A line longer than ``maximumLineBytes`` is handed to the first worker truncated to
    /// that length plus one byte (so it is rejected as too long, with its line number) and
    /// the rest of it is skipped; the run goes on with the next line.
    package func run<Worker: JSONLinesWorker>(
        inputPath: String, outputDescriptor: Int32, rejectsDescriptor: Int32, workers: inout [Worker],
        afterChunk: (inout [Worker]) -> Void = { _ in },
        progress: (JSONLinesCounts) -> Void = { _ in }
    ) throws(IOError) -> JSONLinesCounts {
        precondition(workers.count == jobs, "one worker per job")
        let input = open(inputPath, O_RDONLY)
        guard input >= 0 else { throw IOError(description: "cannot open \(inputPath): \(String(cString: strerror(errno)))") }
        defer { close(input) }
        var counts = JSONLinesCounts()
        var buffer = [UInt8](repeating: 0, count: chunkBytes)
        var filled = 0
        var endOfFile = false
        var outputs = [[UInt8]](repeating: [], count: jobs)
        var rejects = [[UInt8]](repeating: [], count: jobs)
        let writer = OrderedWriter(jobs: jobs, output: outputDescriptor, rejects: rejectsDescriptor)
        // On every exit, thrown errors included, no write is left running on the caller's descriptors.
        defer { writer.wait() }
        var skippingLongLine = false
        // Input bytes to process this round: the whole buffer until outputs prove larger.
        var allowance = buffer.count
        while !endOfFile || filled > 0 {
            // Fill the buffer.
            while !endOfFile && filled < buffer.count {
                let count = buffer.withUnsafeMutableBytes { raw in
                    read(input, raw.baseAddress! + filled, raw.count - filled)
                }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw IOError(description: "cannot read \(inputPath): \(String(cString: strerror(errno)))")
                }
                if count == 0 { endOfFile = true } else { filled += count }
            }
            // The rest of an over-long line, already rejected, is skipped up to its LF.
            if skippingLongLine {
                let end = buffer.withUnsafeBytes { raw -> Int? in
                    guard let found = memchr(raw.baseAddress!, 0x0A, filled) else { return nil }
                    return raw.baseAddress!.distance(to: UnsafeRawPointer(found))
                }
                guard let end else {
                    filled = 0
                    continue
                }
                let rest = filled - end - 1
                if rest > 0 {
                    buffer.withUnsafeMutableBytes { raw in _ = memmove(raw.baseAddress!, raw.baseAddress! + end + 1, rest) }
                }
                filled = rest
                skippingLongLine = false
                continue
            }
            // Complete lines end at the last LF; at end of file the rest is a line too.
            var usable = filled
            if !endOfFile {
                usable = buffer.withUnsafeBytes { raw in
                    var index = filled - 1
                    while index >= 0 && raw[index] != 0x0A { index -= 1 }
                    return index + 1
                }
                if usable == 0 {
                    // No line end in a full buffer: the line is longer than the limit. Reject
                    // it by its first bytes and skip the rest.
                    counts.linesRead += 1
                    counts.records += 1
                    let length = min(filled, maximumLineBytes + 1)
                    buffer.withUnsafeBytes { raw in
                        workers[0].process(UnsafeRawBufferPointer(rebasing: raw[0..<length]), line: counts.linesRead,
                                           output: &outputs[0], rejects: &rejects[0])
                    }
                    workers[0].finishSlice(output: &outputs[0], rejects: &rejects[0])
                    // Everything before this line was handed to the writer already, so its
                    // output goes now (it would be lost if the line ends the file).
                    try writer.enqueue(&outputs, &rejects)
                    filled = 0
                    skippingLongLine = true
                    continue
                }
            }
            // Within the allowance, stop at the last line end (at least one line is processed).
            if usable > allowance {
                let cut = buffer.withUnsafeBytes { raw -> Int in
                    var index = allowance - 1
                    while index >= 0 && raw[index] != 0x0A { index -= 1 }
                    if index >= 0 { return index + 1 }
                    index = allowance
                    while index < usable && raw[index] != 0x0A { index += 1 }
                    return min(index + 1, usable)
                }
                usable = cut
            }
            // Split [0, usable) into line ranges and then into one slice per job.
            let (lines, chunkCounts) = buffer.withUnsafeBytes { raw in
                Self.lines(in: UnsafeRawBufferPointer(rebasing: raw[0..<usable]), firstLine: counts.linesRead + 1)
            }
            counts.linesRead += chunkCounts.linesRead
            counts.blankLines += chunkCounts.blankLines
            counts.records += lines.count
            let sliceSize = (lines.count + jobs - 1) / max(jobs, 1)
            buffer.withUnsafeBytes { raw in
                let base = SendableBuffer(UnsafeRawBufferPointer(rebasing: raw[0..<usable]))
                let lineList = lines
                let limit = maximumLineBytes
                let jobs = self.jobs
                outputs.withUnsafeMutableBufferPointer { outputBuffers in
                    rejects.withUnsafeMutableBufferPointer { rejectBuffers in
                        workers.withUnsafeMutableBufferPointer { workerBuffer in
                            let outputSlots = SendablePointer(outputBuffers.baseAddress!)
                            let rejectSlots = SendablePointer(rejectBuffers.baseAddress!)
                            let workerSlots = SendablePointer(workerBuffer.baseAddress!)
                            let work: @Sendable (Int) -> Void = { job in
                                let start = job * sliceSize
                                let end = min(start + sliceSize, lineList.count)
                                guard start < end else { return }
                                let output = outputSlots.pointer + job
                                let reject = rejectSlots.pointer + job
                                let worker = workerSlots.pointer + job
                                for index in start..<end {
                                    let line = lineList[index]
                                    let length = min(line.end - line.start, limit + 1)
                                    let bytes = UnsafeRawBufferPointer(rebasing: base.buffer[line.start..<(line.start + length)])
                                    worker.pointee.process(bytes, line: line.number, output: &output.pointee, rejects: &reject.pointee)
                                }
                                worker.pointee.finishSlice(output: &output.pointee, rejects: &reject.pointee)
                            }
                            if jobs == 1 {
                                work(0)
                            } else {
                                DispatchQueue.concurrentPerform(iterations: jobs, execute: work)
                            }
                        }
                    }
                }
            }
            afterChunk(&workers)
            let produced = outputs.reduce(0) { $0 + $1.count } + rejects.reduce(0) { $0 + $1.count }
            if produced > 0 {
                let scaled = outputBudget.multipliedReportingOverflow(by: usable)
                allowance = scaled.overflow ? buffer.count : min(max(scaled.partialValue / produced, 1), buffer.count)
            }
            try writer.enqueue(&outputs, &rejects)
            // Keep the partial line.
            let rest = filled - usable
            if rest > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    _ = memmove(raw.baseAddress!, raw.baseAddress! + usable, rest)
                }
            }
            filled = rest
            progress(counts)
        }
        try writer.finish()
        return counts
    }

    /// One line's byte range and number.
    struct LineRange {
        let start: Int
        let end: Int
        let number: Int
    }

    /// The non-blank lines of `bytes` (line ends LF or CRLF), numbered from `firstLine`.
    static func lines(in bytes: UnsafeRawBufferPointer, firstLine: Int) -> ([LineRange], JSONLinesCounts) {
        var ranges: [LineRange] = []
        ranges.reserveCapacity(bytes.count / 256)
        var counts = JSONLinesCounts()
        var start = 0
        var number = firstLine
        let base = bytes.baseAddress
        while start < bytes.count {
            var end = bytes.count
            if let base, let found = memchr(base + start, 0x0A, bytes.count - start) {
                end = base.distance(to: UnsafeRawPointer(found))
            }
            var contentEnd = end
            if contentEnd > start && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            var blank = true
            var index = start
            while index < contentEnd {
                let byte = bytes[index]
                if byte != 0x20 && byte != 0x09 {
                    blank = false
                    break
                }
                index += 1
            }
            counts.linesRead += 1
            if blank {
                counts.blankLines += 1
            } else {
                ranges.append(LineRange(start: start, end: contentEnd, number: number))
            }
            number += 1
            start = end + 1
        }
        return (ranges, counts)
    }
}

/// POSIX `write(2)` from the platform's C library (Glibc on Linux, Darwin on Apple systems);
/// named apart so it does not clash with the pipeline's own `write` method.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, buffer, count)
    #else
    return Darwin.write(descriptor, buffer, count)
    #endif
}

/// A buffer read by several jobs at once, each in its own lines.
private struct SendableBuffer: @unchecked Sendable {
    let buffer: UnsafeRawBufferPointer
    init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }
}

/// Per-job slots: job `i` touches only element `i`.
private struct SendablePointer<Pointee>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Pointee>
    init(_ pointer: UnsafeMutablePointer<Pointee>) { self.pointer = pointer }
}

/// Writes each chunk's outputs, job by job, on a thread of its own while the pipeline goes
/// on with the next chunk. One chunk is written at a time: ``enqueue(_:_:)`` first waits for
/// the previous chunk, so the file keeps input order and at most two chunks' outputs exist.
/// The first write error is thrown by the next ``enqueue(_:_:)`` or ``finish()``, and
/// nothing is written after it.
private final class OrderedWriter: @unchecked Sendable {
    // Touched by the writer thread only between `enqueue` and the next wait; the group's
    // wait orders those accesses with the pipeline thread's.
    private var outputs: [[UInt8]]
    private var rejects: [[UInt8]]
    private var failure: JSONLinesPipeline.IOError?
    private let outputDescriptor: Int32
    private let rejectsDescriptor: Int32
    private let queue = DispatchQueue(label: "JSONLinesPipeline.writer")
    private let group = DispatchGroup()

    init(jobs: Int, output: Int32, rejects: Int32) {
        outputs = Array(repeating: [], count: jobs)
        self.rejects = Array(repeating: [], count: jobs)
        outputDescriptor = output
        rejectsDescriptor = rejects
    }

    /// Waits for the previous chunk, takes `outputs` and `rejects` to write (giving back
    /// empty buffers with their capacity kept) and starts writing them.
    func enqueue(_ outputs: inout [[UInt8]], _ rejects: inout [[UInt8]]) throws(JSONLinesPipeline.IOError) {
        group.wait()
        if let failure { throw failure }
        swap(&outputs, &self.outputs)
        swap(&rejects, &self.rejects)
        for job in outputs.indices {
            outputs[job].removeAll(keepingCapacity: true)
            rejects[job].removeAll(keepingCapacity: true)
        }
        queue.async(group: group) { self.writeAll() }
    }

    /// Waits for the last chunk; throws the first write error.
    func finish() throws(JSONLinesPipeline.IOError) {
        group.wait()
        if let failure { throw failure }
    }

    /// Waits for the chunk being written, if any.
    func wait() { group.wait() }

    private func writeAll() {
        do {
            for job in outputs.indices {
                try Self.write(outputs[job], to: outputDescriptor)
                try Self.write(rejects[job], to: rejectsDescriptor)
            }
        } catch {
            failure = error
        }
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) throws(JSONLinesPipeline.IOError) {
        guard descriptor >= 0, !bytes.isEmpty else { return }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw JSONLinesPipeline.IOError(description: "cannot write: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
