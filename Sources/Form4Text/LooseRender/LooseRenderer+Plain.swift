import Form4Core

extension LooseRenderer {
    /// `pdftotext` without `-layout`: text in reading order, each cell on its
    /// own line(s) wrapped at its column's width, empty cells gone; mostly a
    /// blank line between cells, as pdftotext prints them, sometimes none.
    static func plain(_ f: PrintedForm, _ out: inout LineSink, _ r: inout SplitMix64) {
        let width = r.int(90...180)
        for line in f.title { out.add(line) }
        for line in f.checkLines { out.add(TextWrapping.wrap(line, width: width)) }
        let boxWidth = r.int(30...70)
        for column in f.boxColumns {
            for box in column {
                out.add(TextWrapping.wrap(box.label, width: boxWidth))
                for cell in box.lines where !cell.isEmpty {
                    let start = out.next
                    out.add(TextWrapping.wrap(cell.joined(), width: boxWidth))
                    out.mark(cell.fields, from: start, to: out.next - 1)
                }
            }
        }
        for table in f.tables {
            out.add(table.caption)
            let texts = texts(table, mark: { $0 })
            let widths = ColumnGrid.widths(for: table, texts: texts, random: &r, range: 6...24)
            var previous: String?
            for (c, head) in table.heads.enumerated() where head != previous {
                previous = head
                out.add(TextWrapping.wrap(head, width: widths[c] * 2))
            }
            for sub in table.subHeads where !sub.isEmpty { out.add(sub) }
            // pdftotext parts cells by a blank line, and now and then prints two
            // one-line cells on one line ("19,066,032 D", "$41.85 0").
            let blankLines = r.int(0...3) > 0
            if blankLines { out.add("") }
            for (i, row) in table.rows.enumerated() {
                let start = out.next
                var pending: String?
                for (c, text) in texts[i].enumerated() where !text.isEmpty {
                    let wrapped = TextWrapping.wrap(text, width: widths[c])
                    if let p = pending {
                        pending = nil
                        if wrapped.count == 1 {
                            out.add(p + " " + wrapped[0])
                            if blankLines { out.add("") }
                            continue
                        }
                        out.add(p)
                        if blankLines { out.add("") }
                    }
                    if blankLines, wrapped.count == 1, c > 0, r.int(0...5) == 0 {
                        pending = wrapped[0]
                        continue
                    }
                    out.add(wrapped)
                    if blankLines { out.add("") }
                }
                if let p = pending {
                    out.add(p)
                    if blankLines { out.add("") }
                }
                out.mark(keys(row), from: start, to: max(start, out.next - 1))
            }
        }
        tail(f, &out, width: width, numbering: { "\($0). " })
    }
}
