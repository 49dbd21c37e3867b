/// "… See Footnote(14)" / "5. Amount of …" / "1. Title of Security" / "2.
/// Transaction" + "Date" / "S" / "2A. Deemed" / …: a PDF may draw a row's
/// code far from its row, alone among column heads printed again on a new
/// page. Cut at titles it is a row of its own (a lone letter), and the row
/// it belongs to lacks its code, so that the right-hand cells drawn ahead of
/// that row and its neighbours (see ``CellStream/joinRightHandsDrawnFirst(_:)``)
/// fit no row set. Here, where those right-hand cells fit no rows as cut, the
/// table's one such lone code is set aside and given to the one row among
/// those the cells would go to that has a title and a date but no code; only
/// where every row then reads whole, and reported on that row. Otherwise
/// nothing changes.
extension CellStream {
    /// The index of the table's one row that is a lone code letter drawn
    /// between head paragraphs, or nil when there is none or more than one.
    /// A, D, I and V are left out: a lone one among heads may be a head's
    /// letter or another column's cell.
    func strayCodeRow(_ rows: [TableLines.Row]) -> Int? {
        let lone = rows.indices.filter { r in
            guard rows[r].anchor.count == 1, case let t = rows[r].anchor[0], t.kind == .letter,
                  RowGrammar.codes.contains(t.text), !["A", "D", "I", "V"].contains(t.text),
                  let k = paragraphs.firstIndex(where: { p in p.tokens.count == 1 && CellStream.same(p.tokens[0], t) }),
                  k > 0, k + 1 < paragraphs.count else { return false }
            return paragraphs[k - 1].isHeader && paragraphs[k + 1].isHeader
        }
        return lone.count == 1 ? lone.first : nil
    }

    /// The rows with the lone code (see ``strayCodeRow(_:)``) taken out and the
    /// right-hand run `hands` joined with it given to its row (and each
    /// amount led group joined, see ``withAmountsAheadJoined(_:rightHands:)``),
    /// the joined rows and the run's new bounds; nil unless that join fits.
    func withStrayCodeSetAside(_ rows: [TableLines.Row], rightHands hands: Range<Int>)
        -> (trial: (rows: [TableLines.Row], made: (rows: [TableLines.Row], open: Range<Int>)), start: Int, end: Int)? {
        guard let c = strayCodeRow(rows), !hands.contains(c) else { return nil }
        let code = rows[c].anchor[0]
        var trial = rows
        trial.remove(at: c)
        var start = hands.lowerBound, end = hands.upperBound
        if c < start { start -= 1; end -= 1 }
        if let made = joined(trial, rightHands: start..<end, strayCode: code) {
            return ((trial, made), start, end)
        }
        if let (joinedTrial, joinedEnd) = withAmountsAheadJoined(trial, rightHands: start..<end),
           let made = joined(joinedTrial, rightHands: start..<joinedEnd, strayCode: code) {
            return ((joinedTrial, made), start, joinedEnd)
        }
        return nil
    }
}
