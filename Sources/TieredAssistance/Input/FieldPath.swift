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

    /// Parses a written path such as `members[2].disability.grade`.
    public init(parsing text: String) {
        var components: [Component] = []
        var current = ""
        var index = text.startIndex
        func flush() {
            if !current.isEmpty { components.append(.key(current)) }
            current = ""
        }
        while index < text.endIndex {
            let character = text[index]
            if character == "." {
                flush()
            } else if character == "[" {
                flush()
                guard let close = text[index...].firstIndex(of: "]"),
                      let number = Int(text[text.index(after: index)..<close])
                else {
                    current.append(character)
                    index = text.index(after: index)
                    continue
                }
                components.append(.index(number))
                index = close
            } else {
                current.append(character)
            }
            index = text.index(after: index)
        }
        flush()
        self.components = components
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
        if components.isEmpty { return "(root)" }
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
