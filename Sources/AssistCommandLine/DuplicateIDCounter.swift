import Foundation

/// Counts lines that repeat an earlier household id with memory that does not grow with the
/// number of lines: each id's 64-bit hash and line number go into a buffer of
/// `bufferEntries`; a full buffer is sorted and written as a run to a temporary file beside
/// the results, and the runs are merged at the end (an external sort). Memory stays under
/// `bufferEntries × 16` bytes plus 8 MiB of read buffers shared by the runs; the temporary file takes 16
/// bytes per line and is removed at the end (and on SIGINT or SIGTERM).
///
/// Ids are compared by a 64-bit hash: two different ids collide with a probability of about
/// n² / 2⁶⁵ (under 10⁻⁵ for 20 million lines), which would count one line too many.
final class DuplicateIDCounter {
    /// Entries held in memory before a run is written (16 bytes each: 16 MiB by default).
    let bufferEntries: Int
    /// How many repeat lines are listed.
    static let listed = 20

    private struct Entry: Comparable {
        var hash: UInt64
        var line: UInt64
        static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.hash, lhs.line) < (rhs.hash, rhs.line) }
    }

    private let folder: String
    private var buffer: [Entry] = []
    private var runs: [(offset: Int, count: Int)] = []
    private var spillPath: String?
    private var spillDescriptor: Int32 = -1
    private var spilled = 0

    /// Creates a counter whose runs, if any, are written in `folder`.
    init(folder: String, bufferEntries: Int = 1 << 20) {
        self.folder = folder
        self.bufferEntries = bufferEntries
        buffer.reserveCapacity(bufferEntries)
    }

    deinit {
        if spillDescriptor >= 0 { close(spillDescriptor) }
        if let spillPath {
            unlink(spillPath)
            InterruptCleanup.unregister(spillPath)
        }
    }

    /// Records that `line` holds the household id whose hash is `hash`.
    func add(line: Int, hash: Int) throws {
        buffer.append(Entry(hash: UInt64(bitPattern: Int64(hash)), line: UInt64(line)))
        if buffer.count == bufferEntries { try spill() }
    }

    /// The number of lines that repeat an earlier id, and the first (up to ``listed``) of
    /// those lines in input order.
    func finish() throws -> (count: Int, lines: [Int]) {
        var count = 0
        var lines: [UInt64] = []   // the smallest repeat lines, kept sorted, at most `listed`
        func repeatLine(_ line: UInt64) {
            count += 1
            guard lines.count < Self.listed || line < lines[lines.count - 1] else { return }
            let position = lines.firstIndex { $0 > line } ?? lines.count
            lines.insert(line, at: position)
            if lines.count > Self.listed { lines.removeLast() }
        }
        if runs.isEmpty {
            buffer.sort()
            for index in buffer.indices.dropFirst() where buffer[index].hash == buffer[index - 1].hash {
                repeatLine(buffer[index].line)
            }
        } else {
            try spill()
            try merge(repeatLine)
        }
        buffer = []
        return (count, lines.map { Int($0) })
    }

    /// Writes the sorted buffer as a run.
    private func spill() throws {
        guard !buffer.isEmpty else { return }
        if spillPath == nil {
            let path = (folder.isEmpty ? "." : folder) + "/.assist-ids.partial-\(getpid())"
            InterruptCleanup.register(path)
            spillDescriptor = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
            guard spillDescriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                InterruptCleanup.unregister(path)
                throw OutputError(message: "cannot create \(path) for counting duplicate ids: \(reason)")
            }
            spillPath = path
        }
        buffer.sort()
        let bytes = buffer.count * MemoryLayout<Entry>.stride
        let written = buffer.withUnsafeBytes { pwrite(spillDescriptor, $0.baseAddress!, bytes, off_t(spilled)) }
        guard written == bytes else {
            throw OutputError(message: "cannot write the duplicate-id runs: \(String(cString: strerror(errno)))")
        }
        runs.append((spilled, buffer.count))
        spilled += bytes
        buffer.removeAll(keepingCapacity: true)
    }

    /// Merges the runs in hash order, reporting each line whose hash equals the previous one.
    private func merge(_ repeatLine: (UInt64) -> Void) throws {
        // The runs share 8 MiB of read buffers (at least 64 KiB each), however many there are.
        let block = max(64 << 10, (8 << 20) / runs.count) / MemoryLayout<Entry>.stride
        var readers = runs.map { RunReader(descriptor: spillDescriptor, offset: $0.offset, count: $0.count, block: block) }
        // A small binary heap of (entry, run index).
        var heap: [(Entry, Int)] = []
        func push(_ item: (Entry, Int)) {
            heap.append(item)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard heap[child].0 < heap[parent].0 else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        }
        func pop() -> (Entry, Int)? {
            guard !heap.isEmpty else { return nil }
            let top = heap[0]
            let last = heap.removeLast()
            if !heap.isEmpty {
                heap[0] = last
                var parent = 0
                while true {
                    let left = 2 * parent + 1, right = left + 1
                    var smallest = parent
                    if left < heap.count && heap[left].0 < heap[smallest].0 { smallest = left }
                    if right < heap.count && heap[right].0 < heap[smallest].0 { smallest = right }
                    guard smallest != parent else { break }
                    heap.swapAt(parent, smallest)
                    parent = smallest
                }
            }
            return top
        }
        for index in readers.indices {
            if let entry = try readers[index].next() { push((entry, index)) }
        }
        var previous: UInt64?
        while let (entry, run) = pop() {
            if entry.hash == previous { repeatLine(entry.line) }
            previous = entry.hash
            if let next = try readers[run].next() { push((next, run)) }
        }
    }

    /// Reads one sorted run back, a block at a time.
    private struct RunReader {
        let descriptor: Int32
        var offset: Int
        var remaining: Int
        let block: Int
        var entries: [Entry] = []
        var position = 0

        init(descriptor: Int32, offset: Int, count: Int, block: Int) {
            self.descriptor = descriptor
            self.offset = offset
            self.remaining = count
            self.block = block
        }

        mutating func next() throws -> Entry? {
            if position == entries.count {
                guard remaining > 0 else { return nil }
                let count = min(block, remaining)
                entries = [Entry](repeating: Entry(hash: 0, line: 0), count: count)
                let bytes = count * MemoryLayout<Entry>.stride
                let got = entries.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, bytes, off_t(offset)) }
                guard got == bytes else {
                    throw OutputError(message: "cannot read the duplicate-id runs back: \(String(cString: strerror(errno)))")
                }
                offset += bytes
                remaining -= count
                position = 0
            }
            defer { position += 1 }
            return entries[position]
        }
    }
}
