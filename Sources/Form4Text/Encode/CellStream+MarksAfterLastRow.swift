/// "Warrant to purchase Series F" / "Preferred Stock (right to buy)" / "(3)"
/// / … / "I" / "By Trust" / "(1)" / the table's end: the marks that end a
/// wrapped text cell of some row (here the title's), drawn after all the
/// table's other cells. Read in order they made a last row of marks alone,
/// a row with no title and no values that the model then filled with a
/// date given by footnote.
extension CellStream {
    /// Takes off a last row made of footnote marks alone, after a row that
    /// reads whole (its D/I found), and gives its marks back to be left out
    /// and reported (``reportLooseMarks(_:in:)``): which cell they end the
    /// text does not say. Nothing changes otherwise.
    func marksAfterLastRow(_ rows: inout [TableLines.Row]) -> [LooseToken] {
        guard !wrapsCells, rows.count >= 2, let last = rows.last?.anchor, !last.isEmpty,
              last.allSatisfy({ $0.kind == .footnoteOnly }), isComplete(rows[rows.count - 2].anchor) else { return [] }
        rows.removeLast()
        return last
    }
}
