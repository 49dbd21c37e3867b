/// "Class A Common Stock" / "01/03/2022" / heads / "85(1)" / "A" / "$0.00" /
/// "A" / heads / "12,348" / "D": some PDFs draw a Table I row's code after
/// its price. Read in that order the row has no code, and the letter stands
/// where the amount owned should: the row never reads whole, and every row
/// after it runs into it.
extension CellStream {
    /// The row with the code after its date, when paragraph `k` is a code
    /// letter alone (not D, I or V, which have columns of their own there)
    /// and the Table I transaction so far has a date, an amount, its (A)/(D)
    /// and a price as its last cell, but no code. Nil unless the row then
    /// reads with that letter as its code.
    func codeAfterPrice(at k: Int, of current: [LooseToken]) -> (row: [LooseToken], warning: EncodeWarning)? {
        guard !wrapsCells, !kind.derivative, let last = current.last, last.kind == .money else { return nil }
        let p = paragraphs[k].tokens
        guard p.count == 1, p[0].kind == .letter, RowGrammar.codes.contains(p[0].text), !["D", "I", "V"].contains(p[0].text) else { return nil }
        let f = fields(current)
        guard f.isTransaction, f.code == nil, let date = f.date, f.amount != nil, f.acquiredDisposed != nil,
              f.price?.line == last.line, f.price?.column == last.column, f.directIndirect == nil,
              let at = current.firstIndex(where: { $0.line == date.line && $0.column == date.column }) else { return nil }
        var row = current
        row.insert(p[0], at: at + 1)
        let g = fields(row)
        guard g.code?.line == p[0].line, g.code?.column == p[0].column, g.price?.line == last.line, g.price?.column == last.column,
              g.extra.isEmpty else { return nil }
        let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                    message: "code '\(p[0].text)' drawn after the row's price '\(last.text)' was taken as the row's code",
                                    line: p[0].line, column: p[0].column)
        return (row, warning)
    }
}
