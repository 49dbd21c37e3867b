/// "Stock Option" / "$4.10" / "03/02/2021" / "M" / "Class B Units" /
/// "(2)" / "03/02/2021" / "C" / "Class B Units" / heads / "(3)" /
/// "03/01/2031" / "Common Stock" / "1,200" / … / "D" / "(2)" / "(2)" / … /
/// "I" / "By Trust" / … / "1,200" / "800": some PDFs draw Table II's
/// left-hand cells first, every row's title, price, date and code, one row
/// after another; then the heads; then every row's right-hand cells (dates
/// exercisable and expiration to D/I and nature), one row after another;
/// then rows drawn whole; and last the amounts (column 5) of the rows whose
/// amount was drawn with neither (an amount may also stand among the heads,
/// under its (A) or (D) head). Cut at titles, every left-hand group but the
/// last makes a row of its own without its right-hand cells, and the last
/// takes all of them. This rule reads the blocks only where every count
/// agrees: as many right-hand groups (each ending at its D/I and nature) as
/// left-hand groups, and one amount left over for each transaction without
/// one; every row must then read whole. Each row so made is reported;
/// otherwise nothing changes.
extension CellStream {
    /// The rows of a Table II drawn left-hand cells first (see above), and the
    /// paragraph after them, or nil when the paragraphs from `firstText` on
    /// are not so drawn.
    func leftHandsFirstRows(from firstText: Int) -> (rows: [TableLines.Row], next: Int)? {
        guard !wrapsCells, kind.derivative, firstText < paragraphs.count,
              !paragraphs[..<firstText].contains(where: { !$0.isHeader }) else { return nil }
        var k = firstText
        // The left-hand groups: a title paragraph, then values only, up to the heads.
        var lefts: [[LooseToken]] = []
        var titleLengths: [Int] = []
        while k < paragraphs.count, !isHead(at: k), !paragraphs[k].isHeader {
            let p = paragraphs[k]
            if p.opensWithText {
                guard p.isText else { return nil }
                lefts.append(p.tokens)
                titleLengths.append(p.tokens.count)
            } else {
                guard !lefts.isEmpty, !p.isText else { return nil }
                lefts[lefts.count - 1] += p.tokens
            }
            k += 1
        }
        guard lefts.count >= 2 else { return nil }
        // After the title at most a price, a date, a deemed date and a code.
        var transactions = 0
        for (left, length) in zip(lefts, titleLengths) {
            let cells = left[length...]
            let dates = cells.filter { $0.kind == .date }.count
            let codes = cells.filter { $0.kind == .letter }
            guard cells.count <= 4, dates <= 2, codes.count <= 1, codes.allSatisfy({ RowGrammar.codes.contains($0.text) }),
                  cells.count - dates - codes.count <= 1, (dates == 0) == codes.isEmpty else { return nil }
            if dates > 0 { transactions += 1 }
        }
        guard transactions > 0 else { return nil }
        func skipHeads() { while k < paragraphs.count, paragraphs[k].isHeader || isHead(at: k) { k += 1 } }
        func isFigure(_ p: Paragraph) -> Bool {
            !p.isHeader && p.tokens.count == 1 && p.tokens[0].kind == .number
        }
        skipHeads()
        // Amounts drawn among the heads (under the (A) or (D) head): figures alone, heads after them.
        var early: [LooseToken] = []
        while k < paragraphs.count, isFigure(paragraphs[k]) {
            var j = k
            while j < paragraphs.count, isFigure(paragraphs[j]) { j += 1 }
            guard j < paragraphs.count, paragraphs[j].isHeader || isHead(at: j) else { break }
            early += paragraphs[k..<j].flatMap(\.tokens)
            k = j
            skipHeads()
        }
        // The right-hand groups, one per left-hand group, each ending at its D/I and nature.
        var rights: [[LooseToken]] = []
        func group(lead: [LooseToken]) -> [LooseToken]? {
            var current: [LooseToken] = []
            while k < paragraphs.count, !paragraphs[k].isHeader, !isHead(at: k) {
                current += paragraphs[k].tokens
                k += 1
                guard let last = current.last else { continue }
                var di = fields(lead + current).directIndirect
                // An underlying title drawn around its amount hides the D/I from the grammar: read it put together.
                if di?.line != last.line || di?.column != last.column, last.kind == .letter,
                   let around = CellStream.underlyingTitleAroundAmount(current) {
                    di = fields(lead + around.cells).directIndirect
                }
                if let di, last.line == di.line, last.column == di.column {
                    // Its nature; owned indirectly, maybe after the nature column's head drawn between them.
                    var j = k
                    while di.text == "I", j < paragraphs.count, paragraphs[j].isHeader || isHead(at: j) { j += 1 }
                    if j < paragraphs.count, paragraphs[j].isText, CellStream.looksLikeNature(paragraphs[j]) {
                        current += paragraphs[j].tokens
                        k = j + 1
                        // "See" / "footnote(3)": a nature cut into paragraphs goes on in lower case (a title does not).
                        while k < paragraphs.count, paragraphs[k].isText, !paragraphs[k].isHeader,
                              paragraphs[k].tokens[0].kind == .word, paragraphs[k].tokens[0].text.first?.isLowercase == true {
                            current += paragraphs[k].tokens
                            k += 1
                        }
                    }
                    return current
                }
            }
            return nil
        }
        for left in lefts {
            guard k < paragraphs.count, !paragraphs[k].opensWithText || paragraphs[k].tokens.contains(where: \.isValue),
                  let right = group(lead: left) else { return nil }
            rights.append(right)
        }
        // Rows drawn whole after them, each from its title to its D/I and nature.
        var whole: [[LooseToken]] = []
        while k < paragraphs.count, paragraphs[k].opensWithText, paragraphs[k].isText, !CellStream.looksLikeNature(paragraphs[k]) {
            let title = paragraphs[k].tokens
            k += 1
            guard let rest = group(lead: title) else { return nil }
            whole.append(title + rest)
        }
        // The amounts left at the end: figures alone, then heads, a title or the end.
        var trailing: [LooseToken] = []
        while k < paragraphs.count, isFigure(paragraphs[k]) {
            trailing += paragraphs[k].tokens
            k += 1
        }
        guard k == paragraphs.count || paragraphs[k].isHeader || isHead(at: k) || paragraphs[k].opensWithText else { return nil }
        let amounts = early + trailing
        var used = 0
        var rows: [TableLines.Row] = []
        for r in lefts.indices {
            // As drawn, or else with the underlying title put together around its amount.
            let spare = used < amounts.count ? amounts[used] : nil
            var made = leftHandsRow(lefts[r], rights[r], spare: spare)
            var rejoined: LooseToken?
            if made == nil, let around = CellStream.underlyingTitleAroundAmount(rights[r]) {
                made = leftHandsRow(lefts[r], around.cells, spare: spare)
                rejoined = around.moved
            }
            guard let made, let title = lefts[r].first, let right = rights[r].first else { return nil }
            let row = made.row
            var warnings = [EncodeWarning(rule: "ENC-ROW-SPLIT",
                                          message: "Table II is drawn left-hand cells first: this row's title, price, date and code (line \(title.line)) and its right-hand cells (line \(right.line)) were put together by their order in each block",
                                          line: title.line, column: title.column)]
            if let filled = made.filled {
                used += 1
                warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                              message: "'\(filled.text)', drawn apart from every row's cells, was taken as this row's amount: the transactions without an amount take those values in order",
                                              line: filled.line, column: filled.column))
            }
            if let rejoined {
                warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                              message: "the underlying security's title is drawn around its amount: '\(rejoined.text)' and the words after it up to the next value were read as the title's end",
                                              line: rejoined.line, column: rejoined.column))
            }
            rows.append(TableLines.Row(anchor: row, above: [], below: [], warnings: warnings))
        }
        guard used == amounts.count else { return nil }
        for row in whole {
            guard readsWhole(row, fields(row)) else { return nil }
            rows.append(TableLines.Row(anchor: row, above: [], below: [], warnings: []))
        }
        return (rows, k)
    }

    /// The row of left-hand cells `left` and right-hand cells `right`, and the
    /// amount left over it took (`spare`, where a transaction's right-hand
    /// cells do not open with its amount), or nil where it does not read whole.
    private func leftHandsRow(_ left: [LooseToken], _ right: [LooseToken], spare: LooseToken?) -> (row: [LooseToken], filled: LooseToken?)? {
        var row = left + right
        var f = fields(row)
        var filled: LooseToken?
        if f.isTransaction {
            // A transaction's right-hand cells open with its amount, or it takes one left over.
            guard var amount = right.first else { return nil }
            if amount.kind != .number {
                guard let spare else { return nil }
                amount = spare
                filled = spare
                row.insert(spare, at: left.count)
                f = fields(row)
            }
            guard f.amount?.line == amount.line, f.amount?.column == amount.column else { return nil }
        }
        guard readsWhole(row, f) else { return nil }
        return (row, filled)
    }

    /// True when a Table II row made from blocks has every cell in its place:
    /// a title, dates exercisable and expiration, the underlying security, a
    /// D/I, and a transaction's date, code and amount; nothing left over.
    private func readsWhole(_ row: [LooseToken], _ f: RowFields) -> Bool {
        guard let first = row.first, first.kind == .word, f.directIndirect != nil, f.owned != nil, f.extra.isEmpty,
              !f.exercise.isEmpty, !f.expiration.isEmpty, f.underlyingShares != nil || !f.underlyingTitle.isEmpty,
              !f.isTransaction || f.date != nil && f.code != nil && f.amount != nil,
              swallowedFigures(row).isEmpty else { return false }
        return true
    }
}
