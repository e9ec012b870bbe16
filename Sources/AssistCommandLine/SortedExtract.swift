import Foundation
import TieredAssistance

/// The records of a JSON Lines extract in household-id order, with bounded memory: the lines
/// are read once (each scanned for its top-level `id`; a line without one is decoded to
/// report why, and rejected), gathered up to ``bufferBytes``, sorted by id and line number
/// and written as runs to a temporary file beside the extract's results, then merged (an
/// external sort). The records are checked in full when they are decoded from the merge. `assist monitor` pairs two sorted extracts by walking them
/// side by side, so neither is ever held whole.
final class SortedExtract {
    /// One record with an id: the household id, its line, and the line's bytes.
    struct Entry {
        let id: [UInt8]
        let line: Int
        let bytes: [UInt8]

        static func precedes(_ lhs: Entry, _ rhs: Entry) -> Bool {
            lhs.id.lexicographicallyPrecedes(rhs.id) || (lhs.id == rhs.id && lhs.line < rhs.line)
        }
    }

    /// Bytes of lines held before a run is written (16 MiB by default).
    let bufferBytes: Int
    /// The records with an id read.
    private(set) var count = 0

    private var buffer: [Entry] = []
    private var bufferedBytes = 0
    private var runs: [(offset: Int, count: Int)] = []
    private var spillPath: String?
    private var spillDescriptor: Int32 = -1
    private var spilled = 0
    private let folder: String

    /// Reads the extract at `path`, reporting each line without a top-level id through
    /// `reject` (with its line number and the decoding error), and keeps the others for
    /// ``entries()``.
    init(path: String, folder: String, bufferBytes: Int = 16 << 20, reject: (Int, InputError) -> Void) throws {
        self.folder = folder
        self.bufferBytes = bufferBytes
        try InputFile.forEachRecord(path, jsonLines: true) { record in
            guard !record.isTooLong, let id = record.bytes.withUnsafeBytes({ Self.scanID($0) }) else {
                do throws(InputError) {
                    _ = try record.decode()
                    reject(record.line ?? 0, InputError(path: "id", code: .missingKey, message: "required key \"id\" is missing"))
                } catch {
                    reject(record.line ?? 0, error)
                }
                return
            }
            let entry = Entry(id: id, line: record.line ?? 0, bytes: Array(record.bytes))
            buffer.append(entry)
            bufferedBytes += entry.bytes.count + entry.id.count + 32
            count += 1
            if bufferedBytes >= bufferBytes { try spill() }
        }
    }

    /// The top-level `id` string of a JSON object, without decoding the rest; `nil` when the
    /// text is not an object with a string `id` (the full decoder then says why).
    static func scanID(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        var reader = JSONReader(bytes)
        do {
            try reader.beginObject()
            while let key = try reader.nextKey() {
                if key.text == "id" { return Array(try reader.readString(maximumBytes: 64).utf8) }
                try reader.skipValue()
            }
        } catch {
            return nil
        }
        return nil
    }

    deinit {
        if spillDescriptor >= 0 { close(spillDescriptor) }
        if let spillPath {
            unlink(spillPath)
            InterruptCleanup.unregister(spillPath)
        }
    }

    /// The valid records in (id, line) order.
    func entries() throws -> AnyIterator<Entry> {
        if runs.isEmpty {
            buffer.sort(by: Entry.precedes)
            var index = 0
            let sorted = buffer
            buffer = []
            return AnyIterator {
                guard index < sorted.count else { return nil }
                defer { index += 1 }
                return sorted[index]
            }
        }
        try spill()
        // The runs share 8 MiB of read buffers (at least 64 KiB each), however many there are.
        let block = max(64 << 10, (8 << 20) / runs.count)
        var readers = runs.map { RunReader(descriptor: spillDescriptor, offset: $0.offset, count: $0.count, block: block) }
        var heads: [(Entry, Int)] = []
        for index in readers.indices {
            if let entry = try readers[index].next() { heads.append((entry, index)) }
        }
        var failure: Error?
        return AnyIterator {
            guard failure == nil, !heads.isEmpty else { return nil }
            // Few runs: a linear scan for the smallest head is enough.
            var best = 0
            for index in heads.indices.dropFirst() where Entry.precedes(heads[index].0, heads[best].0) { best = index }
            let (entry, run) = heads[best]
            do {
                if let next = try readers[run].next() { heads[best] = (next, run) } else { heads.remove(at: best) }
            } catch {
                failure = error
                heads.removeAll()
            }
            return entry
        }
    }

    private func spill() throws {
        guard !buffer.isEmpty else { return }
        if spillPath == nil {
            let path = (folder.isEmpty ? "." : folder) + "/.assist-monitor-\(UUID().uuidString.prefix(8)).partial-\(getpid())"
            InterruptCleanup.register(path)
            spillDescriptor = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
            guard spillDescriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                InterruptCleanup.unregister(path)
                throw OutputError(message: "cannot create \(path) to sort the extract: \(reason)")
            }
            spillPath = path
        }
        buffer.sort(by: Entry.precedes)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(bufferedBytes)
        for entry in buffer {
            appendInteger(UInt64(entry.id.count), to: &bytes)
            bytes += entry.id
            appendInteger(UInt64(entry.line), to: &bytes)
            appendInteger(UInt64(entry.bytes.count), to: &bytes)
            bytes += entry.bytes
        }
        let written = bytes.withUnsafeBytes { pwrite(spillDescriptor, $0.baseAddress!, bytes.count, off_t(spilled)) }
        guard written == bytes.count else {
            throw OutputError(message: "cannot write the sorted runs of the extract: \(String(cString: strerror(errno)))")
        }
        runs.append((spilled, buffer.count))
        spilled += bytes.count
        buffer.removeAll()
        bufferedBytes = 0
    }

    private func appendInteger(_ value: UInt64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    /// Reads one run back, `blockBytes` at a time.
    private struct RunReader {
        let descriptor: Int32
        var offset: Int
        var remaining: Int
        let blockBytes: Int
        var block: [UInt8] = []
        var position = 0

        init(descriptor: Int32, offset: Int, count: Int, block: Int) {
            self.descriptor = descriptor
            self.offset = offset
            self.remaining = count
            self.blockBytes = block
        }

        /// Makes at least `count` bytes available from `position`.
        private mutating func ensure(_ count: Int) throws {
            guard block.count - position < count else { return }
            let kept = Array(block[position...])
            let want = max(count - kept.count, blockBytes)
            var fresh = [UInt8](repeating: 0, count: want)
            let got = fresh.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, want, off_t(offset)) }
            guard got >= 0 else { throw OutputError(message: "cannot read the sorted runs back: \(String(cString: strerror(errno)))") }
            offset += got
            block = kept + fresh[..<got]
            position = 0
            guard block.count >= count else { throw OutputError(message: "the sorted runs of the extract are truncated") }
        }

        private mutating func integer() throws -> Int {
            try ensure(8)
            var value: UInt64 = 0
            for index in 0..<8 { value |= UInt64(block[position + index]) << (8 * UInt64(index)) }
            position += 8
            return Int(value)
        }

        private mutating func bytes(_ count: Int) throws -> [UInt8] {
            try ensure(count)
            defer { position += count }
            return Array(block[position..<(position + count)])
        }

        mutating func next() throws -> Entry? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let id = try bytes(try integer())
            let line = try integer()
            let content = try bytes(try integer())
            return Entry(id: id, line: line, bytes: content)
        }
    }
}
