/// "78,667" / "A" / "(2)(3)" / "78,667" / "I" / "See footnote(4)" / "D" /
/// "$102.0764(6)" / "53,300" / "I" / … / "113,000" / "I" / … / "04/02/2012" /
/// "S(5)" / "04/02/2012" / "S(5)" / "Class A Common Stock" / "03/27/2012" /
/// "C(1)" / "V" / "113,000" / "A" / … / "7. Nature of …" / "C(1)" / "Class A
/// Common Stock" / "Amount" / "04/02/2012" / "Class A Common Stock" / "5.
/// Amount of …" / "25,367" + "53,300": some PDFs draw a Table I as
///
/// 1. the right-hand cells of every row, row by row: the first rows'
///    groups from their amount (or, where that is drawn last, from their
///    (A)/(D)) to their D/I and nature, then, for the rows drawn whole
///    further on, their amount owned, D/I and nature;
/// 2. the (date, code) pairs of the rows whose amounts are drawn last;
/// 3. the rows drawn whole but for those right-hand cells (title, date,
///    code, V, amount, (A)/(D), price);
/// 4. among the column heads: the first rows' titles, the date and code
///    of the rows whose groups have their amount, and, last, the amounts
///    the other groups lack.
///
/// Cut at titles, the first rows have no title and the later ones no D/I.
/// Read so only where every count agrees: the rows drawn whole take the
/// last groups (an amount owned and D/I each), the other groups are as
/// many as the titles among the heads; those that lack their amount are as
/// many as the (date, code) pairs and the amounts drawn last, the others as
/// many as the lone dates and lone codes among the heads; and every row so
/// made reads whole (a transaction with its date, code, amount, (A)/(D),
/// amount owned and D/I, nothing left over). Each row is reported with the
/// lines its cells came from; otherwise nothing changes.
extension CellStream {
    /// The rows of a Table I drawn so (see above), in the order drawn: the
    /// first rows, then the rows drawn whole; nil where the table does not fit.
    func leftHandsAmongHeadsRows() -> [TableLines.Row]? {
        guard !wrapsCells, !kind.derivative else { return nil }
        let body = paragraphs.indices.filter { !paragraphs[$0].isHeader }
        func isLone(_ k: Int, _ kind: LooseToken.Kind) -> Bool {
            paragraphs[k].tokens.count == 1 && paragraphs[k].tokens[0].kind == kind
        }
        func isTitle(_ k: Int) -> Bool {
            paragraphs[k].isText && paragraphs[k].opensWithText && !CellStream.looksLikeNature(paragraphs[k])
        }
        // 1. The right-hand groups, up to the first lone date.
        var b = 0
        var groups: [[LooseToken]] = []
        var current: [LooseToken] = []
        var closed = false
        while b < body.count, !isLone(body[b], .date) {
            let p = paragraphs[body[b]]
            if p.isText {
                // A nature: only right after a D/I.
                guard closed, CellStream.looksLikeNature(p), current.last?.kind == .letter else { return nil }
                current += p.tokens
            } else {
                guard p.tokens.count == 1, case let t = p.tokens[0], t.isValue || t.kind == .letter else { return nil }
                if closed {
                    groups.append(current)
                    current = []
                    closed = false
                }
                current.append(t)
                // A D/I: a D or I after the amount owned, not before a value (an (A)/(D) is).
                if t.kind == .letter, t.text == "D" || t.text == "I", current.count >= 2, current[current.count - 2].kind == .number,
                   !(b + 1 < body.count && paragraphs[body[b + 1]].tokens.first?.isValue == true) {
                    closed = true
                }
            }
            b += 1
        }
        guard closed else { return nil }
        groups.append(current)
        // 2. The (date, code) pairs.
        var pairs: [(date: LooseToken, code: LooseToken)] = []
        while b + 1 < body.count, isLone(body[b], .date), isLone(body[b + 1], .letter) {
            pairs.append((paragraphs[body[b]].tokens[0], paragraphs[body[b + 1]].tokens[0]))
            b += 2
        }
        // 3. The rows drawn whole but for their right-hand cells: a title, its date right after it.
        var whole: [[LooseToken]] = []
        while b + 1 < body.count, isTitle(body[b]), body[b + 1] == body[b] + 1, isLone(body[b + 1], .date) {
            var row = paragraphs[body[b]].tokens
            var k = body[b] + 1
            while k < paragraphs.count, !(paragraphs[k].isHeader && !isVBetweenCells(k)), !isTitle(k) {
                row += paragraphs[k].tokens
                k += 1
            }
            whole.append(row)
            while b < body.count, body[b] < k { b += 1 }
        }
        // 4. Among the heads: titles, lone dates and codes, and the amounts drawn last.
        var titles: [LooseToken] = [], dates: [LooseToken] = [], codes: [LooseToken] = [], amounts: [LooseToken] = []
        for k in body[b...] {
            let p = paragraphs[k]
            if isTitle(k) {
                titles += p.tokens
            } else if isLone(k, .date) {
                dates.append(p.tokens[0])
            } else if isLone(k, .letter), RowGrammar.codes.contains(p.tokens[0].text) {
                codes.append(p.tokens[0])
            } else if p.tokens.allSatisfy({ $0.kind == .number }), amounts.isEmpty {
                amounts = p.tokens
            } else {
                return nil
            }
        }
        let heads = groups.count - whole.count
        guard heads >= 1, !titles.isEmpty, let cut = CellStream.cutTitles(titles, count: heads) else { return nil }
        // A group that lacks its amount opens with its (A)/(D).
        let lacking = groups.prefix(heads).map { $0.first?.kind == .letter }
        let lackCount = lacking.filter { $0 }.count
        guard pairs.count == lackCount, amounts.count == lackCount, dates.count == heads - lackCount, codes.count == heads - lackCount,
              groups.suffix(whole.count).allSatisfy({ $0.count >= 2 && $0[0].kind == .number && $0[1].kind == .letter }) else { return nil }
        var rows: [TableLines.Row] = []
        var nextPair = 0, nextLone = 0
        for h in 0..<heads {
            var row = cut[h]
            let date: LooseToken, code: LooseToken
            var amount: LooseToken? = nil
            if lacking[h] {
                (date, code) = pairs[nextPair]
                amount = amounts[nextPair]
                nextPair += 1
            } else {
                (date, code) = (dates[nextLone], codes[nextLone])
                nextLone += 1
            }
            row += [date, code]
            if let amount { row.append(amount) }
            row += groups[h]
            guard readsWhole(row, title: cut[h]), let lead = cut[h].first else { return nil }
            let amountLine = amount.map { ", its amount from line \($0.line)" } ?? ""
            let message = "the table draws its rows' right-hand cells first and their titles among the column heads: this row, the \(h + 1). of \(groups.count), took the \(h + 1). title there, its date and code from line \(date.line)\(amountLine), and the cells from line \(groups[h][0].line), in the order drawn"
            rows.append(TableLines.Row(anchor: row, above: [], below: [],
                                       warnings: [EncodeWarning(rule: "ENC-ROW-SPLIT", message: message, line: lead.line, column: lead.column)]))
        }
        for (w, left) in whole.enumerated() {
            let group = groups[heads + w]
            let row = left + group
            guard readsWhole(row, title: Array(left.prefix { $0.kind == .word || $0.kind == .letter })), let lead = left.first else { return nil }
            let message = "the table draws its rows' right-hand cells first: this row took the amount owned and D/I from line \(group[0].line), the \(heads + w + 1). of \(groups.count) such groups, in the order drawn"
            rows.append(TableLines.Row(anchor: row, above: [], below: [],
                                       warnings: [EncodeWarning(rule: "ENC-ROW-SPLIT", message: message, line: lead.line, column: lead.column)]))
        }
        return rows
    }

    /// A "V" paragraph (read as a head) between two cells: the row's V.
    private func isVBetweenCells(_ k: Int) -> Bool {
        guard k > 0, k + 1 < paragraphs.count, paragraphs[k].tokens.count == 1, paragraphs[k].tokens[0].text == "V" else { return false }
        return !paragraphs[k - 1].isHeader && !paragraphs[k + 1].isHeader
    }

    /// True when `row` reads as one whole transaction with `title` as its title.
    private func readsWhole(_ row: [LooseToken], title: [LooseToken]) -> Bool {
        let f = fields(row)
        return f.isTransaction && f.title.count == title.count && f.date != nil && f.code != nil && f.amount != nil
            && f.acquiredDisposed != nil && f.owned != nil && f.directIndirect != nil && f.extra.isEmpty && swallowedFigures(row).isEmpty
    }
}
