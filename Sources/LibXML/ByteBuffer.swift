/// A growing buffer of bytes with one owner, for the writers that build
/// their output from many small pieces (the XML writer's tags and values,
/// the JSON renderer's quotes and indentation).
///
/// `Array.append` checks uniqueness and capacity and goes through generic
/// code on every call; written a few bytes at a time, that overhead was most
/// of the cost of writing. This buffer checks only capacity. It is the one
/// place those writers hold a pointer: the storage is allocated, grown and
/// freed here, every write is checked against `capacity` first, and what
/// leaves is a copy (``array``) or a span that lives inside one call
/// (``withSpan(from:_:)``). Noncopyable, so the storage has one owner and is
/// freed once.
public struct ByteBuffer: ~Copyable {
    @usableFromInline var storage: UnsafeMutablePointer<UInt8>
    @usableFromInline var written = 0
    @usableFromInline var capacity: Int

    public init(capacity: Int) {
        self.capacity = Swift.max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The number of bytes written.
    @inlinable public var count: Int { written }

    /// The bytes written so far, as an array.
    public var array: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: written)) }

    /// The bytes from offset `start` to the end, as a span for the length of `body`.
    public func withSpan<R>(from start: Int, _ body: (Span<UInt8>) -> R) -> R {
        precondition(start >= 0 && start <= written)
        return body(UnsafeBufferPointer(start: storage + start, count: written - start).span)
    }

    /// Makes room for `extra` more bytes, so that a run of small writes grows the storage once.
    @inlinable @inline(__always)
    public mutating func reserve(_ extra: Int) {
        if written + extra > capacity { grow(to: written + extra) }
    }

    @usableFromInline
    mutating func grow(to needed: Int) {
        let grown = Swift.max(capacity * 2, needed)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        fresh.initialize(from: storage, count: written)
        storage.deallocate()
        storage = fresh
        capacity = grown
    }

    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[written] = byte
        written += 1
    }

    @inlinable @inline(__always)
    public mutating func append(bytes: Span<UInt8>) {
        reserve(bytes.count)
        let at = storage + written
        bytes.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { at.initialize(from: base, count: b.count) }
        }
        written += bytes.count
    }

    @inlinable @inline(__always)
    public mutating func append(_ literal: StaticString) {
        literal.withByteSpan { append(bytes: $0) }
    }

    /// `n` spaces.
    @inlinable @inline(__always)
    public mutating func append(spaces n: Int) {
        reserve(n)
        (storage + written).initialize(repeating: 0x20, count: n)
        written += n
    }
}
