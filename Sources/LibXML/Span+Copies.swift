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

extension String {
    /// The string `String(bytes:)` makes, for the short words of a table
    /// line: up to fifteen bytes (a small string) are copied in place by a
    /// byte loop, and the initialiser checks them for ASCII by a mask over
    /// its two words where the decoding ran the UTF-8 check (invalid bytes
    /// are repaired alike). Copied through the `OutputSpan` of
    /// ``init(utf8Capacity:initializingWith:)``, one checked append per byte,
    /// the words of the tokenizer cost 2M instructions more on the bench
    /// texts. Audit: the loop writes `b.count <= 15` bytes into a buffer of
    /// that capacity, reading them from `b`'s own buffer.
    @inlinable @inline(__always)
    public init(smallBytes b: Span<UInt8>) {
        guard b.count <= 15 else { self.init(bytes: b); return }
        self = b.withUnsafeBufferPointer { from in
            String(unsafeUninitializedCapacity: from.count) { out in
                for i in 0..<from.count { out[i] = from[i] }
                return from.count
            }
        }
    }
}

extension String {
    /// The bytes of `a`, then `separator`, then the bytes of `b`, in one
    /// allocation (encode's `head + "/" + tail` paths, joined per row: the
    /// interpolation grew its buffer per piece, and a byte loop cost more
    /// than the rest of the join). Audit: each part is copied whole, within
    /// the `a.count + 1 + b.count` bytes asked for, from its span's own buffer.
    @inlinable
    public init(joining a: Span<UInt8>, _ separator: UInt8, _ b: Span<UInt8>) {
        let count = a.count + 1 + b.count
        self = a.withUnsafeBufferPointer { h in
            b.withUnsafeBufferPointer { t in
                String(unsafeUninitializedCapacity: count) { buf in
                    guard let out = buf.baseAddress else { return 0 }
                    if let from = h.baseAddress { out.update(from: from, count: h.count) }
                    out[h.count] = separator
                    if let from = t.baseAddress { (out + h.count + 1).update(from: from, count: t.count) }
                    return count
                }
            }
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
