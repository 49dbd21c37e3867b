import LibXML

/// The numbered boxes at the top of the form, recognised by their printed labels.
enum HeaderLabel: Sendable, Equatable {
    case name, issuer, period, amendment, relationship, individual

    /// Keyword phrases that identify each box, whatever its number on Forms 3, 4 and 5.
    static let phrases: [(String, HeaderLabel)] = [
        ("Name and Address of Reporting", .name),
        ("Issuer Name and Ticker", .issuer),
        ("Issuer Name", .issuer),
        ("Date of Earliest", .period),
        ("Date of Event Requiring", .period),
        ("Statement for Issuer", .period),
        ("If Amendment", .amendment),
        ("Relationship of Reporting", .relationship),
        ("Individual or Joint", .individual),
        // The first lines of labels that pandoc wraps at its column width.
        ("Name and Address", .name),
        ("Date of Event", .period),
        ("Statement for", .period),
        ("Relationship of", .relationship),
        ("Individual or", .individual),
    ]

    /// The label a text starts with (an optional `N.` and a known phrase).
    static func at(start text: Substring) -> HeaderLabel? {
        // ASCII text (nearly all) is read as bytes, where a byte is a character.
        // (The span of the concrete `Substring`: the generic contiguous-storage
        // call on its view cost more than the test.)
        if let label = at(ascii: text.utf8.span) { return label }
        var t = text.drop { $0 == " " }
        if let first = t.first, first.isNumber {
            t = t.dropFirst()
            // "2 . Issuer Name" (pymupdf4llm) as well as "2. Issuer Name".
            if t.drop(while: { $0 == " " }).first == "." { t = t.drop { $0 == " " }.dropFirst() }
            t = t.drop { $0 == " " }
        }
        for (phrase, label) in phrases where t.hasPrefix(phrase) { return label }
        return nil
    }

    static let phraseBytes: [([UInt8], HeaderLabel)] = phrases.map { (Array($0.0.utf8), $0.1) }

    /// Whether a phrase starts with byte `c`, at index `c` (a table: a set's
    /// hashing of the byte cost more than the rest of the test).
    static let phraseStarts: [Bool] = (0..<256).map { c in phraseBytes.contains { $0.0.first == UInt8(c) } }

    /// The longest phrase's length in bytes.
    static let longestPhrase = phraseBytes.map(\.0.count).max() ?? 0

    /// `at(start:)` on the bytes of a text whose start is ASCII; nil when
    /// that start is not (or holds a carriage return, which a line feed joins).
    /// Only the bytes read matter, and one more: up to the end of the longest
    /// phrase and the byte after it (a combining mark there would join the
    /// phrase's last letter). Checked after the number is skipped, and the
    /// bytes skipped are inside what is checked.
    static func at(ascii b: Span<UInt8>) -> HeaderLabel?? {
        var i = 0
        while i < b.count, b[i] == 0x20 { i += 1 }
        if i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
            i += 1
            var j = i
            while j < b.count, b[j] == 0x20 { j += 1 }
            if j < b.count, b[j] == UInt8(ascii: ".") { i = j + 1 }
            while i < b.count, b[i] == 0x20 { i += 1 }
        }
        let checked = min(b.count, i + longestPhrase + 1)
        guard ColumnText.isPlain(b.extracting(0..<checked)) else { return nil }
        // Most texts start with no phrase's first letter.
        guard i < b.count, phraseStarts[Int(b[i])] else { return .some(nil) }
        return .some(phrase(at: i, in: b, end: b.count))
    }

    /// Offsets where a numbered label starts inside a line ("... [ SCWO ] 5. Relationship ...").
    static func starts(in text: String) -> [(offset: Int, label: HeaderLabel)] {
        starts(in: ColumnText(text))
    }

    static func starts(in text: ColumnText) -> [(offset: Int, label: HeaderLabel)] {
        var found: [(offset: Int, label: HeaderLabel)] = []
        do {
            let u = text.units.span
            let count = u.count
            // A label starts with a number and a dot: the dots are found (a byte search), and a
            // number before each tried. After a label the scan goes on 3 characters later.
            var next = 0
            var d = 1
            while d < count {
                guard let hit = u.firstOffset(of: UInt8(ascii: "."), from: d) else { break }
                d = hit
                let i = d - 1
                d += 1
                guard i >= next else { continue }
                let c = u[i]
                if (c >= 0x30 && c <= 0x39) || c == ColumnText.otherNumber, i == 0 || u[i - 1] == 0x20,
                   // `at(start:)` of the next 40 characters, on their units.
                   let label = at(units: u, from: i, to: min(count, i + 40)) {
                    found.append((i, label))
                    next = i + 3
                }
            }
        }
        return found
    }

    /// ``at(start:)`` of the characters `from..<to` of a line, on its units
    /// (see ``ColumnText``): a unit is a digit or `otherNumber` where
    /// the character is a number, and equals a phrase's byte where the
    /// character is that ASCII character.
    static func at(units u: Span<UInt8>, from: Int, to end: Int) -> HeaderLabel? {
        var i = from
        while i < end, u[i] == 0x20 { i += 1 }
        if i < end, (u[i] >= 0x30 && u[i] <= 0x39) || u[i] == ColumnText.otherNumber {
            i += 1
            var j = i
            while j < end, u[j] == 0x20 { j += 1 }
            if j < end, u[j] == UInt8(ascii: ".") { i = j + 1 }
            while i < end, u[i] == 0x20 { i += 1 }
        }
        // No phrase starts with that byte (most texts): none is there.
        guard i < end, phraseStarts[Int(u[i])] else { return nil }
        return phrase(at: i, in: u, end: end)
    }

    /// The label of the first phrase (in ``phrases`` order) whose bytes are at
    /// `i` before `end`; the phrases asked in place, by index (the loop over
    /// the list copied each phrase's array out, retained and released).
    private static func phrase(at i: Int, in u: Span<UInt8>, end: Int) -> HeaderLabel? {
        for p in phraseBytes.indices where end - i >= phraseBytes[p].0.count {
            let n = phraseBytes[p].0.count
            var k = 0
            while k < n, u[i + k] == phraseBytes[p].0[k] { k += 1 }
            if k == n { return phraseBytes[p].1 }
        }
        return nil
    }
}
