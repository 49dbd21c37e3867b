/// "(1)(2)" / "(3)" / "Class A Common" + "Stock" / "87,500" / "(1)(2)" / "D" /
/// "(4)" / "(3)" / … / "D" / "Class B Common Stock" + "Series D Convertible
/// Preferred" + "Stock": some Form 3 PDFs draw Table II's titles after every
/// other cell of the table, all in one paragraph or one after another. Cut at
/// titles, that makes the underlying security's title a row's title and
/// leaves the exercise dates of the first row before any title.
///
/// Read so only where the whole table fits: every row, cut after its D/I (and
/// the nature that follows it), opens with a date cell (a date, a footnote
/// mark, "Immediately") and never with text, the trailing text (after the
/// last row's nature, which opens as a nature does) cuts into
/// exactly as many titles as there are rows (see ``cutTitles(_:count:)``),
/// and every row with its title then reads whole: a holding with an
/// underlying title, a D/I and nothing left over. Each row so made is
/// reported with the title's line; otherwise nothing changes.
extension CellStream {
    func titlesDrawnLastRows() -> [TableLines.Row]? {
        guard !wrapsCells, kind.derivative, kind.form == 3 else { return nil }
        let body = paragraphs.indices.filter { !paragraphs[$0].isHeader }
        var t = body.count
        while t > 0, paragraphs[body[t - 1]].isText, paragraphs[body[t - 1]].opensWithText { t -= 1 }
        guard t > 0, t < body.count else { return nil }
        // The rows: each ends at its D/I, with the text after it (its nature).
        var groups: [[LooseToken]] = []
        var current: [LooseToken] = []
        var closed = false
        for k in body[..<t] {
            let p = paragraphs[k]
            if closed, !p.isText {
                groups.append(current)
                current = []
                closed = false
            }
            if current.isEmpty {
                // A row opens with its date exercisable: never with text.
                guard let lead = p.tokens.first, lead.kind == .date || lead.kind == .footnoteOnly
                        || p.tokens.allSatisfy({ RowGrammar.dateWords.contains($0.text) }) else { return nil }
            }
            current += p.tokens
            if let last = p.tokens.last, last.kind == .letter, last.text == "D" || last.text == "I" { closed = true }
        }
        guard closed else { return nil }
        groups.append(current)
        // The last row's nature ("By Trust") drawn before the titles is its own; no title reads so.
        var titleStart = t
        if CellStream.looksLikeNature(paragraphs[body[t]]) {
            groups[groups.count - 1] += paragraphs[body[t]].tokens
            titleStart += 1
        }
        guard titleStart < body.count, !body[titleStart...].contains(where: { CellStream.looksLikeNature(paragraphs[$0]) }) else { return nil }
        let titleTokens = body[titleStart...].flatMap { paragraphs[$0].tokens }
        let paragraphTitles = body[titleStart...].map { paragraphs[$0].tokens }
        guard let titles = paragraphTitles.count == groups.count ? paragraphTitles : CellStream.cutTitles(titleTokens, count: groups.count)
        else { return nil }
        var rows: [TableLines.Row] = []
        for (k, (title, group)) in zip(titles, groups).enumerated() {
            let row = title + group
            let f = fields(row)
            guard !f.isTransaction, f.directIndirect != nil, !f.underlyingTitle.isEmpty, f.extra.isEmpty, f.title.count == title.count,
                  let lead = title.first else { return nil }
            var warnings = swallowedFigures(row)
            warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "the table's titles are drawn after all its other cells: this row, the \(k + 1). of \(groups.count), took the \(k + 1). title '\(RowBuilder.text(title))' in the order drawn",
                                          line: lead.line, column: lead.column))
            rows.append(TableLines.Row(anchor: row, above: [], below: [], warnings: warnings))
        }
        return rows
    }

    /// The last words a security's title ends with ("Common Stock", "Stock
    /// Option (right to buy)", "Restricted Stock Units", "Warrants").
    static let titleEnds: Set<String> = ["Stock", "Units", "Unit", "Option", "Options", "Warrant", "Warrants", "buy)", "sell)", "Shares", "Rights", "Right"]

    /// Words that go on with a title wrapped after "Stock" ("Restricted Stock" /
    /// "Units", "Non-Qualified Stock" / "Option (right to buy)"), not open one.
    static let continuations: Set<String> = ["Units", "Unit", "Option", "Options", "Award", "Awards"]

    /// The lines of stacked titles cut into `count` titles: one a line where
    /// there are as many lines, else a cut after each line that ends as a title
    /// ends (see ``titleEnds``) before a line that opens with a capital and
    /// does not go on with it (see ``continuations``); nil
    /// unless that makes exactly `count` titles.
    static func cutTitles(_ tokens: [LooseToken], count: Int) -> [[LooseToken]]? {
        let lines = CellStream.lines(tokens)
        guard count >= 1, lines.count >= count else { return nil }
        if count == 1 { return [tokens] }
        if lines.count == count { return lines }
        var titles: [[LooseToken]] = [[]]
        for (k, line) in lines.enumerated() {
            titles[titles.count - 1] += line
            guard k + 1 < lines.count, let last = line.last, titleEnds.contains(last.text), let next = lines[k + 1].first,
                  next.text.first?.isUppercase == true, !continuations.contains(next.text) else { continue }
            titles.append([])
        }
        return titles.count == count ? titles : nil
    }
}
