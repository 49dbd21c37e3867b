/// Exact arithmetic on canonical decimal strings (see ``DecimalText/canonical``).
///
/// The cross-checks of a filing (shares owned after a sale = before − sold)
/// must be exact to the last digit; these few operations do that on digit
/// strings, with no floating point and no size limit.
public enum DecimalArithmetic {
    /// -1, 0 or 1 as `a` is less than, equal to or greater than `b`.
    public static func compare(_ a: String, _ b: String) -> Int {
        let x = Parsed(a), y = Parsed(b)
        if x.negative != y.negative { return x.negative ? -1 : 1 }
        let magnitude = compareMagnitude(x, y)
        return x.negative ? -magnitude : magnitude
    }

    public static func add(_ a: DecimalText, _ b: DecimalText) -> DecimalText {
        if let x = smallWhole(a), let y = smallWhole(b) { return DecimalText(String(x + y))! }
        return DecimalText(combine(Parsed(a.canonical), Parsed(b.canonical), subtract: false))!
    }

    public static func subtract(_ a: DecimalText, _ b: DecimalText) -> DecimalText {
        if let x = smallWhole(a), let y = smallWhole(b) { return DecimalText(String(x - y))! }
        return DecimalText(combine(Parsed(a.canonical), Parsed(b.canonical), subtract: true))!
    }

    /// The value of a number written as 1 to 18 digits and nothing else (most
    /// share counts), as an exact integer; nil for anything else.
    ///
    /// Two such values sum or differ by less than 2·10¹⁸, inside `Int`'s range,
    /// so the integer result is exact, and its decimal spelling (no leading
    /// zeros, "-" only below zero) is the canonical text the digit-string
    /// arithmetic would have given, at a fraction of its cost.
    private static func smallWhole(_ d: DecimalText) -> Int? {
        let u = d.text.utf8
        guard !u.isEmpty, u.count <= 18 else { return nil }
        var value = 0
        for c in u {
            guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(c - UInt8(ascii: "0"))
        }
        return value
    }

    private struct Parsed {
        var negative: Bool
        var integer: [UInt8]
        var fraction: [UInt8]

        init(_ s: String) {
            var body = Substring(s)
            negative = body.first == "-"
            if negative || body.first == "+" { body = body.dropFirst() }
            let parts = body.split(separator: ".", omittingEmptySubsequences: false)
            integer = parts[0].utf8.map { $0 - 48 }
            fraction = parts.count > 1 ? parts[1].utf8.map { $0 - 48 } : []
            while integer.first == 0 { integer.removeFirst() }
            while fraction.last == 0 { fraction.removeLast() }
        }
    }

    private static func compareMagnitude(_ x: Parsed, _ y: Parsed) -> Int {
        if x.integer.count != y.integer.count { return x.integer.count < y.integer.count ? -1 : 1 }
        for (p, q) in zip(x.integer, y.integer) where p != q { return p < q ? -1 : 1 }
        let width = max(x.fraction.count, y.fraction.count)
        for i in 0..<width {
            let p = i < x.fraction.count ? x.fraction[i] : 0
            let q = i < y.fraction.count ? y.fraction[i] : 0
            if p != q { return p < q ? -1 : 1 }
        }
        return 0
    }

    /// Digits of the magnitude with the point removed, aligned to `scale` fractional digits.
    private static func scaled(_ x: Parsed, _ scale: Int) -> [Int] {
        x.integer.map(Int.init) + x.fraction.map(Int.init) + Array(repeating: 0, count: scale - x.fraction.count)
    }

    private static func combine(_ x: Parsed, _ y0: Parsed, subtract: Bool) -> String {
        var y = y0
        if subtract { y.negative.toggle() }
        let scale = max(x.fraction.count, y.fraction.count)
        var a = scaled(x, scale), b = scaled(y, scale)
        let width = max(a.count, b.count) + 1
        a = Array(repeating: 0, count: width - a.count) + a
        b = Array(repeating: 0, count: width - b.count) + b
        var result: [Int]
        var negative: Bool
        if x.negative == y.negative {
            result = Array(repeating: 0, count: width)
            var carry = 0
            for i in stride(from: width - 1, through: 0, by: -1) {
                let s = a[i] + b[i] + carry
                result[i] = s % 10
                carry = s / 10
            }
            negative = x.negative
        } else {
            let xBigger = compareMagnitude(x, y) >= 0
            let (big, small) = xBigger ? (a, b) : (b, a)
            result = Array(repeating: 0, count: width)
            var borrow = 0
            for i in stride(from: width - 1, through: 0, by: -1) {
                var d = big[i] - small[i] - borrow
                borrow = 0
                if d < 0 { d += 10; borrow = 1 }
                result[i] = d
            }
            negative = xBigger ? x.negative : y.negative
        }
        // The digits as ASCII bytes (a `String` per digit cost more than the arithmetic).
        let digits = result.map { UInt8(truncatingIfNeeded: 48 + $0) }
        let integerPart = String(decoding: digits[0..<(width - scale)], as: UTF8.self)
        let fractionPart = String(decoding: digits[(width - scale)...], as: UTF8.self)
        var text = fractionPart.isEmpty ? integerPart : integerPart + "." + fractionPart
        text = DecimalText(text)!.canonical
        return negative && text != "0" ? "-" + text : text
    }
}
