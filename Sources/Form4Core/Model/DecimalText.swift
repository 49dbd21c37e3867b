import LibXML

/// A decimal number kept exactly as it was written.
///
/// Amounts and prices in a filing are legal statements: `130.6886` must stay
/// `130.6886` and `37400.00` must stay `37400.00`. So the value is never turned
/// into `Double` or `Foundation.Decimal` (which on Linux accepts garbage and drops
/// trailing zeros); it is the checked text of an `xs:decimal`.
public struct DecimalText: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    /// The text as written, without surrounding white space.
    public let text: String

    /// Accepts the lexical form of `xs:decimal`: an optional sign, digits, an
    /// optional point and digits, at least one digit in all. White space around
    /// the number is ignored, as XML Schema's `collapse` facet does.
    public init?(_ text: some StringProtocol) {
        let trimmed = text.trimmingXMLWhitespace()
        guard Self.isDecimal(trimmed) else { return nil }
        self.text = trimmed
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = DecimalText(raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a decimal number: \(raw)")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    public var description: String { text }

    static func isDecimal(_ s: String) -> Bool {
        // On the text's bytes in place (a walk of the `UTF8View` cost several times more).
        isDecimal(bytes: s.utf8.span)
    }

    private static func isDecimal(bytes: Span<UInt8>) -> Bool {
        var digits = 0
        var seenPoint = false
        for i in 0..<bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                if i != 0 { return false }
            case UInt8(ascii: "."):
                if seenPoint { return false }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
            default:
                return false
            }
        }
        return digits > 0
    }

    /// True when the number is negative (a minus sign and a non-zero digit).
    public var isNegative: Bool {
        hasNegativeValue
    }

    /// Digits after the point as written (`1.50` has 2).
    public var fractionDigits: Int {
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text[text.index(after: point)...].count
    }

    /// Significant digits as written, as `xs:decimal`'s `totalDigits` counts them:
    /// leading zeros of the integer part and trailing zeros of the fraction are not counted.
    public var totalDigits: Int {
        let parts = canonicalParts
        let count = (parts.integer == "0" ? 0 : parts.integer.count) + parts.fraction.count
        return max(count, 1)
    }

    /// The value in a canonical spelling: no sign for zero or positives, no
    /// leading zeros, no trailing fractional zeros (`+0037400.00` → `37400`).
    /// Two numbers are equal in value exactly when their canonical forms are equal.
    public var canonical: String {
        let parts = canonicalParts
        let magnitude = parts.fraction.isEmpty ? parts.integer : parts.integer + "." + parts.fraction
        return parts.negative && magnitude != "0" ? "-" + magnitude : magnitude
    }

    private var canonicalParts: (negative: Bool, integer: String, fraction: String) {
        var body = Substring(text)
        var negative = false
        if body.first == "-" { negative = true; body = body.dropFirst() }
        else if body.first == "+" { body = body.dropFirst() }
        let point = body.firstIndex(of: ".")
        var integer = point.map { body[..<$0] } ?? body
        var fraction = point.map { body[body.index(after: $0)...] } ?? ""
        while integer.first == "0" { integer = integer.dropFirst() }
        while fraction.last == "0" { fraction = fraction.dropLast() }
        return (negative, integer.isEmpty ? "0" : String(integer), String(fraction))
    }

    /// Compares by value, digit by digit, without any conversion to floating point.
    public static func < (a: DecimalText, b: DecimalText) -> Bool {
        compareValues(a, b) < 0
    }

    /// Equal in value, whatever the spelling (`1.50` and `1.5`).
    public func hasSameValue(as other: DecimalText) -> Bool {
        DecimalText.compareValues(self, other) == 0
    }
}

extension StringProtocol {
    /// Trims the four XML white-space characters (space, tab, CR, LF).
    ///
    /// Works on UTF-8 bytes: these characters are ASCII, and walking
    /// `Character`s (grapheme clusters) here cost more than parsing the XML.
    func trimmingXMLWhitespace() -> String {
        let string = String(self)
        let bytes = string.utf8.span
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        var first = 0
        while first < bytes.count, isSpace(bytes[first]) { first += 1 }
        guard first < bytes.count else { return "" }
        var end = bytes.count
        while isSpace(bytes[end - 1]) { end -= 1 }
        if first == 0 && end == bytes.count { return string }
        return String(bytes: bytes.extracting(first..<end))
    }
}
