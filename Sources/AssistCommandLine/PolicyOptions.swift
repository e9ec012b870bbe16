import Foundation
import TieredAssistance

/// The `--policy FILE` options shared by commands: the built-in book with each file layered
/// on top, in order.
enum PolicyOptions {
    /// The book: `base` (the built-in book), then each file. A file that cannot be read or
    /// fails the strict loader is a usage error naming the option, the file and the field path.
    static func book(files: [String], onto base: PolicyBook = InnerMongoliaBook.book, option: String = "--policy") throws -> PolicyBook {
        var book = base
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try InputFile.read(file, limit: 64 << 20)
            } catch {
                throw UsageError(message: "\(option) \(file): \(error)")
            }
            do {
                try book.add(try PolicyFileLoader.load(bytes, name: file, catalog: book.catalog))
            } catch {
                throw UsageError(message: "\(option) \(file): \(error)")
            }
        }
        return book
    }

    /// Parses a `YYYY-MM-DD` option value.
    static func day(_ text: String, option: String) throws -> Day {
        guard let day = Day(iso: text) else { throw UsageError(message: "\(option) takes a day YYYY-MM-DD, not '\(text)'") }
        guard Day.supportedInputRange.contains(day) else {
            throw UsageError(message: "\(option) takes a day from 1900-01-01 to 2199-12-31, not '\(text)'")
        }
        return day
    }
}
