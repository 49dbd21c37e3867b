/// Comparing two decimals by value, read in place from their UTF-8 bytes.
///
/// `<` used to spell both numbers canonically and parse the two spellings into
/// digit arrays: some twenty thousand instructions a comparison, and `encode`
/// compares every price with the ranges its footnotes state. The text is an
/// `xs:decimal` (``DecimalText/isDecimal(_:)`` checked it), so its sign, integer
/// digits and fraction digits are ranges of its bytes; the leading zeros of the
/// integer and the trailing zeros of the fraction do not count, and zero has no sign.
extension DecimalText {
    /// -1, 0 or 1 as `a` is less than, equal in value to, or greater than `b`.
    static func compareValues(_ a: DecimalText, _ b: DecimalText) -> Int {
        compare(a.text.utf8.span, b.text.utf8.span)
    }

    /// True when the value is below zero (`-0.00` is not).
    var hasNegativeValue: Bool {
        Significant(text.utf8.span).negative
    }

    private struct Significant {
        var negative: Bool
        var integer: Range<Int>
        var fraction: Range<Int>

        init(_ p: Span<UInt8>) {
            var i = 0
            var minus = false
            if i < p.count, p[i] == UInt8(ascii: "-") { minus = true; i += 1 }
            else if i < p.count, p[i] == UInt8(ascii: "+") { i += 1 }
            var point = i
            while point < p.count, p[point] != UInt8(ascii: ".") { point += 1 }
            var start = i
            while start < point, p[start] == UInt8(ascii: "0") { start += 1 }
            let fractionStart = min(point + 1, p.count)
            var end = p.count
            while end > fractionStart, p[end - 1] == UInt8(ascii: "0") { end -= 1 }
            integer = start..<point
            fraction = fractionStart..<end
            negative = minus && !(integer.isEmpty && fraction.isEmpty)
        }
    }

    private static func compare(_ p: Span<UInt8>, _ q: Span<UInt8>) -> Int {
        let x = Significant(p), y = Significant(q)
        if x.negative != y.negative { return x.negative ? -1 : 1 }
        let magnitude = compareMagnitude(p, x, q, y)
        return x.negative ? -magnitude : magnitude
    }

    private static func compareMagnitude(_ p: Span<UInt8>, _ x: Significant,
                                         _ q: Span<UInt8>, _ y: Significant) -> Int {
        if x.integer.count != y.integer.count { return x.integer.count < y.integer.count ? -1 : 1 }
        for k in 0..<x.integer.count {
            let c = p[x.integer.lowerBound + k], d = q[y.integer.lowerBound + k]
            if c != d { return c < d ? -1 : 1 }
        }
        let zero = UInt8(ascii: "0")
        for k in 0..<max(x.fraction.count, y.fraction.count) {
            let c = k < x.fraction.count ? p[x.fraction.lowerBound + k] : zero
            let d = k < y.fraction.count ? q[y.fraction.lowerBound + k] : zero
            if c != d { return c < d ? -1 : 1 }
        }
        return 0
    }
}
