import Form4Core
import LibXML

/// Turns token text into the model's exact value types.
enum LooseValues {
    /// `$1,234.50` → `1234.50`, decimals exactly as written. Nil (with a reason)
    /// when the text is not a number that can be trusted.
    static func decimal(_ token: LooseToken) -> (value: DecimalText?, doubt: String?) {
        // The token's own bytes when they are ASCII without carriage returns after
        // the sign (every figure in practice): read in place into the figure's
        // string (a `Substring`, its byte view and an array of the figure's bytes
        // cost more than the reading).
        if let quick = asciiDecimal(token, token.text.utf8.span) { return quick }
        var s = Substring(token.text)
        // `hasPrefix` on bytes first: "$" when its byte leads and no mark joins it,
        // "§" (C2 A7) only where its first byte leads.
        if s.startsWith(UInt8(ascii: "$")) { s = s.dropFirst() }
        else if s.utf8.first == 0xC2, s.hasPrefix("§") { s = s.dropFirst() }
        else if token.kind == .money, let f = s.first, f == "s" || f == "S" { s = s.dropFirst() }
        var out = ""
        var doubt = token.doubt
        var groupDigits = -1
        var sawPoint = false
        var badGrouping = false
        // ASCII without carriage returns (every figure in practice): each byte
        // is one character, and the same walk runs on bytes into one string.
        let ascii = { (b: Span<UInt8>) -> [UInt8]? in
            for i in b.indices where b[i] >= 0x80 || b[i] == 0x0D { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(b.count)
            for i in b.indices {
                let c = b[i]
                switch c {
                case UInt8(ascii: ","):
                    if sawPoint || (groupDigits >= 0 && groupDigits != 3) || bytes.isEmpty { badGrouping = true }
                    groupDigits = 0
                case UInt8(ascii: "."):
                    if groupDigits >= 0 && groupDigits != 3 { badGrouping = true }
                    sawPoint = true
                    groupDigits = -1
                    bytes.append(c)
                case UInt8(ascii: "O"), UInt8(ascii: "o"): bytes.append(UInt8(ascii: "0")); if groupDigits >= 0 { groupDigits += 1 }
                case UInt8(ascii: "l"), UInt8(ascii: "I"): bytes.append(UInt8(ascii: "1")); if groupDigits >= 0 { groupDigits += 1 }
                default:
                    bytes.append(c)
                    if groupDigits >= 0 { groupDigits += 1 }
                }
            }
            return bytes
        }(s.utf8.span)
        if let bytes = ascii { out = String(decoding: bytes, as: UTF8.self) }
        else { for c in s {
            switch c {
            case ",":
                if sawPoint || (groupDigits >= 0 && groupDigits != 3) || out.isEmpty { badGrouping = true }
                groupDigits = 0
            case ".":
                if groupDigits >= 0 && groupDigits != 3 { badGrouping = true }
                sawPoint = true
                groupDigits = -1
                out.append(c)
            case "O", "o": out.append("0"); if groupDigits >= 0 { groupDigits += 1 }
            case "l", "I": out.append("1"); if groupDigits >= 0 { groupDigits += 1 }
            default:
                out.append(c)
                if groupDigits >= 0 { groupDigits += 1 }
            }
        } }
        if groupDigits >= 0 && groupDigits != 3 && !sawPoint { badGrouping = true }
        if badGrouping {
            doubt = (doubt.map { $0 + "; " } ?? "") + "thousands separators in '\(token.text)' are irregular"
        }
        return (DecimalText(out), doubt)
    }

    /// ``decimal(_:)`` on the bytes `b` of the token's text; nil (the general
    /// reading) unless every byte after the sign is ASCII and none is a CR.
    ///
    /// A leading "§" (C2 A7) is then the character "§" (no ASCII byte joins
    /// it into a longer one), a leading "$", "s" or "S" one character of its
    /// own, and every other character one byte: the general reading's prefix
    /// tests and its byte walk give what is read here.
    private static func asciiDecimal(_ token: LooseToken, _ b: Span<UInt8>) -> (value: DecimalText?, doubt: String?)? {
        var start = 0
        if b.count >= 2, b[0] == 0xC2, b[1] == 0xA7 { start = 2 }
        for i in start..<b.count where b[i] >= 0x80 || b[i] == 0x0D { return nil }
        if start == 0, !b.isEmpty {
            let first = b[0]
            if first == UInt8(ascii: "$") { start = 1 }
            else if token.kind == .money, first == UInt8(ascii: "s") || first == UInt8(ascii: "S") { start = 1 }
        }
        var groupDigits = -1
        var sawPoint = false
        var badGrouping = false
        let out = String(utf8Capacity: b.count - start) { buffer in
            for i in start..<b.count {
                let c = b[i]
                switch c {
                case UInt8(ascii: ","):
                    if sawPoint || (groupDigits >= 0 && groupDigits != 3) || buffer.isEmpty { badGrouping = true }
                    groupDigits = 0
                case UInt8(ascii: "."):
                    if groupDigits >= 0 && groupDigits != 3 { badGrouping = true }
                    sawPoint = true
                    groupDigits = -1
                    buffer.append(c)
                case UInt8(ascii: "O"), UInt8(ascii: "o"): buffer.append(UInt8(ascii: "0")); if groupDigits >= 0 { groupDigits += 1 }
                case UInt8(ascii: "l"), UInt8(ascii: "I"): buffer.append(UInt8(ascii: "1")); if groupDigits >= 0 { groupDigits += 1 }
                default:
                    buffer.append(c)
                    if groupDigits >= 0 { groupDigits += 1 }
                }
            }
        }
        if groupDigits >= 0 && groupDigits != 3 && !sawPoint { badGrouping = true }
        var doubt = token.doubt
        if badGrouping {
            doubt = (doubt.map { $0 + "; " } ?? "") + "thousands separators in '\(token.text)' are irregular"
        }
        return (DecimalText(out), doubt)
    }

    /// MM/DD/YYYY, M/D/YY or YYYY-MM-DD to an `xs:date`.
    static func date(_ text: String) -> (value: DateText?, doubt: String?) {
        // Digits and separators only (every date token): the parts read in one
        // pass over the bytes (splitting into an array of views and parsing each
        // as an `Int` cost ten times more, on some 500 dates a run).
        if let quick = DateDigits.read(text.utf8.span) {
            guard quick.count == 3 else { return (nil, nil) }
            return date(quick.parts, dash: quick.dash, text)
        }
        // ASCII (every date token in practice): each byte is a character, so the
        // parts and the "-" test are found on bytes, without the Character walk.
        let ascii = !text.utf8.contains(where: { $0 >= 0x80 })
        let parts = ascii
            ? text.utf8.split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") }).map { Int(Substring($0)) ?? -1 }
            : text.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { Int($0) ?? -1 }
        guard parts.count == 3 else { return (nil, nil) }
        let dash = ascii ? text.utf8.contains(UInt8(ascii: "-")) : text.contains("-")
        return date((parts[0], parts[1], parts[2]), dash: dash, text)
    }

    /// The three parts of a date read: with a "-" they are year, month, day;
    /// else month, day, year (a two-digit year is said to be read as one).
    private static func date(_ parts: (Int, Int, Int), dash: Bool, _ text: String) -> (value: DateText?, doubt: String?) {
        if dash {
            return (DateText(year: parts.0, month: parts.1, day: parts.2), nil)
        }
        var year = parts.2
        var doubt: String? = nil
        if year < 100 {
            year += year < 70 ? 2000 : 1900
            doubt = "two-digit year in '\(text)' read as \(year)"
        }
        let value = DateText(year: year, month: parts.0, day: parts.1)
        return (value, value == nil ? "'\(text)' is not a calendar date" : doubt)
    }
}

/// The parts of a text made only of digits, "/" and "-", read on its bytes.
///
/// What `split(whereSeparator:)` on "/" and "-" and `Int(_:)` of each part
/// give for such a text: the runs of digits between separators (empty runs
/// left out), each its value. A run of more than nine digits, or any other
/// byte, leaves the text to that general reading (nil).
struct DateDigits {
    /// The first three parts (0 where there are fewer).
    var parts = (0, 0, 0)
    /// How many parts there are.
    var count = 0
    /// Whether a "-" separates any two.
    var dash = false

    static func read(_ b: Span<UInt8>) -> DateDigits? {
        var found = DateDigits()
        var value = 0, digits = 0
        for i in b.indices {
            let c = b[i]
            if c >= 48 && c <= 57 {
                digits += 1
                guard digits <= 9 else { return nil }
                value = value * 10 + Int(c - 48)
            } else if c == UInt8(ascii: "/") || c == UInt8(ascii: "-") {
                if c == UInt8(ascii: "-") { found.dash = true }
                if digits > 0 { found.add(value) }
                value = 0
                digits = 0
            } else {
                return nil
            }
        }
        if digits > 0 { found.add(value) }
        return found
    }

    private mutating func add(_ v: Int) {
        switch count {
        case 0: parts.0 = v
        case 1: parts.1 = v
        case 2: parts.2 = v
        default: break
        }
        count += 1
    }
}
