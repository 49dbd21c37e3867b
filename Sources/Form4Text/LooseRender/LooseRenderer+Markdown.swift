import Form4Core

extension LooseRenderer {
    /// pymupdf4llm / markitdown: pipe tables with bold heads, `<br>` where a
    /// cell wrapped, `<sup>(1)</sup>` marks, `\$`, and the columns that a
    /// spanning PDF cell covers either repeated (pymupdf4llm) or left empty.
    static func markdown(_ f: PrintedForm, _ out: inout LineSink, _ r: inout SplitMix64) {
        let repeatSpans = r.chance(50)
        let escape: (String) -> String = { s in
            var o = ""
            for c in s {
                switch c {
                case "$": o += "\\$"
                case "|": o += "\\|"
                default: o.append(c)
                }
            }
            return o
        }
        let mark: (String) -> String = { "<sup>\($0)</sup>" }
        out.add("**FORM \(f.form)**")
        out.add("")
        out.add("**\(f.title[1])**")
        out.add(f.title[2])
        out.add("**\(f.title[3])**")
        out.add(f.title[4])
        out.add("")
        for line in f.checkLines { out.add(escape(line)); out.add("") }

        // The header boxes as one pipe-table row, as pymupdf4llm sees them.
        let boxCells = f.boxColumns.map { column in
            column.flatMap { box in [escape(box.label)] + box.lines.map { escape($0.joined(mark: mark)) } }.joined(separator: "<br>")
        }
        let boxFields = f.boxColumns.flatMap { $0.flatMap { $0.lines.flatMap(\.fields) } }
        out.add("|" + boxCells.joined(separator: "|") + "|")
        out.add("|" + boxCells.map { _ in "---" }.joined(separator: "|") + "|")
        out.mark(boxFields, from: out.next - 2, to: out.next - 2)
        out.add("")

        for table in f.tables {
            let texts = texts(table, mark: mark)
            let spans = table.heads.map { _ in r.chance(25) ? 2 : 1 }
            let wrapWidth = r.int(12...40)
            func line(_ cells: [String]) -> String {
                var grid: [String] = []
                for (c, cell) in cells.enumerated() {
                    grid.append(cell)
                    if spans[c] == 2 { grid.append(repeatSpans ? cell : "") }
                }
                return "|" + grid.joined(separator: "|") + "|"
            }
            func bold(_ s: String) -> String {
                TextWrapping.wrap(s, width: wrapWidth).map { "**\(escape($0))**" }.joined(separator: "<br>")
            }
            let heads = table.heads.enumerated().map { c, h in
                table.subHeads[c].isEmpty ? bold(h) : bold(h) + "<br>" + bold(table.subHeads[c])
            }
            let width = spans.reduce(0, +)
            if r.chance(50) {
                out.add("**\(table.caption)**")
                out.add("")
                out.add(line(heads))
                out.add("|" + Array(repeating: "---", count: width).joined(separator: "|") + "|")
            } else {
                out.add(line(table.heads.map { _ in "**\(table.caption)**" }))
                out.add("|" + Array(repeating: "---", count: width).joined(separator: "|") + "|")
                out.add(line(heads))
            }
            for (i, row) in table.rows.enumerated() {
                let cells = texts[i].map { TextWrapping.wrap(escape($0), width: wrapWidth).joined(separator: "<br>") }
                out.mark(keys(row), from: out.next, to: out.next)
                out.add(line(cells))
            }
            out.add("")
        }
        let bullet = r.chance(50) ? "- " : ""
        tail(f, &out, width: 100_000, numbering: { "\(bullet)\($0). " }, heading: { "**\($0)**" }, escape: escape)
    }
}
