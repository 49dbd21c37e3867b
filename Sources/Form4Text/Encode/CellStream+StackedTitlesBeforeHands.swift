/// "Common Stock" + "Common Stock" / "11/12/2021" / ("V") / "S" / "11/12/2021" / "S"
/// / (a page's heads) / "32,129" / "D" / "$1,038.432(20)" / "166,336,502" /
/// "I" / "by Trust(2)" / "D" / "$1,039.533(21)" / "166,308,271" / "I" / "by
/// Trust(2)" / "166,297,462" / "I" / "by Trust(2)" / "28,231" / "Common
/// Stock" / "11/12/2021" / "S" / "10,809" / "D" / "$1,040.40(22)": at a
/// page's top some PDFs draw the left-hand cells of two rows first (their
/// titles in one paragraph, then their dates and codes), then the right-hand
/// cells of those rows and of the row after them, one group each (from the
/// amount or the (A)/(D) to the nature), then the amounts the groups lack,
/// and last the third row's left-hand cells. Cut at titles, that makes a row
/// of two titles and two dates, rows with no title and a row with no D/I.
///
/// Read so only where every count agrees: K identical title lines with
/// exactly K dates and K codes after them, each code right after its date, exactly K + 1 groups, each ending
/// at its D/I (and nature), led by nothing, by (A)/(D) and price, or by the
/// amount, (A)/(D) and price; the loose amounts after the groups exactly as
/// many as the rows whose cells lack one (taken in row order); and every row
/// then reads whole with each value where it was meant. Each row so made is
/// reported with the lines it took; otherwise nothing changes.
extension CellStream {
    /// Rows read from a run of paragraphs, and the paragraph after the run.
    struct StackedSpan {
        var rows: [TableLines.Row]
        var next: Int
        /// The stacked titles' paragraph.
        var start: Int
        /// Each code drawn right after its date: read so at once (see ``stackedTitleSpan(at:)``).
        var alternating: Bool
    }

    /// Where a span's dates all come before its codes, the rows cut from its
    /// paragraphs (and mended by the other rules) are replaced by the span's
    /// rows only where some of them is still broken (no title, no D/I, or
    /// cells left over) and none holds a token from outside the span.
    func mendStackedSpans(_ spans: [StackedSpan], in rows: inout [TableLines.Row]) {
        for span in spans where !span.alternating {
            let lines = Set(paragraphs[span.start..<span.next].flatMap(\.tokens).map(\.line))
            let touched = rows.indices.filter { r in rows[r].anchor.contains { lines.contains($0.line) } }
            guard let first = touched.first, let last = touched.last, touched.count == last - first + 1,
                  touched.allSatisfy({ r in rows[r].anchor.allSatisfy { lines.contains($0.line) } }),
                  touched.contains(where: { r in
                      let f = fields(rows[r].anchor)
                      return rows[r].anchor.first?.kind != .word || f.directIndirect == nil || !f.extra.isEmpty
                  }) else { continue }
            rows.replaceSubrange(first...last, with: span.rows)
        }
    }

    /// Every such run in the table, by its first paragraph (the stacked titles).
    func stackedTitleSpans() -> [Int: StackedSpan] {
        guard !wrapsCells, !kind.derivative else { return [:] }
        var spans: [Int: StackedSpan] = [:]
        var k = 0
        while k < paragraphs.count {
            if let span = stackedTitleSpan(at: k) {
                spans[k] = span
                k = span.next
            } else {
                k += 1
            }
        }
        return spans
    }

    /// A right-hand group: the cells from the amount (or the (A)/(D), or the
    /// amount owned) to the D/I, and the nature after it.
    private struct HandGroup {
        var tokens: [LooseToken]
        var amount: LooseToken?
        var hasAcquiredDisposedAndPrice: Bool
        var owned: LooseToken
        var directIndirect: LooseToken
    }

    /// The run starting at paragraph `k` (see above), or nil.
    func stackedTitleSpan(at k: Int) -> StackedSpan? {
        let p = paragraphs[k]
        guard p.isText, p.opensWithText, !p.isHeader else { return nil }
        let titles = CellStream.lines(p.tokens)
        // A title does not repeat itself: identical lines are the titles of as many rows.
        guard titles.count >= 2, Set(titles.map { RowBuilder.text($0) }).count == 1 else { return nil }
        let count = titles.count
        // Their dates and codes, a cell each, the first a date; heads (a page's, the V column's) among them.
        var dates: [LooseToken] = [], codes: [LooseToken] = []
        var alternating = true
        var j = k + 1
        while j < paragraphs.count, dates.count < count || codes.count < count {
            let q = paragraphs[j]
            if q.isHeader { j += 1; continue }
            // Each row's date then its code; or all dates, then all codes ("09/30/2020" +
            // "09/30/2020" / "S" + "S"), where the drawn row often reads as one that
            // ``splitStackedBlocks(_:)`` cuts: such a span only mends what that leaves broken.
            for t in q.tokens {
                if t.kind == .date, dates.count < count {
                    if dates.count != codes.count { alternating = false }
                    dates.append(t)
                } else if t.kind == .letter, RowGrammar.codes.contains(t.text), codes.count < dates.count {
                    codes.append(t)
                } else {
                    return nil
                }
            }
            j += 1
        }
        guard dates.count == count, codes.count == count else { return nil }
        // The right-hand cells, up to the next row's title (a text followed by its date).
        var segment: [LooseToken] = []
        var t = j
        while t < paragraphs.count {
            if isHead(at: t) { t += 1; continue }
            let q = paragraphs[t]
            if q.opensWithText, !q.isHeader, startsRow(at: t) { break }
            segment += q.tokens
            t += 1
        }
        guard t < paragraphs.count, let cut = CellStream.handGroups(segment), cut.groups.count == count + 1 else { return nil }
        // The next row's left-hand cells: up to the next text, none of its right-hand cells among them.
        var u = t + 1
        while u < paragraphs.count, !paragraphs[u].isHeader, !paragraphs[u].opensWithText, !paragraphs[u].isText { u += 1 }
        let last = paragraphs[t..<u].flatMap(\.tokens)
        let lastFields = fields(last)
        guard lastFields.isTransaction, lastFields.owned == nil, lastFields.directIndirect == nil,
              lastFields.date != nil, lastFields.code != nil else { return nil }
        let lastHasHands = lastFields.amount != nil || lastFields.acquiredDisposed != nil || lastFields.price != nil
        if lastHasHands {
            guard lastFields.amount != nil, lastFields.acquiredDisposed != nil, lastFields.price != nil else { return nil }
        }
        // Each row with its group, and a loose amount where neither holds one.
        var loose = cut.amounts[...]
        var rows: [TableLines.Row] = []
        for r in 0...count {
            let g = cut.groups[r]
            let left: [LooseToken] = r < count ? titles[r] + [dates[r], codes[r]] : last
            let leftHasHands = r == count && lastHasHands
            if leftHasHands {
                guard g.amount == nil, !g.hasAcquiredDisposedAndPrice else { return nil }
            } else {
                guard g.hasAcquiredDisposedAndPrice else { return nil }
            }
            var amount = leftHasHands ? lastFields.amount : g.amount
            var takenLoose: LooseToken?
            if amount == nil {
                guard let a = loose.popFirst() else { return nil }
                amount = a
                takenLoose = a
            }
            let row = left + (takenLoose.map { [$0] } ?? []) + g.tokens
            let f = fields(row)
            let titleCount = left.prefix { !$0.isValue }.count
            guard f.isTransaction, f.extra.isEmpty, f.price != nil, f.acquiredDisposed != nil,
                  CellStream.same(f.amount, amount), CellStream.same(f.owned, g.owned), CellStream.same(f.directIndirect, g.directIndirect),
                  r == count || CellStream.same(f.date, dates[r]) && CellStream.same(f.code, codes[r]),
                  f.title.count == titleCount, swallowedFigures(row).isEmpty,
                  let lead = row.first, let hand = g.tokens.first else { return nil }
            var message: String
            if r < count {
                message = "titles printed together with their dates and codes, this row's other cells drawn after them: it took title \(r + 1) of \(count) (line \(lead.line)), the date and code '\(dates[r].text) \(codes[r].text)' and the \(r + 1). group of right-hand cells '\(RowBuilder.text(Array(g.tokens.prefix(6))))' (line \(hand.line)) in the order drawn"
            } else {
                message = "this row's left-hand cells were drawn after the right-hand cells of the \(count) rows above and its own: it took the \(r + 1). group '\(RowBuilder.text(Array(g.tokens.prefix(6))))' (line \(hand.line)) in the order drawn"
            }
            if let a = takenLoose {
                message += ", and the amount '\(a.text)' (line \(a.line)) left after the groups, the first not yet taken by a row whose cells lack one"
            }
            rows.append(TableLines.Row(anchor: row, above: [], below: [],
                                       warnings: [EncodeWarning(rule: "ENC-ROW-SPLIT", message: message, line: lead.line, column: lead.column)]))
        }
        guard loose.isEmpty else { return nil }
        return StackedSpan(rows: rows, next: u, start: k, alternating: alternating)
    }

    /// The right-hand cells cut into groups, each ending at its D/I and the
    /// nature after it, and the plain figures left after the last group (the
    /// amounts of rows whose groups lack one); nil where a group is not led
    /// by nothing, (A)/(D) and price, or amount, (A)/(D) and price.
    private static func handGroups(_ tokens: [LooseToken]) -> (groups: [HandGroup], amounts: [LooseToken])? {
        func isLetter(_ t: LooseToken, _ set: Set<String>) -> Bool { t.kind == .letter && set.contains(t.text) }
        var groups: [HandGroup] = []
        var i = 0
        while i < tokens.count {
            // The group's end: a D/I letter after the amount owned, no price after it (an (A)/(D) has its price next).
            guard let di = tokens[i...].indices.first(where: { d in
                d > i && isLetter(tokens[d], ["D", "I"]) && tokens[d - 1].kind == .number
                    && !(d + 1 < tokens.count && tokens[d + 1].kind == .money)
            }) else { break }
            var end = di + 1
            while end < tokens.count, tokens[end].kind == .word || tokens[end].kind == .footnoteOnly && tokens[end - 1].kind == .word { end += 1 }
            let lead = Array(tokens[i..<(di - 1)])
            let owned = tokens[di - 1]
            var amount: LooseToken?
            let hands: Bool
            switch lead.count {
            case 0: hands = false
            case 2:
                guard isLetter(lead[0], ["A", "D"]), lead[1].kind == .money else { return nil }
                hands = true
            case 3:
                guard lead[0].kind == .number, isLetter(lead[1], ["A", "D"]), lead[2].kind == .money else { return nil }
                amount = lead[0]
                hands = true
            default: return nil
            }
            groups.append(HandGroup(tokens: Array(tokens[i..<end]), amount: amount, hasAcquiredDisposedAndPrice: hands,
                                    owned: owned, directIndirect: tokens[di]))
            i = end
        }
        let rest = tokens[i...]
        guard !groups.isEmpty, rest.allSatisfy({ $0.kind == .number }) else { return nil }
        return (groups, Array(rest))
    }

    /// True when `field` is the token `token` (the same place in the input).
    static func same(_ field: LooseToken?, _ token: LooseToken?) -> Bool {
        guard let field, let token else { return false }
        return field.line == token.line && field.column == token.column
    }
}
