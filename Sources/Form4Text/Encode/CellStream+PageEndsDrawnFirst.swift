/// "… 0" / "I" / "By Tamarack … Fund (Q), LP(2)" (a whole row) / "I" / "By
/// Tamarack … Fund, LP(2)" / "By estate planning vehicle" / a new page's
/// heads / "Class A Common Stock" / "06/20/2019" / "J(3)" / "16,514" / "D" /
/// "$0.00" / "0" / "Class A Common Stock" / … / "177,141" / "I": a Table I
/// page whose D/I and nature column is drawn before the page's heads and
/// other cells. The first row after the heads lacks its D/I and nature,
/// the rows after it their natures; read in order, the D/I and natures
/// run into the row above and the rows below stay without them.
extension CellStream {
    /// At a lone "I" after a row that is whole with its nature, followed by
    /// one or more natures, then a page's heads: the rows after the heads
    /// take them, the first row its D/I and the first nature, each next row
    /// (which has its D/I "I" but no nature) the next nature. Only where the
    /// first row ends at its amount owned, every later row reads whole but
    /// for its nature, no text that may be the last row's own nature follows
    /// it, and each row then reads whole. The rows, each told,
    /// and the paragraph after them.
    func pageEndsDrawnFirst(at k: Int, of current: [LooseToken]) -> (rows: [TableLines.Row], next: Int)? {
        guard !kind.derivative, !wrapsCells, paragraphs[k].tokens.count == 1, case let di = paragraphs[k].tokens[0],
              di.kind == .letter, di.text == "I", !current.isEmpty else { return nil }
        let above = fields(current)
        guard above.directIndirect != nil, !above.nature.isEmpty, above.extra.isEmpty else { return nil }
        var j = k + 1
        var natures: [Paragraph] = []
        while j < paragraphs.count, paragraphs[j].isText, !paragraphs[j].isHeader, CellStream.looksLikeNature(paragraphs[j]) {
            natures += CellStream.naturesInOne(paragraphs[j])
            j += 1
        }
        var h = j
        while h < paragraphs.count, isHead(at: h) { h += 1 }
        guard !natures.isEmpty, h > j else { return nil }
        // The rows after the heads, cut at titles; the first ends at its amount owned, the others at their D/I.
        var made: [[LooseToken]] = []
        var at = h
        for n in natures.indices {
            guard at < paragraphs.count, paragraphs[at].opensWithText, !CellStream.looksLikeNature(paragraphs[at]) else { return nil }
            var row = paragraphs[at].tokens
            at += 1
            while at < paragraphs.count, !paragraphs[at].opensWithText, !paragraphs[at].isHeader {
                row += paragraphs[at].tokens
                at += 1
                if n > 0, fields(row).directIndirect != nil { break }
            }
            let f = fields(row)
            if n == 0 {
                guard f.isTransaction, f.owned != nil, f.directIndirect == nil, f.extra.isEmpty, f.nature.isEmpty,
                      at < paragraphs.count, paragraphs[at].opensWithText else { return nil }
                row += [di] + natures[0].tokens
            } else {
                guard f.directIndirect?.text == "I", f.nature.isEmpty, f.extra.isEmpty else { return nil }
                row += natures[n].tokens
            }
            let g = fields(row)
            guard g.directIndirect != nil, g.nature.count == natures[n].tokens.count, g.extra.isEmpty,
                  g.title.count == f.title.count, g.owned?.line == f.owned?.line, g.owned?.column == f.owned?.column,
                  swallowedFigures(row).isEmpty else { return nil }
            made.append(row)
        }
        // Nothing after the last row that could be a nature of its own.
        guard at == paragraphs.count || paragraphs[at].isHeader || !paragraphs[at].isText
              || !CellStream.looksLikeNature(paragraphs[at]) else { return nil }
        let rows = made.enumerated().map { n, row in
            let t = natures[n].tokens[0]
            let what = n == 0 ? "'I' (line \(di.line)) and '\(RowBuilder.text(Array(natures[n].tokens.prefix(6))))'" : "'\(RowBuilder.text(Array(natures[n].tokens.prefix(6))))'"
            let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                        message: "\(what), drawn before the page's heads, taken as this row's \(n == 0 ? "D/I and nature" : "nature"): the page's D/I and nature column drawn ahead of its other cells (\(natures.count) rows after the heads lack them)",
                                        line: t.line, column: t.column)
            return TableLines.Row(anchor: row, above: [], below: [], warnings: [warning])
        }
        return (rows, at)
    }

    /// "By Tamarack … Fund," / "LP(2)" / "By estate planning vehicle": two
    /// natures drawn with no blank line between them. A line that opens as
    /// a nature does, after a line ending in footnote marks, starts the next.
    static func naturesInOne(_ p: Paragraph) -> [Paragraph] {
        var result: [Paragraph] = []
        var start = 0
        for i in p.tokens.indices.dropFirst() where p.tokens[i].line != p.tokens[i - 1].line && !p.tokens[i - 1].footnotes.isEmpty
            && looksLikeNature(Paragraph(tokens: [p.tokens[i]], isHeader: false)) {
            result.append(Paragraph(tokens: Array(p.tokens[start..<i]), isHeader: p.isHeader))
            start = i
        }
        result.append(Paragraph(tokens: Array(p.tokens[start...]), isHeader: p.isHeader))
        return result
    }
}
