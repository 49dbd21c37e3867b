/// pdftotext without `-layout` prints cells in the order the PDF drew them,
/// which is not always row by row: a column head can come out among a row's
/// cells, a row's title after its values, a wrapped cell's last line (its
/// footnote marks) far from the rest of it. These are the rules that put
/// such cells back, or report what cannot be put back.
extension CellStream {
    /// A column head printed among the rows' cells ("Code" / "Common" /
    /// "Stock" / "05/11/2023" / "P" / "V" / "Amount" / "(A) or (D)" / "5,000"):
    /// a line of heads of two words or more, or a single head word beside
    /// another head. A lone "V" is a head only there too: beside values it
    /// is the row's V column. One-word heads elsewhere stay in the row (a
    /// wrapped title may end in "Shares").
    func isHead(at k: Int) -> Bool {
        let p = paragraphs[k]
        guard p.isHeader else { return false }
        if p.isRepeatedHead { return true }
        // "(A)" / "(D)": the (A)/(D) column's heads, drawn among a row's cells; the cells are "A" and "D".
        if !wrapsCells, p.tokens.count == 1, p.tokens[0].kind == .word, p.tokens[0].footnotes.isEmpty,
           p.tokens[0].text == "(A)" || p.tokens[0].text == "(D)" { return true }
        guard p.tokens.count == 1, p.tokens[0].footnotes.isEmpty,
              p.tokens[0].kind == .word || p.tokens[0].kind == .letter && p.tokens[0].text == "V" else { return false }
        return [k - 1, k + 1].contains { paragraphs.indices.contains($0) && paragraphs[$0].isHeader }
    }

    /// A paragraph of footnote marks alone ("(3)(4)") met where no row is open:
    /// not after a value it could belong to, nor a cell of the next row (a
    /// row opens with its title or its values). It is the last line of a
    /// wrapped text cell that the PDF drew apart from the rest of it. Only in
    /// Table I: in Table II a mark alone is often a date given by footnote
    /// ("(2)" for the date exercisable), drawn column by column.
    static func isLooseMarks(_ p: Paragraph) -> Bool {
        !p.tokens.isEmpty && p.tokens.allSatisfy { $0.kind == .footnoteOnly }
    }

    /// Loose marks (see ``isLooseMarks(_:)``) cannot be given to a row: which
    /// cell they end is not in the text. They are left out, and every row
    /// whose nature or title already ends in marks (where the list may go on
    /// in them) is told so; where no row has such a text, every row is.
    func reportLooseMarks(_ marks: [LooseToken], in rows: inout [TableLines.Row]) {
        guard let first = marks.first, !rows.isEmpty else { return }
        let text = marks.flatMap(\.footnotes).map { "(" + $0.dropFirst() + ")" }.joined()
        let lines = marks.map { String($0.line) }.joined(separator: ", ")
        let candidates = rows.indices.filter { r in
            let f = fields(rows[r].anchor)
            let cell = f.nature.isEmpty ? f.title : f.nature
            return cell.last?.footnotes.isEmpty == false
        }
        for r in candidates.isEmpty ? Array(rows.indices) : candidates {
            rows[r].warnings.append(EncodeWarning(
                rule: "ENC-UNPLACED",
                message: "footnote marks \(text) (line \(lines)) stand apart from any value or text and were left out: they may end this row's nature or title, drawn apart from it",
                line: first.line, column: first.column))
        }
    }

    /// "11,814(6)" / "Class A Common Stock" / "D": a row whose values come
    /// before its title. Words right before the D/I letter are no nature (it
    /// follows the D/I) and no underlying security's title (its amount
    /// follows it): in a row with no title they are its title, drawn after
    /// its values. They are put first, and the row says so.
    static func titleAfterValues(_ row: [LooseToken]) -> (row: [LooseToken], warning: EncodeWarning)? {
        guard let first = row.first, first.kind != .word,
              let start = row.firstIndex(where: { $0.kind == .word }) else { return nil }
        var end = start
        while end < row.count, row[end].kind == .word || row[end].kind == .letter && !(row[end].text == "D" || row[end].text == "I") {
            end += 1
        }
        guard end < row.count, row[end].kind == .letter, row[end].text == "D" || row[end].text == "I",
              row[..<start].allSatisfy({ $0.isValue || $0.kind == .letter }),
              row[..<start].contains(where: { $0.kind == .number || $0.kind == .money }) else { return nil }
        let title = row[start..<end]
        var moved = Array(title)
        moved += row[..<start]
        moved += row[end...]
        let t = title[start]
        let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                    message: "'\(RowBuilder.text(Array(title.prefix(4))))', printed after the row's values ('\(first.text)') and before its D/I, was taken as the row's title",
                                    line: t.line, column: t.column)
        return (moved, warning)
    }

    /// "Date" / "Exercisable" / "(2)": a column head with the row's value
    /// drawn into it (a date given by footnote alone). Lines of heads followed
    /// only by lines of footnote marks are two paragraphs: the head, and the
    /// marks as a cell of the row. The index of the first line of marks.
    static func headOverMarks(_ lines: [[LooseToken]], _ headLines: [Bool]) -> Int? {
        guard let split = headLines.firstIndex(of: false), split > 0,
              lines[split...].allSatisfy({ $0.allSatisfy { $0.kind == .footnoteOnly } }) else { return nil }
        return split
    }

    /// "$18.14 15,711.88" / "D" / "common" / "2,170.31" / "I" / "Held by minor
    /// child" / "common" / "04/29/2024" / …: before the first title followed
    /// by a date, the end of a row (values up to its D/I) and then titles of
    /// rows of their own (holdings, which have no date). Where the values
    /// before the first title have their D/I, the rows start at that title,
    /// and only those values are left to end the row that lacks them.
    func rowsAfterStrayEnd(titles: [Int], before firstText: Int) -> Int? {
        // "I" / "By Trust": text after a D/I that reads as a nature is that row's nature.
        guard !wrapsCells, let start = titles.first, start < firstText, !CellStream.looksLikeNature(paragraphs[start]) else { return nil }
        let tail = paragraphs[..<start].filter { !$0.isHeader }.flatMap(\.tokens)
        guard tail.contains(where: { $0.kind == .number || $0.kind == .money }), !tail.contains(where: { $0.kind == .word }),
              isComplete(tail) else { return nil }
        return start
    }

    /// "05/11/2023" / "A" / "143,848" / … / "D" / "Stock Option (Right to
    /// Buy)" / "$0.41" / then the first row with a title: a whole row drawn
    /// ahead of the table's first title, its own title (and a value beside it,
    /// a conversion price) last. Put in front of its values it reads as a row
    /// with its D/I: it is the table's first row, and says so.
    func strayRowWithLateTitle(before firstText: Int) -> TableLines.Row? {
        let strays = paragraphs.indices.prefix(firstText).filter { !paragraphs[$0].isHeader }
        guard !wrapsCells, let t = strays.last(where: { paragraphs[$0].opensWithText && paragraphs[$0].isText }) else { return nil }
        let after = strays.filter { $0 > t }, before = strays.filter { $0 < t }
        // "I" / "By Trust": text after an I, or that reads as a nature, is a nature.
        guard !CellStream.looksLikeNature(paragraphs[t]),
              before.last.map({ paragraphs[$0].tokens.last?.kind == .letter && paragraphs[$0].tokens.last?.text == "I" }) != true
        else { return nil }
        guard after.count <= 1, after.allSatisfy({ paragraphs[$0].tokens.allSatisfy(\.isValue) }),
              before.contains(where: { paragraphs[$0].tokens.contains { $0.kind == .number || $0.kind == .money } }) else { return nil }
        let title = paragraphs[t].tokens
        let row = title + after.flatMap { paragraphs[$0].tokens } + before.flatMap { paragraphs[$0].tokens }
        guard isComplete(row), let first = title.first else { return nil }
        let moved = RowBuilder.text(Array((title + after.flatMap { paragraphs[$0].tokens }).prefix(6)))
        var warnings = [EncodeWarning(rule: "ENC-ROW-SPLIT",
                                      message: "'\(moved)', printed after values that stand before the table's first title, was taken as the title of the row those values make",
                                      line: first.line, column: first.column)]
        warnings += swallowedFigures(row)
        return TableLines.Row(anchor: row, above: [], below: [], warnings: warnings)
    }

    /// "$430.45 205,539" / "Common Stock" / "D" / "139,860" / "I": the next
    /// row's title drawn between a row's amount owned and its D/I. A text
    /// after a row that has its amount owned but no D/I, followed by a D/I
    /// letter alone and then by values, is the title of a row that follows:
    /// no text stands between the amount owned and the D/I.
    func titleBeforeDirectIndirect(at k: Int, of sofar: RowFields) -> Bool {
        guard !wrapsCells, sofar.owned != nil, paragraphs[k].isText, k + 2 < paragraphs.count else { return false }
        let di = paragraphs[k + 1].tokens, next = paragraphs[k + 2].tokens
        guard di.count == 1, di[0].kind == .letter, di[0].text == "D" || di[0].text == "I",
              let lead = next.first, lead.kind == .number || lead.kind == .money else { return false }
        return true
    }

    /// "… $0.00" / (more rows) / "11,733" / "D" / "23,465" at the table's end:
    /// the PDF drew the last columns (amount owned, D/I) of some rows after
    /// all the rows. Rows with a title but no amount owned take the values
    /// left at the end with no title, in order: each its amount, and its D/I
    /// letter where it has none. Only when they fit exactly (every such row
    /// filled, every value used); each row that takes values is reported.
    func fillOpenRowsFromTrailingValues(_ rows: inout [TableLines.Row]) {
        guard !wrapsCells else { return }
        guard let firstTrailing = CellStream.trailingStart(rows) else { return }
        let trailing = rows[firstTrailing...].flatMap(\.anchor)
        guard trailing.allSatisfy({ $0.kind == .number || $0.kind == .money || $0.kind == .letter && ($0.text == "D" || $0.text == "I") }) else { return }
        let open = rows.indices.prefix(upTo: firstTrailing).filter { fields(rows[$0].anchor).owned == nil }
        guard !open.isEmpty else { return }
        var plan: [(row: Int, owned: LooseToken, di: LooseToken?)] = []
        var t = 0
        for r in open {
            guard t < trailing.count, trailing[t].kind != .letter else { return }
            let owned = trailing[t]
            t += 1
            var di: LooseToken?
            if fields(rows[r].anchor).directIndirect == nil {
                guard t < trailing.count, trailing[t].kind == .letter else { return }
                di = trailing[t]
                t += 1
            }
            plan.append((r, owned, di))
        }
        guard t == trailing.count else { return }
        var anchors: [[LooseToken]] = []
        for (r, owned, di) in plan {
            var anchor = rows[r].anchor
            if let existing = fields(anchor).directIndirect,
               let at = anchor.firstIndex(where: { $0.line == existing.line && $0.column == existing.column }) {
                anchor.insert(owned, at: at)
            } else {
                anchor.append(owned)
                if let di { anchor.append(di) }
            }
            // Every row must then read with the values where they were meant, or none changes.
            let f = fields(anchor)
            guard f.owned?.line == owned.line, f.owned?.column == owned.column, f.directIndirect != nil else { return }
            anchors.append(anchor)
        }
        for ((r, owned, di), anchor) in zip(plan, anchors) {
            let moved = ([owned] + (di.map { [$0] } ?? [])).map(\.text).joined(separator: " ")
            rows[r].anchor = anchor
            rows[r].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                                  message: "'\(moved)', left with no title at the table's end, was taken as this row's amount owned\(di == nil ? "" : " and D/I"): the rows without an amount owned take those values in order",
                                                  line: owned.line, column: owned.column))
        }
        CellStream.foldTrailingRows(&rows, from: firstTrailing)
    }

    /// "6,125,376" / "See footnote(1)" / "I": the D/I cell drawn after the
    /// nature. A row with its amount owned but no D/I, whose last token is a
    /// D or I alone on its line (a cell of its own), has that letter as its
    /// D/I: it is put before the nature, with a doubt.
    func directIndirectAfterNature(_ row: inout [LooseToken]) {
        guard let last = row.last, last.kind == .letter, last.text == "D" || last.text == "I", last.footnotes.isEmpty,
              row.dropLast().last.map({ $0.line != last.line }) == true else { return }
        let f = fields(row)
        guard f.directIndirect == nil, f.owned != nil, f.nature.count >= 2, let start = f.nature.first,
              let at = row.firstIndex(where: { $0.line == start.line && $0.column == start.column }) else { return }
        var di = row.removeLast()
        di.doubt = "D/I '\(di.text)' printed after the nature of ownership ('\(RowBuilder.text(Array(f.nature.dropLast().prefix(4))))'), taken as the row's D/I"
        row.insert(di, at: at)
        if fields(row).directIndirect == nil { row.remove(at: at); row.append(last) }
    }

    /// "By LP(2)" / "A" at the table's end: letters with no title after the
    /// last row are the (A)/(D) or D/I cells of rows that lack them, drawn
    /// after all rows. Only when they fill those cells exactly, in order (an
    /// (A)/(D) takes A or D, a D/I takes D or I); each row told.
    func fillOpenRowsFromTrailingLetters(_ rows: inout [TableLines.Row]) {
        guard !wrapsCells else { return }
        guard let firstTrailing = CellStream.trailingStart(rows) else { return }
        let letters = rows[firstTrailing...].flatMap(\.anchor)
        guard letters.allSatisfy({ $0.kind == .letter && ["A", "D", "I"].contains($0.text) }) else { return }
        var changed: [(row: Int, anchor: [LooseToken], moved: String)] = []
        var t = 0
        for r in rows.indices.prefix(upTo: firstTrailing) {
            var anchor = rows[r].anchor
            var f = fields(anchor)
            var moved: [String] = []
            if !kind.derivative, f.isTransaction, f.acquiredDisposed == nil, let amount = f.amount {
                guard t < letters.count, letters[t].text != "I",
                      let at = anchor.firstIndex(where: { $0.line == amount.line && $0.column == amount.column }) else { return }
                anchor.insert(letters[t], at: at + 1)
                moved.append(letters[t].text)
                t += 1
                f = fields(anchor)
                guard f.acquiredDisposed?.text == moved.last else { return }
            }
            if f.directIndirect == nil, let owned = f.owned {
                guard t < letters.count, letters[t].text != "A",
                      let at = anchor.firstIndex(where: { $0.line == owned.line && $0.column == owned.column }) else { return }
                anchor.insert(letters[t], at: at + 1)
                moved.append(letters[t].text)
                t += 1
                guard fields(anchor).directIndirect?.text == moved.last else { return }
            }
            if !moved.isEmpty { changed.append((r, anchor, moved.joined(separator: " "))) }
        }
        guard t == letters.count, let first = letters.first else { return }
        for (r, anchor, moved) in changed {
            rows[r].anchor = anchor
            rows[r].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                                  message: "'\(moved)', letters left with no title at the table's end, taken as this row's (A)/(D) or D/I: the rows that lack those cells take the letters in order",
                                                  line: first.line, column: first.column))
        }
        CellStream.foldTrailingRows(&rows, from: firstTrailing)
    }

    /// Drops the rows from `first` on, whose cells a rule gave to the rows above
    /// them; their other doubts (a nature read as the row above's) stay with the
    /// row before them.
    static func foldTrailingRows(_ rows: inout [TableLines.Row], from first: Int) {
        for r in rows.indices.suffix(from: first) {
            for w in rows[r].warnings where !w.isNoTitleDoubt {
                rows[first - 1].warnings.append(w)
            }
        }
        rows.removeSubrange(first...)
    }

    /// The rows after the last row that has a title: values or letters the
    /// PDF drew after all rows. Nil when there are none, or no row before them.
    static func trailingStart(_ rows: [TableLines.Row]) -> Int? {
        var first = rows.endIndex
        while first > rows.startIndex, let lead = rows[first - 1].anchor.first, lead.kind != .word { first -= 1 }
        return first < rows.endIndex && first > rows.startIndex ? first : nil
    }

    /// "Common" / "11/09/2021" / "S" / "16,279 D" / "168,345,101" / "I" / … /
    /// "$1,115.034(29)" / "Stock" / "by Trust(2)": the last row's second line
    /// (its price set lower in its cell, its title's and nature's last words)
    /// drawn after the table. A price then words ending the table, after a
    /// last transaction that has its D/I but no price and no nature, are that
    /// row's: the words before the nature's opening ("by", "see", …) end its
    /// title, the rest is its nature. Reported; what is left before the
    /// price stays for the rows that lack it.
    func lastRowSecondLine(_ rows: inout [TableLines.Row]) {
        guard !wrapsCells, !kind.derivative, let first = CellStream.trailingStart(rows) else { return }
        let trailing = rows[first...].flatMap(\.anchor)
        guard let m = trailing.lastIndex(where: { $0.kind == .money }), m + 1 < trailing.count,
              trailing[(m + 1)...].allSatisfy({ $0.kind == .word }) else { return }
        let words = Array(trailing[(m + 1)...])
        let openers: Set<String> = ["by", "see", "held", "through", "owned", "via"]
        guard let n = words.firstIndex(where: { openers.contains($0.text.lowercased()) }) else { return }
        let r = first - 1
        var anchor = rows[r].anchor
        // "I" / "D" / "D" / "$1,115.034": letters after the row's D/I are cells of other rows (left for them).
        var letters: [LooseToken] = []
        while let last = anchor.last, last.kind == .letter, ["A", "D", "I"].contains(last.text), last.footnotes.isEmpty,
              fields(Array(anchor.dropLast())).directIndirect != nil {
            letters.insert(anchor.removeLast(), at: 0)
        }
        let f = fields(anchor)
        guard f.isTransaction, f.price == nil, f.owned != nil, f.directIndirect != nil, f.nature.isEmpty, let ad = f.acquiredDisposed,
              let titleEnd = anchor.firstIndex(where: \.isValue),
              let adIndex = anchor.firstIndex(where: { $0.line == ad.line && $0.column == ad.column }), adIndex >= titleEnd else { return }
        var joined = Array(anchor[..<titleEnd]) + words[..<n]
        joined += anchor[titleEnd...adIndex]
        joined.append(trailing[m])
        joined += anchor[(adIndex + 1)...]
        joined += words[n...]
        let g = fields(joined)
        guard g.price?.line == trailing[m].line, g.price?.column == trailing[m].column, g.owned?.text == f.owned?.text,
              g.directIndirect != nil, g.nature.count == words.count - n else { return }
        let left = letters + trailing[..<m]
        var carried = rows[first...].flatMap(\.warnings).filter { !$0.isNoTitleDoubt }
        rows[r].anchor = joined
        rows[r].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                              message: "'\(RowBuilder.text([trailing[m]] + words))', printed after the table's last row, was read as that row's second line (its price, the end of its title, its nature)",
                                              line: trailing[m].line, column: trailing[m].column))
        rows.removeSubrange(first...)
        if left.isEmpty {
            rows[r].warnings += carried
        } else {
            carried.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "\(EncodeWarning.noTitlePrefix) ('\(left[0].text)'): it may be printed elsewhere",
                                         line: left[0].line, column: left[0].column))
            rows.append(TableLines.Row(anchor: left, above: [], below: [], warnings: carried))
        }
    }
}
