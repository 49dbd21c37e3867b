/// "75,000" / "I" / "By The Larch Fund Affirm Growth, LLC(1)" / "Class A
/// Common Stock" / "2,205,293" / "I" / "By The Larch Fund VI, LP(1)" / …
/// / heads / "Class A Common Stock" / "01/13/2021" / "P" / "75,000" / "A" /
/// "$49.00": some PDFs draw the table's one transaction's last cells (amount
/// owned, D/I, nature) first, then the holdings row by row, then the
/// transaction's first cells among the column heads. The rows start at the
/// only title followed by a date, so everything before it was left as one
/// run of strays ending that row, holdings and all.
extension CellStream {
    /// The strays before `firstText` cut into the end of a row (values up to
    /// a D/I letter alone, and for an "I" the nature after it, which opens
    /// as a nature does) and the holdings after it, read as rows of their
    /// own; nil unless those holdings each read whole (a title, an amount
    /// owned, a D/I, no date, nothing unplaced). The caller uses them only
    /// where exactly one row lacks its D/I.
    func strayEndThenHoldings(before firstText: Int) -> (end: [LooseToken], holdings: [TableLines.Row])? {
        guard !wrapsCells, !kind.derivative else { return nil }
        let strays = paragraphs.indices.prefix(firstText).filter { !paragraphs[$0].isHeader }
        func isDI(_ k: Int) -> Bool {
            let t = paragraphs[k].tokens
            return t.count == 1 && t[0].kind == .letter && (t[0].text == "D" || t[0].text == "I") && t[0].footnotes.isEmpty
        }
        guard let d = strays.firstIndex(where: isDI), d > 0,
              strays[..<d].allSatisfy({ !paragraphs[$0].isText && !paragraphs[$0].opensWithText }),
              strays[..<d].contains(where: { paragraphs[$0].tokens.contains { $0.kind == .number } }) else { return nil }
        var endCount = d + 1
        if paragraphs[strays[d]].tokens[0].text == "I" {
            guard endCount < strays.count, paragraphs[strays[endCount]].isText,
                  CellStream.looksLikeNature(paragraphs[strays[endCount]]) else { return nil }
            endCount += 1
        }
        let rest = strays.dropFirst(endCount)
        guard let lead = rest.first, paragraphs[lead].opensWithText, !CellStream.looksLikeNature(paragraphs[lead]) else { return nil }
        var sub = CellStream(paragraphs: rest.map { paragraphs[$0] }, kind: kind)
        let holdings = sub.rows()
        guard !holdings.isEmpty, sub.warnings.isEmpty else { return nil }
        for row in holdings {
            let f = fields(row.anchor)
            guard row.anchor.first?.kind == .word, !f.isTransaction, !row.anchor.contains(where: { $0.kind == .date }),
                  f.owned != nil, f.directIndirect != nil, f.extra.isEmpty, row.warnings.isEmpty else { return nil }
        }
        let end = strays.prefix(endCount).flatMap { paragraphs[$0].tokens }
        return (end, holdings)
    }
}
