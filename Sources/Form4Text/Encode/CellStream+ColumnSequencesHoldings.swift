/// Column sequences for a Form 3's tables, where every row is a holding:
/// Table I `title owned D|I [nature]`, Table II `title exercisable
/// expiration underlying-title underlying-amount [price] D|I [nature]`.
/// Every cell is sorted into its column by what it is, and texts by what
/// sits next to them; row k is then the k-th cell of each column. Nil where
/// a cell cannot be sorted or the columns' counts disagree.
extension CellStream {
    /// The columns a holding row has, in the grammar's order.
    enum SequenceColumn: Int, CaseIterable, Comparable {
        case title, conversion, date, code, amount, acquiredDisposed, exercise, expiration, underlyingTitle, underlyingAmount, price, owned, directIndirect, nature

        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// Each cell's column (loose marks excluded), or nil.
    func holdingColumns(_ cells: [SequenceCell], loose: Set<Int>) -> [Int: SequenceColumn]? {
        let derivative = kind.derivative
        var column: [Int: SequenceColumn] = [:]
        let data = cells.indices.filter { cells[$0].kind != .head && !loose.contains($0) }
        // D/I: the only letters a holding row has.
        for k in data where cells[k].kind == .letter {
            guard cells[k].tokens.count == 1, ["D", "I"].contains(cells[k].tokens[0].text) else { return nil }
            column[k] = .directIndirect
        }
        let n = column.count
        guard n >= 1 else { return nil }
        let indirect = data.filter { cells[$0].kind == .letter && cells[$0].tokens[0].text == "I" }.count
        func kindAt(_ k: Int) -> SequenceCellKind? { cells.indices.contains(k) ? cells[k].kind : nil }
        func isIndirect(_ k: Int) -> Bool { kindAt(k) == .letter && cells[k].tokens[0].text == "I" }
        // Texts, by their neighbours: a title is followed by its first value
        // (Table I: the amount owned; Table II: the date exercisable), an
        // underlying title by its amount; a nature opens as natures do, or follows an I.
        var unknown: [Int] = []
        for k in data where cells[k].kind == .text {
            let next = kindAt(k + 1)
            if CellStream.looksLikeNature(Paragraph(tokens: cells[k].tokens, isHeader: false)) {
                column[k] = .nature
            } else if next == .number {
                column[k] = derivative ? .underlyingTitle : .title
            } else if derivative, next == .dateish || next == .mark {
                column[k] = .title
            } else if isIndirect(k - 1) {
                column[k] = .nature
            } else {
                unknown.append(k)
            }
        }
        let still = CellStream.placeRepeatedTexts(unknown, among: data, cells: cells, column: &column)
        let textColumns: [SequenceColumn] = derivative ? [.title, .underlyingTitle, .nature] : [.title, .nature]
        func count(_ c: SequenceColumn) -> Int { column.values.filter { $0 == c }.count }
        func wanted(_ c: SequenceColumn) -> Int { c == .nature ? indirect : n }
        if !still.isEmpty {
            // Texts left: only where one column alone lacks exactly as many.
            let short = textColumns.filter { count($0) < wanted($0) }
            guard short.count == 1, let c = short.first, wanted(c) - count(c) == still.count else { return nil }
            for k in still { column[k] = c }
        }
        for c in textColumns where c != .nature { guard count(c) == n else { return nil } }
        guard count(.nature) == indirect || count(.nature) == 0 else { return nil }
        // Values.
        let numbers = data.filter { cells[$0].kind == .number }
        let money = data.filter { cells[$0].kind == .money }
        let dated = data.filter { cells[$0].kind == .dateish || cells[$0].kind == .mark }
        if !derivative {
            guard numbers.count == n, money.isEmpty, dated.isEmpty else { return nil }
            for k in numbers { column[k] = .owned }
            return column
        }
        // Table II: the underlying amount follows its title; another bare figure is a price.
        if numbers.count == n {
            for k in numbers { column[k] = .underlyingAmount }
        } else {
            guard numbers.count <= 2 * n else { return nil }
            for k in numbers { column[k] = column[k - 1] == .underlyingTitle ? .underlyingAmount : .price }
            guard count(.underlyingAmount) == n else { return nil }
        }
        for k in money { column[k] = .price }
        guard count(.price) <= n else { return nil }
        // Prices given by footnote: a mark right after the underlying amount, or right before the D/I.
        var dates = dated
        if dated.count > 2 * n {
            let marks = dated.filter { column[$0 - 1] == .underlyingAmount || kindAt($0 + 1) == .letter }
            guard dated.count - marks.count == 2 * n, count(.price) + marks.count <= n else { return nil }
            for k in marks { column[k] = .price }
            dates = dated.filter { column[$0] == nil }
        }
        // A row's two dates come out one after the other: the pairs are the rows'.
        guard dates.count == 2 * n else { return nil }
        for p in 0..<n {
            let a = dates[2 * p], b = dates[2 * p + 1]
            guard b == a + 1 else { return nil }
            column[a] = .exercise
            column[b] = .expiration
        }
        guard count(.price) == 0 || count(.price) == n else { return nil }
        return column
    }
}
