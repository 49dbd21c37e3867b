extension TableLines {
    /// In a table printed as a stream of cells, one cell put in the wrong row
    /// moves every later cell of its column by a row: rows after a doubtful
    /// place in the drawing order may hold their neighbours' values while
    /// reading whole. Each such row is reported, pointing at the first doubt,
    /// so that no value of it is taken as sure. Rows before it read as drawn.
    mutating func reportRowsAfterFirstDoubt() {
        let doubts = warnings.filter(Self.isOrderDoubt) + rows.flatMap { $0.warnings.filter(Self.isOrderDoubt) }
        guard let first = doubts.min(by: { ($0.line, $0.column) < ($1.line, $1.column) }) else { return }
        for k in rows.indices {
            guard let start = rows[k].anchor.first, start.line > first.line,
                  !rows[k].warnings.contains(where: Self.isOrderDoubt) else { continue }
            rows[k].warnings.append(EncodeWarning(
                rule: "ENC-ROW-SPLIT",
                message: "this row is drawn after a doubtful place in the table's drawing order (line \(first.line)): its values may belong to a neighbouring row",
                line: start.line, column: start.column))
        }
    }

    private static func isOrderDoubt(_ w: EncodeWarning) -> Bool {
        w.rule == "ENC-ROW-SPLIT" || w.rule == "ENC-UNPLACED"
    }
}
