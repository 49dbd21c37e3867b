import Form4Core

/// Prints an ownership document as loose text the way real tools print the
/// EDGAR form, with random column widths, wrapping points and (optionally)
/// OCR-like noise, all drawn from one seed so any output can be made again.
///
/// It exists to test `encode` fairly: it follows the printed form (dates
/// MM/DD/YYYY, `$` before prices, footnote marks after values, the A/D and
/// D/I columns, Table II's (A)/(D) split, Explanation of Responses, the
/// signature block), not what any parser happens to accept.
public enum LooseRenderer {
    public static func render(_ d: OwnershipDocument, style: LooseStyle, seed: UInt64, noise: Bool = false) -> LooseRendering {
        var random = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(LooseStyle.allCases.firstIndex(of: style) ?? 0))
        var form = PrintedForm(d, commas: random.chance(70))
        var damaged: Set<String> = []
        if noise { damaged = OCRNoise.damage(&form, random: &random) }
        var sink = LineSink()
        switch style {
        case .layout: layout(form, &sink, &random)
        case .markdownTable: markdown(form, &sink, &random)
        case .boxDrawing: boxDrawing(form, &sink, &random)
        case .plain: plain(form, &sink, &random)
        }
        if noise { OCRNoise.strayRules(&sink.lines, random: &random) }
        return LooseRendering(style: style, text: sink.text, lines: sink.spans, damaged: damaged)
    }

    // MARK: - Shared pieces

    static func texts(_ table: PrintedTable, mark: (String) -> String) -> [[String]] {
        table.rows.map { $0.cells.map { $0.joined(mark: mark) } }
    }

    /// Keys to record for a row: the row element and every field in it.
    static func keys(_ row: PrintedRow) -> [String] {
        [row.path] + row.cells.flatMap(\.fields)
    }

    /// Explanation of Responses, remarks, the Reporting Owners table,
    /// signatures and the closing notes, as plain wrapped lines.
    static func tail(_ f: PrintedForm, _ out: inout LineSink, width: Int, numbering: (String) -> String,
                     heading: (String) -> String = { $0 }, escape: (String) -> String = { $0 }) {
        out.add(heading("Explanation of Responses:"))
        for fn in f.footnotes {
            let start = out.next
            for (k, line) in fn.lines.enumerated() {
                out.add(TextWrapping.wrap(k == 0 ? numbering(fn.number) + escape(line) : escape(line), width: width))
            }
            if fn.lines.isEmpty { out.add(numbering(fn.number)) }
            out.mark([fn.path], from: start, to: out.next - 1)
        }
        out.add("")
        out.add(heading("Remarks:"))
        for line in f.remarks { out.add(TextWrapping.wrap(escape(line), width: width)) }
        out.add("")
        if !f.ownersTable.isEmpty {
            // Laid out in columns as the rendered page shows it: the X marks sit under their heads.
            out.add(heading("Reporting Owners"))
            let widths = [44, 9, 10, 24, 24]
            let grid = ColumnGrid(widths: widths, separator: "  ")
            out.add(TextWrapping.pad("Reporting Owner Name / Address", widths[0] + 2) + "Relationships")
            out.add(grid.joinLine(["", "Director", "10% Owner", "Officer", "Other"]))
            for r in f.ownersTable { out.add(grid.cellLines(r.map(escape), numeric: [])) }
            out.add("")
        }
        for s in f.signatures {
            let start = out.next
            out.add(TextWrapping.pad(s[0].joined(), 60) + "  " + s[1].joined())
            out.mark(s[1].fields, from: start, to: start)
        }
        out.add(TextWrapping.pad("** Signature of Reporting Person", 60) + "  Date")
        out.add("")
        for line in f.closing { out.add(TextWrapping.wrap(line, width: width)); out.add("") }
    }
}
