/// Some PDFs draw Table I column by column, not row by row: all the rows'
/// titles first ("Class A Common Stock" five times, one line each), then each
/// row's date and code, then the column heads, then each row's right-hand
/// cells ((A)/(D), price, amount owned, D/I, nature), and last the amounts of
/// the rows whose amount was not drawn with those cells. Cut into rows at
/// titles, such a table makes one row of all the titles and dates and rows of
/// values with no title. These rules read it block by block, only where the
/// blocks fit exactly: as many titles as (date, code) groups, as many
/// right-hand groups (each ending at its D/I and nature), and every amount
/// left at the end filling one row that lacks its amount. Every row read so
/// is reported; where any count disagrees nothing changes.
extension CellStream {
    /// The rows of a Table I drawn in column blocks (see above), and the
    /// paragraph after them (a title of a row drawn in the usual order, or the
    /// end), or nil when the paragraphs from `firstText` on are not such blocks.
    func columnBlockRows(from firstText: Int) -> (rows: [TableLines.Row], next: Int)? {
        guard !wrapsCells, !kind.derivative, firstText < paragraphs.count,
              !paragraphs[..<firstText].contains(where: { !$0.isHeader }) else { return nil }
        var k = firstText
        // The titles: text paragraphs one after another, or one paragraph of
        // identical lines (a title does not repeat itself, so each line is a row's).
        var titles: [[LooseToken]] = []
        while k < paragraphs.count, !paragraphs[k].isHeader, paragraphs[k].isText, paragraphs[k].opensWithText,
              !CellStream.looksLikeNature(paragraphs[k]) {
            titles.append(paragraphs[k].tokens)
            k += 1
        }
        if titles.count == 1 {
            let lines = CellStream.lines(titles[0])
            let texts = Set(lines.map { RowBuilder.text($0) })
            guard lines.count >= 2, texts.count == 1 else { return nil }
            titles = lines
        }
        guard titles.count >= 2 else { return nil }
        // The (date, code) groups: each opens with a date and holds no amount
        // or text, and all hold as many cells. The right-hand cells follow the
        // last group, after the heads or right after it.
        var dates: [[LooseToken]] = []
        while k < paragraphs.count, !paragraphs[k].isHeader {
            if dates.count == titles.count, let last = dates.last, last.count >= dates[0].count { break }
            let tokens = paragraphs[k].tokens
            guard !paragraphs[k].isText, !tokens.contains(where: { $0.kind == .number || $0.kind == .money || $0.kind == .word }) else { return nil }
            if tokens.first?.kind == .date {
                guard tokens.filter({ $0.kind == .date }).count <= 2 else { return nil }
                dates.append(tokens)
            } else {
                guard !dates.isEmpty, !tokens.contains(where: { $0.kind == .date }) else { return nil }
                dates[dates.count - 1] += tokens
            }
            k += 1
        }
        guard dates.count == titles.count, Set(dates.map(\.count)).count == 1 else { return nil }
        for (t, d) in zip(titles, dates) {
            let f = fields(t + d)
            guard f.isTransaction, f.date != nil, f.code != nil, f.amount == nil, f.owned == nil, f.directIndirect == nil else { return nil }
        }
        // The right-hand groups, after the heads: each ends at its D/I, then its nature if text follows.
        var groups: [[LooseToken]] = []
        var current: [LooseToken] = []
        func skipHeads() { while k < paragraphs.count, paragraphs[k].isHeader { k += 1 } }
        skipHeads()
        while k < paragraphs.count, groups.count < titles.count {
            let p = paragraphs[k]
            guard !p.opensWithText else { return nil }
            current += p.tokens
            k += 1
            skipHeads()
            let r = groups.count
            let f = fields(titles[r] + dates[r] + current)
            if let di = f.directIndirect, f.owned != nil, let last = current.last, last.line == di.line, last.column == di.column {
                if k < paragraphs.count, paragraphs[k].isText {
                    current += paragraphs[k].tokens
                    k += 1
                    skipHeads()
                }
                groups.append(current)
                current = []
            }
        }
        guard groups.count == titles.count, current.isEmpty else { return nil }
        // The amounts left after them, in order, for the rows that lack one;
        // then the table ends or a row drawn in the usual order opens.
        var trailing: [LooseToken] = []
        while k < paragraphs.count, !paragraphs[k].opensWithText {
            guard paragraphs[k].tokens.allSatisfy({ $0.kind == .number }) else { return nil }
            trailing += paragraphs[k].tokens
            k += 1
            skipHeads()
        }
        var rows: [TableLines.Row] = []
        var t = 0
        for r in titles.indices {
            var row = titles[r] + dates[r]
            let head = row.count
            row += groups[r]
            var f = fields(row)
            var filled: LooseToken?
            if f.amount == nil {
                guard t < trailing.count else { return nil }
                filled = trailing[t]
                row.insert(trailing[t], at: head)
                t += 1
                f = fields(row)
                guard f.amount?.line == filled?.line, f.amount?.column == filled?.column else { return nil }
            }
            guard f.isTransaction, f.date != nil, f.code != nil, f.amount != nil, f.acquiredDisposed != nil, f.owned != nil,
                  f.directIndirect != nil, f.extra.isEmpty,
                  !(f.title + f.nature).contains(where: { $0.kind == .number || $0.kind == .money || $0.kind == .date }),
                  let title = titles[r].first, let date = dates[r].first, let right = groups[r].first else { return nil }
            var warnings = [EncodeWarning(rule: "ENC-ROW-SPLIT",
                                          message: "the table is drawn in column blocks: this row's title (line \(title.line)), date and code (line \(date.line)) and right-hand cells (line \(right.line)) were put together by their order in each block",
                                          line: right.line, column: right.column)]
            if let filled {
                warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                              message: "'\(filled.text)', left after the table's last row, was taken as this row's amount: the rows without an amount take the values left at the end in order",
                                              line: filled.line, column: filled.column))
            }
            rows.append(TableLines.Row(anchor: row, above: [], below: [], warnings: warnings))
        }
        guard t == trailing.count else { return nil }
        return (rows, k)
    }

    /// "Common Stock" + "Common Stock" / "08/08/2022" + "08/08/2022" / "S" +
    /// "S" / heads / "23,154" "D" "$886.06(20)" … "I" "by Trust(2)" / "D"
    /// "$886.948(21)" … / "158,471,223" "I" "by Trust(2)" / "34,676": column
    /// blocks after a page's heads, cut as one row. A row opening with K
    /// identical title lines, then K dates and K codes, then K right-hand
    /// groups, then right-hand groups of rows further on (their title after
    /// them), then the amounts of the K rows drawn without one: K rows, and
    /// the further groups as rows of their own, left for
    /// ``joinRightHandsDrawnFirst(_:)``. Only where every count agrees and
    /// every further group finds its row; each row so made is reported.
    func splitStackedBlocks(_ rows: inout [TableLines.Row]) {
        guard !wrapsCells, !kind.derivative else { return }
        var r = 0
        while r < rows.count {
            guard let made = stackedBlock(rows[r]) else { r += 1; continue }
            var trial = rows
            trial.replaceSubrange(r...r, with: made.rows)
            joinRightHandsDrawnFirst(&trial)
            // Every further group must have gone to a row with a title.
            let placed = made.further.allSatisfy { lead in
                trial.contains { row in
                    row.anchor.first?.kind == .word && row.anchor.contains { $0.line == lead.line && $0.column == lead.column }
                }
            }
            if placed {
                rows = trial
                r += made.rows.count - made.further.count
            } else {
                r += 1
            }
        }
    }

    /// The rows one row of column blocks makes (see ``splitStackedBlocks(_:)``),
    /// and the first token of each further group; nil unless all counts agree.
    private func stackedBlock(_ row: TableLines.Row) -> (rows: [TableLines.Row], further: [LooseToken])? {
        let anchor = row.anchor
        let titleCount = anchor.prefix { !$0.isValue && $0.kind != .letter }.count
        let titles = CellStream.lines(Array(anchor.prefix(titleCount)))
        let k = titles.count
        guard k >= 2, Set(titles.map { RowBuilder.text($0) }).count == 1, anchor.count > titleCount + 2 * k else { return nil }
        let left = anchor[titleCount..<(titleCount + 2 * k)]
        let dates = left.filter { $0.kind == .date }
        let codes = left.filter { $0.kind == .letter && RowGrammar.codes.contains($0.text) }
        guard left.first?.kind == .date, dates.count == k, codes.count == k else { return nil }
        let stream = Array(anchor[(titleCount + 2 * k)...])
        // Right-hand groups: each ends at its D/I, then the words of its nature.
        func group(from start: Int, lead: [LooseToken]) -> Int? {
            var i = start
            while i < stream.count {
                i += 1
                let f = fields(lead + stream[start..<i])
                if let di = f.directIndirect, f.owned != nil, di.line == stream[i - 1].line, di.column == stream[i - 1].column {
                    while i < stream.count, stream[i].kind == .word || stream[i].kind == .footnoteOnly { i += 1 }
                    return i
                }
            }
            return nil
        }
        var i = 0
        var made: [TableLines.Row] = []
        var open: [Int] = []
        for r in 0..<k {
            let lead = titles[r] + [dates[r], codes[r]]
            guard let end = group(from: i, lead: lead) else { return nil }
            let row = lead + stream[i..<end]
            let f = fields(row)
            guard f.isTransaction, f.acquiredDisposed != nil, f.owned != nil, f.extra.isEmpty else { return nil }
            if f.amount == nil { open.append(r) }
            made.append(TableLines.Row(anchor: row, above: [], below: [], warnings: []))
            i = end
        }
        // Further groups, then the amounts: numbers only, one for each row without its amount.
        var further: [LooseToken] = []
        var extra: [TableLines.Row] = []
        while i < stream.count, !stream[i...].allSatisfy({ $0.kind == .number }) {
            guard stream[i].kind != .word, let end = group(from: i, lead: []) else { return nil }
            let hand = TableLines.Row(anchor: Array(stream[i..<end]), above: [], below: [], warnings: [])
            guard isRightHandOnly(hand) else { return nil }
            further.append(stream[i])
            extra.append(hand)
            i = end
        }
        let amounts = stream[i...]
        guard amounts.count == open.count else { return nil }
        for (r, amount) in zip(open, amounts) {
            var anchor = made[r].anchor
            anchor.insert(amount, at: titles[r].count + 2)
            let f = fields(anchor)
            guard f.amount?.line == amount.line, f.amount?.column == amount.column else { return nil }
            made[r].anchor = anchor
            made[r].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                                  message: "'\(amount.text)', left after the right-hand cells of rows drawn column by column, was taken as this row's amount: the rows without an amount take those values in order",
                                                  line: amount.line, column: amount.column))
        }
        for r in made.indices {
            let f = fields(made[r].anchor)
            guard f.date != nil, f.code != nil, f.amount != nil, f.directIndirect != nil, f.extra.isEmpty,
                  swallowedFigures(made[r].anchor).isEmpty, let title = titles[r].first else { return nil }
            made[r].warnings.insert(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                                  message: "titles printed together with dates, codes and right-hand cells drawn column by column: this row took the title at line \(title.line), the date and code '\(dates[r].text) \(codes[r].text)' and its right-hand cells in the order drawn",
                                                  line: title.line, column: title.column), at: 0)
        }
        // The row's own doubts, but those about figures read as text (now placed), stay with its first row.
        made[0].warnings += row.warnings.filter { !$0.message.hasSuffix("rows may run together here") }
        return (made + extra, further)
    }

    /// A paragraph's tokens cut at its lines.
    static func lines(_ tokens: [LooseToken]) -> [[LooseToken]] {
        var lines: [[LooseToken]] = []
        for t in tokens {
            if let last = lines.last?.last, last.line == t.line { lines[lines.count - 1].append(t) } else { lines.append([t]) }
        }
        return lines
    }
}
