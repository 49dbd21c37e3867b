/// "Class A Common Stock" / heads / "2,447" / "A" / "$0.00" / "A(2)" /
/// "09/24/2018" / heads / "2,447" / heads / "D": a Table I row whose
/// transaction cells are drawn right to left, the amount, (A)/(D) and price
/// first, then the code, then the date. Read in that order the code and
/// date stand where the amount owned should, and the row never reads whole.
extension CellStream {
    /// The row with its code and date put back after the title, where the
    /// row's one date comes right after a code letter (not D, I or V) that
    /// follows the row's price, and the row then reads whole with them as
    /// its date and code. Told on the date's line. Nil otherwise.
    func dateDrawnLast(_ t: [LooseToken]) -> (row: [LooseToken], warning: EncodeWarning)? {
        guard !kind.derivative, !wrapsCells else { return nil }
        let dates = t.indices.filter { t[$0].kind == .date }
        let lead = t.prefix { $0.kind == .word || $0.kind == .letter }.count
        guard lead > 0, dates.count == 1, let d = dates.first, d > lead + 1, let price = t[lead..<(d - 1)].last, price.kind == .money,
              case let code = t[d - 1], code.kind == .letter, RowGrammar.codes.contains(code.text),
              !["D", "I", "V"].contains(code.text) else { return nil }
        let f = fields(t)
        guard f.date == nil || f.code == nil || f.directIndirect == nil || !f.extra.isEmpty else { return nil }
        let row = Array(t[..<lead]) + [t[d], code] + Array(t[lead..<(d - 1)]) + Array(t[(d + 1)...])
        let g = fields(row)
        guard g.isTransaction, g.date?.line == t[d].line, g.code?.line == code.line, g.code?.column == code.column,
              g.price?.line == price.line, g.owned != nil, g.directIndirect != nil, g.nature.isEmpty || g.directIndirect?.text == "I",
              g.extra.isEmpty, g.title.count == lead, swallowedFigures(row).isEmpty else { return nil }
        let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                    message: "code '\(code.text)' and date '\(t[d].text)', drawn after the row's price '\(price.text)', were taken as the row's code and date",
                                    line: t[d].line, column: t[d].column)
        return (row, warning)
    }
}
