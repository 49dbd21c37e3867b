/// Column sequences for Table II of a Form 4 or 5: `title [conversion] date
/// code amount exercisable expiration underlying-title underlying-amount
/// [price] owned D|I [nature]` for a transaction, `title [conversion]
/// exercisable expiration underlying-title underlying-amount owned D|I
/// [nature]` for a holding. The amount has no (A)/(D) letter: which of the
/// two columns it stands under is not in the stream, and ``RowBuilder``
/// decides it from the code (ENC-DERIVATIVE-AD), as for any such row.
///
/// Cells are sorted by what stands next to them, as in Table I: a code
/// follows its date, and a date before a code is the transaction's; a price
/// before a date or a footnote mark is the conversion price, before a figure
/// the price paid; a figure after a code is the amount, before a D/I the
/// amount owned, after a text the underlying amount; a text before a figure
/// is the underlying title, before a price or a date the title. The dates
/// and marks left are the rows' (exercisable, expiration) pairs, one after
/// the other. What stays open is given by the counts only where one column
/// alone lacks exactly that many; otherwise nil: a Table II is read so only
/// where every column's count agrees.
extension CellStream {
    func derivativeColumns(_ cells: [SequenceCell]) -> (column: [Int: SequenceColumn], loose: Set<Int>)? {
        // Marks alone between heads, after a D/I before a text, or ending the table after a text: no value of a row.
        var loose = CellStream.looseMarkCells(cells)
        for k in cells.indices where cells[k].kind == .mark && k > 0 {
            let after = k + 1 < cells.count ? cells[k + 1].kind : nil
            if cells[k - 1].kind == .letter && after == .text || cells[k - 1].kind == .text && after == nil { loose.insert(k) }
        }
        let data = cells.indices.filter { cells[$0].kind != .head && !loose.contains($0) }
        guard !data.isEmpty else { return nil }
        func kindAt(_ k: Int?) -> SequenceCellKind? { k.flatMap { cells.indices.contains($0) ? cells[$0].kind : nil } }
        func next(_ k: Int) -> Int? {
            var j = k + 1
            while j < cells.count, loose.contains(j) { j += 1 }
            return j < cells.count ? j : nil
        }
        func prev(_ k: Int) -> Int? {
            var j = k - 1
            while j >= 0, loose.contains(j) { j -= 1 }
            return j >= 0 ? j : nil
        }
        func isDate(_ k: Int?) -> Bool { kindAt(k) == .dateish && cells[k!].tokens[0].kind == .date }
        var column: [Int: SequenceColumn] = [:]
        func count(_ c: SequenceColumn) -> Int { column.values.filter { $0 == c }.count }
        // Letters: a code after its date; D/I; nothing else (a V is not read so).
        for k in data where cells[k].kind == .letter {
            guard cells[k].tokens.count == 1 else { return nil }
            let l = cells[k].tokens[0].text
            if isDate(prev(k)), RowGrammar.codes.contains(l), l != "V" {
                column[k] = .code
            } else if l == "D" || l == "I" {
                column[k] = .directIndirect
            } else {
                return nil
            }
        }
        for k in data where isDate(k) { if let j = next(k), column[j] == .code { column[k] = .date } }
        let t = count(.date), n = count(.directIndirect)
        guard count(.code) == t, n >= 1, t <= n else { return nil }
        // Prices: before a date or a mark the conversion price, before a figure the price paid.
        for k in data where cells[k].kind == .money {
            switch kindAt(next(k)) {
            case .dateish?, .mark?: column[k] = .conversion
            case .number?: column[k] = .price
            default: return nil
            }
        }
        // Figures.
        var openNumbers: [Int] = []
        for k in data where cells[k].kind == .number {
            if let p = prev(k), column[p] == .code {
                column[k] = .amount
            } else if let j = next(k), column[j] == .directIndirect {
                column[k] = .owned
            } else if kindAt(prev(k)) == .text {
                column[k] = .underlyingAmount
            } else {
                openNumbers.append(k)
            }
        }
        if !openNumbers.isEmpty {
            let short = [(SequenceColumn.amount, t), (.underlyingAmount, n), (.owned, n)].filter { count($0.0) < $0.1 }
            guard short.count == 1, let (c, wanted) = short.first, wanted - count(c) == openNumbers.count else { return nil }
            for k in openNumbers { column[k] = c }
        }
        guard count(.amount) == t, count(.underlyingAmount) == n, count(.owned) == n else { return nil }
        // Marks: before a transaction date the conversion price, between the underlying amount and the amount owned the price.
        for k in data where cells[k].kind == .mark {
            if let j = next(k), column[j] == .date {
                column[k] = .conversion
            } else if let p = prev(k), column[p] == .underlyingAmount, let j = next(k), column[j] == .owned {
                column[k] = .price
            }
        }
        // The dates and marks left: a row's exercisable and expiration come out one after the other.
        var dated = data.filter { (cells[$0].kind == .dateish || cells[$0].kind == .mark) && column[$0] == nil }
        if dated.count > 2 * n {
            // A holding's conversion price by footnote: the first of three after its title.
            for k in dated where cells[k].kind == .mark && kindAt(prev(k)) == .text {
                if let a = next(k), let b = next(a), dated.contains(a), dated.contains(b) { column[k] = .conversion }
            }
            dated = dated.filter { column[$0] == nil }
        }
        guard dated.count == 2 * n else { return nil }
        for p in 0..<n {
            let a = dated[2 * p], b = dated[2 * p + 1]
            guard next(a) == b else { return nil }
            column[a] = .exercise
            column[b] = .expiration
        }
        for c in [SequenceColumn.conversion, .price] { guard [0, t, n].contains(count(c)) else { return nil } }
        // Texts: a nature opens as natures do; the title comes before its prices and dates, the underlying title before its amount; a nature follows an I.
        let indirect = data.filter { column[$0] == .directIndirect && cells[$0].tokens[0].text == "I" }.count
        var unknown: [Int] = []
        for k in data where cells[k].kind == .text {
            let after = next(k).flatMap { column[$0] }
            if CellStream.looksLikeNature(Paragraph(tokens: cells[k].tokens, isHeader: false)) {
                column[k] = .nature
            } else if after == .conversion || after == .date || after == .exercise {
                column[k] = .title
            } else if after == .underlyingAmount {
                column[k] = .underlyingTitle
            } else if let p = prev(k), column[p] == .directIndirect, cells[p].tokens[0].text == "I" {
                column[k] = .nature
            } else {
                unknown.append(k)
            }
        }
        let still = CellStream.placeRepeatedTexts(unknown, among: data, cells: cells, column: &column)
        func wanted(_ c: SequenceColumn) -> Int { c == .nature ? indirect : n }
        if !still.isEmpty {
            let short = [SequenceColumn.title, .underlyingTitle, .nature].filter { count($0) < wanted($0) }
            guard short.count == 1, let c = short.first, wanted(c) - count(c) == still.count else { return nil }
            for k in still { column[k] = c }
        }
        guard count(.title) == n, count(.underlyingTitle) == n, count(.nature) == indirect || count(.nature) == 0,
              data.allSatisfy({ column[$0] != nil }) else { return nil }
        // Cells before the first title may be a row of their own, missing (the cell stream reports them so): not read so.
        guard let first = data.first, column[first] == .title else { return nil }
        return (column, loose)
    }

    /// pdftotext prints a Table II's cells partly together: a footnote mark
    /// on the line under a text, in its paragraph ("Stock" / "(2)"), is that
    /// text's; an underlying title around its amount ("Class B 536,445" /
    /// "Common" / "Stock") is one title, then the amount.
    static func joinDerivativeTexts(_ cells: [SequenceCell]) -> [SequenceCell] {
        var result: [SequenceCell] = []
        for cell in cells {
            // The text is the last cell, or the one before an amount it was joined around.
            if cell.kind == .mark, let t = [result.count - 1, result.count - 2].first(where: { $0 >= 0 && result[$0].kind == .text }),
               t == result.count - 1 || result[t + 1].kind == .number,
               let end = result[t].tokens.last, cell.tokens[0].line == end.line + 1 {
                result[t].tokens[result[t].tokens.count - 1].footnotes += cell.tokens.flatMap(\.footnotes)
                continue
            }
            if cell.kind == .text, result.count >= 2, let amount = result.last, amount.kind == .number, result[result.count - 2].kind == .text,
               let head = result[result.count - 2].tokens.last, head.line == amount.tokens[0].line, cell.tokens[0].line == head.line + 1 {
                result.removeLast()
                result[result.count - 1].tokens += cell.tokens
                result.append(amount)
                continue
            }
            result.append(cell)
        }
        return result
    }
}
