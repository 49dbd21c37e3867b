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
        guard heading > tableStart, heading < lines.count, TableLines.isCellStream(lines[tableStart..<heading]) else { return nil }
        var sawHead = false
        for i in (heading + 1)..<lines.count {
            let text = lines[i].plain
            // A head first: "7. Title and Amount of 8. Price of" reads like a numbered note.
            if rightHandHeads.contains(where: { text.hasPrefix($0) }) { sawHead = true; continue }
            if isFootnoteStart(text) { return sawHead ? i : nil }
        }
        return nil
    }

    private static let rightHandHeads = ["6. Date", "7. Title", "9. Number", "11. Nature"]

    /// "(1) The price reported …": a mark, a space and a word; not "(31)(32)".
    /// Or "1. The price reported …" with a sentence after it, which a numbered
    /// column head ("6. Date Exercisable") is not.
    static func isFootnoteStart(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        let parenthesised = bytes.first == UInt8(ascii: "(")
        if parenthesised { bytes = bytes.dropFirst() }
        let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        bytes = bytes.dropFirst(digits.count)
        if parenthesised {
            guard bytes.first == UInt8(ascii: ")") else { return false }
        } else {
            guard bytes.first == UInt8(ascii: "."), text.split(separator: " ").count >= 6 else { return false }
        }
        bytes = bytes.dropFirst()
        guard bytes.first == 0x20 else { return false }
        bytes = bytes.dropFirst()
        guard let c = bytes.first else { return false }
        return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }
}
