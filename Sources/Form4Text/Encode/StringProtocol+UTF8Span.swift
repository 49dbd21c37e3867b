/// A text's UTF-8 bytes as a `Span<UInt8>`, for the byte scanners of the loose reader.
///
/// `String` and `Substring` give their bytes in place (`utf8.span`,
/// bounds-checked, no copy); the scanners are generic over
/// `StringProtocol`, which has no such property, so this asks which of the
/// two the text is (a cast the optimiser folds away once the generic code is
/// specialised). Any other conforming type answers `nil` and the caller takes
/// its `Character` path, as it did when `withContiguousStorageIfAvailable`
/// found no contiguous storage.
extension StringProtocol {
    @inline(__always)
    func withUTF8Span<R>(_ body: (Span<UInt8>) throws -> R) rethrows -> R? {
        if let s = self as? String { return try body(s.utf8.span) }
        if let s = self as? Substring { return try body(s.utf8.span) }
        return nil
    }
}
