/// Tables printed as a stream of cells: `pdftotext` without `-layout` writes
/// each cell of the printed table as its own paragraph, in the order the PDF
/// drew them, with empty cells gone and nothing to say which column a value
/// stood in. Rows are cut where a title starts, and each row's tokens are then
/// read by ``RowGrammar``, which goes by what a value is, not where it is.
///
/// What cannot be told apart is reported, never guessed silently: a text
/// between two rows that may end one row or start the next, values before the
/// first title, and (by ``RowBuilder``) the (A)/(D) column of Table II.
extension TableLines {
    /// True when the table's lines are cells one under another, parted by
    /// blank lines: no line set in columns (two spaces apart, or a
    /// pipe/tab/box row), and most lines that hold a value hold only that one.
    static func isCellStream(_ lines: ArraySlice<LooseLine>) -> Bool {
        // pdftotext sets a blank line between cells; without them a cell that
        // wraps cannot be told from the next one.
        guard lines.contains(where: \.isBlank) else { return false }
        var valueLines = 0, singleValueLines = 0
        for line in lines where !line.isBlank {
            guard !line.isCellRow, line.segments.count == 1 else { return false }
            let text = line.segments[0].text
            if line.segments[0].x > 0 || text.utf8.hasDoubleSpace { return false }
            let values = LooseTokenizer.tokens(of: line).reduce(0) { n, t in
                n + (t.kind == .date || t.kind == .number || t.kind == .money ? 1 : 0)
            }
            if values > 0 { valueLines += 1 }
            if values == 1 { singleValueLines += 1 }
        }
        return valueLines >= 1 && singleValueLines * 2 >= valueLines
    }

    /// The table's rows, read as a stream of cells or as lines set in columns.
    static func read(_ lines: ArraySlice<LooseLine>, kind: TableKind) -> TableLines {
        if isCellStream(lines) { return TableLines(cellStream: lines, kind: kind) }
        let runs = looseRuns(lines)
        return runs.isEmpty ? TableLines(lines) : TableLines(lines: lines, looseRuns: runs, kind: kind)
    }

    /// Reads a table printed as a stream of cells (see ``isCellStream(_:)``).
    /// `inTable`: the stream is a run of loose lines inside a pipe table
    /// (see ``looseRuns(_:)``), where a cell wraps over several paragraphs.
    init(cellStream lines: ArraySlice<LooseLine>, kind: TableKind, inTable: Bool = false) {
        var stream = CellStream(paragraphs: CellStream.paragraphs(lines), kind: kind, wrapsCells: inTable)
        rows = stream.rows()
        warnings = stream.warnings
        // Where that reading doubts the drawing order: the columns read in order (CellStream+ColumnSequences).
        if let read = stream.columnSequenceRows(over: rows, warnings: warnings) {
            rows = read.rows
            warnings = read.warnings
        }
        reportRowsAfterFirstDoubt()
    }
}

/// The paragraphs of a cell-stream table and the cutting of them into rows.
struct CellStream {
    /// One cell or a few cells printed together (`19,066,032 D`): lines that no blank line parts.
    struct Paragraph {
        var tokens: [LooseToken]
        var isHeader: Bool
        /// True when no value is in it: a title, a nature of ownership, an
        /// underlying security's title. A letter alone is a cell of its own (a
        /// code, A/D, V, D/I), not text.
        var isText: Bool {
            !tokens.contains { $0.isValue } && !(tokens.count == 1 && tokens[0].kind == .letter)
        }
        /// Words ending in footnote marks ("LP (1)"): the last line of a text cell.
        var isMarkedText: Bool {
            tokens.first?.kind == .word && !isHeader && tokens.allSatisfy { $0.kind == .word || $0.kind == .footnoteOnly }
        }
        /// A title, alone or with the values pdftotext printed on its lines.
        var opensWithText: Bool { tokens.first?.kind == .word && !isHeader }
        /// A line of heads printed again below rows (a new page), not a one-word cell.
        var isRepeatedHead: Bool { isHeader && tokens.count >= 2 }
    }

    var paragraphs: [Paragraph]
    var kind: TableKind
    /// pymupdf4llm's loose rows: a cell wrapped word by word comes out as a
    /// paragraph per line ("Class B" / "Common" / "Stock", "Venture" / "2010"
    /// / "Partners"), where pdftotext keeps a cell's lines together.
    var wrapsCells = false
    var warnings: [EncodeWarning] = []

    /// Paragraphs split at blank lines.
    static func paragraphs(_ lines: ArraySlice<LooseLine>) -> [Paragraph] {
        var result: [Paragraph] = []
        var tokens: [[LooseToken]] = []
        var header = true
        var headLines: [Bool] = []
        func close() {
            guard !tokens.isEmpty else { return }
            if let split = headOverMarks(tokens, headLines) {
                result.append(Paragraph(tokens: tokens[..<split].flatMap { $0 }, isHeader: true))
                result.append(Paragraph(tokens: tokens[split...].flatMap { $0 }, isHeader: false))
                tokens = []
                headLines = []
                header = true
                return
            }
            // Words first, so that "Farm 2017" in a cell of words is no line of values.
            let words = wordsInText(tokens.flatMap { $0 })
            var lines: [[LooseToken]] = []
            for t in words {
                if let last = lines.last?.last, last.line == t.line { lines[lines.count - 1].append(t) } else { lines.append([t]) }
            }
            markLineEndsText(&lines)
            yearEndsText(&lines)
            for l in lines.indices { setApart(&lines[l]) }
            // "Units | Series" / "1": a short number alone on the last line of a text cell ends it.
            if lines.count >= 2, let last = lines.last, last.count == 1, last[0].kind == .number, last[0].footnotes.isEmpty,
               last[0].text.count <= 2, lines.dropLast().allSatisfy({ $0.allSatisfy { $0.kind == .word || $0.kind == .letter } }) {
                lines[lines.count - 1][0].kind = .word
                lines[lines.count - 1][0].doubt = "'\(last[0].text)' alone under '\(lines[lines.count - 2].last!.text)' taken as the text's last word, not a value"
            }
            result.append(Paragraph(tokens: inCellOrder(lines), isHeader: header))
            tokens = []
            headLines = []
            header = true
        }
        for line in lines {
            if line.isBlank { close(); continue }
            let t = LooseTokenizer.tokens(of: line)
            guard !t.isEmpty else { continue }
            tokens.append(t)
            headLines.append(isHeadLine(line, t))
            header = header && headLines[headLines.count - 1]
        }
        close()
        return result
    }

    /// Words only column heads use, lower-cased: a line of nothing else is a head
    /// even where the head is cut into single words ("derivative", "of").
    static let headWords: Set<String> = Set(TableLines.headerWords.map { $0.lowercased() }).union([
        "derivative", "securities", "security", "acquired", "disposed", "(a)", "(d)", "(i)", "(instr.", "instr.", "3,", "4", "3", "5",
        "beneficially", "owned", "reported", "transaction(s)", "following", "form", "form:", "ownership", "(month/day/year)",
        "day/year)", "(month/", "price", "title", "amount", "number", "shares", "code", "v", "date", "exercisable", "expiration",
        "conversion", "exercise", "underlying", "beneficial", "nature", "indirect", "direct", "deemed", "execution", "if", "any",
        "(e.g.,", "puts,", "calls,", "warrants,", "options,", "convertible", "securities)", "and", "or", "of", "transaction",
        "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10.", "11.", "1.", "2a.", "3a.",
    ])

    static func isHeadLine(_ line: LooseLine, _ tokens: [LooseToken]) -> Bool {
        if TableLines.isHeader(line, tokens) { return true }
        return tokens.allSatisfy { $0.kind != .date && $0.footnotes.isEmpty && headWords.contains($0.text.lowercased()) }
    }

    /// "Tamarack Capital Global" / "Growth Principals Fund, L.P." / "(2)(3)": the
    /// footnote marks of a text cell wrapped onto a line of their own end the
    /// text's last word. Alone they read as a value (a price or date given by
    /// footnote) and cut the cell from the row.
    static func markLineEndsText(_ lines: inout [[LooseToken]]) {
        guard lines.count >= 2, let marks = lines.last, marks.allSatisfy({ $0.kind == .footnoteOnly }),
              lines.dropLast().enumerated().allSatisfy({ n, line in
                  line.allSatisfy { $0.kind == .word || $0.kind == .letter } || n == 0 && lines.count >= 3 && besideWrappedText(line)
              }),
              case let l = lines.count - 2, let word = lines[l].last, word.kind == .word else { return }
        lines[l][lines[l].count - 1].footnotes += marks.flatMap(\.footnotes)
        lines.removeLast()
    }

    /// "Class B 536,445" / "Common" / "Stock" / "(2)": a wrapped text cell's
    /// first line with the one-line cell pdftotext centred beside it (see
    /// ``inCellOrder(_:)``): words, then values only.
    static func besideWrappedText(_ line: [LooseToken]) -> Bool {
        let words = line.prefix { $0.kind == .word || $0.kind == .letter }
        return !words.isEmpty && words.count < line.count && line.dropFirst(words.count).allSatisfy(\.isValue)
    }

    /// "By / Tamarack / Venture / 2010 / Fund": a plain number between two words
    /// of a cell that wraps word by word is a word of it. Not where it ends a
    /// line of values then words alone ("01/13/2032 Common 424" / "Stock"):
    /// that line holds several cells, and the number may be the one after
    /// the text's first line (``inCellOrder(_:)`` reads it so, with a
    /// doubt). A D/I letter before the words ("0 I By Venture 2010" /
    /// "Fund") opens a nature, which has no value after it.
    static func wordsInText(_ input: [LooseToken]) -> [LooseToken] {
        var t = input
        for k in t.indices.dropFirst().dropLast() where t[k].kind == .number && t[k].footnotes.isEmpty
            && t[k - 1].kind == .word && t[k + 1].kind == .word && !t[k].text.contains(",") {
            // "Common 30.825" / "Stock": a figure with a decimal point that ends
            // its line is the amount centred beside a wrapped title, not a word.
            if t[k + 1].line != t[k].line, t[k].text.contains(".") { continue }
            if t[k + 1].line != t[k].line, let start = t.firstIndex(where: { $0.line == t[k].line }),
               let firstWord = t[start..<k].firstIndex(where: { !$0.isValue }), firstWord > start,
               t[firstWord..<k].allSatisfy({ $0.kind == .word }) { continue }
            t[k].kind = .word
        }
        return t
    }

    /// "Common Stock 295.161": two cells printed one space apart. A figure
    /// with a point or comma, or a date, right after a word starts a cell of
    /// its own: it is set two columns apart, as cells are, so that the row
    /// grammar does not read it as the last word of a title ("Venture 2010").
    static func setApart(_ line: inout [LooseToken]) {
        var shift = 0
        for k in line.indices {
            if k > 0, line[k - 1].kind == .word, line[k].kind == .date || line[k].kind == .money
                || line[k].kind == .number && line[k].text.contains(where: { $0 == "," || $0 == "." }) {
                shift += 2
            } else if k > 0, k == line.count - 1, line[k - 1].kind == .word, line[k].kind == .number, line[k].footnotes.isEmpty {
                // "Common Stock 33": a cell's last word, or an amount beside it.
                line[k].doubt = "'\(line[k].text)' after '\(line[k - 1].text)' may end the text or be a value printed beside it"
            }
            line[k].x += shift
            line[k].end += shift
        }
    }

    /// pdftotext centres a cell of several lines on the row: a one-line cell
    /// beside it comes out between that cell's lines, or on the line of its
    /// first words ("Class A" / "1,072,357 $0.00" / "Common" / "Stock", or
    /// "Common 2,027,400" / "Stock"). A paragraph that starts and ends with
    /// words, with lines of values only between them, is one text cell beside
    /// those values: its words are put together ahead of them. The first line
    /// may open with values of cells before the text ("01/13/2032 Common 424"
    /// / "Stock", "06/12/2027 Class A" / "200,000 $0" / "Common" / "Stock": an
    /// expiration date, then the underlying security's title beside its
    /// amount); they stay ahead of it.
    static func inCellOrder(_ lines: [[LooseToken]]) -> [LooseToken] {
        func isWords(_ l: [LooseToken]) -> Bool { !l.contains { $0.isValue } }
        guard lines.count >= 2, let last = lines.last, isWords(last) else { return lines.flatMap { $0 } }
        let before = lines[0].prefix { $0.isValue }
        let opening = lines[0].dropFirst(before.count).prefix { !$0.isValue }
        guard let lead = opening.first, lead.kind == .word else { return lines.flatMap { $0 } }
        let firstValues = lines[0].dropFirst(before.count + opening.count)
        var words = Array(before) + Array(opening), values = Array(firstValues)
        for line in lines.dropFirst() {
            if isWords(line) {
                words += line
            } else if line.allSatisfy({ $0.isValue }) {
                values += line
            } else {
                return lines.flatMap { $0 }
            }
        }
        guard !values.isEmpty else { return lines.flatMap { $0 } }
        return words + values
    }

    /// The row's tokens as the row grammar reads them.
    func fields(_ row: [LooseToken]) -> RowFields {
        var grammar = RowGrammar(row)
        return grammar.parse(kind)
    }

    /// True when the row grammar finds the row's D/I: the row has its
    /// right-hand cells, and what may follow is its nature and the next row.
    func isComplete(_ row: [LooseToken]) -> Bool { fields(row).directIndirect != nil }

    /// True when the text paragraph at `k` starts a row rather than going on
    /// with one: the values after it open with a date, or with one value (a
    /// conversion price) and then a date. Inside a row, text comes before a
    /// date only in the title; the underlying security's title is followed by
    /// its amount. In a Form 3's Table II the dates may be footnote marks
    /// only: see ``formThreeRowStart(at:)``.
    func startsRow(at k: Int) -> Bool {
        guard !paragraphs[k].tokens.allSatisfy({ RowGrammar.dateWords.contains($0.text) }) else { return false }
        return formThreeRowStart(at: k) || datedRowStart(at: k)
    }

    /// ``startsRow(at:)`` by the date after the text alone.
    func datedRowStart(at k: Int) -> Bool {
        var values = paragraphs[k].tokens.filter { $0.isValue }
        for p in paragraphs[(k + 1)...] where values.count < 2 {
            if p.isText || p.isRepeatedHead { break }
            values += p.tokens.filter { $0.isValue }
            if values.count >= 2 { break }
        }
        guard let first = values.first else { return false }
        return first.kind == .date || values.count >= 2 && values[1].kind == .date
    }

    /// Form 3's Table II: "Class B Common Stock" / "(17)" / "(17)" / "Class A
    /// Common" + "Stock": a title, its date exercisable and expiration date
    /// (given by footnote, a date or "Immediately", a cell each), then the
    /// underlying security's title. No date need follow the title there.
    func formThreeRowStart(at k: Int) -> Bool {
        guard kind.derivative, kind.form == 3, paragraphs[k].isText, k + 3 < paragraphs.count else { return false }
        func isDateCell(_ p: Paragraph) -> Bool {
            p.tokens.count == 1 && (p.tokens[0].kind == .date || p.tokens[0].kind == .footnoteOnly || RowGrammar.dateWords.contains(p.tokens[0].text))
        }
        return isDateCell(paragraphs[k + 1]) && isDateCell(paragraphs[k + 2]) && paragraphs[k + 3].isText && paragraphs[k + 3].opensWithText
            && !paragraphs[k + 3].isHeader
    }

    /// EDGAR prints a table's transactions before its holdings. A row with no
    /// date between two rows that have one, the second of them without its D/I,
    /// is the right-hand end of that second row printed ahead of its title: its
    /// "title" is then the nature of ownership of the row before. Both rows
    /// that change are reported.
    func rejoinTails(_ rows: inout [TableLines.Row]) {
        func hasDate(_ r: TableLines.Row) -> Bool { r.anchor.contains { $0.kind == .date } }
        var r = 1
        while r + 1 < rows.count {
            let tail = rows[r]
            guard !hasDate(tail), isComplete(tail.anchor), hasDate(rows[r - 1]), isComplete(rows[r - 1].anchor),
                  hasDate(rows[r + 1]), !isComplete(rows[r + 1].anchor), let first = tail.anchor.first else { r += 1; continue }
            let nature = tail.anchor.prefix { !$0.isValue && $0.kind != .letter }
            rows[r - 1].anchor += nature
            rows[r + 1].anchor += tail.anchor.dropFirst(nature.count)
            let message = "the values at line \(first.line) have no date and the row after them has no D/I: taken as the end of that row, printed ahead of its title"
            rows[r - 1].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: message, line: first.line, column: first.column))
            rows[r + 1].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: message, line: first.line, column: first.column))
            rows[r + 1].warnings += tail.warnings
            rows.remove(at: r)
        }
    }

    /// Figures the row grammar left in a text field (the title, the nature,
    /// the underlying security's title): a row cut in the wrong place, or the
    /// next row run into this one. Each line with one is reported.
    func swallowedFigures(_ row: [LooseToken]) -> [EncodeWarning] {
        let f = fields(row)
        var lines = Set<Int>()
        var result: [EncodeWarning] = []
        for t in f.title + f.nature + f.underlyingTitle where t.kind == .number || t.kind == .money || t.kind == .date {
            guard result.count < 10, lines.insert(t.line).inserted else { continue }
            result.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "'\(t.text)' was read as text of the row; rows may run together here",
                                        line: t.line, column: t.column))
        }
        return result
    }

    /// "Venture" / "2010" / "Partners": where cells wrap a paragraph per line
    /// (``wrapsCells``), a plain number alone between two text paragraphs,
    /// after a row that has its D/I, is a word of the text it stands in (a
    /// row has no single value between two texts after its D/I). It is kept
    /// as a word, with a doubt that says so.
    func wrappedWord(at j: Int) -> Paragraph? {
        guard wrapsCells, j + 1 < paragraphs.count, paragraphs[j + 1].isText || paragraphs[j + 1].isMarkedText, !paragraphs[j + 1].isRepeatedHead,
              paragraphs[j].tokens.count == 1, case var t = paragraphs[j].tokens[0], t.kind == .number, t.footnotes.isEmpty,
              t.text.utf8.count <= 4, t.text.allSatisfy(\.isNumber) else { return nil }
        t.kind = .word
        t.doubt = "'\(t.text)' alone between two lines of text taken as a word of that text, not a value"
        return Paragraph(tokens: [t], isHeader: false)
    }

    /// "Common 04/28/2022 S 117,575 D 164,005,050 I" / "Stock $883.73 (31) by
    /// Trust (2)": pymupdf4llm prints a loose Table I row line by line, and a
    /// price set lower in its cell comes out on the second line, between the
    /// title's last words and the nature. A paragraph of words, one price and
    /// words, with no date, after a transaction that has its D/I but no price
    /// and no nature, is that second line: the row's tokens with the words
    /// put after the title, the price after the (A)/(D) letter, the rest last.
    func secondLine(_ p: Paragraph, of current: [LooseToken], fields f: RowFields) -> [LooseToken]? {
        guard wrapsCells, !kind.derivative, f.isTransaction, f.price == nil, f.nature.isEmpty, let ad = f.acquiredDisposed,
              f.date != nil, !p.tokens.contains(where: { $0.kind == .date }) else { return nil }
        let words = p.tokens.prefix { $0.kind == .word }
        let rest = p.tokens.dropFirst(words.count)
        guard !words.isEmpty, var money = rest.first, money.kind == .money else { return nil }
        let marks = rest.dropFirst().prefix { $0.kind == .footnoteOnly }
        let nature = rest.dropFirst(1 + marks.count)
        guard nature.allSatisfy({ $0.kind == .word || $0.kind == .footnoteOnly }),
              let titleEnd = current.firstIndex(where: \.isValue),
              let adIndex = current.firstIndex(where: { $0.line == ad.line && $0.column == ad.column }), adIndex >= titleEnd
        else { return nil }
        var joined = Array(current[..<titleEnd])
        joined += words
        joined += current[titleEnd...adIndex]
        // The price's marks ("$883.73 [(31)]") are the price's own.
        money.footnotes += marks.flatMap(\.footnotes)
        joined.append(money)
        joined += current[(adIndex + 1)...]
        joined += nature
        return joined
    }

    /// The usual openings of a nature of indirect ownership ("By Trust", "See
    /// footnote", "Held by LLC"), which a security's title does not start with.
    static func looksLikeNature(_ p: Paragraph) -> Bool {
        guard let first = p.tokens.first?.text.lowercased() else { return false }
        return ["by", "see", "held", "through", "owned", "as", "footnote", "via"].contains(first)
    }

    /// Cuts the paragraphs into rows. A row starts with a text paragraph after
    /// a row that has its D/I (of two or more text paragraphs there, the first
    /// is the nature of the row before and the rest the title of the next), or
    /// with one that ``startsRow(at:)``.
    mutating func rows() -> [TableLines.Row] {
        // A Form 3 Table II whose titles are all drawn after its other cells.
        if let made = titlesDrawnLastRows() { return made }
        // A Table I whose right-hand cells are drawn first and its first rows' titles among the heads.
        if let made = leftHandsAmongHeadsRows() { return made }
        // The column heads, with any values the PDF drew among them or right
        // after them: cells of a row whose title it printed elsewhere.
        // The first row is the first title followed by its date, where one is.
        let titles = paragraphs.indices.filter { paragraphs[$0].opensWithText }
        // A Form 3 row start with no date opens the table only where nothing but heads is before it
        // (a nature drawn among the heads goes with the row, see ``strayRowWithNatureAmongHeads(before:)``).
        var firstText = titles.first(where: {
            startsRow(at: $0) && (datedRowStart(at: $0) || !paragraphs[..<$0].contains { !$0.isHeader })
        })
            ?? titles.first ?? paragraphs.count
        // "Class B" / "Common" / "Stock" / "(7) 05/15/2020 …": the title's paragraphs before it.
        while wrapsCells, firstText > 0, firstText < paragraphs.count, paragraphs[firstText - 1].isText,
              paragraphs[firstText - 1].opensWithText {
            firstText -= 1
        }
        // A Table I drawn in column blocks, or a Table II in bands or left-hand cells first: its rows, and where the rows drawn in order go on.
        let blocked = columnBlockRows(from: firstText) ?? bandRows(from: firstText) ?? leftHandsFirstRows(from: firstText)
        if blocked == nil, let start = rowsAfterNatureAmongHeads(opening: firstText, titles: titles) { firstText = start }
        if let start = rowsAfterStrayEnd(titles: titles, before: firstText) { firstText = start }
        var strays = paragraphs[..<firstText].filter { !$0.isHeader }.flatMap(\.tokens)
        let strayHoldings = blocked == nil ? strayEndThenHoldings(before: firstText) : nil
        var rows: [TableLines.Row] = blocked?.rows ?? []
        if blocked == nil, let lead = strayRowWithLateTitle(before: firstText) ?? strayRowWithNatureAmongHeads(before: firstText) {
            rows.append(lead)
            strays = []
        } else if blocked == nil, let lead = handBeforeFirstTitle(at: firstText) {
            rows.append(lead)
            strays = []
            firstText += 1
        }
        var current: [LooseToken] = []
        var doubts: [EncodeWarning] = []
        var looseMarks: [LooseToken] = []
        func finish() {
            if let moved = CellStream.titleAfterValues(current) {
                current = moved.row
                doubts.append(moved.warning)
            }
            if let moved = dateDrawnLast(current) {
                current = moved.row
                doubts.append(moved.warning)
            }
            directIndirectAfterNature(&current)
            if let first = current.first, first.kind != .word {
                doubts.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "\(EncodeWarning.noTitlePrefix) ('\(first.text)'): it may be printed elsewhere",
                                            line: first.line, column: first.column))
            }
            if !current.isEmpty {
                doubts += swallowedFigures(current)
                rows.append(TableLines.Row(anchor: current, above: [], below: [], warnings: doubts))
            }
            current = []
            doubts = []
        }
        var k = blocked?.next ?? firstText
        // Two rows' left-hand cells stacked ahead of the right-hand cells (see ``stackedTitleSpan(at:)``).
        let allSpans = stackedTitleSpans()
        let spans = allSpans.filter(\.value.alternating)
        while k < paragraphs.count {
            let p = paragraphs[k]
            if let span = spans[k], startsRow(at: k) {
                // As any title with its date after a row without its D/I: that row ends here, reported.
                let open = !current.isEmpty && !isComplete(current)
                finish()
                var made = span.rows
                if open, let t = p.tokens.first {
                    made[0].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "'\(RowBuilder.text(Array(p.tokens.prefix(4))))' was read as the title of a new row, though the row above has no D/I yet",
                                                          line: t.line, column: t.column))
                }
                rows += made
                k = span.next
                continue
            }
            if isHead(at: k) { k += 1; continue }
            if isVHeadBeforeCode(at: k) {
                doubts.append(vHeadWarning(at: k))
                k += 1
                continue
            }
            if isCodeBeforeDate(at: k, of: current) {
                let moved = codeAfterDate(at: k, of: current)
                current = moved.row
                doubts.append(moved.warning)
                k += 2
                continue
            }
            if let moved = codeAfterPrice(at: k, of: current) ?? codeAfterAmount(at: k, of: current) {
                current = moved.row
                doubts.append(moved.warning)
                k += 1
                continue
            }
            if current.isEmpty, !kind.derivative, CellStream.isLooseMarks(p) {
                looseMarks += p.tokens
                k += 1
                continue
            }
            // "I By Quillane" / "2019" / "Family Trust": the nature goes on.
            if current.last?.kind == .word, let word = wrappedWord(at: k), isComplete(current) {
                current += word.tokens
                k += 1
                continue
            }
            // A page's D/I and natures drawn before its heads and the rows that lack them.
            if let moved = pageEndsDrawnFirst(at: k, of: current.isEmpty ? rows.last?.anchor ?? [] : current) {
                finish()
                rows += moved.rows
                k = moved.next
                continue
            }
            // Marks alone between a row owned indirectly and its nature, or after a direct row: left out, reported.
            if !wrapsCells, !current.isEmpty, marksBeforeNature(at: k, of: current) || marksAfterDirectRow(at: k, of: current) {
                looseMarks += p.tokens
                k += 1
                continue
            }
            if !p.opensWithText {
                // Figures after a row that has its D/I: a row whose title is printed elsewhere.
                if !current.isEmpty, p.tokens.contains(where: { $0.kind == .number || $0.kind == .money || $0.kind == .date }),
                   isComplete(current) {
                    finish()
                }
                current += p.tokens
                k += 1
                continue
            }
            if current.isEmpty {
                current = p.tokens
                k += 1
                continue
            }
            // A row whose code and date were drawn after its price is whole once they are put back.
            if !isComplete(current), let moved = dateDrawnLast(current) {
                current = moved.row
                doubts.append(moved.warning)
            }
            let sofar = fields(current)
            guard sofar.directIndirect != nil else {
                if let moved = natureBeforeOwned(at: k, of: current, fields: sofar) {
                    current = moved.row
                    doubts.append(moved.warning)
                    k += 3
                    continue
                }
                if let moved = natureBeforeUnderlying(at: k, of: current, fields: sofar) {
                    current = moved.row
                    doubts.append(moved.warning)
                    k = moved.next
                    continue
                }
                if titleBeforeDirectIndirect(at: k, of: sofar), let t = p.tokens.first {
                    current += paragraphs[k + 1].tokens
                    finish()
                    current = p.tokens
                    doubts.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "'\(RowBuilder.text(Array(p.tokens.prefix(4))))', printed between the row above's amount owned and its D/I, was read as the title of the next row",
                                                line: t.line, column: t.column))
                    k += 2
                    continue
                }
                // Where cells wrap a paragraph per line, text after text only is the same title.
                if startsRow(at: k), !(wrapsCells && !current.contains(where: \.isValue)) {
                    // The row above has no D/I: either its end is printed elsewhere, or
                    // this text is not a title. Both rows are reported.
                    finish()
                    if let t = p.tokens.first {
                        doubts.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "'\(RowBuilder.text(Array(p.tokens.prefix(4))))' was read as the title of a new row, though the row above has no D/I yet",
                                                    line: t.line, column: t.column))
                    }
                }
                current += p.tokens
                k += 1
                continue
            }
            if let joined = secondLine(p, of: current, fields: sofar), let t = p.tokens.first {
                current = joined
                doubts.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "'\(RowBuilder.text(p.tokens))', with no date, was read as the row's second line (the end of its title, its price, its nature)",
                                            line: t.line, column: t.column))
                k += 1
                continue
            }
            // A page's natures drawn after its rows, below the nature column's head.
            if !wrapsCells, let next = naturesDrawnAfterRows(at: k, current: &current, rows: &rows, doubts: &doubts) {
                k = next
                continue
            }
            // A holding's title drawn after its nature, then the nature's marks.
            if let moved = holdingTitleAfterNature(at: k, of: current) {
                current = moved.row
                doubts.append(moved.warning)
                finish()
                k = moved.next
                continue
            }
            // A title-less row's nature, then marks alone, before a page's heads.
            if natureThenMarksBeforeHeads(at: k, of: current) {
                current += p.tokens
                looseMarks += paragraphs[k + 1].tokens
                k += 2
                continue
            }
            // Text after a row that has its D/I: its nature, the next row's title, or both.
            var run = [p]
            var j = k + 1
            // The nature printed on the D/I's line ("I By Trust"): all that follows is the next title.
            let hasNature = !sofar.nature.isEmpty
            if p.isText {
                while j < paragraphs.count, !isHead(at: j), spans[j] == nil {
                    if paragraphs[j].isText || wrapsCells && paragraphs[j].isMarkedText {
                        run.append(paragraphs[j])
                    } else if let word = wrappedWord(at: j) {
                        run.append(word)
                    } else {
                        break
                    }
                    j += 1
                }
                // A nature before a page's heads, then the next title.
                if run.count == 1, j == k + 1, let h = titleAfterHeads(natureAt: k, of: sofar), spans[h] == nil {
                    if let told = natureAcrossHeadsWarning(p) { doubts.append(told) }
                    looseMarks += marksAmongHeads(after: k, upTo: h)
                    run.append(paragraphs[h])
                    j = h + 1
                }
                // A title printed with its first values ("Restricted $0(3)" / "Stock" / "Units").
                if j < paragraphs.count, paragraphs[j].opensWithText, spans[j] == nil {
                    run.append(paragraphs[j])
                    j += 1
                }
            }
            let indirect = sofar.directIndirect?.text == "I"
            // Only heads after one text (the next table's, drawn before its title) end the table too,
            // where the text is the nature a row owned indirectly lacks.
            let atEnd = j >= paragraphs.count || !wrapsCells && run.count == 1 && !hasNature && sofar.directIndirect?.text == "I"
                && paragraphs[j...].allSatisfy(\.isHeader)
            if atEnd && run.allSatisfy({ $0.isText || wrapsCells && $0.isMarkedText }) {
                // The end of the table: the last row's nature, and the title of a
                // row printed without one ahead of its values.
                if run.count >= 2, let first = current.first, first.kind != .word, let t = run[1].tokens.first {
                    current += run[0].tokens
                    current.insert(contentsOf: run.dropFirst().flatMap(\.tokens), at: 0)
                    doubts.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "'\(RowBuilder.text(Array(run[1].tokens.prefix(4))))' after the table's last row was taken as the title that row lacks",
                                                line: t.line, column: t.column))
                } else if run.count == 1, let joined = titleAtTableEnd(p, of: current, fields: sofar), let t = p.tokens.first {
                    current = joined
                    doubts.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "'\(RowBuilder.text(Array(p.tokens.prefix(4))))', the table's last text, after a row with its values and nature but no title, was taken as that row's title (drawn after a new page's heads)",
                                                line: t.line, column: t.column))
                } else {
                    for r in run { current += r.tokens }
                }
            } else if run.count == 1, !hasNature, indirect, p.isText, CellStream.looksLikeNature(p), let t = p.tokens.first {
                // "See Footnote(2)" after an I, then values: the nature of the row
                // above, and the next row's title is printed elsewhere.
                current += p.tokens
                finish()
                doubts.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "'\(RowBuilder.text(Array(p.tokens.prefix(4))))' was read as the nature of ownership of the row above, though values follow it: this row's title is missing or printed elsewhere",
                                            line: t.line, column: t.column))
            } else if run.count == 1, !hasNature, natureBeforePageHeads(at: k, of: sofar), let told = natureBeforePageHeadsWarning(p) {
                // The row's nature at a page's foot; the values after the heads are a row of their own.
                current += p.tokens
                doubts.append(told)
                // Unless the row's title is still to come, at the table's end.
                if !titleAloneAtEnd(after: k) { finish() }
            } else if run.count >= 2, !hasNature, !indirect, !CellStream.looksLikeNature(run[0]), let t = run[0].tokens.first {
                // A direct row seldom has a nature: all of it is the next title, reported.
                finish()
                for r in run { current += r.tokens }
                doubts.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "'\(RowBuilder.text(Array(run[0].tokens.prefix(4))))' after a row owned directly was read as the start of the next title, not as a nature of ownership",
                                            line: t.line, column: t.column))
            } else if run.count >= 2 && !hasNature {
                current += run[0].tokens
                finish()
                for r in run.dropFirst() { current += r.tokens }
            } else {
                finish()
                for r in run { current += r.tokens }
            }
            k = j
        }
        finish()
        rejoinTails(&rows)
        splitHoldingTitleBeforeOwned(&rows)
        splitStackedBlocks(&rows)
        joinRightHandsDrawnFirst(&rows)
        lastRowSecondLine(&rows)
        fillOpenRowsFromTrailingValues(&rows)
        fillPageAmountsDrawnLast(&rows)
        fillOpenUnderlyingFromTrailingValues(&rows)
        fillOpenRowsFromTrailingLetters(&rows)
        leftHandsDrawnLast(&rows)
        holdingTitleDrawnLast(&rows)
        titlesAfterLastRow(&rows)
        mendStackedSpans(allSpans.values.sorted { $0.start > $1.start }, in: &rows)
        looseMarks += marksAfterLastRow(&rows)
        reportLooseMarks(looseMarks, in: &rows)
        if !strays.isEmpty, let split = strayHoldings, case let open = rows.indices.filter({ !isComplete(rows[$0].anchor) }),
           open.count == 1, let r = open.first, let first = split.end.first {
            let joined = rows[r].anchor + split.end
            let f = fields(joined)
            if f.directIndirect != nil, f.extra.isEmpty, swallowedFigures(joined).isEmpty {
                rows[r].anchor = joined
                rows[r].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "values printed apart from their row, before the table's first row ('\(RowBuilder.text(Array(split.end.prefix(8))))'), were taken as the end of the one row without its D/I; the rows drawn after them, each whole, as holdings of their own",
                                                      line: first.line, column: first.column))
                for h in split.holdings {
                    var row = h
                    if let lead = row.anchor.first {
                        row.warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "this holding was drawn between values that end the row above and that row's title: read as a row of its own",
                                                          line: lead.line, column: lead.column))
                    }
                    rows.append(row)
                }
                strays = []
            }
        }
        if !strays.isEmpty, let first = strays.first {
            // They end the one row that lacks its D/I, if only one does.
            let open = rows.indices.filter { !isComplete(rows[$0].anchor) }
            if open.count == 1, let r = open.first {
                var placed = ""
                if let joined = self.strays(strays, beforeNatureOf: rows[r].anchor) {
                    rows[r].anchor = joined
                    placed = ", ahead of its nature of ownership"
                } else {
                    rows[r].anchor += strays
                }
                rows[r].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "values printed apart from their row, before the table's first row ('\(strays.map(\.text).joined(separator: " "))'), were taken as the end of the one row without its D/I\(placed)",
                                                      line: first.line, column: first.column))
            } else if !wrapsCells, strays.contains(where: { $0.kind == .word }),
                      strays.contains(where: { $0.kind == .number || $0.kind == .money }), !rows.isEmpty {
                // A title and figures left out: a whole row may be missing, and
                // every row after it then stands one place off. Each row is told.
                let message = "values before the table's first row ('\(strays.map(\.text).joined(separator: " "))'), a title among them, were not placed in any row: a row may be missing here, and the rows read may stand one place off"
                for r in rows.indices {
                    rows[r].warnings.append(EncodeWarning(rule: "ENC-UNPLACED", message: message, line: first.line, column: first.column))
                }
            } else {
                warnings.append(EncodeWarning(rule: "ENC-UNPLACED", message: "values before the table's first row ('\(strays.map(\.text).joined(separator: " "))') were not placed in any row",
                                              line: first.line, column: first.column))
            }
        }
        return rows
    }
}

extension EncodeWarning {
    /// The doubt the cell stream gives a row of values with no title ahead of it
    /// ("no title before the row's values …"): a rule that finds the row's title,
    /// or folds the row into another, drops it.
    var isNoTitleDoubt: Bool { message.hasPrefix(Self.noTitlePrefix) }

    static let noTitlePrefix = "no title before the row's values"
}
