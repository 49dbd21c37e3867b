import LibXML

/// Small text helpers of the loose reader, scanning UTF-8 bytes.
///
/// They are called on every line and cell of a filing, so they look at
/// bytes, not `Character`s (each `Character` step runs the grapheme
/// breaking rules). Their meaning stays the `Character` one: a space
/// followed by a combining mark is one character that is not a space, so
/// where a space touches a non-ASCII byte they hand over to the
/// `Character` loop (never in practice, but then nothing differs).
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let fast = withByteSpan { b -> String? in
            var lo = 0, hi = b.count
            while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
            if lo == hi { return "" }
            while b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
            // Nothing to trim: the text itself (no copy when it is a String).
            if lo == 0, hi == b.count { return String(self) }
            // " " + a combining mark, or a prepended mark + " ": not a space.
            if lo > 0, b[lo - 1] == 0x20, b[lo] >= 0x80 { return nil }
            if hi < b.count, b[hi - 1] >= 0x80 { return nil }
            return String(bytes: b.extracting(lo..<hi))
        }
        if let fast, let text = fast { return text }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }

    /// The lines of a cell joined with `separator`, empty lines left out.
    func replacingNewlines(with separator: String = " ") -> String {
        // Most cells are one line: then this is the text itself.
        if !has("\n") { return String(self) }
        // Without a CR, a LF byte is the character "\n" and nothing else is:
        // the lines are the runs between LF bytes, joined as bytes.
        let joined = withByteSpan { b -> String? in
            if b.firstOffset(of: 0x0D) != nil { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 8)
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x0A {
                if i > start {
                    if !out.isEmpty { out.append(contentsOf: separator.utf8) }
                    out.append(bytes: b.extracting(start..<i))
                }
                start = i + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        if let joined, let text = joined { return text }
        return split(separator: "\n", omittingEmptySubsequences: true).joined(separator: separator)
    }

    /// `<br>`, `<br/>` or `<br />`, any case.
    func rangeOfBreak() -> Range<Index>? {
        let fast = withByteSpan { b -> (Int, Int)?? in
            StringBreakScan.find(in: b)
        }
        if let fast, let found = fast {
            guard let (lo, hi) = found else { return nil }
            return utf8.index(startIndex, offsetBy: lo)..<utf8.index(startIndex, offsetBy: hi)
        }
        var i = startIndex
        while i != endIndex {
            if self[i] == "<" {
                var j = index(after: i)
                var name = ""
                while j != endIndex, self[j] != ">", name.count < 6 {
                    name.append(self[j])
                    j = index(after: j)
                }
                if j != endIndex, self[j] == ">" {
                    let n = name.lowercased().filter { $0 != " " && $0 != "/" }
                    if n == "br" { return i..<index(after: j) }
                }
            }
            i = index(after: i)
        }
        return nil
    }
}

/// The byte scan behind `rangeOfBreak()`.
enum StringBreakScan {
    /// The byte range of the first `<br>` (a tag whose name, spaces and
    /// slashes removed, is "br" in any case, at most 6 characters between
    /// the angle brackets). `.some(nil)`: none. `nil`: a non-ASCII byte
    /// right after a `>` could make it part of a longer character; the
    /// caller then asks the `Character` loop.
    static func find(in b: Span<UInt8>) -> (Int, Int)?? {
        let count = b.count
        var i = 0
        while i < count {
            // The next "<".
            guard let hit = b.firstOffset(of: UInt8(ascii: "<"), from: i) else { return .some(nil) }
            i = hit
            do {
                var j = i + 1
                var letters = 0
                var ok = true
                // Only "b", "r", " " and "/" can make a "br" name; any other byte
                // (non-ASCII included) makes the name something else.
                while j < count, b[j] != UInt8(ascii: ">"), j - i - 1 < 6 {
                    switch b[j] {
                    case UInt8(ascii: "b"), UInt8(ascii: "B"):
                        if letters == 0 { letters = 1 } else { ok = false }
                    case UInt8(ascii: "r"), UInt8(ascii: "R"):
                        if letters == 1 { letters = 2 } else { ok = false }
                    case UInt8(ascii: " "), UInt8(ascii: "/"): break
                    default: ok = false
                    }
                    j += 1
                }
                if j < count, b[j] == UInt8(ascii: ">") {
                    if j + 1 < count, b[j + 1] >= 0x80 { return nil }
                    if ok && letters == 2 { return .some((i, j + 1)) }
                }
            }
            i += 1
        }
        return .some(nil)
    }
}

extension Substring {
    /// `first == Character(c)` for an ASCII character `c` (not a carriage
    /// return), on bytes: the first character is `c` when the first byte is
    /// and the next one is ASCII (no combining mark joins it); otherwise the
    /// `Character` answers.
    func startsWith(_ c: UInt8) -> Bool {
        let answer = { (b: Span<UInt8>) -> Bool? in
            guard !b.isEmpty, b[0] == c else { return false }
            return b.count == 1 || b[1] < 0x80 ? true : nil
        }(utf8.span)
        return answer ?? (first == Character(Unicode.Scalar(c)))
    }

    /// The text from its first character that is not a space.
    func droppingLeadingSpaces() -> Substring {
        let u = utf8
        // The same walk on contiguous bytes (a `UTF8View` index step costs more).
        let counted: (Int, Bool)? = { (b: Span<UInt8>) -> (Int, Bool) in
            var n = 0
            while n < b.count, b[n] == 0x20 { n += 1 }
            return (n, n > 0 && n < b.count && b[n] >= 0x80)
        }(utf8.span)
        if let (n, markAfter) = counted {
            if n == 0 { return self }
            if markAfter {
                // Every space but the last is followed by a space: a character of its
                // own. The last is one unless the character after it joins it (a
                // combining mark): its own first character says which.
                let last = u.index(startIndex, offsetBy: n - 1)
                let rest = self[last...]
                return rest.first == " " ? self[u.index(last, offsetBy: 1)...] : rest
            }
            return self[u.index(startIndex, offsetBy: n)...]
        }
        var i = startIndex
        while i != u.endIndex, u[i] == 0x20 { i = u.index(after: i) }
        // " " + a combining mark is one character, not a space.
        if i != startIndex, i != u.endIndex, u[i] >= 0x80 { return drop { $0 == " " } }
        return self[i...]
    }
}

extension Substring {
    /// ``trimmingSpaces()`` as a slice of the text, when the byte scan can
    /// tell where it starts and ends (no copy); else the trimmed copy.
    func trimmedSpacesSlice() -> Substring {
        let u = utf8
        let bounds: (Int, Int)?? = { (b: Span<UInt8>) -> (Int, Int)? in
            var lo = 0, hi = b.count
            while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
            if lo == hi { return (0, 0) }
            while b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
            // The same hand-over to the `Character` loop as ``trimmingSpaces()``.
            if lo > 0, b[lo - 1] == 0x20, b[lo] >= 0x80 { return nil }
            if hi < b.count, b[hi - 1] >= 0x80 { return nil }
            return (lo, hi)
        }(utf8.span)
        guard let bounds, let (lo, hi) = bounds else { return Substring(trimmingSpaces()) }
        let start = u.index(u.startIndex, offsetBy: lo)
        return Substring(u[start..<u.index(start, offsetBy: hi - lo)])
    }
}

extension String {
    /// ``StringProtocol/trimmingSpaces()`` for a `String`, on its bytes in place
    /// (the same hand-over to the `Character` loop where a space touches a
    /// non-ASCII byte).
    func trimmingSpaces() -> String {
        let bounds = { (b: Span<UInt8>) -> (Int, Int)? in
            var lo = 0, hi = b.count
            while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
            if lo == hi { return (0, 0) }
            while b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
            if lo == 0, hi == b.count { return (0, b.count) }
            if lo > 0, b[lo - 1] == 0x20, b[lo] >= 0x80 { return nil }
            if hi < b.count, b[hi - 1] >= 0x80 { return nil }
            return (lo, hi)
        }(utf8.span)
        guard let (lo, hi) = bounds else { return Substring(self).trimmingSpaces() }
        if lo == hi { return "" }
        if lo == 0, hi == utf8.count { return self }
        return String(bytes: utf8.span.extracting(lo..<hi))
    }

    /// ``trimmingSpaces()`` as a slice of the string (no copy when the byte scan can tell).
    func trimmedSpacesSlice() -> Substring {
        Substring(self).trimmedSpacesSlice()
    }
}

extension String.UTF8View {
    /// Two spaces in a row before more text: the mark of text set in columns.
    var hasDoubleSpace: Bool {
        var spaces = 0
        for b in self {
            if b == 0x20 { spaces += 1; continue }
            if spaces >= 2 { return true }
            spaces = 0
        }
        return false
    }
}
