/// "356,651" / "I" / "Tamarack Capital Global Growth Principals Fund, L.P." /
/// "Common Stock" / "(2)(3)" / "Common Stock" / "2,288,320" / …: a Table I
/// holding drawn values and nature first, then its title, then its
/// nature's wrapped last line (the footnote marks alone), and maybe a new
/// page's heads between nature and title. Cut at titles, the values make a
/// row with no title and the title a row whose "amount" is the marks, into
/// which every later holding runs.
extension CellStream {
    /// Where a row of values with no title (an amount owned and the D/I
    /// "I") is followed by one paragraph of text (its nature), then, past
    /// any heads, one title paragraph that does not open as a nature does,
    /// then footnote marks alone, then a title or the table's end: the
    /// holding is title, values, nature, and the marks end the nature (a
    /// mark alone is no cell of a holding). Only where the row then reads
    /// whole so; told on the title's line.
    func holdingTitleAfterNature(at k: Int, of current: [LooseToken]) -> (row: [LooseToken], next: Int, warning: EncodeWarning)? {
        guard !kind.derivative, !wrapsCells, !current.isEmpty, !current.contains(where: { $0.kind == .word }) else { return nil }
        let f = fields(current)
        guard !f.isTransaction, let owned = f.owned, let di = f.directIndirect, di.text == "I", f.nature.isEmpty,
              f.title.isEmpty, f.extra.isEmpty else { return nil }
        let nature = paragraphs[k]
        guard nature.isText, !nature.isHeader, !nature.tokens.isEmpty else { return nil }
        var t = k + 1
        while t < paragraphs.count, isHead(at: t) { t += 1 }
        let m = t + 1, n = t + 2
        guard m < paragraphs.count, paragraphs[t].isText, paragraphs[t].opensWithText, !paragraphs[t].isHeader,
              !CellStream.looksLikeNature(paragraphs[t]), CellStream.isLooseMarks(paragraphs[m]),
              n == paragraphs.count || paragraphs[n].opensWithText || paragraphs[n].isHeader else { return nil }
        let title = paragraphs[t].tokens, marks = paragraphs[m].tokens
        var words = nature.tokens
        for id in marks.flatMap(\.footnotes) where !words[words.count - 1].footnotes.contains(id) {
            words[words.count - 1].footnotes.append(id)
        }
        let joined = title + current + words
        let g = fields(joined)
        guard g.title.count == title.count, g.nature.count == words.count, g.extra.isEmpty, !g.isTransaction,
              g.owned?.line == owned.line, g.owned?.column == owned.column,
              g.directIndirect?.line == di.line, g.directIndirect?.column == di.column else { return nil }
        let lead = title[0], mark = marks[0]
        let text = marks.flatMap(\.footnotes).map { "(" + $0.dropFirst() + ")" }.joined()
        let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                    message: "'\(RowBuilder.text(Array(title.prefix(6))))', drawn after the nature of a holding with no title ('\(RowBuilder.text(Array(nature.tokens.prefix(4))))'), was taken as that holding's title, and the footnote marks \(text) alone after it (line \(mark.line)) as the end of its nature",
                                    line: lead.line, column: lead.column)
        return (joined, n, warning)
    }
}
