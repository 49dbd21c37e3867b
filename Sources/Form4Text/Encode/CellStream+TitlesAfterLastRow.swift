/// "03/01/2024" / "J(1)" / "616,325" / … (a page's first row, no title) /
/// … / "2,141,300" / "I" / "Tamarack Capital Fund Parallel, LLC(4)" /
/// "33,733" / "D" / heads / "Common Stock" / "Common Stock": a Table I
/// whose title column of a page is drawn after the page's other cells, the
/// rows that have their titles printed with them excepted. The titles left
/// over come after the last row: first the page's first row's, then the
/// last holding's (and, for a holding owned indirectly, its nature after
/// them). Cut at titles, the last row's nature swallows both, and the text
/// before its values (the row above's nature) is read as its title.
extension CellStream {
    /// Where the last row (with a last row of words only after it, if there
    /// is one) is an amount owned and a D/I followed by two title
    /// paragraphs (three for a D/I "I": its nature last), opened by no
    /// words or by words that the row above, owned indirectly without a
    /// nature, lacks as its nature, and exactly one other row has no title:
    /// the first title is that row's, the second the last row's. With no
    /// other row untitled, one title is the last row's, where words before
    /// its values are the row above's nature. Only where every row then
    /// reads whole; each row that changes is told.
    func titlesAfterLastRow(_ rows: inout [TableLines.Row]) {
        guard !kind.derivative, !wrapsCells, rows.count >= 3, var last = rows.last?.anchor else { return }
        // The texts after the heads may have been cut off as a row of words only.
        let merged = !last.contains(where: \.isValue) && rows.count >= 4
        if merged { last = rows[rows.count - 2].anchor + last }
        let l = rows.count - (merged ? 2 : 1)
        guard let v = last.firstIndex(where: \.isValue), v + 2 < last.count,
              last[v].kind == .number, last[v + 1].kind == .letter, ["D", "I"].contains(last[v + 1].text) else { return }
        let lead = Array(last[..<v]), values = Array(last[v..<(v + 2)]), after = Array(last[(v + 2)...])
        guard lead.allSatisfy({ $0.kind == .word || $0.kind == .letter }),
              after.allSatisfy({ $0.kind == .word || $0.kind == .letter }) else { return }
        // The words after the values, cut at blank lines.
        var groups: [[LooseToken]] = [[after[0]]]
        for t in after.dropFirst() {
            if t.line > groups[groups.count - 1].last!.line + 1 { groups.append([t]) } else { groups[groups.count - 1].append(t) }
        }
        let indirect = values[1].text == "I"
        let untitled = rows.indices.prefix(l).filter { rows[$0].anchor.first.map { $0.kind != .word } ?? false }
        // One title per row without one, the last row's among them; then the last row's nature.
        let titles = untitled.count + 1
        guard untitled.count <= 1, groups.count == titles + (indirect ? 1 : 0),
              !groups.prefix(titles).contains(where: { CellStream.looksLikeNature(Paragraph(tokens: $0, isHeader: false)) }) else { return }
        // With no other row to title, the words before the values must be the row above's nature.
        guard !untitled.isEmpty || !lead.isEmpty else { return }
        if untitled.isEmpty { groups.insert([], at: 0) }
        let r = untitled.first ?? l
        let p = l - 1
        if !lead.isEmpty {
            let f = fields(rows[p].anchor)
            guard r != p, f.directIndirect?.text == "I", f.nature.isEmpty, f.extra.isEmpty,
                  CellStream.isNatureOfRowAbove(lead) else { return }
        }
        // Each row as it will read.
        let before = fields(rows[r].anchor)
        let titled = groups[0] + rows[r].anchor
        let holding = groups[1] + values + (indirect ? groups[2] : [])
        let g = fields(titled), h = fields(holding)
        guard untitled.isEmpty || g.title.count == groups[0].count && g.extra.isEmpty && g.isTransaction == before.isTransaction
                && g.directIndirect?.line == before.directIndirect?.line && g.directIndirect?.column == before.directIndirect?.column,
              h.title.count == groups[1].count, h.owned?.line == values[0].line, h.directIndirect?.line == values[1].line,
              h.nature.count == (indirect ? groups[2].count : 0), h.extra.isEmpty, !h.isTransaction else { return }
        var nature: [LooseToken]?
        if !lead.isEmpty {
            let joined = rows[p].anchor + lead
            let n = fields(joined)
            guard n.nature.count == lead.count, n.extra.isEmpty else { return }
            nature = joined
        }
        func told(_ what: String, _ t: LooseToken) -> EncodeWarning {
            EncodeWarning(rule: "ENC-ROW-SPLIT", message: what, line: t.line, column: t.column)
        }
        let said = untitled.isEmpty ? "'\(RowBuilder.text(groups[1]))', after the table's last values, was taken as the last row's title (its title drawn after its other cells)"
            : "'\(RowBuilder.text(groups[0]))' and '\(RowBuilder.text(groups[1]))', after the table's last values, were taken as the titles of the one row without a title and of the last row, in that order (a page's title column drawn after its other cells)"
        if !untitled.isEmpty {
            rows[r].anchor = titled
            rows[r].warnings.removeAll { $0.isNoTitleDoubt }
            rows[r].warnings.append(told(said, groups[0][0]))
        }
        if merged {
            rows[l].warnings += rows[l + 1].warnings.filter { !$0.isNoTitleDoubt }
            rows.removeLast()
        }
        rows[l].anchor = holding
        rows[l].warnings.removeAll { $0.isNoTitleDoubt }
        rows[l].warnings.append(told(said, groups[1][0]))
        if let joined = nature {
            rows[p].anchor = joined
            rows[p].warnings.append(told("'\(RowBuilder.text(Array(lead.prefix(6))))', before the last row's values, was taken as this row's nature of ownership (the last row's title is drawn after its values)", lead[0]))
        }
    }

    /// Words before a last row's values that can be the nature of the row
    /// above: one paragraph, no footnote-free single word.
    static func isNatureOfRowAbove(_ words: [LooseToken]) -> Bool {
        guard let first = words.first, let lastWord = words.last else { return false }
        return !words.indices.dropFirst().contains { words[$0].line > words[$0 - 1].line + 1 } && words.count >= 2
            && first.kind == .word && (!lastWord.footnotes.isEmpty || looksLikeNature(Paragraph(tokens: words, isHeader: false)))
    }
}
