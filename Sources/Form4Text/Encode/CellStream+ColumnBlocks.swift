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

    /// A paragraph's tokens cut at its lines.
    static func lines(_ tokens: [LooseToken]) -> [[LooseToken]] {
        var lines: [[LooseToken]] = []
        for t in tokens {
            if let last = lines.last?.last, last.line == t.line { lines[lines.count - 1].append(t) } else { lines.append([t]) }
        }
        return lines
    }
}
