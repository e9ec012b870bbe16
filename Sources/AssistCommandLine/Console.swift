import Foundation
import TieredAssistance

/// Where a command writes: standard output and standard error, or in-memory buffers for
/// tests.
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private var capturedOutput = ""
    private var capturedError = ""
    private let isCapturing: Bool
    /// The lines a capturing console answers with, in order.
    private var scriptedInput: [String]

    private init(capturing: Bool, input: [String] = []) {
        self.isCapturing = capturing
        self.scriptedInput = input
    }

    /// The process's standard output and standard error.
    public static let standard = Console(capturing: false)

    /// A console that keeps everything written in memory (``capturedStandardOutput`` and
    /// ``capturedStandardError``).
    public static func capturing() -> Console {
        Console(capturing: true)
    }

    /// A capturing console whose standard input reads `input`, one line per read.
    public static func capturing(input: [String]) -> Console {
        Console(capturing: true, input: input)
    }

    /// Whether standard input is a terminal (a person typing); a capturing console is not.
    public var inputIsTerminal: Bool {
        !isCapturing && isatty(STDIN_FILENO) == 1
    }

    /// The next line of standard input without its line end; `nil` at the end of input.
    public func readLine() -> String? {
        if isCapturing {
            return lock.withLock { scriptedInput.isEmpty ? nil : scriptedInput.removeFirst() }
        }
        return Swift.readLine(strippingNewline: true)
    }

    /// Everything written to standard output so far (capturing consoles only).
    public var capturedStandardOutput: String {
        lock.withLock { capturedOutput }
    }

    /// Everything written to standard error so far (capturing consoles only).
    public var capturedStandardError: String {
        lock.withLock { capturedError }
    }

    /// Writes `text` to standard output (add the newline yourself), with control
    /// characters and bidirectional overrides shown escaped (``TerminalText``).
    public func output(_ text: String) {
        let text = TerminalText.escaped(text)
        if isCapturing {
            lock.withLock { capturedOutput += text }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// Writes `text` to standard error, escaped as ``output(_:)`` does.
    public func error(_ text: String) {
        let text = TerminalText.escaped(text)
        if isCapturing {
            lock.withLock { capturedError += text }
        } else {
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// Flushes buffered output (nothing is buffered today; kept for callers that exit).
    public func flush() {}
}
