import Form4Core

/// Fixed-width columns, as pdftotext `-layout` and text browsers print an
/// HTML or PDF table: spanning heads over their columns, every cell wrapped
/// to its column, rows as tall as their tallest cell.
struct ColumnGrid {
    var widths: [Int]
    /// Between two columns (`"  "` for layout, `"│"` for ruled tables).
    var separator: String
    var left = ""
    var right = ""
    /// Middle-aligned rows put short cells on the middle line of a tall row (w3m does).
    var middle = false

    /// Column widths: a random preferred width, never narrower than the
    /// longest word of the column or of its sub-head.
    static func widths(for table: PrintedTable, texts: [[String]], random: inout SplitMix64, range: ClosedRange<Int>,
                       separatorWidth: Int = 1) -> [Int] {
        var widths = table.heads.indices.map { c in
            var w = random.int(range)
            w = max(w, TextWrapping.longestWord(table.subHeads[c]))
            for row in texts where c < row.count { w = max(w, TextWrapping.longestWord(row[c])) }
            return max(w, 1)
        }
        // A head's longest word must fit the columns it spans (the last one grows).
        var c = 0
        while c < table.heads.count {
            var end = c
            while end + 1 < table.heads.count && table.heads[end + 1] == table.heads[c] { end += 1 }
            let span = widths[c...end].reduce(0, +) + (end - c) * separatorWidth
            let need = TextWrapping.longestWord(table.heads[c])
            if need > span { widths[end] += need - span }
            c = end + 1
        }
        return widths
    }

    func joinLine(_ cells: [String]) -> String {
        left + cells.enumerated().map { TextWrapping.pad($0.element, widths[$0.offset]) }.joined(separator: separator) + right
    }

    /// The head rows: each run of equal heads is one spanning cell.
    func headLines(_ table: PrintedTable) -> [String] {
        var spans: [(text: String, from: Int, to: Int)] = []
        for (c, h) in table.heads.enumerated() {
            if let last = spans.last, last.text == h { spans[spans.count - 1].to = c } else { spans.append((h, c, c)) }
        }
        let wrapped = spans.map { s -> [String] in
            let width = widths[s.from...s.to].reduce(0, +) + separator.count * (s.to - s.from)
            return TextWrapping.wrap(s.text, width: width)
        }
        let height = wrapped.map(\.count).max() ?? 0
        var lines: [String] = []
        for k in 0..<height {
            var line = left
            for (i, s) in spans.enumerated() {
                let width = widths[s.from...s.to].reduce(0, +) + separator.count * (s.to - s.from)
                if i > 0 { line += separator }
                line += TextWrapping.pad(k < wrapped[i].count ? wrapped[i][k] : "", width)
            }
            lines.append(line + right)
        }
        if table.subHeads.contains(where: { !$0.isEmpty }) {
            lines += cellLines(table.subHeads, numeric: [])
        }
        return lines
    }

    /// One row's lines, cells wrapped to their columns.
    func cellLines(_ texts: [String], numeric: Set<Int>, rightAlignNumbers: Bool = false) -> [String] {
        let wrapped = texts.enumerated().map { TextWrapping.wrap($0.element, width: widths[$0.offset]) }
        let height = max(1, wrapped.map(\.count).max() ?? 1)
        var lines: [String] = []
        for k in 0..<height {
            let cells = wrapped.enumerated().map { c, w -> String in
                let offset = middle ? (height - w.count) / 2 : 0
                let i = k - offset
                let s = i >= 0 && i < w.count ? w[i] : ""
                return rightAlignNumbers && numeric.contains(c) ? TextWrapping.padLeft(s, widths[c]) : s
            }
            lines.append(joinLine(cells))
        }
        return lines
    }
}
