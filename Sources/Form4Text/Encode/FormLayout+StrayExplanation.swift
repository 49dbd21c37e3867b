extension FormLayout {
    /// pdftotext without -layout prints the form in the PDF's drawing order, and
    /// the heading "Explanation of Responses:" may be drawn before Table II's
    /// last cells (its code, its (A)/(D) heads, the right half of the table).
    /// The heading then does not end the table: when the lines before it are a
    /// stream of cells and Table II's numbered right-hand heads ("6. Date
    /// Exercisable", "7. Title and Amount", "9. Number of", "11. Nature") follow
    /// it before the first footnote, the table goes on to that footnote.
    /// Returns the index of the first footnote's line, or nil.
    static func footnotesAfterStrayHeading(_ heading: Int, tableStart: Int, in lines: [LooseLine]) -> Int? {
        guard heading > tableStart, heading < lines.count else { return nil }
        // The lines after the heading first: in most texts a footnote (a long line, or
        // lines set in columns) follows at once, and the table need not be tokenized to tell.
        var sawHead = false
        for i in (heading + 1)..<lines.count where !lines[i].isBlank {
            guard lines[i].segments.count == 1 else { return nil }
            let text = lines[i].segments[0].text
            // A head first: "7. Title and Amount of 8. Price of" reads like a numbered note.
            if rightHandHeads.contains(where: { text.hasPrefix($0) }) { sawHead = true; continue }
            if isFootnoteStart(text) {
                return sawHead && TableLines.isCellStream(lines[tableStart..<heading]) ? i : nil
            }
            // A cell is short; a sentence before any head is the explanation itself.
            if !sawHead && text.utf8.count > 60 { return nil }
        }
        return nil
    }

    private static let rightHandHeads = ["6. Date", "7. Title", "9. Number", "11. Nature"]

    /// "(1) The price reported …": a mark, a space and a word; not "(31)(32)".
    /// Or "1. The price reported …" with a sentence after it, which a numbered
    /// column head ("6. Date Exercisable") is not.
    static func isFootnoteStart(_ text: String) -> Bool {
        return { (b: Span<UInt8>) -> Bool in
            var i = 0
            let parenthesised = !b.isEmpty && b[0] == UInt8(ascii: "(")
            if parenthesised { i = 1 }
            let digitsStart = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            guard i > digitsStart, i - digitsStart <= 3, i < b.count else { return false }
            if parenthesised {
                guard b[i] == UInt8(ascii: ")") else { return false }
            } else {
                // Six words or more: a sentence, not a head.
                var spaces = 0
                for k in b.indices where b[k] == 0x20 { spaces += 1 }
                guard b[i] == UInt8(ascii: "."), spaces >= 5 else { return false }
            }
            i += 1
            guard i + 1 < b.count, b[i] == 0x20 else { return false }
            let c = b[i + 1]
            return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        }(text.utf8.span)
    }
}
