/// A person's name (姓名). Personal data: always shown masked.
///
/// The masked form keeps the first and last characters and replaces each character between
/// them with `*`: 张三华 → 张*华, 欧阳小明 → 欧**明. A two-character name keeps its first
/// character: 张三 → 张*. A one-character name is fully masked: `*`.
/// ``description``, ``debugDescription`` and the mirror show only the masked form; the full
/// name is available through ``unmaskedValue``.
public struct PersonName: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let value: String

    /// Creates a name from its text.
    public init(_ value: String) {
        self.value = value
    }

    /// The masked form (公示 style), for example 张*华.
    public var masked: String {
        let characters = Array(value)
        switch characters.count {
        case 0: return ""
        case 1: return "*"
        case 2: return String(characters[0]) + "*"
        default:
            return String(characters[0]) + String(repeating: "*", count: characters.count - 2)
                + String(characters[characters.count - 1])
        }
    }

    /// The full name. Use only where the full name is required (a caseworker's own file);
    /// never in output meant for publication or logs.
    public var unmaskedValue: String { value }

    /// The masked form; see ``masked``.
    public var description: String { masked }
    /// The masked form; see ``masked``.
    public var debugDescription: String { masked }
    /// A mirror showing only the masked form.
    public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }
}
