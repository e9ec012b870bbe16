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

    /// Source files whose doc comments hold Swift examples of the public API (the package's
    /// JSON reader and writer, `package` types, are left out).
    static let documentedSources = [
        "Sources/TieredAssistanceCore/Errors/AssistanceError.swift",
        "Sources/TieredAssistanceCore/Columnar/ColumnarEvaluator.swift",
        "Sources/TieredAssistanceCore/Columnar/HouseholdTable.swift",
        "Sources/TieredAssistanceCore/Columnar/ColumnMeasure.swift",
        "Sources/TieredAssistanceCore/Columnar/TableTraces.swift",
        "Sources/TieredAssistanceCore/Engine/Decision.swift",
        "Sources/TieredAssistanceCore/Engine/Evaluator.swift",
        "Sources/TieredAssistanceCore/Comparison/EvaluationDiff.swift",
    ]

    /// The ```swift blocks of a source file's doc comments, without the `///` prefix.
    static func docCommentBlocks(in path: String) throws -> [String] {
        let lines = try text(path).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("///") else { return "\u{0}" }
            let body = trimmed.dropFirst(3)
            return String(body.first == " " ? body.dropFirst() : body)
        }
        return fenced("swift", in: lines.map { $0 == "\u{0}" ? "" : $0 })
    }

    /// The fenced blocks of a language (`swift`, `json`) in a documentation file, in order.
    static func blocks(_ language: String, in path: String) throws -> [String] {
        fenced(language, in: try text(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    private static func fenced(_ language: String, in lines: [String]) -> [String] {
        var blocks: [String] = []
        var current: [String]?
        for line in lines {
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
