/// Column sequences for Table I of a Form 4 or 5: `title date code amount
/// A|D [price] owned D|I [nature]` for a transaction, `title owned D|I
/// [nature]` for a holding. EDGAR prints a table's transactions before its
/// holdings, so where `t` cells fill each transaction column, they are the
/// first `t` rows'; the columns every row has hold one cell a row.
///
/// Letters and figures are sorted by what stands next to them: a code
/// follows its date; "A" is (A)/(D), "I" the D/I; a "D" before a price is
/// (A)/(D), before a text, a head or the table's end the D/I; a figure
/// before an (A)/(D) letter is the amount, before a D/I the amount owned.
/// What stays open is given by the counts only where one column alone lacks
/// exactly that many; otherwise nil.
extension CellStream {
    func transactionColumns(_ cells: [SequenceCell]) -> (column: [Int: SequenceColumn], loose: Set<Int>)? {
        let loose = CellStream.wrappedMarkCells(cells)
        let data = cells.indices.filter { cells[$0].kind != .head && !loose.contains($0) }
        guard !data.isEmpty else { return nil }
        func kindAt(_ k: Int) -> SequenceCellKind? { cells.indices.contains(k) ? cells[k].kind : nil }
        /// The next cell that is not a loose mark.
        func next(_ k: Int) -> Int? {
            var j = k + 1
            while j < cells.count, loose.contains(j) { j += 1 }
            return j < cells.count ? j : nil
        }
        func letter(_ k: Int) -> String { cells[k].tokens[0].text }
        var column: [Int: SequenceColumn] = [:]
        var openD: [Int] = []
        for k in data {
            switch cells[k].kind {
            case .dateish:
                guard cells[k].tokens[0].kind == .date else { return nil }
                column[k] = .date
            case .money, .mark:
                column[k] = .price
            case .letter:
                let l = letter(k)
                if kindAt(k - 1) == .dateish, RowGrammar.codes.contains(l), l != "V" {
                    column[k] = .code
                } else if l == "A" {
                    column[k] = .acquiredDisposed
                } else if l == "I" {
                    column[k] = .directIndirect
                } else if l == "D" {
                    let after = next(k).map { cells[$0].kind }
                    if after == .money || after == .mark {
                        column[k] = .acquiredDisposed
                    } else if after == nil || after == .text || after == .head {
                        column[k] = .directIndirect
                    } else {
                        openD.append(k)
                    }
                } else if RowGrammar.codes.contains(l), l != "V" {
                    column[k] = .code
                } else {
                    return nil
                }
            default:
                continue
            }
        }
        func count(_ c: SequenceColumn) -> Int { column.values.filter { $0 == c }.count }
        let t = count(.date)
        guard count(.code) == t else { return nil }
        if !openD.isEmpty {
            guard count(.acquiredDisposed) + openD.count == t else { return nil }
            for k in openD { column[k] = .acquiredDisposed }
        }
        let n = count(.directIndirect)
        guard n >= 1, count(.acquiredDisposed) == t, count(.price) == 0 || count(.price) == t else { return nil }
        // Figures: before an (A)/(D) the amount, before a D/I the amount owned.
        var openNumbers: [Int] = []
        for k in data where cells[k].kind == .number {
            switch next(k).flatMap({ column[$0] }) {
            case .acquiredDisposed: column[k] = .amount
            case .directIndirect: column[k] = .owned
            default: openNumbers.append(k)
            }
        }
        let shortAmounts = t - count(.amount), shortOwned = n - count(.owned)
        if !openNumbers.isEmpty {
            if shortAmounts == openNumbers.count, shortOwned == 0 {
                for k in openNumbers { column[k] = .amount }
            } else if shortOwned == openNumbers.count, shortAmounts == 0 {
                for k in openNumbers { column[k] = .owned }
            } else {
                return nil
            }
        }
        guard count(.amount) == t, count(.owned) == n else { return nil }
        // Texts: a title before its date (or, for a holding, its amount owned); a nature opens as natures do, or follows an I.
        let indirect = data.filter { column[$0] == .directIndirect && letter($0) == "I" }.count
        var unknown: [Int] = []
        for k in data where cells[k].kind == .text {
            let after = next(k).map { cells[$0].kind }
            var before = k - 1
            while before >= 0, loose.contains(before) { before -= 1 }
            if CellStream.looksLikeNature(Paragraph(tokens: cells[k].tokens, isHeader: false)) {
                column[k] = .nature
            } else if after == .dateish {
                column[k] = .title
            } else if before >= 0, column[before] == .directIndirect, letter(before) == "I" {
                column[k] = .nature
            } else if after == .number {
                column[k] = .title
            } else {
                unknown.append(k)
            }
        }
        let still = CellStream.placeRepeatedTexts(unknown, among: data, cells: cells, column: &column)
        if !still.isEmpty {
            let short = [SequenceColumn.title, .nature].filter { count($0) < ($0 == .nature ? indirect : n) }
            guard short.count == 1, let c = short.first, (c == .nature ? indirect : n) - count(c) == still.count else { return nil }
            for k in still { column[k] = c }
        }
        guard count(.title) == n, count(.nature) == indirect || count(.nature) == 0 else { return nil }
        guard data.allSatisfy({ column[$0] != nil }) else { return nil }
        return (column, loose)
    }

    /// Marks alone after no value and before a text, a head or the end: a
    /// text's wrapped marks, no value of a row. A run of them ends before a
    /// text, a head or the end.
    static func wrappedMarkCells(_ cells: [SequenceCell]) -> Set<Int> {
        var loose = Set<Int>()
        for k in cells.indices where cells[k].kind == .mark {
            let prev = k > 0 ? cells[k - 1].kind : nil, next = k + 1 < cells.count ? cells[k + 1].kind : nil
            let afterNoValue = prev == nil || prev == .text || prev == .head || prev == .letter || loose.contains(k - 1)
            if afterNoValue, next == nil || next == .text || next == .head || next == .mark { loose.insert(k) }
        }
        for k in loose.sorted(by: >) where k + 1 < cells.count && cells[k + 1].kind == .mark && !loose.contains(k + 1) { loose.remove(k) }
        return loose
    }

    /// Titles stacked in one paragraph ("Common Stock" / "Common Stock"),
    /// each line the words of another title of the table: a title each.
    static func splitStackedTitles(_ cells: [SequenceCell]) -> [SequenceCell] {
        let single = Set(cells.filter { $0.kind == .text && Set($0.tokens.map(\.line)).count == 1 }.map(\.words))
        var result: [SequenceCell] = []
        for cell in cells {
            let lines = CellStream.lines(cell.tokens)
            if cell.kind == .text, lines.count >= 2, lines.allSatisfy({ single.contains(RowBuilder.text($0)) }),
               Set(lines.map { RowBuilder.text($0) }).count == 1 {
                result += lines.map { SequenceCell(tokens: $0, kind: .text) }
            } else {
                result.append(cell)
            }
        }
        return result
    }
}
