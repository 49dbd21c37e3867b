/// One word of a loose text, classified, with the footnote marks that were
/// glued to it already taken off (`212,859(3)` is the number `212,859` with
/// footnote `F3`).
struct LooseToken: Sendable {
    enum Kind: Sendable, Equatable {
        /// Ordinary text.
        case word
        /// A single capital letter: a code, A/D, D/I, V — or part of a title.
        case letter
        /// Digits with optional thousands commas and a point.
        case number
        /// A number with a `$` sign.
        case money
        /// A calendar date (MM/DD/YYYY and friends).
        case date
        /// Footnote marks alone (`(7)`): a value given only by footnote.
        case footnoteOnly
    }

    var kind: Kind
    /// The word as written, without its footnote marks.
    var text: String
    /// Footnote ids (`F1`) in the order written (``FootnoteMarks``: held
    /// inline, so a token copies and drops without touching a reference count for them).
    var footnotes: FootnoteMarks
    /// Display columns: the token covers `x..<end`.
    var x: Int
    var end: Int
    /// Cell index in a cell row, -1 in free text.
    var cell: Int
    /// 1-based input line and column.
    var line: Int
    var column: Int
    /// Why the reading is doubtful (OCR substitution, glued footnote), if it is.
    var doubt: String?
    /// The word ended in `^`: its footnote mark was wrapped onto the next line.
    var wrapsMark = false
    /// The word starts a new line inside its cell (a markdown `<br>`).
    var afterBreak = false

    var isValue: Bool { kind == .number || kind == .money || kind == .date || kind == .footnoteOnly }
}
