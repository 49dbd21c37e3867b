/// "Class A" / "Common" / "Stock" / "$0" / "0" / "I" / "By The Founders
/// Fund" / "5,406" at Table II's end: pdftotext centres a one-line cell on a
/// row whose underlying title wraps; the underlying amount then comes out on
/// one of the title's lines ("Class A 16,840" / "Common" / "Stock"), or,
/// where the PDF drew it after the row's other cells, alone after the last
/// row. Read in place, such a row has an underlying title with no amount
/// (its price taken for an underlying value), and the figure makes a row of
/// its own with no title.
extension CellStream {
    /// Rows with an underlying title but no underlying amount (none, or a
    /// `$` value where the price follows) take the plain figures left with
    /// no title at the table's end, in order, each put right after the
    /// underlying title. Only when they fit exactly (every such row filled,
    /// every figure used) and each row then reads with the figure as its
    /// underlying amount, its amount owned and D/I unchanged and nothing
    /// unplaced; each row that takes one is reported.
    func fillOpenUnderlyingFromTrailingValues(_ rows: inout [TableLines.Row]) {
        guard !wrapsCells, kind.derivative, let firstTrailing = CellStream.trailingStart(rows) else { return }
        let trailing = rows[firstTrailing...].flatMap(\.anchor)
        guard trailing.allSatisfy({ $0.kind == .number }) else { return }
        let open = rows.indices.prefix(upTo: firstTrailing).filter { r in
            let f = fields(rows[r].anchor)
            return !f.underlyingTitle.isEmpty && (f.underlyingShares == nil || f.underlyingShares?.kind == .money)
                && f.directIndirect != nil
        }
        guard open.count == trailing.count else { return }
        var anchors: [[LooseToken]] = []
        for (r, figure) in zip(open, trailing) {
            var anchor = rows[r].anchor
            let f = fields(anchor)
            guard let end = f.underlyingTitle.last,
                  let at = anchor.firstIndex(where: { $0.line == end.line && $0.column == end.column }) else { return }
            anchor.insert(figure, at: at + 1)
            let g = fields(anchor)
            guard g.underlyingShares?.line == figure.line, g.underlyingShares?.column == figure.column,
                  g.owned?.text == f.owned?.text, g.directIndirect?.text == f.directIndirect?.text,
                  g.extra.isEmpty, g.nature.count == f.nature.count else { return }
            anchors.append(anchor)
        }
        for ((r, figure), anchor) in zip(zip(open, trailing), anchors) {
            rows[r].anchor = anchor
            rows[r].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                                  message: "'\(figure.text)', left with no title at the table's end, was taken as this row's underlying amount: the rows with an underlying title but no amount take those figures in order",
                                                  line: figure.line, column: figure.column))
        }
        CellStream.foldTrailingRows(&rows, from: firstTrailing)
    }
}
