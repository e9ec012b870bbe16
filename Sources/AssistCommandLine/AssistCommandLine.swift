import Foundation
import TieredAssistance

/// The `assist` command-line tool: evaluate, explain and validate households, list the
/// rules and parameters, run batches.
///
/// Every command parses its arguments, validates them, then runs (the argument-parser
/// split). Exit statuses: 0 success, 1 the input had problems (invalid households,
/// rejected records), 64 usage errors (EX_USAGE).
public enum AssistCommandLine {
    /// The commands, in the order `assist --help` lists them.
    nonisolated(unsafe) static let commands: [any AssistCommand.Type] = [
        ValidateCommand.self,
        ParametersCommand.self,
        PolicyCommand.self,
        EvaluateCommand.self,
        ExplainCommand.self,
        InterviewCommand.self,
        RulesCommand.self,
        WhatIfCommand.self,
        SweepCommand.self,
        TestCommand.self,
        BatchCommand.self,
        MonitorCommand.self,
        ReportCommand.self,
    ]

    /// Runs the tool with the process arguments and exits with its status.
    public static func main() -> Never {
        let console = Console.standard
        let status = run(Array(CommandLine.arguments.dropFirst()), console: console)
        console.flush()
        exit(status.rawValue)
    }

    /// Runs the tool with `arguments` (without the program name), writing to `console`.
    public static func run(_ arguments: [String], console: Console) -> ExitCode {
        guard let name = arguments.first else {
            console.error(usage)
            return .usage
        }
        if name == "--help" || name == "-h" || name == "help" {
            console.output(usage)
            return .success
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            console.error("assist: unknown command '\(name)'\n\n" + usage)
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.output(command.usage)
            return .success
        }
        do {
            return try command.run(ArgumentList(rest), console: console)
        } catch let error as UsageError {
            console.error("assist \(name): \(error.message)\n\n\(command.usage)")
            return .usage
        } catch let error as OutputError {
            console.error("assist \(name): \(error.message)\n")
            return .ioFailure
        } catch {
            console.error("assist \(name): \(error)\n")
            return .failure
        }
    }

    /// The overview printed by `assist --help`.
    static var usage: String {
        var text = "usage: assist <command> [options]\n\ncommands:\n"
        for command in commands {
            text += "  " + command.name.padding(toLength: 12, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += "\nRun 'assist <command> --help' for a command's options.\n"
        return text
    }
}

/// A process exit status.
public struct ExitCode: Sendable, Hashable, CustomStringConvertible {
    /// The numeric status.
    public let rawValue: Int32

    /// 0: everything worked.
    public static let success = ExitCode(rawValue: 0)
    /// 1: the input had problems (invalid households, rejected records).
    public static let failure = ExitCode(rawValue: 1)
    /// 64 (EX_USAGE): the command line was wrong.
    public static let usage = ExitCode(rawValue: 64)
    /// 74 (EX_IOERR): an output could not be written (a full disk, a write error).
    public static let ioFailure = ExitCode(rawValue: 74)

    public var description: String { String(rawValue) }
}

/// A command of the `assist` tool.
protocol AssistCommand {
    /// The name typed after `assist`.
    static var name: String { get }
    /// One line for `assist --help`.
    static var summary: String { get }
    /// The full usage text for `assist <name> --help`.
    static var usage: String { get }
    /// Parses, validates and runs the command.
    static func run(_ arguments: ArgumentList, console: Console) throws -> ExitCode
}

