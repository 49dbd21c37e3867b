import LibXML

/// Cleans one line of extractor output so that every style spells the same
/// things the same way: markdown emphasis and escapes go, `<sup>(1)</sup>`,
/// `⁽¹⁾` and lone superscript digits become a glued `^(1)`, odd spaces become
/// spaces. Positions stay close to the original (only markup is removed), so
/// column layouts survive.
enum LooseNormalizer {
    /// Superscript digits and parentheses as Unicode writes them.
    static func superscriptDigit(_ s: Unicode.Scalar) -> UInt8? {
        switch s.value {
        case 0x2070: return 0
        case 0x00B9: return 1
        case 0x00B2: return 2
        case 0x00B3: return 3
        case 0x2074...0x2079: return UInt8(s.value - 0x2070)
        default: return nil
        }
    }

    /// What cleaning a line involves, found in one pass over its bytes.
    enum Work {
        /// ASCII with none of the characters the cleaner acts on (a `$` only
        /// counts opening `$^{`): the line stays as it is.
        case none
        /// As `none`, but with `*`: only the bold markers go (markdown cells).
        case stars
        /// Anything else: the full scalar-by-scalar pass.
        case full
    }

    static func work(_ b: some RandomAccessCollection<UInt8>) -> Work {
        var scan = WorkScan()
        for c in b { if let done = scan.step(c) { return done } }
        return scan.stars ? .stars : .none
    }

    /// The byte test of ``work(_:)``, one byte at a time: what the bytes so far
    /// call for, once it is known.
    struct WorkScan {
        var previous: (UInt8, UInt8) = (0, 0)
        var stars = false

        @inline(__always) mutating func step(_ c: UInt8) -> Work? {
            switch c {
            case 0x80...0xFF, UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: "["), UInt8(ascii: "_"), 0x0C:
                return .full
            case UInt8(ascii: "{") where previous == (UInt8(ascii: "$"), UInt8(ascii: "^")):
                return .full
            case UInt8(ascii: "*"): stars = true
            default: break
            }
            previous = (previous.1, c)
            return nil
        }
    }

    /// ``work(_:)`` on contiguous bytes, eight at a time: a word of eight
    /// spaces, or of eight bytes none of which is one the test acts on
    /// (non-ASCII, `\ < [ _ { *`, form feed), is passed over at once,
    /// leaving its last two bytes as the "previous" ones; a word that has one
    /// goes through the byte test. The bytes are taken from the word already
    /// read, and the table's count is checked once before the loop, so that
    /// no byte of the loop is bounds-checked (checked, the scan cost 2.5
    /// times as much).
    static func workOnBytes(_ b: Span<UInt8>) -> Work {
        let t = actedOn.span
        precondition(t.count == 256)
        var scan = WorkScan()
        var i = 0
        while i + 8 <= b.count {
            let w = b.word(at: i)
            if w == 0x2020_2020_2020_2020 {
                scan.previous = (0x20, 0x20)
                i += 8
                continue
            }
            @inline(__always) func acts(_ k: UInt64) -> UInt8 { t[Int(UInt8(truncatingIfNeeded: w >> (8 * k)))] }
            if acts(0) | acts(1) | acts(2) | acts(3) | acts(4) | acts(5) | acts(6) | acts(7) == 0 {
                scan.previous = (UInt8(truncatingIfNeeded: w >> 48), UInt8(truncatingIfNeeded: w >> 56))
                i += 8
                continue
            }
            for k in 0..<8 { if let done = scan.step(UInt8(truncatingIfNeeded: w >> (8 * UInt64(k)))) { return done } }
            i += 8
        }
        while i < b.count {
            if let done = scan.step(b[i]) { return done }
            i += 1
        }
        return scan.stars ? .stars : .none
    }

    /// 1 for each byte ``WorkScan/step(_:)`` may act on: non-ASCII, `\ < [ _ { *`, form feed.
    static let actedOn: [UInt8] = (0..<256).map { c in
        c >= 0x80 || [0x5C, 0x3C, 0x5B, 0x5F, 0x0C, 0x7B, 0x2A].contains(c) ? 1 : 0
    }

    /// True when one of the eight bytes of `w` is `c` (the exact zero-byte test
    /// on `w ^ c…c`).
    @inline(__always) static func hasByte(_ w: UInt64, _ c: UInt8) -> Bool {
        let x = w ^ (0x0101_0101_0101_0101 &* UInt64(c))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// The full pass restricted to a line whose only markup is `*` (see
    /// ``Work/stars``): `**` glued to text goes, `**` between spaces and a
    /// single `*` (the form's footnote star) stay.
    static func removingBoldMarkers(_ b: some Sequence<UInt8>) -> String {
        let bytes = Array(b)
        return removingBoldMarkers(bytes: bytes.span)
    }

    /// ``removingBoldMarkers(_:)`` on contiguous bytes, written straight into
    /// the new string (a line with no `**` is copied as it is).
    static func removingBoldMarkers(bytes b: Span<UInt8>) -> String {
        let n = b.count
        var first = 0
        while first + 1 < n, !(b[first] == UInt8(ascii: "*") && b[first + 1] == UInt8(ascii: "*")) { first += 1 }
        if first + 1 >= n { return String(bytes: b) }
        return String(utf8Capacity: n) { out in
            var i = 0
            while i < n {
                if b[i] == UInt8(ascii: "*"), i + 1 < n, b[i + 1] == UInt8(ascii: "*") {
                    let before = i > 0 ? b[i - 1] : UInt8(ascii: " ")
                    let after = i + 2 < n ? b[i + 2] : UInt8(ascii: " ")
                    if before == UInt8(ascii: " ") && after == UInt8(ascii: " ") {
                        out.append(UInt8(ascii: "*"))
                        out.append(UInt8(ascii: "*"))
                    }
                    i += 2
                    continue
                }
                out.append(b[i])
                i += 1
            }
        }
    }

    /// `cellStarts`: the columns where a cell of the table the line is in
    /// begins, when the text drew them (pandoc's dash rule under a table's
    /// heads, `LooseText.dashRunStarts`). A mark that opens such a cell one
    /// space after a word that fills the cell before it ("Class B Common ⁽¹⁾⁽²⁾"
    /// under "-------------- ------------------") is that cell's value, not the
    /// word's mark.
    static func clean(_ line: Substring, cellStarts: [Int] = []) -> String {
        clean(bytes: line.utf8.span, cellStarts: cellStarts)
    }

    /// ``clean(_:cellStarts:)`` on the UTF-8 of a line (valid UTF-8: the bytes of a string).
    static func clean(bytes b: Span<UInt8>, cellStarts: [Int] = []) -> String {
        // Most lines need nothing: plain ASCII without markup characters.
        clean(bytes: b, work: workOnBytes(b), cellStarts: cellStarts)
    }

    /// ``clean(bytes:cellStarts:)`` once `work` is known: a caller that
    /// asked ``workOnBytes(_:)`` already (to keep a line that needs nothing
    /// as it is) does not scan the line a second time.
    static func clean(bytes b: Span<UInt8>, work: Work, cellStarts: [Int] = []) -> String {
        switch work {
        case .none: return String(bytes: b)
        case .stars: return removingBoldMarkers(bytes: b)
        case .full: return fullClean(scalars(of: b), byteCount: b.count, cellStarts: cellStarts)
        }
    }

    /// The scalars of valid UTF-8 bytes (decoded by hand: a `UnicodeScalarView`
    /// walk costs several times more).
    static func scalars(of b: Span<UInt8>) -> [Unicode.Scalar] {
        // All ASCII (most lines the full pass reads: an "_", a "[" or a form
        // feed sent them there): each byte is its scalar, written in place
        // without the decoder's branches or the append's capacity test.
        if LooseText.isASCII(b) {
            return [Unicode.Scalar](capacity: b.count) { out in
                for i in b.indices { out.append(Unicode.Scalar(b[i])) }
            }
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(b.count)
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            var value: UInt32
            var length: Int
            switch c {
            case 0..<0x80: value = UInt32(c); length = 1
            case 0xC0..<0xE0: value = UInt32(c & 0x1F); length = 2
            case 0xE0..<0xF0: value = UInt32(c & 0x0F); length = 3
            default: value = UInt32(c & 0x07); length = 4
            }
            var k = 1
            while k < length, i + k < n {
                value = value << 6 | UInt32(b[i + k] & 0x3F)
                k += 1
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            i += length
        }
        return scalars
    }

    /// The scalar-by-scalar pass of ``clean(_:)``.
    static func fullClean(_ scalars: [Unicode.Scalar], byteCount: Int, cellStarts: [Int] = []) -> String {
        // Written as UTF-8 bytes and made a String once: appending to a
        // `String.UnicodeScalarView` scalar by scalar costs several times more.
        var out = Output()
        out.bytes.reserveCapacity(byteCount)
        var i = 0
        let n = scalars.count
        func hasPrefix(_ p: String, at k: Int) -> Bool {
            var j = k
            for c in p.unicodeScalars {
                guard j < n else { return false }
                let a = scalars[j]
                let lower = (a.value >= 65 && a.value <= 90) ? Unicode.Scalar(a.value + 32)! : a
                if lower != c { return false }
                j += 1
            }
            return true
        }
        func trimTrailingSpaces() {
            while out.bytes.last == 0x20 { out.bytes.removeLast() }
        }
        func appendMarker(_ digits: [UInt8]) {
            guard !digits.isEmpty else { return }
            out.append("^")
            out.append("(")
            for d in digits { out.append(Unicode.Scalar(48 + d)) }
            out.append(")")
        }
        while i < n {
            // A run of ASCII scalars that no case below acts on (all but
            // "$ \ * < [ _" and the form feed; the default copies them) is
            // copied without the switch.
            while i < n {
                let v = scalars[i].value
                if v >= 0x80 { break }
                switch v {
                case 0x24, 0x5C, 0x2A, 0x3C, 0x5B, 0x5F, 0x0C: break
                default:
                    out.bytes.append(UInt8(truncatingIfNeeded: v))
                    i += 1
                    continue
                }
                break
            }
            if i == n { break }
            let c = scalars[i]
            switch c {
            case "$" where i + 2 < n && scalars[i + 1] == "^" && scalars[i + 2] == "{":
                // `$^{\\star}$` and similar LaTeX from PDF converters: keep a star.
                var j = i + 3
                while j + 1 < n, !(scalars[j] == "}" && scalars[j + 1] == "$") { j += 1 }
                out.append("*")
                i = min(n, j + 2)
            case "\\":
                // "\(2)": text that only looks like a footnote mark (decode escapes it
                // so): kept for the tokenizer, which reads it as text.
                if i + 3 < n, scalars[i + 1] == "(", ("0"..."9").contains(scalars[i + 2]) || scalars[i + 2] == "^" {
                    out.append(c)
                    i += 1
                    continue
                }
                // Markdown escape of punctuation: \$ \* \_ \# \| \[ \]
                if i + 1 < n, scalars[i + 1].isASCII, "$*_#|[]().-+!<>`~".unicodeScalars.contains(scalars[i + 1]) {
                    out.append(scalars[i + 1])
                    i += 2
                    continue
                }
                out.append(c)
                i += 1
            case "*":
                // `**bold**` markers go; a single `*` (the form's footnote star) stays.
                if i + 1 < n, scalars[i + 1] == "*" {
                    // "** Signature" keeps its stars: only drop them when glued to text.
                    let before = i > 0 ? scalars[i - 1] : " "
                    let after = i + 2 < n ? scalars[i + 2] : " "
                    if before == " " && after == " " {
                        out.append("*"); out.append("*")
                    }
                    i += 2
                    continue
                }
                out.append(c)
                i += 1
            case "<":
                if hasPrefix("<sup>", at: i) {
                    // Collect the superscript's digits: <sup>(1)</sup>, <sup>1</sup>, <sup>1,2</sup>.
                    var j = i + 5
                    var groups: [[UInt8]] = []
                    var current: [UInt8] = []
                    var other = false
                    while j < n, !hasPrefix("</sup>", at: j) {
                        let s = scalars[j]
                        if s.value >= 48 && s.value <= 57 { current.append(UInt8(s.value - 48)) }
                        else if s == "(" || s == ")" || s == "," || s == " " {
                            if !current.isEmpty { groups.append(current); current = [] }
                        } else { other = true }
                        j += 1
                    }
                    if !current.isEmpty { groups.append(current) }
                    if j < n && !other && !groups.isEmpty {
                        trimTrailingSpaces()
                        for g in groups { appendMarker(g) }
                        i = j + 6
                        continue
                    }
                    // Not a footnote mark: drop the tags, keep the text.
                    i += 5
                    continue
                }
                if hasPrefix("</sup>", at: i) { i += 6; continue }
                var dropped = false
                for tag in ["<b>", "</b>", "<i>", "</i>", "<em>", "</em>", "<strong>", "</strong>", "<u>", "</u>"]
                where hasPrefix(tag, at: i) {
                    i += tag.unicodeScalars.count
                    dropped = true
                    break
                }
                if dropped { continue }
                out.append(c)
                i += 1
            case "\u{207D}":
                // ⁽¹⁾
                var j = i + 1
                var digits: [UInt8] = []
                while j < n, let d = superscriptDigit(scalars[j]) { digits.append(d); j += 1 }
                if j < n, scalars[j] == "\u{207E}", !digits.isEmpty {
                    // Glued to the value before it, or one space after; two spaces or
                    // more set it apart as a cell of its own (pandoc's "⁽¹⁾" date cell),
                    // and so does one space where a drawn cell begins.
                    var gap = 0
                    while gap < out.bytes.count, out.bytes[out.bytes.count - 1 - gap] == 0x20 { gap += 1 }
                    if gap == 0 || (gap == 1 && !cellStarts.contains(i)) { trimTrailingSpaces() }
                    appendMarker(digits)
                    i = j + 1
                } else {
                    i += 1
                }
            case "[" where i + 2 < n:
                // A markdown link "[text](url)" is its text; lynx's "[12]Name" link number goes.
                var j = i + 1
                while j < n, scalars[j] != "]", scalars[j] != "[", j - i < 200 { j += 1 }
                if j + 1 < n, scalars[j] == "]", scalars[j + 1] == "(" {
                    var k = j + 2
                    while k < n, scalars[k] != ")", scalars[k] != " " { k += 1 }
                    if k < n, scalars[k] == ")", k > j + 2 {
                        for t in scalars[(i + 1)..<j] { out.append(t) }
                        i = k + 1
                        continue
                    }
                }
                let atWordStart = i == 0 || scalars[i - 1] == " "
                if atWordStart, j + 1 < n, scalars[j] == "]", j > i + 1, scalars[(i + 1)..<j].allSatisfy({ $0.value >= 48 && $0.value <= 57 }),
                   scalars[j + 1].properties.isAlphabetic {
                    i = j + 1
                    continue
                }
                out.append(c)
                i += 1
            case "_":
                // Markdown emphasis "_text_": an underscore at the edge of a word goes.
                let before = i > 0 ? scalars[i - 1] : " "
                let after = i + 1 < n ? scalars[i + 1] : " "
                let edge = before == " " || before == "|" || after == " " || after == "|" || i + 1 == n
                if edge && !(before == "_" || after == "_") { i += 1; continue }
                out.append(c)
                i += 1
            case "\u{0C}":
                // A page break (pdftotext starts each page with one): not text.
                i += 1
            case "\u{00A0}", "\u{2007}", "\u{2009}", "\u{202F}", "\u{2002}", "\u{2003}":
                out.append(" ")
                i += 1
            default:
                if let d = superscriptDigit(c) {
                    // A lone superscript digit run glued to a value: a footnote mark.
                    var j = i
                    var digits: [UInt8] = []
                    while j < n, let e = superscriptDigit(scalars[j]) { digits.append(e); j += 1 }
                    _ = d
                    appendMarker(digits)
                    i = j
                    continue
                }
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The cleaned line being written, as UTF-8.
    struct Output {
        var bytes: [UInt8] = []

        @inline(__always)
        mutating func append(_ s: Unicode.Scalar) {
            if s.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: s.value))
            } else {
                UTF8.encode(s) { bytes.append($0) }
            }
        }
    }
}
