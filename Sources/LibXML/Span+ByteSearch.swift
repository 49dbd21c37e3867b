#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The search for one byte that the loose reader's scanners start from.
///
/// This is the one audited `memchr` left in the reader. A bounds-checked
/// loop over the span here cost 14% of `encode` (callgrind, 99 bench texts:
/// 280.0M -> 318.9M instructions): every line is searched for several
/// phrases, and `memchr` passes over the bytes that cannot start one many at
/// a time. Audit: the pointer lives only inside `withUnsafeBufferPointer`,
/// `memchr` reads `end - start` bytes from `base + start` with
/// `0 <= start < end <= count` checked first, and what comes back is turned
/// into an offset at once. Spans of fewer than 8 bytes take the plain loop
/// (cheaper than the call; at 32, as the phrase search had it, the checked
/// loop cost 2M more than the call on the bench texts; at 2, 0.3M more).
extension Span where Element == UInt8 {
    /// The first offset `i` in `start...last` (clamped to the span) with `self[i] == byte`.
    @inlinable @inline(__always)
    public func firstOffset(of byte: UInt8, from start: Int, through last: Int) -> Int? {
        let end = Swift.min(last + 1, count)
        guard start >= 0, start < end else { return nil }
        if end - start < 8 {
            for i in start..<end where self[i] == byte { return i }
            return nil
        }
        return withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress,
                  let hit = memchr(base + start, Int32(byte), end - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The first offset at or after `start` holding `byte`.
    @inlinable @inline(__always)
    public func firstOffset(of byte: UInt8, from start: Int = 0) -> Int? {
        firstOffset(of: byte, from: start, through: count - 1)
    }

    /// The same bytes, in the same order.
    @inlinable @inline(__always)
    public func elementsEqual(_ other: Span<UInt8>) -> Bool {
        guard count == other.count else { return false }
        for i in indices where self[i] != other[i] { return false }
        return true
    }
}

extension Span where Element == UInt8 {
    /// Whether the byte occurs: ``firstOffset(of:from:)``, named as the
    /// buffer's `contains` the byte readers used before `Span`.
    @inlinable @inline(__always)
    public func contains(_ byte: UInt8) -> Bool {
        firstOffset(of: byte) != nil
    }

    /// The offset of the byte's last occurrence (a checked loop from the end:
    /// its callers search short header lines, where `memrchr` would not pay).
    @inlinable @inline(__always)
    public func lastOffset(of byte: UInt8) -> Int? {
        var i = count - 1
        while i >= 0 {
            if self[i] == byte { return i }
            i -= 1
        }
        return nil
    }
}
