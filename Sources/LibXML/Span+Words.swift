/// Eight bytes of a span read as one word, for the scanners that test
/// eight bytes at a time (ASCII tests, runs of spaces).
extension Span where Element == UInt8 {
    /// The eight bytes from `offset`, the first in the lowest byte (as a
    /// little-endian load of a buffer pointer gave them).
    ///
    /// `RawSpan`'s load checks `offset...offset + 8` against the span's
    /// bounds (it is named "unsafe" for types whose bit patterns are not all
    /// valid values; every pattern is a `UInt64`).
    @inlinable @inline(__always)
    public func word(at offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.unsafeLoadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}
