import Foundation
import TieredAssistance

/// Files of the repository, for the documentation tests.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The text of a file, by its path from the repository root.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The bytes of a sample under `Examples/data`.
    static func sample(_ name: String) throws -> [UInt8] {
        Array(try text("Examples/data/\(name)").utf8)
    }

    /// The JSON text of a sample household file under `Examples/data`.
    static func household(_ name: String) throws -> String {
        try text("Examples/data/\(name)")
    }

    /// One household of a JSON Lines sample, by id.
    static func household(_ id: String, inLines name: String) throws -> Household {
        for line in try text("Examples/data/\(name)").split(separator: "\n") where line.contains("\"id\":\"\(id)\"") {
            return try HouseholdDecoder.decode(String(line))
        }
        throw CocoaError(.fileReadCorruptFile)
    }

    /// The documentation files whose Swift blocks are compiled by these tests.
    static let documents = ["README.md", "Sources/TieredAssistance/TieredAssistance.docc/TieredAssistance.md"]
        + ["BatchAndPerformance", "ColumnarEvaluation", "GettingStarted", "MoneyAndDates", "Monitoring",
           "PolicyParameters", "ReadingAnExplanation", "RulesAsData", "WritingARule"]
        .map { "Sources/TieredAssistance/TieredAssistance.docc/Articles/\($0).md" }

    /// The fenced blocks of a language (`swift`, `json`) in a documentation file, in order.
    static func blocks(_ language: String, in path: String) throws -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in try text(path).split(separator: "\n", omittingEmptySubsequences: false) {
            if let lines = current {
                if line.trimmingCharacters(in: .whitespaces) == "```" {
                    blocks.append(lines.joined(separator: "\n"))
                    current = nil
                } else {
                    current = lines + [line]
                }
            } else if line.trimmingCharacters(in: .whitespaces) == "```\(language)" {
                current = []
            }
        }
        return blocks
    }
}
