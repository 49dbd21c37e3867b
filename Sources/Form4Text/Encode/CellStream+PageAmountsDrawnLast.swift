/// "… X(24)" / "(2)" / "(2)" / "Class A 536,445" + "Common" + "Stock" /
/// "$6.13" / "536,445" / "I" / "See Footnote(4)" / … / "536,445" /
/// "145,176" / "172,201" / "46,602" / a new page's heads / "46,602" / …: a
/// Table II page whose transactions' amounts (column 5) are drawn after all
/// its rows, then the underlying amounts the rows lack. Read in order, each
/// row had no amount (a date given by footnote took the amount's place) and
/// the figures made a row of their own with no title, amid the table.
extension CellStream {
    /// A row of plain figures alone (no title) after transactions that have
    /// their date, code and D/I but no amount: the figures are, in order, the
    /// amounts of those rows (the run of them right above), then the
    /// underlying amounts of the rows among them that have an underlying
    /// title but no amount (or a price read as one). Only where the counts
    /// agree and every row then reads with each figure in its place, its
    /// dates, price, amount owned and D/I kept; each row is told. Nothing
    /// changes otherwise.
    func fillPageAmountsDrawnLast(_ rows: inout [TableLines.Row]) {
        guard !wrapsCells, kind.derivative else { return }
        var t = 1
        while t < rows.count {
            defer { t += 1 }
            let figures = rows[t].anchor
            guard figures.count >= 2, figures.allSatisfy({ $0.kind == .number && $0.footnotes.isEmpty }) else { continue }
            func lacksAmount(_ f: RowFields) -> Bool {
                f.isTransaction && f.date != nil && f.code != nil && f.directIndirect != nil && (f.amount == nil || f.amount?.kind == .footnoteOnly)
            }
            var start = t
            while start > 0, lacksAmount(fields(rows[start - 1].anchor)) { start -= 1 }
            let run = Array(start..<t)
            guard run.count >= 2, run.count < figures.count else { continue }
            let lackingUnder = run.filter { r in
                let f = fields(rows[r].anchor)
                return !f.underlyingTitle.isEmpty && (f.underlyingShares == nil || f.underlyingShares?.kind == .money)
            }
            guard run.count + lackingUnder.count == figures.count else { continue }
            var anchors: [Int: [LooseToken]] = [:]
            var told: [Int: [LooseToken]] = [:]
            var ok = true
            for (n, r) in run.enumerated() {
                var anchor = rows[r].anchor
                let f = fields(anchor)
                guard let code = f.code, let at = anchor.firstIndex(where: { CellStream.same(code, $0) }) else { ok = false; break }
                let amount = figures[n]
                anchor.insert(amount, at: at + 1)
                var placed = [amount]
                if let u = lackingUnder.firstIndex(of: r) {
                    let under = figures[run.count + u]
                    guard let end = f.underlyingTitle.last, let e = anchor.firstIndex(where: { CellStream.same(end, $0) }) else { ok = false; break }
                    anchor.insert(under, at: e + 1)
                    placed.append(under)
                }
                let g = fields(anchor)
                guard CellStream.same(g.amount, amount), g.underlyingShares != nil,
                      lackingUnder.firstIndex(of: r) == nil || CellStream.same(g.underlyingShares, placed.last),
                      !g.exercise.isEmpty, !g.expiration.isEmpty, g.price != nil || f.price == nil,
                      CellStream.same(g.owned, f.owned), CellStream.same(g.directIndirect, f.directIndirect),
                      g.nature.count == f.nature.count, g.extra.isEmpty, swallowedFigures(anchor).isEmpty else { ok = false; break }
                anchors[r] = anchor
                told[r] = placed
            }
            guard ok else { continue }
            for r in run {
                guard let anchor = anchors[r], let placed = told[r], let first = placed.first else { continue }
                rows[r].anchor = anchor
                let what = placed.count == 2 ? "its amount and underlying amount" : "its amount"
                rows[r].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                                      message: "'\(placed.map(\.text).joined(separator: "', '"))', drawn with no title after the page's rows (line \(figures[0].line)), taken as \(what): the rows above without an amount take those figures in order, then those without an underlying amount",
                                                      line: first.line, column: first.column))
            }
            rows[t - 1].warnings += rows[t].warnings.filter { !$0.isNoTitleDoubt }
            rows.remove(at: t)
            t -= 1
        }
    }
}
