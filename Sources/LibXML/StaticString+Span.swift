/// A string literal's bytes as a span, for code that compares or copies
/// literal names (the schema facts' element names) without a buffer pointer.
///
/// `StaticString` gives its bytes only through `withUTF8Buffer`; the span
/// made from that buffer lives inside the call, as the buffer does.
extension StaticString {
    @inlinable @inline(__always)
    public func withByteSpan<R>(_ body: (Span<UInt8>) -> R) -> R {
        withUTF8Buffer { body($0.span) }
    }
}
