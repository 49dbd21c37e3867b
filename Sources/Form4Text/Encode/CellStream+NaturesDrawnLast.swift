/// "… $0.00" / "0" / "I" (five rows, none with a nature) / "11. Nature of
/// Indirect Beneficial Ownership" / "By Tamarack … Fund (Q), L.P.(6)(7)" /
/// "By Tamarack … Fund, L.P.(6)(7)" / …: some PDFs draw a page's nature
/// column after all of the page's rows, its head first. Read in order, the
/// first nature goes to the last row and the others make a row of text
/// with no values. A row owned indirectly has a nature and one owned
/// directly seldom does, so where the natures after the head are exactly
/// as many as the rows above owned indirectly that lack one, they are those
/// rows' natures, in order. Each row is told.
extension CellStream {
    /// The rows that take the natures, from the last one back: rows owned
    /// indirectly with no nature; rows owned directly with none are passed
    /// over; the walk ends at a row that has a nature, or one without its
    /// D/I (a row of text, a broken row). `nil` when a row there would not
    /// read whole with its nature.
    func naturesDrawnAfterRows(at k: Int, current: inout [LooseToken], rows: inout [TableLines.Row],
                               doubts: inout [EncodeWarning]) -> Int? {
        guard k > 0, paragraphs[k - 1].isHeader,
              paragraphs[k - 1].tokens.contains(where: { $0.text.lowercased() == "nature" }) else { return nil }
        var j = k
        var natures: [Paragraph] = []
        while j < paragraphs.count, paragraphs[j].isText, !paragraphs[j].isHeader, CellStream.looksLikeNature(paragraphs[j]) {
            natures.append(paragraphs[j])
            j += 1
        }
        // All of them, up to the next page's heads or the table's end.
        guard natures.count >= 2, j == paragraphs.count || paragraphs[j].isHeader else { return nil }
        func lacksNature(_ row: [LooseToken]) -> Bool? {
            let f = fields(row)
            guard let di = f.directIndirect, f.nature.isEmpty, f.extra.isEmpty else { return nil }
            return di.text == "I"
        }
        guard lacksNature(current) == true else { return nil }
        var takers: [Int] = []
        for r in rows.indices.reversed() {
            guard let indirect = lacksNature(rows[r].anchor) else { break }
            if indirect { takers.append(r) }
        }
        guard takers.count + 1 == natures.count else { return nil }
        takers.reverse()
        // Every row reads whole with its nature, its other cells where they were.
        func joined(_ row: [LooseToken], _ nature: Paragraph) -> [LooseToken]? {
            let before = fields(row), after = fields(row + nature.tokens)
            guard after.nature.count == nature.tokens.count, after.extra.isEmpty,
                  after.directIndirect?.line == before.directIndirect?.line,
                  after.directIndirect?.column == before.directIndirect?.column,
                  after.title.count == before.title.count else { return nil }
            return row + nature.tokens
        }
        var made: [[LooseToken]] = []
        for (n, r) in takers.enumerated() {
            guard let row = joined(rows[r].anchor, natures[n]) else { return nil }
            made.append(row)
        }
        guard let last = joined(current, natures[natures.count - 1]) else { return nil }
        let head = paragraphs[k - 1].tokens.first
        func told(_ nature: Paragraph) -> EncodeWarning {
            let t = nature.tokens[0]
            return EncodeWarning(rule: "ENC-ROW-SPLIT",
                                 message: "'\(RowBuilder.text(Array(nature.tokens.prefix(6))))', one of \(natures.count) natures drawn after the nature column's head (line \(head?.line ?? t.line)) below the rows, was taken as the nature of the \(natures.count) rows above owned indirectly without one, in order",
                                 line: t.line, column: t.column)
        }
        for (n, r) in takers.enumerated() {
            rows[r].anchor = made[n]
            rows[r].warnings.append(told(natures[n]))
        }
        current = last
        doubts.append(told(natures[natures.count - 1]))
        return j
    }

    /// "I" / "(7)" / "By Tamarack … Fund, L.P.(6)(7)": footnote marks alone
    /// between a row owned indirectly and the nature that opens after them
    /// are the wrapped end of some text cell drawn apart (which one the text
    /// does not say); read as the row's nature they push the nature itself
    /// into a row of its own. True where they stand so: the caller leaves
    /// them out, reported as loose marks.
    func marksBeforeNature(at k: Int, of current: [LooseToken]) -> Bool {
        guard CellStream.isLooseMarks(paragraphs[k]), k + 1 < paragraphs.count,
              paragraphs[k + 1].isText, !paragraphs[k + 1].isHeader, CellStream.looksLikeNature(paragraphs[k + 1]) else { return false }
        let f = fields(current)
        return f.directIndirect?.text == "I" && f.nature.isEmpty && f.extra.isEmpty
    }

    /// "3,620,981" / "I" / "Tamarack Capital Fund Parallel, LLC(4)" / "(2)(3)"
    /// / a page's heads: a row's amount owned, D/I and nature drawn ahead of
    /// its other cells at a page's foot, then marks alone. The text is the
    /// nature of those values (a row with no title takes no title after its
    /// D/I), and the marks end some cell drawn apart, which one the text
    /// does not say: true where they stand so, and the caller leaves the
    /// marks out, reported as loose marks.
    func natureThenMarksBeforeHeads(at k: Int, of current: [LooseToken]) -> Bool {
        guard !wrapsCells, !kind.derivative, !current.isEmpty, !current.contains(where: { $0.kind == .word }),
              paragraphs[k].isText, !paragraphs[k].isHeader, k + 2 < paragraphs.count,
              CellStream.isLooseMarks(paragraphs[k + 1]), isHead(at: k + 2) else { return false }
        let f = fields(current)
        return !f.isTransaction && f.owned != nil && f.directIndirect?.text == "I" && f.nature.isEmpty && f.extra.isEmpty
    }
}
