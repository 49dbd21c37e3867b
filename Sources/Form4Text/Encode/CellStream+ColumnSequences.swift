/// Column sequences: a reading of a cell-stream table that does not depend on
/// the order the PDF drew its cells in. Whatever that order, each column's
/// cells come out top to bottom, in row order: sort every cell into its
/// column by what it is, and where the columns' counts agree, row k is the
/// k-th cell of each column. The rules of ``CellStream/rows()`` each put back
/// one drawing order seen in a filing; this is the fallback where they leave
/// a doubt.
///
/// It is tried only where the usual reading doubts the drawing order (an
/// ENC-ROW-SPLIT or ENC-UNPLACED warning) or leaves a row without its D/I,
/// and its rows are taken only where every one reads whole and the usual
/// reading's rows do not. Each row it makes says so, with its title's line.
/// Nothing is invented or dropped: every cell goes to one row, but footnote
/// marks alone between heads, which are reported as the cell stream reports
/// them.
extension CellStream {
    /// The rows read column by column, with the table's warnings, or nil to
    /// keep `today`'s reading.
    func columnSequenceRows(over today: [TableLines.Row], warnings: [EncodeWarning]) -> (rows: [TableLines.Row], warnings: [EncodeWarning])? {
        guard !wrapsCells, !today.isEmpty else { return nil }
        let doubted = (warnings + today.flatMap(\.warnings)).contains { $0.rule == "ENC-ROW-SPLIT" || $0.rule == "ENC-UNPLACED" }
        guard doubted || today.contains(where: { !isComplete($0.anchor) }) else { return nil }
        var cells = sequenceCells()
        let loose: Set<Int>
        let column: [Int: SequenceColumn]
        if kind.form == 3 {
            loose = CellStream.looseMarkCells(cells)
            guard let sorted = holdingColumns(cells, loose: loose) else { return nil }
            column = sorted
        } else if kind.derivative {
            cells = CellStream.joinDerivativeTexts(cells)
            guard let sorted = derivativeColumns(cells) else { return nil }
            (column, loose) = sorted
        } else {
            cells = CellStream.splitStackedTitles(cells)
            guard let sorted = transactionColumns(cells) else { return nil }
            (column, loose) = sorted
        }
        // Each column in drawing order; natures go to the rows owned indirectly, in order.
        var columns: [SequenceColumn: [Int]] = [:]
        for k in cells.indices { if let c = column[k] { columns[c, default: []].append(k) } }
        let owners = columns[.directIndirect] ?? []
        guard let titles = titleOrder(columns, cells: cells, loose: loose) else { return nil }
        columns[.title] = titles
        // Transactions first: their columns fill the first rows.
        let transactions = columns[.date]?.count ?? 0
        var natures = (columns[.nature] ?? [])[...]
        // A Form 4/5 Table II: a nature printed right after an I is that row's; the others go in order to the rows left.
        var boundNature: [Int: Int] = [:]
        if kind.derivative, kind.form != 3 {
            for nature in natures {
                var before = nature - 1
                while before >= 0, loose.contains(before) { before -= 1 }
                if before >= 0, column[before] == .directIndirect, cells[before].tokens.first?.text == "I", let r = owners.firstIndex(of: before) {
                    boundNature[r] = nature
                }
            }
            natures = natures.filter { !boundNature.values.contains($0) }[...]
        }
        var made: [TableLines.Row] = []
        for r in owners.indices {
            var row: [LooseToken] = []
            var parts: [SequenceColumn: [LooseToken]] = [:]
            for c in SequenceColumn.allCases where c != .nature {
                guard let cs = columns[c]?.map({ cells[$0].tokens }) else { continue }
                let transactionColumn = [.conversion, .date, .code, .amount, .acquiredDisposed, .price].contains(c) && kind.form != 3
                guard cs.count == owners.count || transactionColumn && cs.count == transactions else { return nil }
                guard r < cs.count else { continue }
                parts[c] = cs[r]
                row += cs[r]
            }
            if cells[owners[r]].tokens.first?.text == "I", let nature = boundNature[r] ?? natures.popFirst() {
                // A nature printed right after a D/I is that row's: the order drawn must agree
                // (in a Form 4/5 Table II, after a D it is no row's there: it goes in order).
                var before = nature - 1
                while before >= 0, loose.contains(before) { before -= 1 }
                let afterD = kind.derivative && kind.form != 3 && before >= 0 && cells[before].tokens.first?.text == "D"
                if before >= 0, column[before] == .directIndirect, before != owners[r], !afterD { return nil }
                parts[.nature] = cells[nature].tokens
                row += cells[nature].tokens
            }
            guard readsWhole(row, parts, transaction: r < transactions), let lead = row.first else { return nil }
            var rowWarnings = swallowedFigures(row)
            rowWarnings.append(EncodeWarning(
                rule: "ENC-ROW-SPLIT",
                message: "the table's drawing order is in doubt: this row, the \(r + 1). of \(owners.count), was read column by column (the \(r + 1). title, dates, amounts and D/I in the order drawn, and the next nature for a row owned indirectly)",
                line: lead.line, column: lead.column))
            made.append(TableLines.Row(anchor: row, above: [], below: [], warnings: rowWarnings))
        }
        guard natures.isEmpty, isBetter(made, than: today, warnings: warnings),
              crossCheckDoubts(made) <= crossCheckDoubts(today) else { return nil }
        reportLooseMarks(loose.sorted().flatMap { cells[$0].tokens }, in: &made)
        return (made, [])
    }

    /// The title cell of each row. A title printed right before a value of
    /// its row (its date, its amount owned, its date exercisable) is that
    /// row's, whatever the order drawn: where the titles are all alike (the
    /// same words and marks), each goes to the row of the value after it and
    /// the rest to the rows left, in order; where they differ, the order drawn
    /// must agree with every such pair, else nil.
    func titleOrder(_ columns: [SequenceColumn: [Int]], cells: [SequenceCell], loose: Set<Int>) -> [Int]? {
        let titles = columns[.title] ?? []
        var rowOf: [Int: Int] = [:]
        for (c, ks) in columns where c != .title && c != .nature {
            for (r, k) in ks.enumerated() { rowOf[k] = r }
        }
        func pairedRow(_ t: Int) -> Int? {
            var j = t + 1
            while j < cells.count, loose.contains(j) { j += 1 }
            return rowOf[j]
        }
        let alike = Set(titles.map { cells[$0].words + "|" + cells[$0].tokens.flatMap(\.footnotes).joined(separator: ",") }).count <= 1
        guard alike else {
            for (r, t) in titles.enumerated() { if let paired = pairedRow(t), paired != r { return nil } }
            return titles
        }
        var order = [Int?](repeating: nil, count: titles.count)
        var rest: [Int] = []
        for t in titles {
            if let r = pairedRow(t), r < order.count, order[r] == nil { order[r] = t } else { rest.append(t) }
        }
        for r in order.indices where order[r] == nil {
            guard !rest.isEmpty else { return nil }
            order[r] = rest.removeFirst()
        }
        return order.compactMap { $0 }
    }

    /// The row grammar reads each column's cell into that column's field, and
    /// finds the row's D/I: the row needs nothing from a neighbour.
    func readsWhole(_ row: [LooseToken], _ parts: [SequenceColumn: [LooseToken]], transaction: Bool) -> Bool {
        let f = fields(row)
        guard f.isTransaction == transaction, f.extra.isEmpty, let di = f.directIndirect, let own = parts[.directIndirect]?.first,
              di.line == own.line, di.column == own.column, f.title.count == parts[.title]?.count,
              f.nature.count == parts[.nature]?.count ?? 0 else { return false }
        if kind.derivative {
            guard f.underlyingTitle.count == parts[.underlyingTitle]?.count, f.underlyingShares != nil,
                  !f.exercise.isEmpty, !f.expiration.isEmpty else { return false }
        }
        if kind.derivative, kind.form != 3 {
            // Table II of a Form 4/5: no (A)/(D) letter, the conversion price where the row has one.
            guard f.owned != nil, f.acquiredDisposed == nil, (f.conversion == nil) == (parts[.conversion] == nil) else { return false }
            if transaction {
                guard f.date != nil, f.code != nil, f.amount != nil, (f.price == nil) == (parts[.price] == nil) else { return false }
            }
        } else if transaction {
            guard f.date != nil, f.code != nil, f.amount != nil, f.acquiredDisposed != nil, f.owned != nil,
                  (f.price == nil) == (parts[.price] == nil) else { return false }
        } else if !kind.derivative {
            guard f.owned != nil else { return false }
        }
        return true
    }

    /// The rows read column by column are taken only where the usual reading
    /// is not as whole: a row without its D/I, values left in a text, or
    /// values it could not place; or where its rows differ in count.
    func isBetter(_ made: [TableLines.Row], than today: [TableLines.Row], warnings: [EncodeWarning]) -> Bool {
        if warnings.contains(where: { $0.rule == "ENC-UNPLACED" }) || today.count != made.count { return true }
        for row in today {
            let f = fields(row.anchor)
            if f.directIndirect == nil || !f.extra.isEmpty || !swallowedFigures(row.anchor).isEmpty || f.title.isEmpty { return true }
            if row.warnings.contains(where: { $0.rule == "ENC-UNPLACED" || $0.isNoTitleDoubt }) { return true }
        }
        return false
    }
}
