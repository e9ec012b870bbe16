/// The location of a value inside a JSON document, written the way a reader looks for it:
/// `members[2].disability.grade`. The root is the empty path, written `(root)`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// One step of a path: an object key or an array index.
    public enum Component: Sendable, Hashable {
        /// An object member.
        case key(String)
        /// An array element, counted from 0.
        case index(Int)
    }

    /// The steps from the root, outermost first.
    public private(set) var components: [Component]

    /// Creates a path from its steps.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// Parses a written path such as `members[2].disability.grade`. Keys are the text
    /// between dots; `[n]` is an index. Intended for tests and command-line options.
    public init(stringLiteral text: String) {
        self.init(parsing: text)
    }

    /// Parses a written path such as `members[2].disability.grade`: keys are the text
    /// between dots, `[n]` is an index; every `[` ends the key before it, and a `[` without
    /// a closing `]` and an integer starts a key of its own (`a[x].b` is `a`, `[x]`, `b`).
    /// Works on UTF-8 bytes (measures build their missing-field paths from literals on every
    /// evaluation, so this is on the hot path); `.`, `[` and `]` are ASCII, so a key is
    /// never split inside a multi-byte character.
    public init(parsing text: String) {
        // A single key (`assets`, `enrolments`) is kept as it is: no parsing, no new string.
        if !text.isEmpty, !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "[") }) {
            components = [.key(text)]
            return
        }
        var text = text
        components = text.withUTF8 { bytes in
            var components: [Component] = []
            var keyStart = 0
            func flush(_ end: Int) {
                if end > keyStart {
                    components.append(.key(String(decoding: UnsafeBufferPointer(rebasing: bytes[keyStart..<end]), as: UTF8.self)))
                }
            }
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "."):
                    flush(index)
                    keyStart = index + 1
                case UInt8(ascii: "["):
                    flush(index)
                    keyStart = index
                    var close = index + 1
                    while close < bytes.count && bytes[close] != UInt8(ascii: "]") { close += 1 }
                    if close < bytes.count,
                       let number = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self)) {
                        components.append(.index(number))
                        index = close
                        keyStart = close + 1
                    }
                default:
                    break
                }
                index += 1
            }
            flush(bytes.count)
            return components
        }
    }

    /// The empty path (the document itself).
    public static let root = FieldPath()

    /// This path with `component` added at the front (used as an error travels outwards).
    func prepending(_ component: Component) -> FieldPath {
        FieldPath([component] + components)
    }

    /// This path extended by `component`.
    public func appending(_ component: Component) -> FieldPath {
        FieldPath(components + [component])
    }

    /// This path extended by an object key.
    public func appending(key: String) -> FieldPath {
        appending(.key(key))
    }

    /// This path extended by an array index.
    public func appending(index: Int) -> FieldPath {
        appending(.index(index))
    }

    /// The path as `members[2].disability.grade`, or `(root)` for the empty path.
    public var description: String {
        var text = ""
        render(text: { text += $0 }, index: { text += String($0) })
        return text
    }

    /// ``description`` in pieces: `text` with each key, dot and bracket, `index` with each
    /// index, in order (a JSON writer renders the path without building the string).
    func render(text: (String) -> Void, index: (Int) -> Void) {
        if components.isEmpty { return text("(root)") }
        var written = false
        for component in components {
            switch component {
            case .key(let key):
                if written { text(".") }
                text(key)
                written = written || !key.isEmpty
            case .index(let position):
                text("[")
                index(position)
                text("]")
                written = true
            }
        }
    }
}
