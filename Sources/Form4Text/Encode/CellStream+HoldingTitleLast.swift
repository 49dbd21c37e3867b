/// "… 193,379" / "D" / "110,561" / "I" / "Class A Common Stock" / "7. Nature
/// of Indirect" head / "By estate planning vehicles": the table's last
/// holding drawn values first, then its title (and its nature after the
/// nature column's head). Cut at titles, the values make a row with no
/// title and the title (with the nature) a row with no values.
extension CellStream {
    /// Where the last row holds no value and the row before it is only an
    /// amount owned and a D/I (no title, no date), the words are that
    /// holding's: its title alone (a single paragraph), or, for a row owned
    /// indirectly, its title then its nature (the text's second paragraph,
    /// or its line that opens as a nature does). Only when the holding then
    /// reads with the values where they were and the words split so; told.
    func holdingTitleDrawnLast(_ rows: inout [TableLines.Row]) {
        titleReadAsNatureOfLastHolding(&rows)
        guard !wrapsCells, rows.count >= 2, let words = rows.last?.anchor, let lead = words.first, lead.kind == .word,
              !words.contains(where: \.isValue) else { return }
        let p = rows.count - 2
        let values = rows[p].anchor
        guard let first = values.first, first.kind != .word, !values.contains(where: { $0.kind == .word || $0.kind == .date }) else { return }
        let before = fields(values)
        guard !before.isTransaction, let owned = before.owned, let di = before.directIndirect, before.extra.isEmpty else { return }
        // The paragraphs of the words: a blank line (or more) parts two of them.
        let breaks = words.indices.dropFirst().filter { words[$0].line > words[$0 - 1].line + 1 }
        var joined: [LooseToken]
        var natureCount = 0
        if breaks.isEmpty {
            joined = words + values
        } else if di.text == "I", breaks.count == 1, let at = breaks.first {
            joined = Array(words[..<at]) + values + words[at...]
            natureCount = words.count - at
        } else if let opened = strays(values, beforeNatureOf: words) {
            joined = opened
            natureCount = fields(opened).nature.count
        } else {
            return
        }
        let f = fields(joined)
        guard f.owned?.line == owned.line, f.owned?.column == owned.column,
              f.directIndirect?.line == di.line, f.directIndirect?.column == di.column,
              f.nature.count == natureCount, f.title.count == words.count - natureCount, f.extra.isEmpty,
              !f.isTransaction else { return }
        var warnings = rows[p].warnings.filter { !$0.isNoTitleDoubt }
        warnings += rows[p + 1].warnings
        let nature = natureCount > 0 ? ", and '\(RowBuilder.text(Array(words.suffix(natureCount).prefix(6))))' as its nature of ownership" : ""
        warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                      message: "'\(RowBuilder.text(Array(words.prefix(words.count - natureCount).prefix(6))))', after the table's last values ('\(RowBuilder.text(values))', which have no title), was taken as their title\(nature)",
                                      line: lead.line, column: lead.column))
        rows[p] = TableLines.Row(anchor: joined, above: [], below: [], warnings: warnings)
        rows.removeLast()
    }

    /// "6,311" / "D" / "Class A Common Stock" at the table's end: the same
    /// holding cut after its title, so that the title follows the D/I and is
    /// read as a nature. A last row with no title, only an amount owned and
    /// a D/I "D" before one paragraph of words that does not open as a
    /// nature does: a direct holding has no nature, and the row wants a
    /// title, so the words are its title. Told.
    func titleReadAsNatureOfLastHolding(_ rows: inout [TableLines.Row]) {
        guard !wrapsCells, let row = rows.last?.anchor, let first = row.first, first.kind != .word,
              let start = row.firstIndex(where: { $0.kind == .word }) else { return }
        let values = Array(row[..<start]), words = Array(row[start...])
        let f = fields(values)
        guard !f.isTransaction, f.owned != nil, let di = f.directIndirect, di.text == "D", f.extra.isEmpty,
              !values.contains(where: { $0.kind == .date || $0.kind == .word }),
              words.allSatisfy({ $0.kind == .word || $0.kind == .letter }),
              !words.indices.dropFirst().contains(where: { words[$0].line > words[$0 - 1].line + 1 }),
              !CellStream.looksLikeNature(Paragraph(tokens: words, isHeader: false)) else { return }
        let joined = words + values
        let g = fields(joined)
        guard g.title.count == words.count, g.owned?.line == f.owned?.line, g.owned?.column == f.owned?.column,
              g.directIndirect?.line == di.line, g.nature.isEmpty, g.extra.isEmpty else { return }
        let r = rows.count - 1
        rows[r].anchor = joined
        rows[r].warnings.removeAll { $0.isNoTitleDoubt }
        rows[r].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                              message: "'\(RowBuilder.text(Array(words.prefix(6))))', after the D/I of a last row with no title, was taken as its title (a holding owned directly has no nature)",
                                              line: words[0].line, column: words[0].column))
    }
}
