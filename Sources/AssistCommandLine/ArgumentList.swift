import Foundation
import TieredAssistance

/// The arguments after the command name, consumed option by option so that anything left
/// over (a misspelt flag) is reported instead of ignored.
struct ArgumentList {
    private var remaining: [String]

    init(_ arguments: [String]) {
        self.remaining = arguments
    }

    /// Removes `--name VALUE` (or `--name=VALUE`) and returns VALUE; `nil` if absent.
    /// Throws if the option is given twice or has no value.
    mutating func option(_ name: String) throws -> String? {
        let values = try options(name)
        if values.count > 1 { throw UsageError(message: "\(name) given more than once") }
        return values.first
    }

    /// Removes every `--name VALUE` and returns the values in order.
    mutating func options(_ name: String) throws -> [String] {
        var values: [String] = []
        var index = 0
        while index < remaining.count {
            let argument = remaining[index]
            if argument == name {
                guard index + 1 < remaining.count, !remaining[index + 1].hasPrefix("--") else {
                    throw UsageError(message: "\(name) needs a value")
                }
                values.append(remaining[index + 1])
                remaining.removeSubrange(index...(index + 1))
            } else if argument.hasPrefix(name + "=") {
                values.append(String(argument.dropFirst(name.count + 1)))
                remaining.remove(at: index)
            } else {
                index += 1
            }
        }
        return values
    }

    /// Removes `--jobs N` and returns N (1...256), or the number of processors when absent.
    mutating func jobs() throws -> Int {
        guard let text = try option("--jobs") else { return max(1, ProcessInfo.processInfo.activeProcessorCount) }
        guard let value = Int(text), (1...256).contains(value) else { throw UsageError(message: "--jobs takes 1...256") }
        return value
    }

    /// Removes `--engine columnar|household` and returns the engine (columnar when absent).
    mutating func engine() throws -> BatchEngine {
        switch try option("--engine") {
        case nil, "columnar": return .columnar
        case "household": return .household
        case let other?: throw UsageError(message: "--engine takes columnar or household, not \(InputError.echo(other))")
        }
    }

    /// Removes `--lang zh|en` and returns the language (Chinese when absent).
    mutating func language() throws -> Language {
        let text = try option("--lang") ?? "zh"
        guard let language = Language(rawValue: text) else { throw UsageError(message: "--lang is zh or en") }
        return language
    }

    /// Removes `--jurisdiction CODE` and returns the code; `nil` when absent.
    mutating func jurisdiction() throws -> AdministrativeDivisionCode? {
        guard let text = try option("--jurisdiction") else { return nil }
        guard let code = AdministrativeDivisionCode(text) else {
            throw UsageError(message: "--jurisdiction takes a six-digit administrative-division code, not '\(InputError.maskedKey(text))'")
        }
        return code
    }

    /// Removes `--residence urban|rural` and returns that residence, or both when absent.
    mutating func residences() throws -> [Residence] {
        guard let text = try option("--residence") else { return [.urban, .rural] }
        guard let residence = Residence(rawValue: text) else { throw UsageError(message: "--residence is urban or rural") }
        return [residence]
    }

    /// Removes `--name` and returns whether it was present.
    mutating func flag(_ name: String) -> Bool {
        guard let index = remaining.firstIndex(of: name) else { return false }
        remaining.removeAll { $0 == name }
        _ = index
        return true
    }

    /// Removes and returns the first argument when it is a word (a subcommand), not an option.
    mutating func subcommand() -> String? {
        guard let first = remaining.first, !first.hasPrefix("-") else { return nil }
        remaining.removeFirst()
        return first
    }

    /// Removes and returns the positional arguments; throws if an unknown option is left.
    mutating func positionals() throws -> [String] {
        if let unknown = remaining.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
            throw UsageError(message: "unknown option '\(unknown)'")
        }
        let result = remaining
        remaining = []
        return result
    }
}
