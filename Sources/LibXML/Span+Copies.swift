/// Copies out of a `Span<UInt8>`: the one place the loose reader still
/// holds a buffer pointer.
///
/// The standard library has no `String` or `Array` initialiser taking a
/// `Span`, and copying byte by byte through the bounds-checked subscript
/// costs a loop where a block copy does. These borrow the span's memory
/// read-only for the length of one library call (`String(decoding:as:)`,
/// `append(contentsOf:)`) and never let the pointer out: the span's own
/// bounds are the buffer's.
extension String {
    /// The UTF-8 bytes `b` as a string, invalid bytes repaired as `String(decoding:as:)` does.
    @inlinable @inline(__always)
    public init(bytes b: Span<UInt8>) {
        self = b.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }
}

extension String {
    /// A string of at most `capacity` UTF-8 bytes, written by `body` into a
    /// bounds-checked `OutputSpan` (a write past `capacity` traps). It is
    /// `String(unsafeUninitializedCapacity:initializingUTF8With:)`, which has
    /// no `Span` twin, with its buffer kept here; the bytes written are
    /// validated as UTF-8 by that initialiser as before.
    @inlinable @inline(__always)
    public init(utf8Capacity capacity: Int, initializingWith body: (inout OutputSpan<UInt8>) -> Void) {
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var out = OutputSpan(buffer: buffer, initializedCount: 0)
            body(&out)
            return out.finalize(for: buffer)
        }
    }
}

extension Array where Element == UInt8 {
    /// The bytes of `b`.
    @inlinable @inline(__always)
    public init(bytes b: Span<UInt8>) {
        self = b.withUnsafeBufferPointer { Array($0) }
    }

    /// The bytes of `b` appended.
    @inlinable @inline(__always)
    public mutating func append(bytes b: Span<UInt8>) {
        b.withUnsafeBufferPointer { append(contentsOf: $0) }
    }
}
