/// The lines of one table, sorted into column headers, data rows (an
/// "anchor" line that holds the row's values) and the wrapped text around
/// them, then grouped into rows.
///
/// Extractors place a wrapped cell differently: pdftotext starts every cell
/// on the row's first line (rows then sit between blank lines); w3m centres
/// every cell vertically, so a row's one-line values sit on its middle line
/// with wrapped text above and below. Which lines belong to which row is
/// decided by that rule: blank lines separate rows where there are any;
/// otherwise the split that keeps each row centred on its values is taken.
struct TableLines {
    struct Row {
        var anchor: [LooseToken]
        var above: [[LooseToken]]
        var below: [[LooseToken]]
        /// The lines above may as well be the end of the row before.
        var aboveMayEndRowBefore = false
        /// The headings printed again above this row, when they were (a new printed page lays its columns out anew).
        var header: Header?
        /// Doubts about the row as a whole, found while cutting the table into rows.
        var warnings: [EncodeWarning] = []
    }

    struct Header {
        /// Standalone "(A)" and "(D)" column heads: x (or cell) of each.
        var marks: [(acquired: Bool, x: Int, cell: Int)] = []
        /// The cell of the "Code" column head, when the heads are cells: a sub-head
        /// row without the leading columns is aligned to the data by it.
        var codeCell: Int?
        /// For box-drawing tables: the rules around each mark's column.
        var markSpans: [(acquired: Bool, lo: Int, hi: Int)] = []
        var natureX: Int?
        var exerciseX: Int?
        var expirationX: Int?
        /// Where the "Code" sub-head stands on a line of its own with "V" (layout text):
        /// rows whose code sits far from it were laid out apart from the heads (a new page).
        var codeX: Int?
    }

    var rows: [Row] = []
    /// Lines read as wrapped text although they hold digits: possibly a damaged row.
    var warnings: [EncodeWarning] = []
    var header = Header()

    /// Phrases only a column header holds (matched in one pass: every table line is asked).
    static let headerPhrases = PhraseSet(["Instr", "Month/", "/Year", "Day/", "Title of", "Beneficially", "Ownership Form", "Exercisable",
                                "Expiration", "Acquired (A)", "Disposed", "Amount or", "Nature of", "(A) or", "Transaction(s)",
                                "Reported", "Derivative Security", "Price of", "Securities Acquired", "Table I", "Table II",
                                "Execution Date", "Conversion or", "Direct (D)", "Indirect (I)", "Following", "(e.g.,", "Title and Amount",
                                "Date Exercisable", "Number of Derivative", "Underlying Derivative", "and 4)", "and 5)"])
    static let headerWords: Set<String> = ["Code", "V", "Amount", "(A)", "(D)", "Price", "Date", "Title", "Shares", "Exercisable",
                                           "Expiration", "of", "Number", "or", "Security", "Securities", "Derivative", "Ownership",
                                           "Indirect", "Direct", "Beneficial", "and", "Underlying", "Transaction", "Deemed",
                                           "Execution", "if", "any", "Form:", "(Instr.", "3)", "4)", "5)", "8)", "Year)", "Owned",
                                           "Following", "Nature", "(Month/Day/Year)", "Conversion", "Exercise", "Date,", "warrants,",
                                           "calls,", "puts,", "options,", "convertible", "securities)"]

    /// `afterData`: rows have been read already. A word or two that column
    /// heads also use ("Shares" under "Common", "Preferred Shares") is then the
    /// end of a wrapped title, not a repeated header.
    static func isHeader(_ line: LooseLine, _ tokens: [LooseToken], afterData: Bool = false) -> Bool {
        if TableLines.any(tokens, { $0.kind == .date }) { return false }
        if TableLines.holdsHeaderPhrase(line) { return true }
        // Two or more numbered column heads ("5. Number of … 6. Date … 7. Title and Amount").
        let labels = numberedHeads(tokens)
        if labels >= 2 || (labels == 1 && tokens.count <= 6 && tokens.first.map({ $0.text.hasSuffix(".") }) == true) { return true }
        // The words (marks aside) counted, and asked of `headerWords` until one is not (no filtered copy).
        var words = 0
        var allHeads = true
        for i in tokens.indices where tokens[i].kind != .footnoteOnly {
            words += 1
            if allHeads && !headerWords.contains(tokens[i].text) { allHeads = false }
        }
        if afterData && words <= 2 { return false }
        return words > 0 && allHeads
    }

    /// `headerPhrases.matchesAny(in: line.plain)`, asked of each segment: no
    /// phrase starts or ends with a space or holds two, so none matches across
    /// the two spaces `plain` puts between cells (joining a cell row's cells
    /// into one string cost more than the match).
    static func holdsHeaderPhrase(_ line: LooseLine) -> Bool {
        for k in line.segments.indices where headerPhrases.matchesAny(in: line.segments[k].text) { return true }
        return false
    }

    /// Numbered column heads on a line: "1.", "2.", "10." standing alone.
    static func numberedHeads(_ tokens: [LooseToken]) -> Int {
        var n = 0
        for i in tokens.indices where tokens[i].kind == .word {
            let text = tokens[i].text
            // An ASCII word (a byte is a character; a carriage return aside, which
            // pairs with a line feed) is read on its bytes: ends in ".", at most three
            // long, opens with a digit (the one kind of ASCII character `isNumber`).
            // The view's generic `last`, the count and the suffix test cost more.
            let b = text.utf8.span
            // No last byte ".": no last character "." either, ASCII or not.
            guard b.count > 0, b[b.count - 1] == UInt8(ascii: ".") else { continue }
            var plain = true
            for k in b.indices where b[k] >= 0x80 || b[k] == 0x0D { plain = false; break }
            if plain {
                if b.count <= 3 && LooseTokenizer.isDigit(b[0]) { n += 1 }
                continue
            }
            // A word whose last byte is no "." cannot end in the character "." (asked first: most words).
            if text.utf8.last == UInt8(ascii: "."), text.count <= 3, text.hasSuffix("."), text.first?.isNumber == true { n += 1 }
        }
        return n
    }

    /// `tokens.contains(where: test)`, asking each token in place (the library's
    /// loop hands the test a copy of every token it asks).
    @inline(__always) static func any(_ tokens: [LooseToken], _ test: (LooseToken) -> Bool) -> Bool {
        for i in tokens.indices where test(tokens[i]) { return true }
        return false
    }

    static func isAnchor(_ tokens: [LooseToken]) -> Bool {
        // `markTextRuns` turns numbers and money into words and leaves dates
        // alone: a date makes an anchor, and a line with no date, number or
        // money is none, whatever it marks (most table lines: asked without
        // the marked copy of the line).
        var figures = false
        for i in tokens.indices {
            switch tokens[i].kind {
            case .date: return true
            case .number, .money: figures = true
            default: break
            }
        }
        guard figures else { return false }
        let marked = RowGrammar.markTextRuns(tokens)
        // Asked in place: `contains` handed the test a copy of every token up to the first value.
        return any(marked) { $0.kind == .date || $0.kind == .number || $0.kind == .money }
    }

    init(_ lines: ArraySlice<LooseLine>) {
        enum Kind { case blank, header, anchor, text }
        var kinds: [Kind] = []
        var toks: [[LooseToken]] = []
        var sawData = false
        // Headings printed again after rows (a new printed page): where they start.
        var again: Int?
        for line in lines {
            let t = LooseTokenizer.tokens(of: line)
            toks.append(t)
            if t.isEmpty { kinds.append(.blank); continue }
            if TableLines.isHeader(line, t, afterData: sawData) {
                if sawData && again == nil && kinds.last(where: { $0 != .blank }) != .header { again = kinds.count }
                kinds.append(.header)
                if !sawData { readHeader(line, t) }
                // "4)" under a row is a header's "(Instr. 3 and 4)" or a mark that lost its "(".
                if sawData, let odd = t.first(where: { !$0.footnotes.isEmpty || $0.doubt != nil }) {
                    warnings.append(EncodeWarning(rule: "ENC-ROW-TEXT", message: "a line read as a repeated header holds '\(odd.text)', which may be a footnote mark of the row above",
                                                  line: odd.line, column: odd.column))
                }
                continue
            }
            // "2010" alone under "By / Tamarack / Venture", a narrow nature cell
            // wrapping word by word: a lone plain number under a column of words
            // that starts in the text ending a row line (right of its values) is text.
            // So is one under the row's title, left of its values: the title cell
            // wrapped inside its name ("Series D-" over "1", "Series" over "2").
            // Other cells' wrapped words may share either line ("1  Stock  Capital",
            // "Stock  Common  2010" under w3m's "… Class  …  Venture").
            var wrappedWord = false
            // The first value asked in place (a copy of it only for the lone number).
            if let vi = t.indices.first(where: { t[$0].isValue }), !TableLines.any(t, { $0.isValue && $0.x != t[vi].x }),
               t[vi].kind == .number, t[vi].footnotes.isEmpty, t[vi].cell < 0, !t[vi].text.contains(",") {
                let v = t[vi]
                var j = toks.count - 2
                while j >= 0, let w = toks[j].firstIndex(where: { abs($0.x - v.x) <= 1 }), toks[j][w].kind == .word {
                    if let firstValue = toks[j].firstIndex(where: \.isValue) {
                        // The title's line sets its values apart by a gap: in a text whose cells
                        // stand one under another ("Form 3" over "0"), a number is no title's word.
                        wrappedWord = t.allSatisfy({ $0.x == v.x || $0.kind == .word }) && !toks[j][w...].contains(where: \.isValue)
                            || w < firstValue && v.end < toks[j][firstValue].x && toks[j][firstValue].x - toks[j][firstValue - 1].end >= 2
                        break
                    }
                    j -= 1
                }
            }
            if TableLines.isAnchor(t) && !wrappedWord { kinds.append(.anchor); sawData = true } else {
                kinds.append(.text)
                // The digits are counted only where they are asked about: below rows.
                if sawData, TableLines.digitCount(t) >= 3, let first = t.first {
                    warnings.append(EncodeWarning(rule: "ENC-ROW-TEXT", message: "a line with figures in it was read as wrapped text, not as a row of values",
                                                  line: first.line, column: first.column))
                }
            }
        }
        // Below headings printed again the table goes on laid out anew (another page,
        // another piece of the table): each part is read as a table under its own headings.
        if let again {
            let cut = lines.startIndex + again
            self = TableLines(lines[..<cut])
            let rest = TableLines(lines[cut...])
            // Heading lines that name no column (a wrapped "Following ...") leave the columns as they were.
            let own = rest.header.marks.isEmpty && rest.header.natureX == nil ? nil : rest.header
            rows += rest.rows.map { var r = $0; r.header = r.header ?? own; return r }
            warnings += rest.warnings
            return
        }
        // A row whose values the PDF set a little lower is printed on two
        // lines: the second holds no title and only continues to the right of
        // the first. It is one row.
        var previousAnchor: Int? = nil
        for k in kinds.indices {
            guard kinds[k] == .anchor else {
                if kinds[k] != .blank { previousAnchor = nil }
                continue
            }
            if let p = previousAnchor, let first = toks[k].first, let last = toks[p].last,
               first.isValue, first.x > last.end, toks[p].contains(where: { !$0.isValue }) {
                toks[p].append(contentsOf: toks[k])
                kinds[k] = .blank
                continue
            }
            previousAnchor = k
        }
        // A row cut by a page break: pdftotext prints the rest of its cells
        // (a price or a nature set lower than the row's values) at the top of
        // the next page. A line there with neither a date, a letter nor a D/I
        // cannot be a row (every row has its D/I), and the row above has one:
        // it is that row's rest. The next page is laid out anew, so its cells
        // are placed by where they stand only roughly: the row says so.
        var pageRest: [Int: LooseToken] = [:]
        for k in kinds.indices where kinds[k] == .anchor && lines[lines.startIndex + k].pageBreak {
            guard let p = kinds[..<k].lastIndex(where: { $0 != .blank }), kinds[p] == .anchor,
                  let first = toks[k].first, toks[k].allSatisfy({ $0.kind != .date && $0.kind != .letter && $0.cell < 0 }),
                  toks[p].contains(where: { $0.kind == .letter && ($0.text.isASCIIWord("D") || $0.text.isASCIIWord("I")) }) else { continue }
            let upTitle = toks[p].prefix { !$0.isValue }.count, rowTitle = toks[k].prefix { !$0.isValue }.count
            toks[p] = TableLines.mergeCentred(up: toks[p], row: toks[k], upTitle: upTitle, rowTitle: rowTitle)
            toks[k] = []
            kinds[k] = .text
            pageRest[p] = first
        }
        // A centred cell that wraps can print its value a line above the row and
        // its mark on the row's line: a line of values with no title, date or
        // letter right above a row that starts with its title is part of that row.
        for k in kinds.indices.dropFirst() where kinds[k] == .anchor && kinds[k - 1] == .anchor {
            let up = toks[k - 1], row = toks[k]
            guard let firstUp = up.first, let firstRow = row.first, !firstRow.isValue,
                  let firstValueX = row.first(where: \.isValue)?.x, !up.contains(where: { $0.cell >= 0 }) else { continue }
            let noTitle = firstUp.x > firstValueX && !up.contains(where: { $0.kind == .date || $0.kind == .letter })
            // "Stock Option (Right  02/21/2004 …" over "to Buy)  (3)  …": the second
            // line closes the title the first left open, so both are one centred row.
            let upTitle = up.prefix { !$0.isValue }, rowTitle = row.prefix { !$0.isValue }
            func balance<S: Sequence>(_ s: S) -> Int where S.Element == LooseToken {
                s.reduce(0) { n, t in n + TableLines.parenthesisBalance(t.text) }
            }
            let closesTitle = !upTitle.isEmpty && balance(upTitle) > 0 && balance(upTitle) + balance(rowTitle) == 0
                && !up.contains(where: { $0.kind == .letter && ($0.text.isASCIIWord("D") || $0.text.isASCIIWord("I")) })
            // "Common   $2.36" over "Stock  05/12/2023  P  84,603  A  (1) …": a
            // wrapped price cell ("$2.36<br>(1)") centred on the row puts the value
            // beside the title's first line and its mark on the row's line. Each
            // value of the upper line stands over a mark alone, and over no other value.
            let upValues = up.dropFirst(upTitle.count)
            func over(_ u: LooseToken, _ t: LooseToken) -> Bool { t.x < u.end && u.x < t.end }
            // Words may stand there too: the first line of a centred nature cell.
            let wrappedCell = !upTitle.isEmpty && upValues.contains(where: \.isValue)
                && upValues.allSatisfy { u in
                    if u.kind == .word { return !row.contains { $0.isValue && over(u, $0) } }
                    return (u.kind == .money || u.kind == .number)
                        && row.contains { $0.kind == .footnoteOnly && over(u, $0) }
                        && !row.contains { $0.isValue && $0.kind != .footnoteOnly && over(u, $0) }
                }
            // A line without a title whose values all fall where the row has none
            // ("08/21/2012 … Class A" over "Convertible Note (2) 01/13/2007 Common …"):
            // the top lines of cells that wrapped, not a row of its own.
            // The first line of a wrapped title may carry such values too ("Restricted …
            // 09/09/2021 (4) … Class A" over "Stock Units  $0  10/22/2006 …"), unless both
            // lines have a D/I of their own (OCR's "|" after an amount counts): two rows.
            func ownsRow(_ l: [LooseToken]) -> Bool {
                l.indices.contains { k in
                    l[k].kind == .letter && (l[k].text.isASCIIWord("D") || l[k].text.isASCIIWord("I"))
                        || l[k].text.isASCIIWord("|") && k > 0 && (l[k - 1].kind == .number || l[k - 1].kind == .money)
                }
            }
            let complementary = (firstUp.x >= firstValueX || !upTitle.isEmpty && !rowTitle.isEmpty && !(ownsRow(up) && ownsRow(row)))
                && up.contains(where: \.isValue)
                && up.allSatisfy { u in
                    guard u.isValue || u.kind == .letter else { return true }
                    return !row.contains { ($0.isValue && $0.kind != .footnoteOnly || $0.kind == .letter) && over(u, $0) }
                }
            guard noTitle || closesTitle || wrappedCell || complementary else { continue }
            toks[k] = TableLines.mergeCentred(up: up, row: row, upTitle: upTitle.count, rowTitle: rowTitle.count)
            toks[k - 1] = []
            kinds[k - 1] = .text
        }
        let anchors = kinds.indices.filter { kinds[$0] == .anchor }
        guard !anchors.isEmpty else {
            // No row of values at all: text that is not a header may be a row whose
            // values OCR damaged ("Common Stock, 7l D"). Not silently dropped.
            // A line of numbered column heads ("1. Title of … 4. Transa Code ( 8) …")
            // is a header even where extraction damaged a word of it.
            // (The numbered heads counted first: a head line that has them is passed over
            // without asking each of its words whether it looks damaged.)
            for k in kinds.indices where kinds[k] == .text || kinds[k] == .header {
                let line = toks[k]
                if TableLines.numberedHeads(line) >= 3 { continue }
                if kinds[k] == .header, !line.indices.contains(where: { RowBuilder.looksDamaged(line, at: $0) }) { continue }
                if let first = toks[k].first {
                    warnings.append(EncodeWarning(rule: "ENC-ROW-TEXT", message: "no row of values was read in this table; the line '\(toks[k].map(\.text).joined(separator: " "))' was left out",
                                                  line: first.line, column: first.column))
                }
            }
            return
        }
        // Gaps: text lines between anchors, with a note of blank lines.
        var gaps: [[Int]] = []
        var gapHasBlank: [Bool] = []
        var current: [Int] = []
        var blank = false
        var anchorIndex = 0
        for k in kinds.indices {
            switch kinds[k] {
            case .anchor:
                gaps.append(current); gapHasBlank.append(blank)
                current = []; blank = false
                anchorIndex += 1
            case .text: current.append(k)
            case .blank:
                // A blank line splits the gap between two rows: remember where.
                if anchorIndex > 0 { current.append(-1); blank = true }
            case .header:
                // A repeated header (page break) ends whatever was wrapping.
                if !current.isEmpty { current.append(-1) }
                blank = true
            }
        }
        while current.last == -1 { current.removeLast() }
        gaps.append(current); gapHasBlank.append(current.contains(-1))
        // gaps[0] is above the first anchor, gaps[k] between anchor k-1 and k, gaps[n] after the last.
        let n = anchors.count
        var above = Array(repeating: [Int](), count: n)
        var below = Array(repeating: [Int](), count: n)
        let anyBlank = gapHasBlank.dropFirst().dropLast().contains(true) || (anchors.count == 1 && gapHasBlank.last == true)
        if anyBlank {
            // Top-aligned rows separated by blank lines: text after a row's anchor
            // belongs to it up to the blank; text after the blank, to the next row.
            for g in 0...n {
                let parts = gaps[g].split(separator: -1, omittingEmptySubsequences: false).map(Array.init)
                if g == 0 { if n > 0 { above[0] = gaps[0].filter { $0 >= 0 } }; continue }
                if g == n {
                    below[n - 1] = parts.first ?? []
                    // Text after a blank below the last row is no row's: a row whose
                    // values were misread ("O", "7l") looks just like it. Said when it
                    // holds marks, figures or letters that a row would.
                    for l in parts.dropFirst().flatMap({ $0 }) {
                        if let t = toks[l].first(where: { !$0.footnotes.isEmpty || $0.doubt != nil || $0.kind == .letter || $0.text.contains(where: \.isNumber) || RowBuilder.looksDamaged($0) }) {
                            warnings.append(EncodeWarning(rule: "ENC-ROW-TEXT", message: "text below the table's last row ('\(t.text)') was not read as a row",
                                                          line: t.line, column: t.column))
                        }
                    }
                    continue
                }
                if parts.count == 1 { below[g - 1] = parts[0] } else {
                    below[g - 1] = parts.first ?? []
                    above[g] = parts.dropFirst().flatMap { $0 }
                }
            }
        } else {
            // No blank lines: the rows are either top-aligned (pdftotext) or centred
            // (w3m). Candidates from both rules; the one that makes the rows' titles
            // agree best (filings repeat a title row after row) wins, then the one
            // whose wrapped cells fit the rule best.
            let clean = gaps.map { $0.filter { $0 >= 0 } }
            let counts = clean.map(\.count)
            var candidates: [[(above: Int, below: Int)]] = []
            if counts[0] == 0 {
                candidates.append((0..<n).map { k in (0, counts[k + 1]) })
            }
            // A row's cost does not depend on the weight: the three searches share them.
            var rowCosts = RowCosts(counts)
            let anchorTokens = anchors.map { toks[$0] }
            for weight in [1, -1, 0] {
                if let c = TableLines.centredSplit(counts, tokens: { toks[$0] }, lines: clean, anchors: anchorTokens, heightWeight: weight,
                                                   rowCosts: &rowCosts) {
                    candidates.append(c)
                }
            }
            if candidates.isEmpty { candidates.append(TableLines.halfSplit(counts)) }
            // The rows' titles under each candidate, counted (see `SplitTitles`).
            var titles = SplitTitles(lines: toks, clean: clean, anchors: anchors)
            // w3m ends a cell cut before its footnote mark with "^" ("^(7)^" over
            // "(8)", one cell's "(7)(8)"; "Fund, LP^" over "(2)"): the two lines
            // are one row's, and a split that parts them (a mark lost to the
            // row above) is wrong whatever the titles say.
            let wraps: [(line: Int, next: Int)] = toks.indices.compactMap { k in
                k + 1 < toks.count && TableLines.markWraps(toks[k], into: toks[k + 1]) ? (k, k + 1) : nil
            }
            // The row of each line under a split, by line index (-1: none), in one
            // buffer kept from candidate to candidate (a dictionary hashed every line).
            var rowOf: [Int] = []
            func parted(_ split: [(above: Int, below: Int)]) -> Int {
                guard !wraps.isEmpty else { return 0 }
                if rowOf.count != toks.count { rowOf = Array(repeating: -1, count: toks.count) } else {
                    for i in rowOf.indices { rowOf[i] = -1 }
                }
                for k in 0..<n {
                    for l in clean[k].suffix(split[k].above) { rowOf[l] = k }
                    rowOf[anchors[k]] = k
                    for l in clean[k + 1].prefix(split[k].below) { rowOf[l] = k }
                }
                var count = 0
                for w in wraps where rowOf[w.line] >= 0 && rowOf[w.line] != rowOf[w.next] { count += 1 }
                return count
            }
            var scored: [([(above: Int, below: Int)], Int, Int)] = []
            for c in candidates { scored.append((c, parted(c), titles.count(c))) }
            let best = scored.min { ($0.1, $0.2) < ($1.1, $1.2) }!.0
            for k in 0..<n {
                above[k] = Array(clean[k].suffix(best[k].above))
                below[k] = Array(clean[k + 1].prefix(best[k].below))
            }
        }
        TableLines.closeOpenParentheses(above: &above, below: &below, anchors: anchors.map { toks[$0] }, tokens: { toks[$0] })
        let continued = TableLines.continueRowsAbove(above: &above, below: &below, anchors: anchors.map { toks[$0] }, tokens: { toks[$0] })
        // A row that lynx wrapped at the page width goes on at the left margin
        // with its last cell: that line is the row's own, not the next row's top.
        for k in 1..<max(n, 1) where below[k - 1].isEmpty && !above[k].isEmpty {
            let line = RowGrammar.markTextRuns(toks[above[k][0]])
            if RowBuilder.mayContinueFlowingRow(line, anchor: toks[anchors[k - 1]]) {
                below[k - 1].append(above[k].removeFirst())
            }
        }
        // OCR sets a nature's wrapped lines at the margin, where between two rows they
        // read as the lower row's top. A line that ends an owner's name ("(Q), LP)")
        // never starts a security's title: when the lower row's own line opens with its
        // title, that line and the margin lines above it end the upper row.
        for k in 1..<max(n, 1) where !above[k].isEmpty {
            // The margin test first: most lines above a row are wrapped titles set in from it, or indented.
            guard let title = toks[anchors[k]].first, title.kind == .word,
                  case let atMargin = above[k].prefix(while: { (toks[$0].first?.x ?? Int.max) <= title.x + 2 }), !atMargin.isEmpty,
                  let last = atMargin.lastIndex(where: { RowBuilder.endsAnEntityName(RowGrammar.markTextRuns(toks[$0])) }) else { continue }
            below[k - 1].append(contentsOf: above[k][...last])
            above[k].removeFirst(last + 1)
        }
        // Between two rows with no blank line, a wrapped line read as the top of
        // the lower row may be the end of the upper one (RowBuilder says so when
        // it carries footnote marks).
        let splitDoubt = !anyBlank && n > 1
        let all = Array(lines)
        for k in 0..<n {
            // A row cut by a page break is printed again at the top of the next
            // page (wkhtmltopdf does this): the same values right after a break.
            if k > 0, let last = rows.last {
                let from = anchors[k - 1] + 1
                let broke = (from...anchors[k]).contains { all[$0].pageBreak }
                let values = { (t: [LooseToken]) in t.filter(\.isValue).map { $0.text + $0.footnotes.joined() } }
                if broke, !values(toks[anchors[k]]).isEmpty, values(toks[anchors[k]]) == values(last.anchor) {
                    if let t = toks[anchors[k]].first {
                        warnings.append(EncodeWarning(rule: "ENC-PAGE-REPEAT", message: "a row repeated after a page break was read once",
                                                      line: t.line, column: t.column))
                    }
                    continue
                }
            }
            var row = Row(anchor: toks[anchors[k]], above: above[k].map { toks[$0] }, below: below[k].map { toks[$0] },
                          aboveMayEndRowBefore: splitDoubt && k > 0)
            if let first = pageRest[anchors[k]] {
                row.warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "the line after the page break, with no date and no D/I, was read as this row's cells going on; the new page's columns place them only roughly",
                                                  line: first.line, column: first.column))
            }
            if continued.contains(k), let first = below[k].first.flatMap({ toks[$0].first }) {
                row.warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "the pipe row of text below this row, with no figure in it, was read as this row's cells going on (the row after it has a title of its own)",
                                                  line: first.line, column: first.column))
            }
            rows.append(row)
        }
    }

    /// One row printed over two lines: both titles in order, then the values
    /// and text runs of both lines by column. A mark printed under a value of
    /// the upper line is that value's (with a doubt).
    static func mergeCentred(up: [LooseToken], row: [LooseToken], upTitle: Int, rowTitle: Int) -> [LooseToken] {
        var upper = Array(up.dropFirst(upTitle))
        var lower: [LooseToken] = []
        for t in row.dropFirst(rowTitle) {
            if t.kind == .footnoteOnly, let u = upper.firstIndex(where: { ($0.kind == .number || $0.kind == .money || $0.kind == .date) && $0.x < t.end && t.x < $0.end }) {
                upper[u].footnotes.append(contentsOf: t.footnotes)
                upper[u].doubt = upper[u].doubt ?? "footnote mark \(t.footnotes.joined(separator: ",")) under '\(upper[u].text)' (a row printed over two lines) taken as its own"
            } else {
                lower.append(t)
            }
        }
        // Runs of words one space apart stay together ("Held by Élan" above "Partners, L.P.").
        var runs: [[LooseToken]] = []
        for line in [upper, lower] {
            for t in line {
                if let last = runs.last?.last, last.line == t.line, !t.isValue, !last.isValue, t.x - last.end < 2 {
                    runs[runs.count - 1].append(t)
                } else {
                    runs.append([t])
                }
            }
        }
        let sorted = runs.enumerated().sorted { ($0.element[0].x, $0.offset) < ($1.element[0].x, $1.offset) }.flatMap(\.element)
        return Array(up.prefix(upTitle)) + Array(row.prefix(rowTitle)) + sorted
    }

    /// "Stock Option / (Right to / Buy)": a parenthesis opened in a row's title
    /// cell is closed in the same cell. Lines given to the next row that close
    /// a title left open go back to the row that opened it.
    static func closeOpenParentheses(above: inout [[Int]], below: inout [[Int]], anchors: [[LooseToken]], tokens: (Int) -> [LooseToken]) {
        guard anchors.count > 1 else { return }
        for k in 1..<anchors.count where !above[k].isEmpty {
            let firstValue = anchors[k - 1].first(where: { $0.isValue })?.x ?? Int.max
            func balance(_ line: [LooseToken]) -> Int {
                var b = 0
                for t in line where t.x < firstValue {
                    for ch in t.text.utf8 { if ch == UInt8(ascii: "(") { b += 1 } else if ch == UInt8(ascii: ")") { b -= 1 } }
                }
                return b
            }
            var open = 0
            for l in above[k - 1] { open += balance(tokens(l)) }
            open += balance(anchors[k - 1])
            for l in below[k - 1] { open += balance(tokens(l)) }
            guard open > 0 else { continue }
            // Move lines while the title stays open and a line closes it.
            var moved = 0
            var b = open
            for l in above[k] {
                // Only lines that hold title text alone: others carry the next row's cells too.
                guard tokens(l).allSatisfy({ $0.x < firstValue }) else { break }
                b += balance(tokens(l))
                moved += 1
                if b <= 0 { break }
            }
            guard b == 0 else { continue }
            below[k - 1].append(contentsOf: above[k].prefix(moved))
            above[k].removeFirst(moved)
        }
    }

    /// pymupdf4llm cuts a table in two inside a row: the row's first lines end
    /// one piece, its last lines open the next as a pipe row of text with no
    /// figure ("|Stock| | … |Global<br>Growth<br>Fund, L.P.|"). Such rows
    /// above a pipe row that has its own title cell go on with the row before.
    /// The rows given more lines are returned (each is reported).
    static func continueRowsAbove(above: inout [[Int]], below: inout [[Int]], anchors: [[LooseToken]], tokens: (Int) -> [LooseToken]) -> Set<Int> {
        var changed = Set<Int>()
        for k in anchors.indices.dropFirst() where !above[k].isEmpty && below[k - 1].isEmpty {
            guard let head = anchors[k].first, head.cell == 0, head.kind == .word,
                  anchors[k - 1].contains(where: { $0.cell >= 0 }) else { continue }
            let lines = above[k].map(tokens)
            guard lines.allSatisfy({ l in !l.isEmpty && l.allSatisfy { $0.cell >= 0 && ($0.kind == .word || $0.kind == .footnoteOnly) } }) else { continue }
            below[k - 1] = above[k]
            above[k] = []
            changed.insert(k - 1)
        }
        return changed
    }

    /// For centred rows: how many text lines above and below each anchor.
    /// A row of height h has its one-line cells on line (h-1)/2, so the
    /// lines below equal the lines above or one more. Among the splits that
    /// satisfy this, the one whose wrapped title and nature cells are best
    /// centred is taken.
    static func centredSplit(_ counts: [Int], tokens: (Int) -> [LooseToken], lines: [[Int]], anchors: [[LooseToken]],
                             heightWeight: Int, rowCosts: inout RowCosts) -> [(above: Int, below: Int)]? {
        let n = anchors.count
        func rowCost(_ k: Int, _ a: Int, _ b: Int) -> Int {
            if let known = rowCosts[k, a, b] { return known }
            let cost = computeRowCost(k, a, b)
            rowCosts[k, a, b] = cost
            return cost
        }
        // Row cost given (above, below) lines: wrapped text cells should be centred too.
        func computeRowCost(_ k: Int, _ a: Int, _ b: Int) -> Int {
            let h = a + b + 1
            // The row's lines, top to bottom: the last `a` lines of the gap above,
            // the anchor, the first `b` of the gap below (by index: the list of
            // them was an array of token arrays made per call).
            let upper = lines[k], lower = lines[k + 1]
            let upperStart = upper.count - a
            @inline(__always) func rowLine(_ j: Int) -> [LooseToken] {
                j < a ? tokens(upper[upperStart + j]) : j == a ? anchors[k] : tokens(lower[j - a - 1])
            }
            // Every cell of the anchor line (a run of close tokens) must be centred
            // with whatever wraps above and below it.
            var cost = 0
            // Wrapped text that leaves a parenthesis open ("(right to" / "buy)") is split wrong.
            let firstValue = anchors[k].first(where: { $0.isValue })?.x ?? Int.max
            var depth = 0
            for j in 0..<h {
                let l = rowLine(j)
                for i in l.indices where l[i].x < firstValue { depth += TableLines.parenthesisBalance(l[i].text) }
            }
            cost += abs(depth) * 2
            // A row that ends on a mark cut with "^" whose rest is the next
            // line, or starts with the rest of one cut on the line above, is
            // split inside a cell.
            let after: [LooseToken]? = b < lines[k + 1].count ? tokens(lines[k + 1][b]) : (k + 1 < n ? anchors[k + 1] : nil)
            if let after, TableLines.markWraps(rowLine(h - 1), into: after) { cost += 5 }
            let before: [LooseToken]? = a < lines[k].count ? tokens(lines[k][lines[k].count - a - 1]) : (k > 0 ? anchors[k - 1] : nil)
            if let before, TableLines.markWraps(before, into: rowLine(0)) { cost += 5 }
            // The anchor's fragments (``RowBuilder/fragments(_:)``) walked by index:
            // only each one's span is needed, not an array of its tokens.
            let anchor = anchors[k]
            var i = 0
            while i < anchor.count {
                var e = i
                while e + 1 < anchor.count, anchor[e + 1].cell == anchor[e].cell, anchor[e + 1].x - anchor[e].end < 2 { e += 1 }
                let lo = anchor[i].x - 1, hi = anchor[e].end + 1
                i = e + 1
                // The first and last row line the fragment's span reaches, and how many do.
                var first = -1, last = -1, m = 0
                for j in 0..<h where TableLines.any(rowLine(j), { $0.x < hi && $0.end > lo }) {
                    if first < 0 { first = j }
                    last = j
                    m += 1
                }
                guard first >= 0 else { continue }
                cost += abs(first - (h - m) / 2)
                if last - first + 1 != m { cost += 3 }
            }
            return cost
        }
        // DP over the number of lines above each anchor: best[k][a], the cheapest
        // way to have `a` lines above row k (at most the gap's count), and the `a`
        // of the row before it came from.
        // Kept flat, row after row (`start[k] + a`), in two arrays of integers:
        // an array per row of optional pairs went through the runtime's
        // unspecialised array allocation, three searches per table. `Int.min`
        // marks a slot not reached (costs are sums of a few hundred thousand at most).
        var start: [Int] = []
        start.reserveCapacity(counts.count)
        var slots = 0
        for c in counts {
            start.append(slots)
            slots += c + 1
        }
        var bestCost = [Int](repeating: Int.min, count: slots)
        var bestPrev = [Int](repeating: -1, count: slots)
        bestCost[start[0] + counts[0]] = 0
        for k in 0..<n {
            // In order of `a`: between two splits of equal cost the first found is kept.
            for a in 0...counts[k] {
                let cost = bestCost[start[k] + a]
                guard cost != Int.min else { continue }
                let available = counts[k + 1]
                for b in a...(a + 1) where b <= available {
                    let nextA = available - b
                    if k == n - 1 && nextA != 0 { continue }
                    let h = a + b + 1
                    let c = cost + rowCost(k, a, b) * 1000 + heightWeight * h * h
                    let slot = start[k + 1] + nextA
                    if bestCost[slot] != Int.min, bestCost[slot] <= c { continue }
                    bestCost[slot] = c
                    bestPrev[slot] = a
                }
            }
        }
        if bestCost[start[n]] != Int.min {
            var result = Array(repeating: (above: 0, below: 0), count: n)
            var nextA = 0
            for k in stride(from: n, to: 0, by: -1) {
                guard bestCost[start[k] + nextA] != Int.min else { break }
                let a = bestPrev[start[k] + nextA]
                result[k - 1] = (a, counts[k] - nextA)
                nextA = a
            }
            return result
        }
        return nil
    }

    /// `line` ends a cell with "^", the cut of a footnote mark that `next`
    /// goes on with under that cell ("^(7)^" over "(8)", "Fund, LP^" over
    /// "(2)"; see w3m): the two lines belong to one row.
    static func markWraps(_ line: [LooseToken], into next: [LooseToken]) -> Bool {
        guard let w = line.firstIndex(where: \.wrapsMark) else { return false }
        // Where the cell's run of words (one space apart) starts.
        var start = w
        while start > 0, line[start - 1].kind == .word, line[start].x - line[start - 1].end <= 1 { start -= 1 }
        let lo = line[start].x - 2, hi = line[w].end
        return next.contains { $0.kind == .footnoteOnly && $0.x >= lo && $0.x <= hi }
    }

    /// The cost of each centred row split, once computed: row k with `a` lines
    /// above it (at most the count of its gap) and `a` or `a + 1` below, in
    /// a slot of its own (no hashing; this is asked in the search's inner loop).
    /// The slots are kept flat, row after row (row k's from `start[k]`): an
    /// array per row was an allocation per gap, each through the library's
    /// unspecialised `Array(repeating:count:)`.
    struct RowCosts {
        private var start: [Int] = []
        private var slots: [Int]

        init(_ counts: [Int]) {
            var total = 0
            start.reserveCapacity(counts.count)
            for c in counts.dropLast() {
                start.append(total)
                total += 2 * (c + 1)
            }
            slots = Array(repeating: -1, count: total)
        }

        /// Costs are never negative: -1 marks a slot not computed yet.
        subscript(row: Int, above: Int, below: Int) -> Int? {
            get {
                let c = slots[start[row] + 2 * above + (below - above)]
                return c >= 0 ? c : nil
            }
            set { slots[start[row] + 2 * above + (below - above)] = newValue ?? -1 }
        }
    }

    /// How many characters of the tokens' texts (footnote-only marks aside)
    /// are numbers; on bytes for an ASCII text, where those are "0"-"9".
    static func digitCount(_ tokens: [LooseToken]) -> Int {
        var n = 0
        for t in tokens where t.kind != .footnoteOnly {
            let b = t.text.utf8.span
            var d = 0, plain = true
            for k in b.indices {
                let c = b[k]
                if c >= 0x80 { plain = false; break }
                if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { d += 1 }
            }
            n += plain ? d : t.text.filter(\.isNumber).count
        }
        return n
    }

    /// Opening minus closing parentheses (as characters) in a text. On
    /// bytes when the text is ASCII, where a byte is a character.
    static func parenthesisBalance(_ text: String) -> Int {
        let b = text.utf8.span
        var depth = 0, plain = true
        for k in b.indices {
            let c = b[k]
            if c >= 0x80 { plain = false; break }
            if c == UInt8(ascii: "(") { depth += 1 } else if c == UInt8(ascii: ")") { depth -= 1 }
        }
        if plain { return depth }
        depth = 0
        for ch in text { if ch == "(" { depth += 1 } else if ch == ")" { depth -= 1 } }
        return depth
    }

    /// Each gap split half and half: the last resort.
    static func halfSplit(_ counts: [Int]) -> [(above: Int, below: Int)] {
        let n = counts.count - 1
        var result = Array(repeating: (above: 0, below: 0), count: n)
        result[0].above = counts[0]
        for k in 0..<n {
            let gap = counts[k + 1]
            if k == n - 1 { result[k].below = gap } else {
                result[k].below = (gap + 1) / 2
                result[k + 1].above = gap - (gap + 1) / 2
            }
        }
        return result
    }

    /// `text == word` for a head word of ASCII letters ("Code", "Nature", "of", "V"),
    /// asked of every token of every head line: the byte counts first, since a
    /// string that differs in length from such a word never equals it (no other
    /// character is canonically equivalent to one of these letters), and the
    /// library's comparison of two unequal strings is a call into the runtime.
    @inline(__always) static func isWord(_ text: String, _ word: String) -> Bool {
        text.isASCIIWord(word)
    }

    /// `text == "(A)" || text == "(D)"`, on bytes (see ``isWord(_:_:)``).
    @inline(__always) static func isMarkHead(_ text: String) -> Bool {
        guard text.utf8.count == 3 else { return false }
        return text == "(A)" || text == "(D)"
    }

    mutating func readHeader(_ line: LooseLine, _ tokens: [LooseToken]) {
        for k in tokens.indices where TableLines.isMarkHead(tokens[k].text) {
            let t = tokens[k]
            // Only a column head standing alone, not "Acquired (A) or".
            let prevClose = k > 0 && tokens[k - 1].cell == t.cell && t.x - tokens[k - 1].end < 2
            let nextClose = k + 1 < tokens.count && tokens[k + 1].cell == t.cell && tokens[k + 1].x - t.end < 2
            if line.isCellRow {
                if k == 0 || tokens[k - 1].cell != t.cell, k + 1 == tokens.count || tokens[k + 1].cell != t.cell {
                    header.marks.append((t.text == "(A)", t.x, t.cell))
                }
            } else if !prevClose && !nextClose {
                header.marks.append((t.text == "(A)", t.x, t.cell))
                if let lo = line.bars.last(where: { $0 < t.x }), let hi = line.bars.first(where: { $0 >= t.end }) {
                    header.markSpans.append((t.text == "(A)", lo, hi))
                }
            }
        }
        if !line.isCellRow, let k = tokens.indices.first(where: { TableLines.isWord(tokens[$0].text, "Code") }), k + 1 < tokens.count,
           TableLines.isWord(tokens[k + 1].text, "V") {
            header.codeX = tokens[k].x
        }
        if line.isCellRow, header.codeCell == nil || TableLines.any(tokens, { TableLines.isMarkHead($0.text) }),
           let code = tokens.first(where: { TableLines.isWord($0.text, "Code") && $0.cell >= 0 }),
           !TableLines.any(tokens, { $0.cell == code.cell && !TableLines.isWord($0.text, "Code") }) {
            header.codeCell = code.cell
        }
        if line.isCellRow {
            // Markdown folds the (A) column into "Number of Derivative Securities Acquired (A) or …":
            // the cell just before a lone (D) is the (A) column.
            if header.marks.contains(where: { !$0.acquired }) && !header.marks.contains(where: { $0.acquired }) {
                if let d = header.marks.first(where: { !$0.acquired }), d.cell > 0 {
                    header.marks.append((true, (d.cell - 1) * LooseLine.cellWidth, d.cell - 1))
                }
            }
            for seg in line.segments {
                if seg.text.has("Nature of") { header.natureX = seg.x }
            }
        } else {
            for k in tokens.indices where TableLines.isWord(tokens[k].text, "Nature") && k + 1 < tokens.count && TableLines.isWord(tokens[k + 1].text, "of") {
                let t = tokens[k]
                header.natureX = (k > 0 && tokens[k - 1].text.hasSuffix(".")) ? tokens[k - 1].x : t.x
            }
        }
    }
}
