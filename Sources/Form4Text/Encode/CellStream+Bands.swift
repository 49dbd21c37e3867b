/// "Stock Option (right to buy)" / "$20.27" / "04/12/2019" / "A" / "1,559(1)"
/// / "Restricted Stock Units" / "(3)" / "04/12/2019" / "A" / "7,278" / heads /
/// "04/12/2019(2) 04/11/2029 Common Stock" / "(4)" / "(4)" / "Common Stock" /
/// heads / "1,559" / "$11.53" / "1,559" / "D" / "7,278" / "$0" / "7,278" /
/// "D": some PDFs draw Table II in bands, the column heads of each band
/// between them: every row's first cells (title to amount), then every
/// row's middle cells (dates, underlying title), then every row's last
/// cells (to the D/I and nature), each band in row order. Cut at titles,
/// that makes one row of the first band's cells and one of all the rest.
/// These rules read the bands only where each cuts into exactly as many
/// groups as there are titles and every row then reads whole; each row so
/// made is reported. Otherwise nothing changes.
extension CellStream {
    /// The rows of a Table II drawn in bands (see above), and the paragraph
    /// after them (the table's end), or nil when the paragraphs from
    /// `firstText` on are not such bands.
    func bandRows(from firstText: Int) -> (rows: [TableLines.Row], next: Int)? {
        guard !wrapsCells, kind.derivative, firstText < paragraphs.count,
              !paragraphs[..<firstText].contains(where: { !$0.isHeader }) else { return nil }
        // The bands: runs of cells parted by heads.
        var bands: [[Int]] = [[]]
        for k in firstText..<paragraphs.count {
            if paragraphs[k].isHeader {
                if !bands[bands.count - 1].isEmpty { bands.append([]) }
            } else {
                bands[bands.count - 1].append(k)
            }
        }
        if bands.last?.isEmpty == true { bands.removeLast() }
        guard bands.count >= 2, let first = bands.first else { return nil }
        // The first band: one group per title (a text followed by a date, or by one value and a date).
        let starts = first.filter { paragraphs[$0].opensWithText && startsRow(at: $0) }
        guard starts.count >= 2, starts.first == first.first else { return nil }
        var groups: [[[LooseToken]]] = []
        var firstGroups: [[LooseToken]] = []
        for (n, s) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : Int.max
            firstGroups.append(first.filter { $0 >= s && $0 < end }.flatMap { paragraphs[$0].tokens })
        }
        // The first band's rows stop short of their D/I: else the table is drawn row by row.
        guard firstGroups.allSatisfy({ fields($0).directIndirect == nil }) else { return nil }
        groups.append(firstGroups)
        let later = Array(bands.dropFirst())
        if let rows = bandRows(groups, later, count: starts.count, lateAmount: false)
            ?? bandRows(groups, later, count: starts.count, lateAmount: true) {
            return (rows, paragraphs.count)
        }
        return nil
    }

    /// The rows the first band's groups and the later bands make, or nil
    /// unless every row reads whole. With `lateAmount`, a plain figure alone
    /// opening a band ("Common" / "Stock" / heads / "5,785" / "$0" / …) is
    /// the underlying amount of the one row whose group in the band before
    /// ends with its underlying title and no amount (pdftotext centres the
    /// amount on a wrapped title, and the PDF drew it with the next band):
    /// it goes there, and that row is told.
    private func bandRows(_ first: [[[LooseToken]]], _ later: [[Int]], count: Int, lateAmount: Bool) -> [TableLines.Row]? {
        var groups = first
        var moved: [(row: Int, figure: LooseToken)] = []
        for band in later {
            var band = band
            if lateAmount, band.count > 1, let lead = band.first, paragraphs[lead].tokens.count == 1,
               case let figure = paragraphs[lead].tokens[0], figure.kind == .number, figure.footnotes.isEmpty, groups.count >= 2,
               case let open = groups[groups.count - 1].indices.filter({ groups[groups.count - 1][$0].last?.kind == .word }),
               open.count == 1, let r = open.first {
                band.removeFirst()
                groups[groups.count - 1][r].append(figure)
                moved.append((r, figure))
            }
            guard let cut = bandGroups(band, count: count) else { return nil }
            groups.append(cut)
        }
        guard !lateAmount || !moved.isEmpty else { return nil }
        var rows: [TableLines.Row] = []
        for r in 0..<count {
            let row = groups.flatMap { $0[r] }
            let f = fields(row)
            guard let title = row.first, title.kind == .word, f.directIndirect != nil, f.extra.isEmpty,
                  !f.exercise.isEmpty, !f.expiration.isEmpty, f.underlyingShares != nil || !f.underlyingTitle.isEmpty,
                  !f.isTransaction || f.date != nil && f.code != nil && f.amount != nil,
                  let last = groups.last?[r], last.contains(where: { $0.line == f.directIndirect?.line && $0.column == f.directIndirect?.column }),
                  swallowedFigures(row).isEmpty else { return nil }
            let lines = groups.compactMap { $0[r].first.map { String($0.line) } }.joined(separator: ", ")
            var warnings = [EncodeWarning(rule: "ENC-ROW-SPLIT",
                                          message: "the table is drawn in \(groups.count) bands, each row by row: this row was put together from group \(r + 1) of each band (lines \(lines)) by their order",
                                          line: title.line, column: title.column)]
            for m in moved where m.row == r {
                guard f.underlyingShares?.line == m.figure.line, f.underlyingShares?.column == m.figure.column else { return nil }
                warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT",
                                              message: "'\(m.figure.text)', alone at the start of a band, was taken as the underlying amount of this row, whose underlying title has none",
                                              line: m.figure.line, column: m.figure.column))
            }
            rows.append(TableLines.Row(anchor: row, above: [], below: [], warnings: warnings))
        }
        return rows
    }

    /// A band after the first cut into `count` groups, one per row, or nil:
    /// at each D/I (with the text after it, the nature) where the band holds
    /// D/I letters and opens with a value; else after each paragraph with
    /// text in it (the underlying security's title ends the middle cells);
    /// else, where the band holds one value per row, at each value.
    private func bandGroups(_ band: [Int], count: Int) -> [[LooseToken]]? {
        func isDI(_ p: Paragraph) -> Bool {
            p.tokens.count == 1 && p.tokens[0].kind == .letter && (p.tokens[0].text == "D" || p.tokens[0].text == "I")
        }
        var groups: [[LooseToken]] = []
        var current: [LooseToken] = []
        if band.contains(where: { isDI(paragraphs[$0]) }) {
            guard let lead = band.first, !paragraphs[lead].isText else { return nil }
            var afterDI = false
            for k in band {
                let p = paragraphs[k]
                if afterDI, !p.isText {
                    groups.append(current)
                    current = []
                }
                afterDI = afterDI && p.isText
                current += p.tokens
                if isDI(p) { afterDI = true }
            }
            guard afterDI else { return nil }
            groups.append(current)
        } else if band.contains(where: { k in paragraphs[k].tokens.contains { $0.kind == .word } }) {
            for k in band {
                current += paragraphs[k].tokens
                if paragraphs[k].tokens.contains(where: { $0.kind == .word }) {
                    groups.append(current)
                    current = []
                }
            }
            guard current.isEmpty else { return nil }
        } else {
            guard band.count == count, band.allSatisfy({ paragraphs[$0].tokens.count == 1 }) else { return nil }
            groups = band.map { paragraphs[$0].tokens }
        }
        return groups.count == count ? groups : nil
    }
}
