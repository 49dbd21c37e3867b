/// "Common Stock" / "17,270(4)" / "D" / "(2)(3)" / "Common Stock" …: footnote
/// marks alone right after a Table I row owned directly, which has no nature
/// for them to end. They are the last line of some wrapped text cell drawn
/// apart from it (a nature of a row above that lacks its marks); read in
/// order they became the marks of a nature with no text on the direct row.
extension CellStream {
    /// True when paragraph `k` is marks alone after a Table I row whose D/I
    /// "D" ends it (no nature, nothing left over), followed by a title, heads
    /// or the table's end: the caller leaves them out and reports them
    /// (``reportLooseMarks(_:in:)``).
    func marksAfterDirectRow(at k: Int, of current: [LooseToken]) -> Bool {
        guard !wrapsCells, !kind.derivative, CellStream.isLooseMarks(paragraphs[k]), let last = current.last,
              k + 1 == paragraphs.count || paragraphs[k + 1].opensWithText || paragraphs[k + 1].isHeader else { return false }
        let f = fields(current)
        return f.directIndirect?.text == "D" && CellStream.same(f.directIndirect, last) && f.nature.isEmpty && f.extra.isEmpty
    }
}
