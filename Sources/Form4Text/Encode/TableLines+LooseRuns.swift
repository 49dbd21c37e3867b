/// Markdown tables with rows printed outside the table: pymupdf4llm, where it
/// loses a table's grid for a row or two, prints that row's cells as loose
/// paragraphs between (or after) its pipe rows ("Class B" / "Common" /
/// "Stock" / "(7) 05/15/2020 C 77,067 (7) (7) Class A" / … / "77,067 $0.00 0
/// I By" / "Tamarack" / …). Read as lines set in columns, each paragraph of
/// values looks like a row of its own. Such a run is a stream of cells and
/// is read as one (``CellStream``: rows cut where a title starts, values read
/// by what they are), the pipe rows around it as before.
extension TableLines {
    /// The runs of loose lines between or after a table's pipe rows that are
    /// cells printed one paragraph after another: lines at the margin, none
    /// set in columns, parted by blank lines, with at least one value among
    /// them and no column head. Empty when the table has no pipe row.
    static func looseRuns(_ lines: ArraySlice<LooseLine>) -> [Range<Int>] {
        guard let firstCellRow = lines.firstIndex(where: \.isCellRow),
              lines[firstCellRow...].contains(where: { !$0.isCellRow && !$0.isBlank }) else { return [] }
        var runs: [Range<Int>] = []
        var k = firstCellRow + 1
        while k < lines.endIndex {
            guard !lines[k].isCellRow else { k += 1; continue }
            var end = k
            while end < lines.endIndex, !lines[end].isCellRow { end += 1 }
            if isLooseCellRun(lines[k..<end]) { runs.append(k..<end) }
            k = end
        }
        return runs
    }

    /// See ``looseRuns(_:)``.
    static func isLooseCellRun(_ run: ArraySlice<LooseLine>) -> Bool {
        guard run.contains(where: \.isBlank) else { return false }
        var values = 0
        for line in run where !line.isBlank {
            guard line.segments.count == 1, line.segments[0].x == 0, !line.segments[0].text.utf8.hasDoubleSpace else { return false }
            let tokens = LooseTokenizer.tokens(of: line)
            if TableLines.isHeader(line, tokens) { return false }
            values += tokens.filter { $0.kind == .date || $0.kind == .number || $0.kind == .money }.count
        }
        return values > 0
    }

    /// Reads a table whose pipe rows are interrupted by loose runs (see
    /// ``looseRuns(_:)``): each part in its order, the pipe rows under the
    /// table's heads, the loose runs as streams of cells, whose tokens have
    /// no grid column to be measured against the heads by.
    init(lines: ArraySlice<LooseLine>, looseRuns runs: [Range<Int>], kind: TableKind) {
        var parts: [(range: Range<Int>, loose: Bool)] = []
        var start = lines.startIndex
        for run in runs {
            if start < run.lowerBound { parts.append((start..<run.lowerBound, false)) }
            parts.append((run, true))
            start = run.upperBound
        }
        if start < lines.endIndex { parts.append((start..<lines.endIndex, false)) }
        var first = true
        var afterLoose = false
        for part in parts {
            var read = part.loose ? TableLines(cellStream: lines[part.range], kind: kind, inTable: true) : TableLines(lines[part.range])
            defer { afterLoose = part.loose }
            // The loose row's last lines printed as a pipe row of text ("|Redeemable<br>Convertible|…|Common<br>Stock|…"):
            // they go on with cells of the loose row, where no column tells which; the row
            // below, with a title of its own, does not get them. Reported on the loose row.
            if afterLoose, !first, !rows.isEmpty, var next = read.rows.first, !next.above.isEmpty,
               let head = next.anchor.first, head.cell == 0, head.kind == .word,
               next.above.allSatisfy({ l in !l.isEmpty && l.allSatisfy { $0.cell >= 0 && ($0.kind == .footnoteOnly || !$0.isValue) } }),
               let t = next.above.first?.first {
                let text = next.above.map { RowBuilder.text($0) }.joined(separator: " / ")
                rows[rows.count - 1].warnings.append(EncodeWarning(rule: "ENC-UNPLACED", message: "the pipe row of text after this row ('\(text)') may end its cells; it was not placed in any column",
                                                                   line: t.line, column: t.column))
                next.above = []
                read.rows[0] = next
            }
            if first {
                self = read
                first = false
                if part.loose { rows = rows.map { var r = $0; r.header = Header(); return r } }
                continue
            }
            let own = read.header.marks.isEmpty && read.header.natureX == nil ? nil : read.header
            rows += read.rows.map { var r = $0; r.header = part.loose ? Header() : (r.header ?? own); return r }
            warnings += read.warnings
        }
    }
}
