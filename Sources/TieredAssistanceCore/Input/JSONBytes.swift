/// The growing bytes of a ``JSONWriter``: a buffer written through a raw pointer, with one
/// capacity and uniqueness check per piece written (a key, a string, a number) rather than
/// per byte or per small array, shared by copies until one of them writes (copy on write).
///
/// A result line is hundreds of short pieces; written through `Array.append(contentsOf:)`
/// each paid the array's generic checks, about a tenth of a batch run.
struct JSONBytes: @unchecked Sendable {
    /// The storage: `count` initialized bytes of `capacity` at `base`.
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        /// A copy holding the same bytes, with room for at least `capacity`.
        func copy(capacity wanted: Int) -> Storage {
            let copy = Storage(capacity: max(wanted, capacity))
            copy.base.update(from: base, count: count)
            copy.count = count
            return copy
        }
    }

    private var storage: Storage

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int = 256) {
        storage = Storage(capacity: capacity)
    }

    /// The number of bytes written.
    var count: Int { storage.count }

    /// The bytes, as an array (a copy).
    var array: [UInt8] { withUnsafeBytes { Array($0) } }

    /// Calls `body` with the bytes, valid only during the call.
    func withUnsafeBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// Room for `extra` more bytes, uniquely owned: where to write them. Call ``commit(_:)``
    /// with the number written.
    @inline(__always)
    mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy(capacity: storage.count + extra)
        } else if storage.count + extra > storage.capacity {
            grow(extra)
        }
        return storage.base + storage.count
    }

    /// Counts `written` bytes written at the pointer ``reserve(_:)`` gave.
    @inline(__always)
    mutating func commit(_ written: Int) {
        storage.count += written
    }

    private mutating func grow(_ extra: Int) {
        let wanted = max(storage.capacity * 2, storage.count + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: wanted)
        grown.update(from: storage.base, count: storage.count)
        storage.base.deallocate()
        storage.base = grown
        storage.capacity = wanted
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1).pointee = byte
        commit(1)
    }

    /// Appends `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        let target = reserve(bytes.count)
        UnsafeMutableRawPointer(target).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        commit(bytes.count)
    }

    /// Appends `bytes`.
    mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends the bytes of a literal.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append(UnsafeRawBufferPointer($0)) }
    }

    /// Empties the buffer, keeping its storage when it is not shared.
    mutating func removeAll() {
        if isKnownUniquelyReferenced(&storage) {
            storage.count = 0
        } else {
            storage = Storage(capacity: storage.capacity)
        }
    }
}
