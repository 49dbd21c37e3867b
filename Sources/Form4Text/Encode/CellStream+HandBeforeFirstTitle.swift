/// "391,269" / "A" / "(2)" / "0(3)" / "I" / "See Footnote(4)" / "A" / "(2)" /
/// "0(3)" / "I" / "See Footnote(5)" / "Class A Common Stock" / "5,413,781(3)"
/// / "D" / …: a Table I whose first rows' right-hand cells (amount, (A)/(D),
/// price, amount owned, D/I, nature) are drawn right after the heads, ahead
/// of every title (see ``joinRightHandsDrawnFirst(_:)``). Cut at titles, the
/// first group's values stood before the table's first text and its nature
/// opened the table as a title, taking the second group as its row.
extension CellStream {
    /// The table's first row where what stands before the first text is
    /// values only (no date, no text) ending in a D/I "I", and that text opens
    /// as a nature does: the values with the text as their nature, a row of
    /// right-hand cells whose title is drawn elsewhere (told so, as any
    /// row with no title). Only where the group reads as one
    /// (``isRightHandOnly(_:)``: an amount owned and that D/I, the amount and
    /// (A)/(D) ahead of the price where the group is led by them) with the
    /// text as its whole nature, nothing else left over; nil otherwise.
    func handBeforeFirstTitle(at firstText: Int) -> TableLines.Row? {
        guard !wrapsCells, !kind.derivative, firstText < paragraphs.count, paragraphs[firstText].isText,
              CellStream.looksLikeNature(paragraphs[firstText]) else { return nil }
        let values = paragraphs[..<firstText].filter { !$0.isHeader }.flatMap(\.tokens)
        guard let first = values.first, let di = values.last, di.kind == .letter, di.text == "I",
              values.allSatisfy({ $0.kind != .word && $0.kind != .date }) else { return nil }
        let nature = paragraphs[firstText].tokens
        let row = values + nature
        let f = fields(hasAmountAhead(row) ? Array(row.dropFirst(2)) : row)
        // A price given by footnote alone ("(2)") is left over until the row's title and (A)/(D) are before it.
        guard CellStream.same(f.directIndirect, di), f.owned != nil, f.nature.count == nature.count,
              f.extra.allSatisfy({ $0.kind == .footnoteOnly }),
              isRightHandOnly(TableLines.Row(anchor: row, above: [], below: [], warnings: [])) else { return nil }
        let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                    message: "\(EncodeWarning.noTitlePrefix) ('\(RowBuilder.text(Array(values.prefix(6))))', drawn before the table's first title, with '\(RowBuilder.text(Array(nature.prefix(4))))' as its nature): it may be printed elsewhere",
                                    line: first.line, column: first.column)
        return TableLines.Row(anchor: row, above: [], below: [], warnings: [warning])
    }
}
