/// pdftotext without `-layout` prints cells in the order the PDF drew them,
/// which is not always row by row: a column head can come out among a row's
/// cells, a row's title after its values, a wrapped cell's last line (its
/// footnote marks) far from the rest of it. These are the rules that put
/// such cells back, or report what cannot be put back.
extension CellStream {
    /// A column head printed among the rows' cells ("Code" / "Common" /
    /// "Stock" / "05/11/2023" / "P" / "V" / "Amount" / "(A) or (D)" / "5,000"):
    /// a line of heads of two words or more, or a single head word beside
    /// another head. A lone "V" is a head only there too: beside values it
    /// is the row's V column. One-word heads elsewhere stay in the row (a
    /// wrapped title may end in "Shares").
    func isHead(at k: Int) -> Bool {
        let p = paragraphs[k]
        guard p.isHeader else { return false }
        if p.isRepeatedHead { return true }
        guard p.tokens.count == 1, p.tokens[0].footnotes.isEmpty,
              p.tokens[0].kind == .word || p.tokens[0].kind == .letter && p.tokens[0].text == "V" else { return false }
        return [k - 1, k + 1].contains { paragraphs.indices.contains($0) && paragraphs[$0].isHeader }
    }

    /// A paragraph of footnote marks alone ("(3)(4)") met where no row is open:
    /// not after a value it could belong to, nor a cell of the next row (a
    /// row opens with its title or its values). It is the last line of a
    /// wrapped text cell that the PDF drew apart from the rest of it. Only in
    /// Table I: in Table II a mark alone is often a date given by footnote
    /// ("(2)" for the date exercisable), drawn column by column.
    static func isLooseMarks(_ p: Paragraph) -> Bool {
        !p.tokens.isEmpty && p.tokens.allSatisfy { $0.kind == .footnoteOnly }
    }

    /// Loose marks (see ``isLooseMarks(_:)``) cannot be given to a row: which
    /// cell they end is not in the text. They are left out, and every row
    /// whose nature or title already ends in marks (where the list may go on
    /// in them) is told so; where no row has such a text, every row is.
    func reportLooseMarks(_ marks: [LooseToken], in rows: inout [TableLines.Row]) {
        guard let first = marks.first, !rows.isEmpty else { return }
        let text = marks.flatMap(\.footnotes).map { "(" + $0.dropFirst() + ")" }.joined()
        let lines = marks.map { String($0.line) }.joined(separator: ", ")
        let candidates = rows.indices.filter { r in
            let f = fields(rows[r].anchor)
            let cell = f.nature.isEmpty ? f.title : f.nature
            return cell.last?.footnotes.isEmpty == false
        }
        for r in candidates.isEmpty ? Array(rows.indices) : candidates {
            rows[r].warnings.append(EncodeWarning(
                rule: "ENC-UNPLACED",
                message: "footnote marks \(text) (line \(lines)) stand apart from any value or text and were left out: they may end this row's nature or title, drawn apart from it",
                line: first.line, column: first.column))
        }
    }

    /// "11,814(6)" / "Class A Common Stock" / "D": a row whose values come
    /// before its title. Words right before the D/I letter are no nature (it
    /// follows the D/I) and no underlying security's title (its amount
    /// follows it): in a row with no title they are its title, drawn after
    /// its values. They are put first, and the row says so.
    static func titleAfterValues(_ row: [LooseToken]) -> (row: [LooseToken], warning: EncodeWarning)? {
        guard let first = row.first, first.kind != .word,
              let start = row.firstIndex(where: { $0.kind == .word }) else { return nil }
        var end = start
        while end < row.count, row[end].kind == .word || row[end].kind == .letter && !(row[end].text == "D" || row[end].text == "I") {
            end += 1
        }
        guard end < row.count, row[end].kind == .letter, row[end].text == "D" || row[end].text == "I",
              row[..<start].allSatisfy({ $0.isValue || $0.kind == .letter }),
              row[..<start].contains(where: { $0.kind == .number || $0.kind == .money }) else { return nil }
        let title = row[start..<end]
        var moved = Array(title)
        moved += row[..<start]
        moved += row[end...]
        let t = title[start]
        let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                    message: "'\(RowBuilder.text(Array(title.prefix(4))))', printed after the row's values ('\(first.text)') and before its D/I, was taken as the row's title",
                                    line: t.line, column: t.column)
        return (moved, warning)
    }

    /// "Date" / "Exercisable" / "(2)": a column head with the row's value
    /// drawn into it (a date given by footnote alone). Lines of heads followed
    /// only by lines of footnote marks are two paragraphs: the head, and the
    /// marks as a cell of the row. The index of the first line of marks.
    static func headOverMarks(_ lines: [[LooseToken]], _ headLines: [Bool]) -> Int? {
        guard let split = headLines.firstIndex(of: false), split > 0,
              lines[split...].allSatisfy({ $0.allSatisfy { $0.kind == .footnoteOnly } }) else { return nil }
        return split
    }
}
