/// "… $37.03(6)" / "78,752" / "D" / "S" / "200(1)" / "D" / "$38.195(7)" /
/// "78,552" / "D" / "Class A Common Stock" / "03/14/2024" / heads: some PDFs
/// draw a Table I row's first cells (its title, and its date or its amount)
/// after the whole table. Cut at titles, the row comes out with no title
/// (read as a holding titled by its first value), a code drawn alone before
/// it is read as the nature of the row above, and the title makes a last
/// row with no D/I.
extension CellStream {
    /// Where the table's last row is only a title and at most two values (a
    /// date, an amount), with no D/I, and exactly one row before it has no
    /// title but its D/I: that row's title and missing cells are those. The
    /// title goes first, the date after it, the amount after the code; a code
    /// letter read as the nature of the row above (a cell of its own, alone)
    /// goes after the date where the row has none. Only when the row then
    /// reads as a whole transaction with its amount owned and D/I unchanged
    /// and nothing unplaced; the row is told.
    func leftHandsDrawnLast(_ rows: inout [TableLines.Row]) {
        guard !wrapsCells, !kind.derivative, rows.count >= 2, let last = rows.last?.anchor,
              let lead = last.first, lead.kind == .word, !isComplete(last) else { return }
        let title = Array(last.prefix { !$0.isValue })
        let values = last.dropFirst(title.count)
        guard values.count <= 2, values.allSatisfy({ $0.kind == .date || $0.kind == .number }),
              values.filter({ $0.kind == .date }).count <= 1, values.filter({ $0.kind == .number }).count <= 1 else { return }
        let untitled = rows.indices.dropLast().filter { rows[$0].anchor.first.map { $0.kind != .word } ?? false }
        // "200(1)" / "D" / "$38.195(7)" / …: an amount then its (A)/(D) letter read as a row of
        // their own (an amount owned and a D/I); the two pieces are one row then.
        guard let r = untitled.first, let e = untitled.last, untitled.count == 1 || untitled.count == 2 && e == r + 1,
              isComplete(rows[e].anchor) else { return }
        let before = fields(rows[e].anchor)
        var anchor = rows[r...e].flatMap(\.anchor)
        var borrowed: (row: Int, anchor: [LooseToken])?
        if let date = values.first(where: { $0.kind == .date }) {
            guard before.date == nil, !anchor.contains(where: { $0.kind == .date }) else { return }
            anchor.insert(date, at: 0)
        }
        if fields(anchor).code == nil, r > 0 {
            // "S" alone after the row above's D/I: read as that row's nature.
            var above = rows[r - 1].anchor
            let f = fields(above)
            guard f.nature.count == 1, let code = f.nature.first, code.kind == .letter, RowGrammar.codes.contains(code.text),
                  code.text != "V", above.last?.line == code.line, above.last?.column == code.column else { return }
            above.removeLast()
            guard fields(above).directIndirect != nil, fields(above).nature.isEmpty else { return }
            anchor.insert(code, at: values.contains(where: { $0.kind == .date }) ? 1 : 0)
            borrowed = (r - 1, above)
        }
        if let amount = values.first(where: { $0.kind == .number }) {
            guard let code = fields(anchor).code,
                  let at = anchor.firstIndex(where: { $0.line == code.line && $0.column == code.column }) else { return }
            anchor.insert(amount, at: at + 1)
        }
        anchor = title + anchor
        let f = fields(anchor)
        guard f.isTransaction, f.date != nil, f.code != nil, f.amount != nil, f.acquiredDisposed != nil, f.extra.isEmpty,
              e == r || f.price != nil,
              f.title.count == title.count,
              f.owned?.line == before.owned?.line, f.owned?.column == before.owned?.column,
              f.directIndirect?.line == before.directIndirect?.line, f.directIndirect?.column == before.directIndirect?.column,
              swallowedFigures(anchor).isEmpty else { return }
        if let borrowed { rows[borrowed.row].anchor = borrowed.anchor }
        rows[r].anchor = anchor
        rows[r].warnings += rows[(r + 1)..<(e + 1)].flatMap(\.warnings)
        rows[r].warnings.removeAll { $0.isNoTitleDoubt || $0.message.hasSuffix("rows may run together here") }
        var message = "'\(RowBuilder.text(Array(last.prefix(8))))', left with no D/I at the table's end, was taken as the first cells of this row, which had no title"
        if let code = borrowed.map({ _ in f.code }) ?? nil {
            message += ", and the code '\(code.text)' drawn alone after the row above as this row's code"
        }
        if e > r {
            message += "; the values from line \(rows[e].anchor[0].line) on, cut as a row of their own, were taken as its end"
        }
        rows[r].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: message, line: lead.line, column: lead.column))
        rows[r].warnings += rows[rows.count - 1].warnings
        rows.removeLast()
        rows.removeSubrange((r + 1)..<(e + 1))
    }
}
