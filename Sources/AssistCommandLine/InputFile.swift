import Foundation
import TieredAssistance

/// Reading input files: a whole `.json` document, or the records of a `.jsonl` file.
enum InputFile {
    /// A file that could not be read.
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    /// The file's bytes.
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(description: "cannot read the file (missing or unreadable)")
        }
        return [UInt8](data)
    }

    /// One record: a whole document, or one non-blank line of a JSON Lines file.
    struct Record {
        /// The 1-based line number, for JSON Lines.
        let line: Int?
        /// The record's bytes, without the line end.
        let bytes: ArraySlice<UInt8>

        /// Decodes the record as a household; errors carry the line.
        func decode() throws(InputError) -> Household {
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

    /// The records in `bytes`: one whole document, or one per non-blank line (a line end
    /// is LF or CRLF; lines holding only whitespace are skipped).
    static func records(in bytes: [UInt8], jsonLines: Bool) -> [Record] {
        guard jsonLines else { return [Record(line: nil, bytes: bytes[...])] }
        var records: [Record] = []
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var contentEnd = end
            if contentEnd > start && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let line = bytes[start..<contentEnd]
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                records.append(Record(line: lineNumber, bytes: line))
            }
            start = end + 1
        }
        return records
    }
}
