/// "Common Stock" / "3,369,879" / "I" / "Tamarack Capital U.S. Growth Fund VI,
/// L.P.(2)(3)" / heads printed again (a new page) / "241,084" / "I" /
/// "Tamarack Capital U.S. Growth VI Principals Fund, L.P.(2)(3)" / heads /
/// "Common Stock": where a table runs onto a new page, some PDFs draw a row's
/// values and nature at the foot of one page and its title after the next
/// page's heads, at the table's end. Cut at titles, each nature before the
/// heads was read as the title of the values after them, and the title at the
/// end as the last row's nature.
extension CellStream {
    /// True when the text paragraph at `k`, alone after a row owned
    /// indirectly with no nature, is that row's nature: heads follow it, and
    /// after them no text (values with no title of their own, marks, or the
    /// table's end), so it opens no row there; and it does not end as a
    /// security's title ends (``titleEnds``: "… Stock", "… Units"), which a
    /// name of a holder ("… Fund VI, L.P.") does not.
    func natureBeforePageHeads(at k: Int, of sofar: RowFields) -> Bool {
        guard !wrapsCells, !kind.derivative, sofar.directIndirect?.text == "I", sofar.nature.isEmpty, paragraphs[k].isText,
              let last = paragraphs[k].tokens.last, !CellStream.titleEnds.contains(last.text),
              k + 1 < paragraphs.count, isHead(at: k + 1) else { return false }
        var h = k + 1
        while h < paragraphs.count, isHead(at: h) { h += 1 }
        return h == paragraphs.count || !paragraphs[h].isText && !paragraphs[h].opensWithText || titleAloneAtEnd(after: k)
    }

    /// True when all that follows the paragraph at `k`, heads and footnote
    /// marks aside, is one text paragraph: a title with no values of its own
    /// at the table's end, the title of the row that `k` ends (see
    /// ``titleAtTableEnd(_:of:fields:)``).
    func titleAloneAtEnd(after k: Int) -> Bool {
        let rest = paragraphs[(k + 1)...].indices.filter { !isHead(at: $0) && !paragraphs[$0].tokens.allSatisfy { $0.kind == .footnoteOnly } }
        guard rest.count == 1, let t = rest.first else { return false }
        return paragraphs[t].isText && paragraphs[t].opensWithText && !CellStream.looksLikeNature(paragraphs[t])
    }

    /// The doubt told on a row that took such a nature.
    func natureBeforePageHeadsWarning(_ nature: Paragraph) -> EncodeWarning? {
        guard let first = nature.tokens.first else { return nil }
        return EncodeWarning(rule: "ENC-ROW-SPLIT",
                             message: "'\(RowBuilder.text(Array(nature.tokens.prefix(4))))', alone before column heads printed again with no title after them, was read as the nature of ownership of the row above (owned indirectly, with no other nature), not as the title of the values after the heads",
                             line: first.line, column: first.column)
    }

    /// The table's last paragraph, a text after a row that has its values and
    /// nature but no title: that row's title, drawn after the next page's heads.
    func titleAtTableEnd(_ text: Paragraph, of current: [LooseToken], fields sofar: RowFields) -> [LooseToken]? {
        guard !wrapsCells, !kind.derivative, text.isText, !CellStream.looksLikeNature(text), !sofar.nature.isEmpty,
              let first = current.first, first.kind != .word else { return nil }
        let joined = text.tokens + current
        let f = fields(joined)
        guard f.title.count == text.tokens.count, f.nature.count == sofar.nature.count, f.owned?.line == sofar.owned?.line,
              f.owned?.column == sofar.owned?.column, f.directIndirect?.line == sofar.directIndirect?.line, f.extra.isEmpty else { return nil }
        return joined
    }
}
