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

    var isBlank: Bool { segments.allSatisfy { $0.text.allSatisfy { $0 == " " } } }

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
