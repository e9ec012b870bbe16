/// A JSON document as a tree, for formats whose shape is recursive (rule files) or that
/// are edited by path (`assist what-if --set`). Numbers keep their exact text; objects keep
/// their key order and reject duplicate keys.
package indirect enum JSONValue: Sendable, Hashable {
    /// An object, keys in document order.
    case object([(key: String, value: JSONValue)])
    /// An array.
    case array([JSONValue])
    /// A string.
    case string(String)
    /// A number, as written.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.array(let a), .array(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }

    package func hash(into hasher: inout Hasher) {
        switch self {
        case .object(let members):
            hasher.combine(0)
            for member in members {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        case .array(let values): hasher.combine(1); hasher.combine(values)
        case .string(let value): hasher.combine(2); hasher.combine(value)
        case .number(let value): hasher.combine(3); hasher.combine(value)
        case .bool(let value): hasher.combine(4); hasher.combine(value)
        case .null: hasher.combine(5)
        }
    }

    /// Parses a complete JSON document strictly (see ``JSONReader``), rejecting duplicate keys.
    package static func parse(_ bytes: [UInt8], maximumDepth: Int = 64) throws(InputError) -> JSONValue {
        do {
            return try bytes.withUnsafeBytes { buffer in
                var reader = JSONReader(buffer, maximumDepth: maximumDepth)
                let value = try read(&reader)
                try reader.expectEnd()
                return value
            }
        } catch let error as InputError {
            throw error
        } catch {
            preconditionFailure("only InputError is thrown")
        }
    }

    /// Reads one value with `reader`.
    package static func read(_ reader: inout JSONReader) throws(InputError) -> JSONValue {
        switch reader.peekKind() {
        case .object:
            var members: [(key: String, value: JSONValue)] = []
            var keys = Set<String>()
            try reader.beginObject()
            while let key = try reader.nextKey() {
                let name = key.text
                guard keys.insert(name).inserted else {
                    throw InputError(path: FieldPath([.key(name)]), code: .duplicateKey,
                                     message: "key \(InputError.echo(name)) appears twice")
                }
                do {
                    members.append((name, try read(&reader)))
                } catch {
                    throw error.prefixed(by: .key(name))
                }
            }
            return .object(members)
        case .array:
            var values: [JSONValue] = []
            try reader.beginArray()
            while try reader.nextElement() {
                do {
                    values.append(try read(&reader))
                } catch {
                    throw error.prefixed(by: .index(values.count))
                }
            }
            return .array(values)
        case .string:
            return .string(try reader.readString(maximumBytes: HouseholdLimits.recordBytes))
        case .number:
            return .number(try reader.readNumberText())
        case .boolean:
            return .bool(try reader.readBool())
        case .null:
            _ = try reader.readNullIfPresent()
            return .null
        case nil:
            try reader.skipValue()
            preconditionFailure("skipValue throws on a missing value")
        }
    }

    /// The value as compact JSON (keys in their order).
    package var jsonText: String {
        var writer = JSONWriter()
        write(to: &writer)
        return writer.text
    }

    /// Writes the value.
    package func write(to writer: inout JSONWriter) {
        switch self {
        case .object(let members):
            writer.beginObject()
            for member in members {
                writer.key(dynamic: member.key)
                member.value.write(to: &writer)
            }
            writer.endObject()
        case .array(let values):
            writer.beginArray()
            for value in values { value.write(to: &writer) }
            writer.endArray()
        case .string(let value): writer.string(value)
        case .number(let text): writer.raw(Array(text.utf8))
        case .bool(let value): writer.bool(value)
        case .null: writer.null()
        }
    }

    /// The member of an object, or `nil`.
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The value at `path` replaced by `newValue`. Object keys that do not exist are added
    /// at the end; array indices must exist.
    ///
    /// - Throws: ``InputError`` naming the first step of the path that cannot be followed.
    package func setting(_ path: FieldPath, to newValue: JSONValue) throws(InputError) -> JSONValue {
        try setting(path.components[...], to: newValue, walked: FieldPath())
    }

    private func setting(_ path: ArraySlice<FieldPath.Component>, to newValue: JSONValue,
                         walked: FieldPath) throws(InputError) -> JSONValue {
        guard let step = path.first else { return newValue }
        let here = walked.appending(step)
        switch (self, step) {
        case (.object(var members), .key(let key)):
            if let index = members.firstIndex(where: { $0.key == key }) {
                members[index].value = try members[index].value.setting(path.dropFirst(), to: newValue, walked: here)
            } else {
                guard path.count == 1 else {
                    throw InputError(path: here, code: .invalidValue, message: "no such key to descend into")
                }
                members.append((key, newValue))
            }
            return .object(members)
        case (.array(var values), .index(let index)):
            guard values.indices.contains(index) else {
                throw InputError(path: here, code: .outOfRange, message: "no element \(index) (the array has \(values.count))")
            }
            values[index] = try values[index].setting(path.dropFirst(), to: newValue, walked: here)
            return .array(values)
        default:
            throw InputError(path: here, code: .wrongType, message: "the path does not fit the document here")
        }
    }
}
