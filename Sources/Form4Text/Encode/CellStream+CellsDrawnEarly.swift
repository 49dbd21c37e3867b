/// "Class A Common Stock" / "M(1)" / "05/05/2021" / heads / "3,262" / "A" /
/// "(2)" / heads / "See Footnote(3)" / "3,262" / "I" / "Class A Common
/// Stock": some PDFs draw a Table I row's code ahead of its date, and its
/// nature of ownership ahead of its amount owned and D/I. Read in that
/// order the row has no D/I where its nature starts, and every row after it
/// (holdings with no date) runs into it. Each cell has one place in the row,
/// so where the cells around it leave no other reading it is put back there
/// and the row is told.
extension CellStream {
    /// True when paragraph `k` is a Table I code letter alone, drawn right
    /// after the row's title (nothing else yet) and right before a date
    /// alone: the code follows the date in a row, and no other cell stands
    /// between a title and its date.
    func isCodeBeforeDate(at k: Int, of current: [LooseToken]) -> Bool {
        guard !wrapsCells, !kind.derivative, !current.isEmpty, k + 1 < paragraphs.count,
              current.allSatisfy({ $0.kind == .word || $0.kind == .letter }) else { return false }
        let code = paragraphs[k].tokens, date = paragraphs[k + 1].tokens
        return code.count == 1 && code[0].kind == .letter && code[0].text != "V" && RowGrammar.codes.contains(code[0].text)
            && date.count == 1 && date[0].kind == .date
    }

    /// The row's title with its date and then its code, and the doubt that says so.
    func codeAfterDate(at k: Int, of current: [LooseToken]) -> (row: [LooseToken], warning: EncodeWarning) {
        let code = paragraphs[k].tokens[0], date = paragraphs[k + 1].tokens[0]
        let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                    message: "code '\(code.text)' drawn between the row's title and its date '\(date.text)' was taken as the row's code",
                                    line: code.line, column: code.column)
        return (current + [date, code], warning)
    }

    /// The row with its amount owned, D/I and nature in their places, when
    /// paragraph `k` is a text that opens like a nature ("See Footnote(3)")
    /// after a Table I transaction that has its (A)/(D) but no D/I, followed
    /// by one figure alone, a D/I "I" alone, and then a title or the table's
    /// end: the nature drawn ahead of the row's last two cells (a title
    /// there would make a holding of that figure titled "See Footnote").
    /// Nil unless the row then reads with each where it was meant.
    func natureBeforeOwned(at k: Int, of current: [LooseToken], fields sofar: RowFields) -> (row: [LooseToken], warning: EncodeWarning)? {
        guard !wrapsCells, !kind.derivative, sofar.isTransaction, sofar.acquiredDisposed != nil, sofar.directIndirect == nil,
              paragraphs[k].isText, CellStream.looksLikeNature(paragraphs[k]), k + 2 < paragraphs.count else { return nil }
        let owned = paragraphs[k + 1].tokens, di = paragraphs[k + 2].tokens
        guard owned.count == 1, owned[0].kind == .number || owned[0].kind == .money,
              di.count == 1, di[0].kind == .letter, di[0].text == "I", di[0].footnotes.isEmpty,
              k + 3 == paragraphs.count || paragraphs[k + 3].opensWithText || paragraphs[k + 3].isHeader else { return nil }
        let nature = paragraphs[k].tokens
        let row = current + owned + di + nature
        let f = fields(row)
        guard f.owned?.line == owned[0].line, f.owned?.column == owned[0].column,
              f.directIndirect?.line == di[0].line, f.directIndirect?.column == di[0].column,
              f.nature.count == nature.count, f.extra.isEmpty, f.date != nil, f.code != nil, f.amount != nil,
              swallowedFigures(row).isEmpty, let first = nature.first else { return nil }
        let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                    message: "'\(RowBuilder.text(Array(nature.prefix(4))))', drawn before the row's amount owned '\(owned[0].text)' and its D/I, was taken as the row's nature of ownership",
                                    line: first.line, column: first.column)
        return (row, warning)
    }
}
