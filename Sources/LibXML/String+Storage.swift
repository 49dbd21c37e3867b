extension String {
    /// True when the two strings are the same value in memory: the same small
    /// string, or the same storage (and so the same bytes). False says
    /// nothing: the bytes may still be equal.
    ///
    /// A `String` is two words (a small string's bytes, or a count and flags
    /// and a pointer to its storage); the words are compared as they are, and
    /// no memory is read through them. It leans on that layout, which is why
    /// it lives here, with the other code that knows what lies under a value.
    @inlinable @inline(__always)
    public func hasSameStorage(as other: String) -> Bool {
        let x = unsafeBitCast(self, to: (UInt64, UInt64).self)
        let y = unsafeBitCast(other, to: (UInt64, UInt64).self)
        return x.0 == y.0 && x.1 == y.1
    }
}
