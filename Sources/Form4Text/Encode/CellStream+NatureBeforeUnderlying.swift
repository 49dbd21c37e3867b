/// "Class B Common Stock" / … / "78,667" / heads / "18,793,363" / "See
/// footnote(4)" / heads / "Class A 78,667" / "Common" / "Stock" / "$0.00" /
/// "I": some PDFs draw a Table II row's amount owned and its nature of
/// ownership ahead of its underlying security, its price and its D/I. Read
/// in that order the row has no D/I where the nature starts, and the
/// underlying title, its amount, the price and the D/I all run into the
/// nature; the amount owned is read as the underlying amount.
extension CellStream {
    /// The row with its cells in their places, and the paragraph after it,
    /// when paragraph `k` is a text that opens like a nature ("See", "By", …)
    /// after a Table II row that has no D/I and whose last cell is a figure
    /// alone (the amount owned), followed (heads aside) by a few cells that
    /// end with a D/I letter alone and then by a title, heads or the table's
    /// end. Each cell has one place in a row: the cells after the nature go
    /// before the amount owned (underlying title and amount, price), then the
    /// amount owned, the D/I and the nature. Nil unless the row then reads
    /// with each where it was meant and no figure in a text field.
    func natureBeforeUnderlying(at k: Int, of current: [LooseToken], fields sofar: RowFields)
        -> (row: [LooseToken], warning: EncodeWarning, next: Int)? {
        guard !wrapsCells, kind.derivative, sofar.directIndirect == nil, paragraphs[k].isText,
              CellStream.looksLikeNature(paragraphs[k]), k > 0, let owned = current.last,
              owned.kind == .number || owned.kind == .money,
              // The figure is a cell of its own, right before the nature (heads aside).
              let before = paragraphs[..<k].lastIndex(where: { !$0.isHeader }),
              paragraphs[before].tokens.count == 1, paragraphs[before].tokens[0].line == owned.line,
              paragraphs[before].tokens[0].column == owned.column else { return nil }
        var cells: [Int] = []
        var j = k + 1
        var di: LooseToken?
        while j < paragraphs.count, cells.count <= 4 {
            if isHead(at: j) || paragraphs[j].isHeader && paragraphs[j].isText { j += 1; continue }
            let p = paragraphs[j]
            if p.tokens.count == 1, p.tokens[0].kind == .letter, p.tokens[0].text == "D" || p.tokens[0].text == "I" {
                di = p.tokens[0]
                j += 1
                break
            }
            guard !CellStream.looksLikeNature(p), !p.tokens.contains(where: { $0.kind == .date }) else { return nil }
            cells.append(j)
            j += 1
        }
        guard let di, !cells.isEmpty, paragraphs[cells[0]].opensWithText,
              j == paragraphs.count || paragraphs[j].opensWithText || paragraphs[j].isHeader else { return nil }
        let nature = paragraphs[k].tokens
        let moved = cells.flatMap { paragraphs[$0].tokens }
        let row = Array(current.dropLast()) + moved + [owned, di] + nature
        let f = fields(row)
        guard f.directIndirect?.line == di.line, f.directIndirect?.column == di.column,
              f.owned?.line == owned.line, f.owned?.column == owned.column,
              f.nature.count == nature.count, f.extra.isEmpty, !f.underlyingTitle.isEmpty, f.underlyingShares != nil,
              swallowedFigures(row).isEmpty, let first = nature.first else { return nil }
        let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                    message: "'\(RowBuilder.text(Array(nature.prefix(4))))', drawn after the amount owned '\(owned.text)' and before '\(RowBuilder.text(Array(moved.prefix(6))))' and the D/I '\(di.text)', was taken as the row's nature of ownership, the cells between as its underlying security and price",
                                    line: first.line, column: first.column)
        return (row, warning, j)
    }
}
