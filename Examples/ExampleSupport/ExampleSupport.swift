// Shared helpers for the example programs: where the bundled data is, how to read it,
// the language switch, and small printing helpers. Not part of the library.
import Foundation
import TieredAssistance

/// What every example needs: its language and the bundled data.
package struct ExampleContext {
    /// `zh` by default; `--lang en` for English.
    package let language: Language
    /// Other command-line arguments, for examples that take options.
    package let arguments: [String]

    /// Reads `--lang` from the command line.
    package init() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var language = Language.chinese
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count {
            language = Language(rawValue: arguments[index + 1]) ?? .chinese
            arguments.removeSubrange(index...(index + 1))
        }
        self.language = language
        self.arguments = arguments
    }

    /// Chinese or English text.
    package func text(_ chinese: String, _ english: String) -> String {
        language == .chinese ? chinese : english
    }

    /// The folder of bundled data, `Examples/data`.
    package static let dataFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data")

    /// Reads a bundled household (`Examples/data/<name>`), or stops with the error.
    package func household(_ name: String) -> Household {
        let url = Self.dataFolder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { fail("cannot read \(url.path)") }
        do {
            return try HouseholdDecoder.decode([UInt8](data))
        } catch {
            fail("\(name): \(error)")
        }
    }

    /// Reads a bundled JSON Lines extract.
    package func households(inLines name: String) -> [Household] {
        let url = Self.dataFolder.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { fail("cannot read \(url.path)") }
        return text.split(separator: "\n").map { line in
            do {
                return try HouseholdDecoder.decode(String(line))
            } catch {
                fail("\(name): \(error)")
            }
        }
    }

    /// The built-in book with the bundled illustrative values on top
    /// (`Examples/data/policy-illustrative-im.json`: examples, not law).
    package func illustrativeBook() -> PolicyBook {
        let url = Self.dataFolder.appendingPathComponent("policy-illustrative-im.json")
        guard let data = FileManager.default.contents(atPath: url.path) else { fail("cannot read \(url.path)") }
        do {
            return try InnerMongoliaBook.book.adding(try PolicyFileLoader.load([UInt8](data), name: "policy-illustrative-im.json", catalog: .standard))
        } catch {
            fail("policy file: \(error)")
        }
    }

    /// An evaluator for `catalog` and `book`, or stops with the error (a book and catalog
    /// on different parameter catalogs).
    package func evaluator(catalog: RuleCatalog = .innerMongolia, book: PolicyBook) -> Evaluator {
        do {
            return try Evaluator(catalog: catalog, book: book)
        } catch {
            fail("\(error)")
        }
    }

    /// `try evaluator.evaluate(household, on: day, tracing:)`, or stops with the error naming
    /// the field (a household the engine cannot evaluate on `day`).
    package func evaluate(_ household: Household, on day: Day, by evaluator: Evaluator, tracing: Bool = true) -> Evaluation {
        do {
            return try evaluator.evaluate(household, on: day, tracing: tracing)
        } catch {
            fail("household \(household.id): \(error)")
        }
    }

    /// Prints a heading underlined for a terminal report.
    package func heading(_ chinese: String, _ english: String) {
        let title = text(chinese, english)
        print("\n" + title)
        print(String(repeating: "=", count: max(8, title.count * 2)))
    }

    /// Stops the example with a message on standard error and status 1.
    package func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("example: \(message)\n".utf8))
        exit(1)
    }

    /// A day the example hard-codes, checked.
    package func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { fail("bad day \(text)") }
        return day
    }
}
