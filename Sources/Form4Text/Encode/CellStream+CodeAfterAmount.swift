/// "Stock Option (right to buy)" / "$40.93" / "06/04/2021" / heads /
/// "11,424" / "(1)" / "M" / heads / "06/11/2030 Common 11,424" / …: a Table
/// II row whose code is drawn after its amount and its date exercisable
/// (given by footnote). Read in that order the row has no code and the
/// letter cuts the row before its expiration date.
extension CellStream {
    /// The row with the code after its date, when paragraph `k` is a code
    /// letter alone (not A, D, I or V, which stand for columns of their own
    /// there) and the Table II row so far has one date and an amount after
    /// it but no code and no D/I. Nil unless the row then reads as a
    /// transaction with that letter as its code and that date as its date.
    func codeAfterAmount(at k: Int, of current: [LooseToken]) -> (row: [LooseToken], warning: EncodeWarning)? {
        guard !wrapsCells, kind.derivative, let last = current.last, last.isValue else { return nil }
        let p = paragraphs[k].tokens
        guard p.count == 1, p[0].kind == .letter, RowGrammar.codes.contains(p[0].text),
              !["A", "D", "I", "V"].contains(p[0].text) else { return nil }
        // Read without a code, the row's one date may be taken for its date exercisable.
        let f = fields(current)
        let dates = current.indices.filter { current[$0].kind == .date }
        guard f.code == nil, f.directIndirect == nil, dates.count == 1, let at = dates.first,
              current[(at + 1)...].contains(where: { $0.kind == .number }) else { return nil }
        var row = current
        row.insert(p[0], at: at + 1)
        let g = fields(row)
        guard g.isTransaction, g.code?.line == p[0].line, g.code?.column == p[0].column, g.date?.line == current[at].line,
              g.date?.column == current[at].column, let amount = g.amount, g.extra.isEmpty else { return nil }
        let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                    message: "code '\(p[0].text)' drawn after the row's amount '\(amount.text)' was taken as the row's code",
                                    line: p[0].line, column: p[0].column)
        return (row, warning)
    }
}
