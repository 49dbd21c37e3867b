import LibXML

/// The byte tests `LooseText` asks of every line to tell its style (pipe
/// row, separator, box drawing, free text).
///
/// They read UTF-8 bytes instead of `Character`s; each says why its answer
/// is the `Character` one.
extension LooseText {
    /// True when the line holds a `|` byte (and so, UTF-8 being what it is, a `|` character).
    static func hasPipe(_ line: Substring) -> Bool {
        line.utf8.span.contains(UInt8(ascii: "|"))
    }

    /// html2text writes pipe tables without the outer pipes ("a | b | c", or
    /// "a| b| c" in newer releases): how many `|` in the line's first 4000
    /// characters have a space on one side at least (in a word, "a|b", a bar is text).
    static func barePipes(_ line: Substring) -> Int {
        // All ASCII: bytes are the characters.
        let whole = line.utf8.span
        // No `|` byte at all (most lines): no character of the line can be "|".
        guard whole.contains(UInt8(ascii: "|")) else { return 0 }
        let b = whole.extracting(0..<min(whole.count, 4000))
        // Not all ASCII: the `Character` loop below decides.
        if LooseText.isASCII(b) {
            var bare = 0
            var k = 0
            while let hit = b.firstOffset(of: UInt8(ascii: "|"), from: k) {
                let before = hit > 0 ? b[hit - 1] : UInt8(ascii: "x")
                let after = hit + 1 < b.count ? b[hit + 1] : UInt8(ascii: " ")
                if before == UInt8(ascii: " ") || after == UInt8(ascii: " ") { bare += 1 }
                k = hit + 1
            }
            return bare
        }
        let chars = Array(line.prefix(4000))
        var bare = 0
        for k in chars.indices where chars[k] == "|" {
            let before: Character = k > 0 ? chars[k - 1] : "x"
            let after: Character = k + 1 < chars.count ? chars[k + 1] : " "
            if before == " " || after == " " { bare += 1 }
        }
        return bare
    }

    /// "---|---|---": the separator row of a pipe table (pipes, dashes,
    /// colons and spaces only, with a pipe and three dashes in a row).
    static func isSeparatorRow(_ line: Substring) -> Bool {
        // A character is one of "-|: " exactly when it is that one byte, so
        // "every byte is one of them" is "every character is".
        line.has("|") && onlyBytes(line, in: "-|: ") && line.has("---")
    }

    /// True when every byte of the text is one of the ASCII `allowed`.
    static func onlyBytes(_ text: some StringProtocol, in allowed: StaticString) -> Bool {
        allowed.withByteSpan { set in text.utf8.allSatisfy { set.contains($0) } }
    }

    /// ``onlyBytes(_:in:)`` on bytes.
    static func onlyBytes(_ b: Span<UInt8>, in allowed: StaticString) -> Bool {
        allowed.withByteSpan { set in
            for i in b.indices where !set.contains(b[i]) { return false }
            return true
        }
    }

    /// True when the line holds a box-drawing character (U+2500 to U+257F),
    /// whose UTF-8 is E2 94 xx or E2 95 xx.
    static func hasBoxDrawing(_ line: Substring) -> Bool {
        let b = line.utf8.span
        // Most lines have no E2 byte at all: one memchr (`firstOffset`) says so.
        guard var i = b.firstOffset(of: 0xE2) else { return false }
        var lead = false
        while i < b.count {
            let byte = b[i]
            if lead && (byte == 0x94 || byte == 0x95) { return true }
            lead = byte == 0xE2
            i += 1
        }
        return false
    }
}
