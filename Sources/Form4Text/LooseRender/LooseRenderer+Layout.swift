import Form4Core

extension LooseRenderer {
    /// `pdftotext -layout`: the header boxes side by side in three columns,
    /// each table in fixed-width columns with its heads wrapped over several
    /// lines, long cells wrapped below their row, sometimes a page break
    /// that repeats the heads.
    static func layout(_ f: PrintedForm, _ out: inout LineSink, _ r: inout SplitMix64) {
        let gap = String(repeating: " ", count: r.int(1...3))
        let glued = r.chance(85)
        let mark: (String) -> String = { glued ? $0 : " " + $0 }
        let width = r.int(110...220)
        let indent = String(repeating: " ", count: r.int(20...40))
        out.add("FORM \(f.form)" + indent + f.title[1])
        for line in f.title.dropFirst(2) { out.add(String(repeating: " ", count: indent.count + 6) + line) }
        out.add("")
        for line in f.checkLines { out.add(TextWrapping.wrap(line, width: width)); out.add("") }

        // Header boxes, three columns side by side.
        let boxWidths = [r.int(34...56), r.int(38...66), r.int(44...80)]
        var columns: [[(text: String, fields: [String])]] = []
        for (c, boxes) in f.boxColumns.enumerated() {
            var lines: [(text: String, fields: [String])] = []
            for box in boxes {
                lines += TextWrapping.wrap(box.label, width: boxWidths[c]).map { (text: $0, fields: [String]()) }
                for cell in box.lines {
                    let wrapped = TextWrapping.wrap(cell.joined(mark: mark), width: boxWidths[c])
                    lines += (wrapped.isEmpty ? [""] : wrapped).map { (text: $0, fields: cell.fields) }
                }
            }
            columns.append(lines)
        }
        let boxGap = String(repeating: " ", count: r.int(1...6))
        for k in 0..<(columns.map(\.count).max() ?? 0) {
            let parts = columns.enumerated().map { c, lines in k < lines.count ? lines[k] : (text: "", fields: [String]()) }
            let line = parts.enumerated().map { c, p in c == parts.count - 1 ? p.text : TextWrapping.pad(p.text, boxWidths[c]) }
                .joined(separator: boxGap)
            out.mark(parts.flatMap(\.fields), from: out.next, to: out.next)
            out.add(line)
        }
        out.add("")

        for table in f.tables {
            out.add(String(repeating: " ", count: r.int(0...40)) + table.caption)
            let texts = texts(table, mark: mark)
            let widths = ColumnGrid.widths(for: table, texts: texts, random: &r, range: 4...24, separatorWidth: gap.count)
            let grid = ColumnGrid(widths: widths, separator: gap, middle: r.chance(30))
            let heads = grid.headLines(table)
            out.add(heads)
            let blank = r.chance(40)
            let pageBreak = table.rows.count > 2 && r.chance(25) ? r.int(1...(table.rows.count - 1)) : -1
            for (i, row) in table.rows.enumerated() {
                if i == pageBreak {
                    out.add("")
                    out.add("\u{0C}" + table.caption)
                    out.add(heads)
                }
                let start = out.next
                out.add(grid.cellLines(texts[i], numeric: table.numeric))
                out.mark(keys(row), from: start, to: out.next - 1)
                if blank { out.add("") }
            }
            out.add("")
        }
        tail(f, &out, width: width, numbering: { "\($0). " })
    }
}
