import Form4Core

extension LooseRenderer {
    /// `w3m -dump` / lynx of the HTML form: header boxes one under another,
    /// tables ruled with box-drawing characters, footnote marks `^(1)` or `(1)`.
    static func boxDrawing(_ f: PrintedForm, _ out: inout LineSink, _ r: inout SplitMix64) {
        let caret = r.chance(50)
        let mark: (String) -> String = { caret ? "^" + $0 : $0 }
        let width = r.int(100...200)
        let margin = r.chance(50) ? "   " : ""
        for line in f.title { out.add(margin + line) }
        out.add("")
        for line in f.checkLines { out.add(TextWrapping.wrap(line, width: width).map { margin + $0 }) }
        out.add("")
        for column in f.boxColumns {
            for box in column {
                out.add(margin + box.label)
                for cell in box.lines {
                    let start = out.next
                    out.add(margin + cell.joined(mark: mark))
                    out.mark(cell.fields, from: start, to: start)
                }
            }
        }
        out.add("")
        let rowRules = r.chance(50)
        for table in f.tables {
            out.add(margin + table.caption)
            let texts = texts(table, mark: mark)
            let widths = ColumnGrid.widths(for: table, texts: texts, random: &r, range: 4...20)
            let grid = ColumnGrid(widths: widths, separator: "│", left: margin + "│", right: "│", middle: r.chance(50))
            func rule(_ l: String, _ m: String, _ rr: String) -> String {
                margin + l + widths.map { String(repeating: "─", count: $0) }.joined(separator: m) + rr
            }
            out.add(rule("┌", "┬", "┐"))
            out.add(grid.headLines(table))
            out.add(rule("├", "┼", "┤"))
            for (i, row) in table.rows.enumerated() {
                if i > 0 && rowRules { out.add(rule("├", "┼", "┤")) }
                let start = out.next
                out.add(grid.cellLines(texts[i], numeric: table.numeric, rightAlignNumbers: true))
                out.mark(keys(row), from: start, to: out.next - 1)
            }
            out.add(rule("└", "┴", "┘"))
            out.add("")
        }
        tail(f, &out, width: width, numbering: { "\($0). " })
    }
}
