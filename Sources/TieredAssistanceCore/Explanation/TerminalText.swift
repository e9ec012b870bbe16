/// Text that is safe to show on a terminal or in a text report: control characters that
/// could move the cursor, clear the screen, set a window title or reorder text (C0 and C1
/// controls other than the line feed and the tab, DEL, and the bidirectional overrides and
/// isolates) are replaced by a visible `\u{XXXX}`.
///
/// Household data, policy files and file paths reach the tool's output; this keeps a
/// household id or a community name from taking over the terminal.
package enum TerminalText {
    /// `text` with every unsafe character shown as `\u{XXXX}`.
    package static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a scalar must not reach a terminal raw: C0 controls except LF and TAB, DEL,
    /// C1 controls, and the bidirectional marks, embeddings, overrides and isolates.
    package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
