/// "… See Footnotes(2)(4)" / "D" / "$5.1741(7)" / "Class A Common Stock" /
/// "11/05/2024" / "S" / "115,000" / "557,426" / "I" / "See Footnotes(2)(5)":
/// some PDFs draw a Table I row's (A)/(D) letter and price ahead of its
/// title, with the right-hand cells of rows drawn ahead of theirs. Cut at
/// titles, the two cells made a row of their own (a holding titled "D"
/// whose amount owned is the price), and the row after them lacked both.
extension CellStream {
    /// Each row of an (A)/(D) letter and a price alone (marks allowed), right
    /// before a transaction with its title, date, code, amount, amount owned
    /// and D/I but neither (A)/(D) nor price, is put after that row's amount;
    /// only where the row then reads with each in its place and nothing left
    /// over. The row is told; nothing changes otherwise.
    func joinPricesAheadOfTitles(_ rows: inout [TableLines.Row]) {
        guard !wrapsCells, !kind.derivative else { return }
        var r = 0
        while r + 1 < rows.count {
            let pair = rows[r].anchor
            guard pair.count == 2, pair[0].kind == .letter, ["A", "D"].contains(pair[0].text), pair[1].kind == .money,
                  rows[r + 1].anchor.first?.kind == .word else { r += 1; continue }
            let next = rows[r + 1].anchor
            let f = fields(next)
            guard f.isTransaction, f.date != nil, f.code != nil, let amount = f.amount, f.acquiredDisposed == nil, f.price == nil,
                  f.owned != nil, f.directIndirect != nil, f.extra.isEmpty,
                  let at = next.firstIndex(where: { CellStream.same(amount, $0) }) else { r += 1; continue }
            var row = next
            row.insert(contentsOf: pair, at: at + 1)
            let g = fields(row)
            guard CellStream.same(g.acquiredDisposed, pair[0]), CellStream.same(g.price, pair[1]), CellStream.same(g.amount, amount),
                  CellStream.same(g.owned, f.owned), CellStream.same(g.directIndirect, f.directIndirect), g.extra.isEmpty,
                  g.nature.count == f.nature.count, swallowedFigures(row).isEmpty else { r += 1; continue }
            var warnings = rows[r + 1].warnings.filter { !$0.message.contains("though the row above has no D/I yet") }
            warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                          message: "'\(pair[0].text) \(pair[1].text)', drawn alone before this row's title, was taken as its (A)/(D) and price, which the row lacked",
                                          line: pair[0].line, column: pair[0].column))
            warnings += rows[r].warnings.filter { !$0.isNoTitleDoubt }
            rows[r + 1] = TableLines.Row(anchor: row, above: rows[r + 1].above, below: rows[r + 1].below, warnings: warnings)
            rows.remove(at: r)
        }
    }
}
