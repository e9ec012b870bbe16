import Foundation
import TieredAssistance

/// Reading input files with bounded memory: a whole `.json` document of at most one record's
/// size, or the records of a `.jsonl` file one line at a time.
enum InputFile {
    /// A file that could not be read.
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    /// The largest record (``HouseholdLimits/recordBytes``, 1 MiB).
    static let recordLimit = HouseholdLimits.recordBytes

    /// The bytes of a one-document file; a file longer than `limit` is refused after reading
    /// `limit + 1` bytes, so a huge file never fills memory.
    static func read(_ path: String, limit: Int = recordLimit) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadError(description: "cannot read the file (missing or unreadable)") }
        defer { close(descriptor) }
        // Read in pieces up to one byte past the limit: a buffer of the whole limit, zeroed
        // for every file read, cost more than reading a small file.
        var bytes: [UInt8] = []
        var piece = [UInt8](repeating: 0, count: min(limit + 1, 64 << 10))
        while bytes.count <= limit {
            let wanted = min(piece.count, limit + 1 - bytes.count)
            let got = piece.withUnsafeMutableBytes { buffer in Foundation.read(descriptor, buffer.baseAddress!, wanted) }
            if got < 0 { throw ReadError(description: "cannot read the file: \(String(cString: strerror(errno)))") }
            if got == 0 { break }
            bytes.append(contentsOf: piece[0..<got])
        }
        if bytes.count > limit {
            throw ReadError(description: "longer than \(limit) bytes: a household is one JSON document of at most 1 MiB (use a .jsonl file for many)")
        }
        return bytes
    }

    /// One record: a whole document, or one non-blank line of a JSON Lines file.
    struct Record {
        /// The 1-based line number, for JSON Lines.
        let line: Int?
        /// The record's bytes, without the line end (empty when ``isTooLong``).
        let bytes: ArraySlice<UInt8>
        /// Whether the line was longer than the record limit (its bytes were not kept).
        var isTooLong = false

        /// Decodes the record as a household; errors carry the line.
        func decode() throws(InputError) -> Household {
            if isTooLong {
                let error = InputError(code: .limitExceeded, message: "record longer than \(HouseholdLimits.recordBytes) bytes")
                if let line { throw error.onLine(line) }
                throw error
            }
            do {
                return try Array(bytes).withUnsafeBytes { buffer in try HouseholdDecoder.decode(buffer) }
            } catch let error as InputError {
                if let line { throw error.onLine(line) }
                throw error
            } catch {
                preconditionFailure("only InputError is thrown")
            }
        }
    }

    /// Calls `body` with each record of the file at `path`: the whole document, or each
    /// non-blank line of a JSON Lines file (a line end is LF or CRLF; lines holding only
    /// spaces and tabs are skipped), reading 1 MiB at a time. A line longer than the record
    /// limit is passed as ``Record/isTooLong`` and the rest of it is skipped, never held.
    static func forEachRecord(_ path: String, jsonLines: Bool, _ body: (Record) throws -> Void) throws {
        guard jsonLines else {
            try body(Record(line: nil, bytes: try read(path)[...]))
            return
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadError(description: "cannot read the file (missing or unreadable)") }
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var line: [UInt8] = []
        var lineNumber = 0
        var skipping = false
        func finish() throws {
            lineNumber += 1
            defer {
                line.removeAll(keepingCapacity: line.capacity <= recordLimit + 1)
                skipping = false
            }
            if skipping {
                try body(Record(line: lineNumber, bytes: [][...], isTooLong: true))
                return
            }
            var end = line.count
            if end > 0 && line[end - 1] == 0x0D { end -= 1 }
            let content = line[..<end]
            if !content.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { try body(Record(line: lineNumber, bytes: content)) }
        }
        while true {
            let got = chunk.withUnsafeMutableBytes { buffer in Foundation.read(descriptor, buffer.baseAddress!, buffer.count) }
            if got < 0 { throw ReadError(description: "cannot read the file: \(String(cString: strerror(errno)))") }
            if got == 0 { break }
            var start = 0
            while start < got {
                var end = start
                while end < got && chunk[end] != 0x0A { end += 1 }
                if !skipping {
                    line.append(contentsOf: chunk[start..<end])
                    if line.count > recordLimit + 1 {
                        skipping = true
                        line.removeAll()
                    }
                }
                if end < got { try finish() }
                start = end + 1
            }
        }
        if !line.isEmpty || skipping { try finish() }
    }
}
