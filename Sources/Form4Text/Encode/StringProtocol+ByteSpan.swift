/// A text's UTF-8 bytes as a `Span<UInt8>`, for the byte scanners of the loose reader.
///
/// `String` and `Substring` give their bytes in place (`utf8.span`,
/// bounds-checked, no copy; `utf8Span.span` gives the same bytes but its
/// getter is one more call: 0.3M more instructions on the bench texts); the scanners are generic over
/// `StringProtocol`, which has no such property, so this asks which of the
/// two the text is (a cast the optimiser folds away once the generic code is
/// specialised). Any other conforming type answers `nil` and the caller takes
/// its `Character` path, as it did when the view's contiguous storage
/// could not be had.
extension StringProtocol {
    @inline(__always)
    func withByteSpan<R>(_ body: (Span<UInt8>) throws -> R) rethrows -> R? {
        if let s = self as? String { return try body(s.utf8.span) }
        if let s = self as? Substring { return try body(s.utf8.span) }
        return nil
    }
}
