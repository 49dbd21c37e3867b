#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension HeaderBoxes {
    /// The text's bytes when it is ASCII without a carriage return (each
    /// byte is then one character, a space exactly when it is 0x20), else nil:
    /// the readers' byte paths, which fall back to the `Character` code otherwise.
    static func plainBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let r = text.utf8.withContiguousStorageIfAvailable { b -> R? in
            ColumnText.isPlain(b) ? body(b) : nil
        }
        if let r { return r }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { b -> R? in
            ColumnText.isPlain(b) ? body(b) : nil
        } ?? nil
    }


    /// The byte offset of the last "  " (two spaces) in ASCII bytes.
    static func lastDoubleSpace(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = b.count - 2
        while i >= 0 {
            if b[i] == 0x20 && b[i + 1] == 0x20 { return i }
            i -= 1
        }
        return nil
    }

    /// The byte offset of the first occurrence of an ASCII phrase in ASCII bytes.
    static func firstOffset(of phrase: StaticString, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = phrase.utf8CodeUnitCount
        guard n > 0, b.count >= n else { return nil }
        let p = phrase.utf8Start
        var i = 0
        while i <= b.count - n {
            if b[i] == p[0] {
                var j = 1
                while j < n && b[i + j] == p[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }

    /// The byte offset of the first occurrence of an ASCII phrase in any bytes
    /// (its first byte found with `memchr`, which passes over the others
    /// several at a time). A match of ASCII bytes is a match of the text's.
    static func offset(of phrase: StaticString, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = phrase.utf8CodeUnitCount
        guard n > 0, b.count >= n, let base = b.baseAddress else { return nil }
        let p = phrase.utf8Start
        let last = b.count - n
        var i = 0
        while i <= last {
            guard let hit = memchr(base + i, Int32(p[0]), last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var j = 1
            while j < n && base[i + j] == p[j] { j += 1 }
            if j == n { return i }
            i += 1
        }
        return nil
    }
}
