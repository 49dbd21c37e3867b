/// "D" / "$192.204(5)" / "445,975,113" / "I" / "by Trust(2)" / "D" / … /
/// "Common Stock" + "Common Stock" / "11/08/2022" / "S" / "11/08/2022" /
/// "376,134" / "S" / "78,604": some PDFs draw the right-hand cells of a few
/// rows ((A)/(D), price, amount owned, D/I, nature) ahead of those rows'
/// left-hand cells (title, date, code, amount), which come after them, the
/// titles of several rows in one paragraph and their dates, codes and amounts
/// column by column. Cut at titles, that makes rows with no title (read as
/// holdings titled "D") and rows with no D/I. These rules give the right-hand
/// groups, in order, to the rows after them that lack their right-hand cells,
/// only when the counts agree and every row then reads whole; each row so
/// made is reported. Otherwise nothing changes.
extension CellStream {
    /// A row drawn without its left-hand cells: no title, no date, but an
    /// amount owned and a D/I.
    func isRightHandOnly(_ row: TableLines.Row) -> Bool {
        guard let first = row.anchor.first, first.kind != .word, !row.anchor.contains(where: { $0.kind == .date }) else { return false }
        // A group led by its row's amount and (A)/(D) reads from its price on (see ``hasAmountAhead(_:)``).
        let f = fields(hasAmountAhead(row.anchor) ? Array(row.anchor.dropFirst(2)) : row.anchor)
        return f.owned != nil && f.directIndirect != nil
    }

    /// "Common Stock" / "Common Stock" then "11/08/2022" "S" "11/08/2022"
    /// "376,134" "S" "78,604": one paragraph of K identical title lines (a
    /// title does not repeat itself, so each line is a row's) followed by
    /// exactly K dates, K codes and K amounts and nothing else: K rows, each
    /// taking its date, code and amount in the order drawn. Nil otherwise.
    func splitStackedTitles(_ anchor: [LooseToken], needsAmount: [Bool]? = nil) -> [[LooseToken]]? {
        // Letters too ("Class A Common Stock"): the titles end at the first date.
        let titleCount = anchor.prefix { !$0.isValue }.count
        let lines = CellStream.lines(Array(anchor.prefix(titleCount)))
        guard lines.count >= 2, Set(lines.map { RowBuilder.text($0) }).count == 1 else { return nil }
        let rest = anchor.dropFirst(titleCount)
        let dates = rest.filter { $0.kind == .date }
        let codes = rest.filter { $0.kind == .letter && RowGrammar.codes.contains($0.text) }
        let amounts = rest.filter { $0.kind == .number }
        let k = lines.count
        // With `needsAmount`, only the rows whose right-hand group lacks its amount take one, in order.
        let wanting = needsAmount ?? Array(repeating: true, count: k)
        let m = wanting.filter { $0 }.count
        guard wanting.count == k, rest.first?.kind == .date, dates.count == k, codes.count == k, amounts.count == m,
              rest.count == 2 * k + m else { return nil }
        var rows: [[LooseToken]] = []
        var a = 0
        for r in 0..<k {
            var row = lines[r] + [dates[r], codes[r]]
            if wanting[r] {
                row.append(amounts[a])
                a += 1
            }
            let f = fields(row)
            guard f.isTransaction, f.date?.text == dates[r].text, f.code?.text == codes[r].text,
                  !wanting[r] || CellStream.same(f.amount, row.last), wanting[r] || f.amount == nil,
                  f.owned == nil, f.directIndirect == nil else { return nil }
            rows.append(row)
        }
        return rows
    }

    /// Gives each run of right-hand-only rows (see ``isRightHandOnly(_:)``) to
    /// as many rows right after it that lack their D/I, in order (see above).
    func joinRightHandsDrawnFirst(_ rows: inout [TableLines.Row]) {
        guard !wrapsCells, !kind.derivative else { return }
        // A row's (A)/(D) and price drawn ahead of its title, among right-hand cells drawn ahead of their rows.
        joinPricesAheadOfTitles(&rows)
        var h = 0
        while h < rows.count {
            guard isRightHandOnly(rows[h]) else { h += 1; continue }
            var e = h
            while e < rows.count, isRightHandOnly(rows[e]) { e += 1 }
            if let made = joined(rows, rightHands: h..<e) {
                // Holdings drawn between the right-hand cells and the left-hand ones stay after the rows made.
                rows.removeSubrange(made.open)
                rows.replaceSubrange(h..<e, with: made.rows)
                h += made.rows.count
            } else if let (trial, end) = withAmountsAheadJoined(rows, rightHands: h..<e),
                      let made = joined(trial, rightHands: h..<end) {
                rows = trial
                rows.removeSubrange(made.open)
                rows.replaceSubrange(h..<end, with: made.rows)
                h += made.rows.count
            } else if let (trial, end) = withNaturesBeforeHands(rows, rightHands: h..<e),
                      let made = joined(trial, rightHands: h..<end) {
                // Natures read as the titles of the groups after them (``withNaturesBeforeHands(_:rightHands:)``).
                rows = trial
                rows.removeSubrange(made.open)
                rows.replaceSubrange(h..<end, with: made.rows)
                h += made.rows.count
            } else if let (trial, start, end) = withStrayCodeSetAside(rows, rightHands: h..<e) {
                rows = trial.rows
                rows.removeSubrange(trial.made.open)
                rows.replaceSubrange(start..<end, with: trial.made.rows)
                h = start + trial.made.rows.count
            } else {
                h = e
            }
        }
    }

    /// A transaction read whole: a title first, its date, code, amount, (A)/(D), amount owned and D/I.
    func isWholeTransaction(_ row: TableLines.Row) -> Bool {
        guard row.anchor.first?.kind == .word else { return false }
        let f = fields(row.anchor)
        return f.isTransaction && f.date != nil && f.code != nil && f.amount != nil && f.acquiredDisposed != nil
            && f.owned != nil && f.directIndirect != nil && f.extra.isEmpty
    }

    /// A right-hand group led by its row's amount and (A)/(D), then its price
    /// ("$12.50", or "(2)" given by footnote alone).
    func hasAmountAhead(_ hand: [LooseToken]) -> Bool {
        hand.count > 2 && isAmountAndAcquiredDisposed(Array(hand.prefix(2))) && (hand[2].kind == .money || hand[2].kind == .footnoteOnly)
    }

    /// A holding read whole: a title, no date, an amount owned and a D/I.
    func isWholeHolding(_ row: TableLines.Row) -> Bool {
        guard row.anchor.first?.kind == .word, !row.anchor.contains(where: { $0.kind == .date }) else { return false }
        let f = fields(row.anchor)
        return !f.isTransaction && f.owned != nil && f.directIndirect != nil && f.extra.isEmpty
    }

    /// The rows the right-hand groups `hands` and the rows after them make,
    /// and the rows that lacked their right-hand cells (replaced by the rows
    /// made); nil unless all fit. Whole holdings may stand between the groups
    /// and those rows ("… See Footnotes(2)(5)" / "Class A Common Stock" /
    /// "1,000,000" / "I" / … / "Class A Common Stock" / "Class A Common Stock"
    /// / "05/14/2024" / …: the left-hand cells drawn after the table's
    /// holdings) only where those rows then end the table.
    func joined(_ rows: [TableLines.Row], rightHands hands: Range<Int>, strayCode: LooseToken? = nil) -> (rows: [TableLines.Row], open: Range<Int>)? {
        var open: [(anchor: [LooseToken], warnings: [EncodeWarning], split: Bool)] = []
        var q = hands.upperBound
        // Rows read whole may stand there too ("D" / "$5.1741(7)" / the next row's title …), where the rows end the table.
        while q < rows.count, isWholeHolding(rows[q]) || isWholeTransaction(rows[q]) { q += 1 }
        let skipped = q > hands.upperBound
        let openStart = q
        while q < rows.count, open.count < hands.count, rows[q].anchor.first?.kind == .word, !isComplete(rows[q].anchor) {
            // Groups led by their row's amount (see ``hasAmountAhead(_:)``) leave those rows none among the left-hand cells.
            let ahead = hands.dropFirst(open.count).map { !hasAmountAhead(rows[$0].anchor) }
            if let split = splitStackedTitles(rows[q].anchor)
                ?? (ahead.contains(false) ? splitStackedTitles(rows[q].anchor, needsAmount: Array(ahead.prefix(CellStream.lines(rows[q].anchor.prefix { !$0.isValue }.map { $0 }).count))) : nil) {
                open += split.enumerated().map { ($0.element, $0.offset == 0 ? rows[q].warnings : [], true) }
            } else {
                open.append((rows[q].anchor, rows[q].warnings, false))
            }
            q += 1
        }
        // The last group a holding's, its title drawn alone after the last row's left-hand cells (see ``holdingTitleAfterLeftHands(_:)``).
        var holding: Int?
        if open.count + 1 == hands.count, q == rows.count, let last = open.last, let split = holdingTitleAfterLeftHands(last.anchor) {
            open[open.count - 1].anchor = split.row
            open.append((split.title, [], false))
            holding = open.count - 1
        }
        guard open.count == hands.count, !skipped || q == rows.count else { return nil }
        if let strayCode {
            // The one open row with a title and a date but no code takes it, after its date.
            let lacking = open.indices.filter { let f = fields(open[$0].anchor); return f.date != nil && f.code == nil }
            guard lacking.count == 1, let o = lacking.first, let date = fields(open[o].anchor).date,
                  let at = open[o].anchor.firstIndex(where: { CellStream.same($0, date) }) else { return nil }
            open[o].anchor.insert(strayCode, at: at + 1)
            open[o].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                                  message: "code '\(strayCode.text)', drawn alone among column heads printed again (line \(strayCode.line)), was taken as this row's code: of the rows the right-hand cells drawn ahead of them fit, it is the one without a code",
                                                  line: strayCode.line, column: strayCode.column))
        }
        var made: [TableLines.Row] = []
        for (n, (o, r)) in zip(open, hands).enumerated() {
            let hand = rows[r].anchor
            // A group led by its row's amount and (A)/(D) (see ``withAmountsAheadJoined(_:rightHands:)``):
            // its amount owned and D/I are those its cells from the price on read as.
            let amountAhead = hasAmountAhead(hand)
            let g = fields(amountAhead ? Array(hand.dropFirst(2)) : hand)
            let row = o.anchor + hand
            let f = fields(row)
            let whole = n == holding ? !f.isTransaction && f.title.count == o.anchor.count && f.owned != nil
                : f.isTransaction && f.date != nil && f.code != nil && f.amount != nil && f.acquiredDisposed != nil
            guard whole, f.extra.isEmpty,
                  f.owned?.line == g.owned?.line, f.owned?.column == g.owned?.column,
                  f.directIndirect?.line == g.directIndirect?.line, f.directIndirect?.column == g.directIndirect?.column,
                  !amountAhead || (f.amount?.line == hand[0].line && f.amount?.column == hand[0].column),
                  !(f.title + f.nature).contains(where: { $0.kind == .number || $0.kind == .money || $0.kind == .date }),
                  let first = hand.first, let lead = o.anchor.first else { return nil }
            // Figures the stacked row read as text are placed now (checked above): those doubts go.
            var warnings = o.split ? o.warnings.filter { !$0.message.hasSuffix("rows may run together here") } : o.warnings
            if o.split {
                warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                              message: "titles printed together with dates, codes and amounts drawn column by column: this row took the title at line \(lead.line) and the date, code and amount '\(RowBuilder.text(Array(o.anchor.dropFirst(o.anchor.prefix { !$0.isValue }.count))))' in the order drawn",
                                              line: lead.line, column: lead.column))
            }
            warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                          message: "'\(RowBuilder.text(Array(hand.prefix(6))))', drawn with no title ahead of this row, was taken as its right-hand cells: the rows without them take those drawn before them in order",
                                          line: first.line, column: first.column))
            if n == holding {
                warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                              message: "'\(RowBuilder.text(Array(o.anchor.prefix(6))))', the table's last text, drawn after the left-hand cells of the row above, was taken as the title of this holding, not as that row's nature",
                                              line: lead.line, column: lead.column))
            }
            warnings += rows[r].warnings.filter { !$0.isNoTitleDoubt }
            made.append(TableLines.Row(anchor: row, above: [], below: [], warnings: warnings))
        }
        return (made, openStart..<q)
    }
}
