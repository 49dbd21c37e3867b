import LibXML

/// One physical line of a loose text, cut into segments.
///
/// Free text (pdftotext, w3m, lynx, typed drafts) is one segment whose
/// columns are display columns. Rows of pipe (markdown), tab or box-drawing
/// tables become one segment per cell, placed `cellWidth` columns apart, so
/// that the rest of the encoder can treat every style alike: tokens of two
/// cells are never closer than a cell apart, and "which column" becomes
/// "which cell".
struct LooseLine: Sendable {
    /// 1-based line number in the input.
    var number: Int
    var segments: [LooseSegment]
    /// True for rows that came from a pipe, tab or box-drawing table.
    var isCellRow: Bool
    /// True for tab-separated rows (cells line up by index from row to row).
    var isTabRow = false
    /// Display columns of the vertical rules of a box-drawing line.
    var bars: [Int] = []
    /// A page break (form feed) came at the start of this line.
    var pageBreak = false

    /// The text of all segments, separated by two spaces (for keyword search).
    var plain: String {
        segments.count == 1 ? segments[0].text : segments.map(\.text).joined(separator: "  ")
    }

    /// Every character of every segment is a space. Asked on bytes: a
    /// character is " " exactly when it is the one byte 0x20 (a space with a
    /// mark on it is another character, and no other is equivalent to it),
    /// so the characters are all spaces exactly when the bytes are. Layout
    /// lines open with long runs of spaces, which a `Character` loop walked
    /// one grapheme at a time (the blank test cost more than reading the line).
    var isBlank: Bool { segments.allSatisfy { LooseLine.onlySpaces($0.text) } }

    static func onlySpaces(_ text: String) -> Bool {
        let b = text.utf8.span
        do {
            var i = 0
            while i + 8 <= b.count {
                if b.word(at: i) != 0x2020_2020_2020_2020 { return false }
                i += 8
            }
            while i < b.count {
                if b[i] != 0x20 { return false }
                i += 1
            }
            return true
        }
    }

    /// Horizontal distance that separates two cells of a cell row.
    static let cellWidth = 1000

    init(number: Int, segments: [LooseSegment], isCellRow: Bool, isTabRow: Bool = false, bars: [Int] = []) {
        self.number = number
        self.segments = segments
        self.isCellRow = isCellRow
        self.isTabRow = isTabRow
        self.bars = bars
    }
}

/// A run of text starting at display column `x`; `cell` is the cell index
/// in a cell row and -1 in free text.
struct LooseSegment: Sendable {
    var text: String
    var x: Int
    var cell: Int
}
