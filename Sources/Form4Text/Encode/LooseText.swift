import LibXML

/// A loose text cut into ``LooseLine``s, whatever tool produced it.
///
/// Pipe rows (markdown), tab-separated rows and box-drawing rows become cell
/// rows. Markdown converters repeat a spanning cell once per grid column
/// (`|3,484,778|3,484,778|3,484,778|`); the cells under one header are
/// folded back into one, using the header row of the table (the row that
/// names "Title of ...") to know which grid columns belong together.
struct LooseText: Sendable {
    var lines: [LooseLine]
    /// How many lines were pipe, tab or box rows.
    var cellRowCount: Int

    init(_ text: String) {
        // The lines are read from the text's UTF-8 in place: a line of ASCII
        // bytes (nearly all of them) goes through the byte reading of
        // `LooseText+ASCIILines`, any other through `Builder.add(_:)`, which
        // reads `Character`s. Both give the same lines (see there why).
        var text = text
        text.makeContiguousUTF8()
        let built = LooseText.build(text)
        self.lines = built.lines
        self.cellRowCount = built.cellRows
    }

    /// Reads every physical line of `text` (its UTF-8 contiguous).
    private static func build(_ text: String) -> Builder {
        // One span for the whole text, asked once (`utf8.span` is a runtime
        // call); each line is a span of it, its offsets starting at 0.
        let all = text.utf8.span
        let spans = lineSpans(all)
        var builder = Builder(text: text, spans: spans)
        builder.lines.reserveCapacity(spans.count)
        for (from, to) in spans {
            builder.number += 1
            let line = all.extracting(from..<to)
            if isASCII(line) {
                builder.addASCII(line)
            } else {
                let lo = text.utf8.index(text.startIndex, offsetBy: from)
                builder.add(text[lo..<text.utf8.index(lo, offsetBy: to - from)])
            }
        }
        return builder
    }

    /// The state of reading a text's lines one after the other.
    struct Builder {
        var lines: [LooseLine] = []
        var groups: [String] = []
        /// Per header cell: left blank (markitdown's way of spanning a head), not a `ColN` placeholder.
        var blankHeads: [Bool] = []
        /// Rows under markitdown's spanned owners heading (see below).
        var ownersRows = false
        var cellRows = 0
        var number = 0
        /// The columns where the cells of the table being read begin, as its
        /// dash rule drew them (pandoc); empty outside such a table.
        var cellStarts: [Int] = []
        /// Whether a "---|---" row is anywhere in the text (asked once, when first needed).
        var separatorInText: Bool? = nil
        /// The segments of a blank line, made once per text and shared by every
        /// blank line (a third of a layout text's lines): an array per line was
        /// an allocation and a free for each.
        let blankSegments = [LooseSegment(text: "", x: 0, cell: -1)]
        /// The whole text and its lines' byte ranges. The text, not its
        /// bytes: a `Span` cannot be stored, so a walk over them asks
        /// `text.utf8.span` (see `separatorAnywhere`).
        let text: String
        let spans: [(Int, Int)]

        init(text: String, spans: [(Int, Int)]) {
            self.text = text
            self.spans = spans
        }

        /// Whether some line of the text, its leading spaces dropped, is a separator row.
        /// A byte test: a line with a non-ASCII byte is no separator either way.
        mutating func separatorAnywhere() -> Bool {
            if let known = separatorInText { return known }
            let all = text.utf8.span
            var found = false
            for (from, to) in spans where LooseText.isSeparatorLine(all.extracting(from..<to)) {
                found = true
                break
            }
            separatorInText = found
            return found
        }

        mutating func addBlank() {
            lines.append(LooseLine(number: number, segments: blankSegments, isCellRow: false))
        }

        /// One physical line, read by `Character`s (a line with non-ASCII bytes).
        mutating func add(_ line: Substring) {
            var raw = line
            var trimmed = raw.droppingLeadingSpaces()
            // A lone "|" opening a line, with no other pipe after it, is a stray
            // rule (OCR of a table border), not a pipe-table row: a pipe row has
            // at least two. It becomes a space so the columns keep their places.
            if trimmed.startsWith(UInt8(ascii: "|")), trimmed.dropFirst().first.map({ $0 == " " }) ?? true, !trimmed.dropFirst().contains("|") {
                var fixed = String(raw)
                if let bar = fixed.firstIndex(of: "|") { fixed.replaceSubrange(bar...bar, with: " ") }
                raw = Substring(fixed)
                trimmed = raw.droppingLeadingSpaces()
            }
            // html2text writes pipe tables without the outer pipes: "a | b | c", and always
            // a "---|---" row under a table's first row. OCR's rules ("D | $890.776(25)|
            // 158,402,196 | by Trust") are no table without one.
            var outerless = false
            if !trimmed.startsWith(UInt8(ascii: "|")), LooseText.barePipes(trimmed) >= 3 {
                outerless = separatorAnywhere()
            }
            // "---|---|---": the separator of such a table.
            if LooseText.isSeparatorRow(trimmed) {
                addBlank()
                return
            }
            // html2text's owners heading, "Reporting Owner Name / Address| Relationships", has too
            // few pipes to be a row: its rows ("AUSTIN TX 78701| X| X| |") keep every cell all the same.
            if !outerless, LooseText.hasPipe(trimmed), FormTail.headsOwners(String(trimmed)) {
                groups = []
                blankHeads = []
                ownersRows = true
            }
            if outerless { trimmed = Substring("|" + trimmed) }
            if trimmed.startsWith(UInt8(ascii: "|")) {
                cellRows += 1
                let rawCells = LooseText.pipeCells(trimmed)
                if rawCells.allSatisfy({ LooseText.onlyBytes($0, in: "-: ") }) {
                    addBlank()
                    return
                }
                addPipeRow(rawCells.map { LooseText.cleanCell($0) }, rawBlank: rawCells.map { $0.trimmingSpaces().isEmpty })
            } else if LooseText.hasBoxDrawing(raw) {
                // Box-drawing tables (w3m -graph, lynx): the rules become spaces so the
                // columns keep their places and read like any layout text.
                let (unboxed, bars) = LooseText.unboxed(raw)
                let cleaned = LooseNormalizer.clean(Substring(unboxed))
                lines.append(LooseLine(number: number, segments: [LooseSegment(text: cleaned, x: 0, cell: -1)], isCellRow: false, bars: bars))
            } else if raw.has("\t") {
                addTabRow(raw)
            } else {
                var body = raw
                // Markdown headings: "#### Remarks:" is "Remarks:".
                let lead = body.droppingLeadingSpaces()
                if lead.startsWith(UInt8(ascii: "#")) {
                    let rest = lead.drop { $0 == "#" }
                    if rest.first == " " { body = rest.dropFirst() }
                }
                var cleaned = LooseNormalizer.clean(body, cellStarts: cellStarts)
                if LooseText.isRuleOnly(cleaned) { cleaned = "" }
                var line = LooseLine(number: number, segments: [LooseSegment(text: cleaned, x: 0, cell: -1)], isCellRow: false)
                line.pageBreak = raw.has("\u{0C}")
                lines.append(line)
            }
        }

        /// A pipe row once its cells are cleaned; `rawBlank`: which cells were only spaces before cleaning.
        mutating func addPipeRow(_ cells: [String], rawBlank: [Bool]) {
            if LooseText.someCell(cells, { $0.has("Title of") || FormTail.headsOwners($0) }) {
                // A placeholder header cell (`ColN`, emptied) continues the cell before it.
                groups = []
                blankHeads = []
                // The owners table under markitdown's spanned "Relationships | | | |" (blank
                // cells) is not folded: its marks' columns are what they say ("| name |  | X |  |  |").
                let spannedOwners = !cells.contains(where: { $0.has("Title of") }) && rawBlank.contains(true)
                ownersRows = spannedOwners
                // A head printed again in the next grid column is the same string (see
                // `hasSameStorage`): its lines are joined once.
                var previous: (cell: String, joined: String)? = nil
                for (cell, blank) in zip(cells, rawBlank) where !spannedOwners {
                    let c: String
                    if let previous, previous.cell.hasSameStorage(as: cell) { c = previous.joined } else { c = cell.replacingNewlines() }
                    previous = (cell, c)
                    groups.append(c.isEmpty ? (groups.last ?? "") : c)
                    blankHeads.append(blank)
                }
            }
            // Under the spanned owners heading two equal cells are two marks ("| X | X |"): no cell is dropped.
            let segments = ownersRows ? cells.enumerated().map { LooseSegment(text: $1, x: $0 * LooseLine.cellWidth, cell: $0) }
                : LooseText.fold(cells, groups: groups, blankHeads: blankHeads)
            lines.append(LooseLine(number: number, segments: segments, isCellRow: true))
        }

        /// A tab-separated row (or a rule of box-drawing characters and tabs).
        mutating func addTabRow(_ raw: Substring) {
            let isRule = raw.unicodeScalars.allSatisfy { LooseText.isBoxRule($0) || $0 == " " || $0 == "\t" }
            if isRule {
                addBlank()
                return
            }
            cellRows += 1
            var cells: [String] = []
            var current = String.UnicodeScalarView()
            for s in raw.unicodeScalars {
                if s == "\t" || LooseText.isBoxVertical(s) {
                    cells.append(String(current))
                    current = String.UnicodeScalarView()
                } else {
                    current.append(s)
                }
            }
            cells.append(String(current))
            if raw.unicodeScalars.first.map(LooseText.isBoxVertical) == true, cells.first?.isEmpty == true {
                cells.removeFirst()
            }
            let segments = cells.enumerated().map { i, c in
                LooseSegment(text: LooseNormalizer.clean(Substring(c.trimmingSpaces())), x: i * LooseLine.cellWidth, cell: i)
            }
            lines.append(LooseLine(number: number, segments: segments, isCellRow: true, isTabRow: true))
        }
    }

    /// `cells.contains(where: test)`, asking once for a run of cells with the
    /// same bytes (a spanning cell printed in each grid column): the answer
    /// is the same. (Bytes, not `==`, which also equates other spellings of
    /// the same characters, which a byte search may tell apart.)
    static func someCell(_ cells: [String], _ test: (String) -> Bool) -> Bool {
        for k in cells.indices where k == 0 || !sameBytes(cells[k], cells[k - 1]) {
            if test(cells[k]) { return true }
        }
        return false
    }

    /// True when the two strings have the same UTF-8 bytes.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.hasSameStorage(as: b) || sameBytes(a.utf8.span, b.utf8.span)
    }

    /// True when every byte is ASCII (eight at a time): each byte is then a
    /// `Character` of its own (a line holds no CR).
    static func isASCII(_ b: Span<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i + 8 <= n {
            if b.word(at: i) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if b[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// A line left blank when it holds only rules ("-", "=", "+", box
    /// drawing), spaces and underscores (a form's signature lines).
    static func isRuleOnly(_ cleaned: String) -> Bool {
        // On bytes until the first non-ASCII one, which leaves the answer to the scalars.
        let b = cleaned.utf8.span
        var ascii = true
        scan: for i in b.indices {
            switch b[i] {
            case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: " "), UInt8(ascii: "_"): continue
            case 0x80...: ascii = false; break scan
            default: return false
            }
        }
        if ascii { return true }
        return cleaned.unicodeScalars.allSatisfy { LooseText.isBoxRule($0) || $0 == " " || $0 == "_" }
    }

    /// The byte ranges of the text's lines, split on LF, CR LF and CR (a form
    /// feed stays in its line, which notes the page break). Scanned as bytes:
    /// CR and LF are never part of a longer UTF-8 sequence.
    private static func lineSpans(_ b: Span<UInt8>) -> [(Int, Int)] {
        var spans: [(Int, Int)] = []
        // No CR (most texts): the lines end at each LF, found with memchr (`firstOffset`).
        if !b.contains(0x0D) {
            var start = 0
            while start < b.count, let i = b.firstOffset(of: 0x0A, from: start) {
                spans.append((start, i))
                start = i + 1
            }
            if start < b.count { spans.append((start, b.count)) }
            return spans
        }
        var start = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 0x0A || c == 0x0D {
                spans.append((start, i))
                i += (c == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A) ? 2 : 1
                start = i
                continue
            }
            i += 1
        }
        if start < b.count { spans.append((start, b.count)) }
        return spans
    }

    /// A box-drawing line with every box-drawing character (U+2500 to U+257F)
    /// made a space, and the scalar offsets of its vertical rules and crossings
    /// (`isBoxVertical`, ┼, ├, ┤).
    ///
    /// Done on UTF-8: a box-drawing character is E2 94 xx or E2 95 xx and
    /// nothing else is; scalars are counted at their lead bytes.
    static func unboxed(_ raw: Substring) -> (String, [Int]) {
        var bars: [Int] = []
        // Written into the string's storage through a checked `OutputSpan`
        // (never longer than the line: a rule's three bytes become one space);
        // the bytes are the line's own, valid UTF-8 with whole scalars
        // replaced, so the string is the one `String(decoding:)` of an array
        // made byte by byte was. Eight ASCII bytes at a time where they are (a
        // line's words and the spaces between its rules): eight scalars.
        let b = raw.utf8.span
        let n = b.count
        let text = String(utf8Capacity: n) { out in
            var scalar = 0
            var i = 0
            while i < n {
                if i + 8 <= n, b.word(at: i) & 0x8080_8080_8080_8080 == 0 {
                    for k in i..<(i + 8) { out.append(b[k]) }
                    i += 8
                    scalar += 8
                    continue
                }
                let c = b[i]
                if c == 0xE2, i + 2 < n, b[i + 1] == 0x94 || b[i + 1] == 0x95 {
                    let value = 0x2000 | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
                    let s = Unicode.Scalar(value)!
                    if isBoxVertical(s) || s == "┼" || s == "├" || s == "┤" { bars.append(scalar) }
                    out.append(UInt8(ascii: " "))
                    scalar += 1
                    i += 3
                    continue
                }
                if c & 0xC0 != 0x80 { scalar += 1 }
                out.append(c)
                i += 1
            }
        }
        return (text, bars)
    }

    static func isBoxVertical(_ s: Unicode.Scalar) -> Bool {
        s == "│" || s == "┃" || s == "║" || s == "┆" || s == "┊"
    }

    static func isBoxRule(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x2500 && s.value <= 0x257F) || s == "-" || s == "=" || s == "+"
    }

    /// Cells of a pipe row (which starts with its opening `|`), cut as
    /// ``pipeCuts(_:opened:)`` cuts them, each copied once; the last is
    /// trimmed as characters (a space before a combining mark is no space).
    static func pipeCells(_ row: Substring) -> [String] {
        let b = row.utf8.span
        let (ranges, rest) = pipeCuts(b, opened: !b.isEmpty && b[0] == UInt8(ascii: "|"))
        var cells: [String] = []
        cells.reserveCapacity(ranges.count + 1)
        for range in ranges { cells.append(String(bytes: b.extracting(range))) }
        let tail = String(bytes: b.extracting(rest)).trimmingSpaces()
        if !tail.isEmpty { cells.append(tail) }
        return cells
    }

    /// One markdown cell: markup cleaned, `<br>` kept as a line break, `ColN` placeholders emptied.
    static func cleanCell(_ cell: String) -> String {
        // An ASCII cell without a tag (most of them): read on its bytes.
        let bytes = cell.utf8.span
        if isASCII(bytes) { return cleanCell(bytes: bytes) }
        // Most cells hold no tag at all: one part, no list to build and join.
        if !cell.has("<") {
            let joined = LooseNormalizer.clean(cell.trimmedSpacesSlice()).trimmingSpaces()
            return isPlaceholder(joined) ? "" : joined
        }
        // The parts between breaks, cleaned and joined with line feeds as they
        // are found (empty ones left out), without the lists of parts.
        var joined = ""
        func add(_ part: Substring) {
            let cleaned = LooseNormalizer.clean(part.trimmedSpacesSlice()).trimmingSpaces()
            guard !cleaned.isEmpty else { return }
            if !joined.isEmpty { joined += "\n" }
            joined += cleaned
        }
        var rest = Substring(cell)
        while let r = rest.rangeOfBreak() {
            add(rest[..<r.lowerBound])
            rest = rest[r.upperBound...]
        }
        add(rest)
        return isPlaceholder(joined) ? "" : joined
    }

    /// `ColN`: the name a converter gives a header cell it found empty.
    static func isPlaceholder(_ cell: String) -> Bool {
        // ASCII: each byte a character, the digits 0-9 the only numbers.
        if let ascii = asciiAnswer(cell, { b in
            guard b.count > 3, b[0] == UInt8(ascii: "C"), b[1] == UInt8(ascii: "o"), b[2] == UInt8(ascii: "l") else { return false }
            for i in 3..<b.count where b[i] < 0x30 || b[i] > 0x39 { return false }
            return true
        }) { return ascii }
        return cell.hasPrefix("Col") && cell.dropFirst(3).allSatisfy(\.isNumber) && cell.count > 3
    }

    /// Folds the grid columns of one logical column back into one cell.
    /// `blankHeads`: which head cells were left blank. Under a head spanned that
    /// way (markitdown), two equal footnote-only cells are the head's two
    /// sub-columns ("(1)" exercisable, "(1)" expiration); under a head a converter
    /// repeated or named `ColN` (pymupdf4llm), they are one spanning cell printed twice.
    static func fold(_ cells: [String], groups: [String], blankHeads: [Bool] = []) -> [LooseSegment] {
        var segments: [LooseSegment] = []
        segments.reserveCapacity(cells.count)
        if groups.count == cells.count {
            var g = 0
            var column = 0
            // The indexes of a group's kept cells (one list for every group).
            var kept: [Int] = []
            kept.reserveCapacity(cells.count)
            while g < cells.count {
                var end = g
                while end + 1 < cells.count, groups[end + 1] == groups[g] { end += 1 }
                kept.removeAll(keepingCapacity: true)
                // The grid column of each kept cell (`k - g`): the same grid column has the same
                // place in every row, whichever cells before it were empty.
                let subColumns = end > g && blankHeads.count == cells.count && blankHeads[(g + 1)...end].allSatisfy { $0 }
                // A spanning cell is printed again in the next grid column; the same
                // figure after an empty cell ("|25,087||25,087|" under a head pymupdf4llm
                // repeated over the last columns) is another column's value.
                var afterEmpty = false
                for k in g...end {
                    if cells[k].isEmpty { afterEmpty = !kept.isEmpty; continue }
                    if kept.last.map({ cells[$0] != cells[k] }) ?? true || subColumns && LooseText.isMarkCell(cells[k])
                        || afterEmpty && LooseText.isFigureCell(cells[k]) {
                        kept.append(k)
                    }
                    afterEmpty = false
                }
                if kept.isEmpty {
                    segments.append(LooseSegment(text: "", x: column * LooseLine.cellWidth, cell: column))
                } else {
                    for k in kept {
                        segments.append(LooseSegment(text: cells[k], x: column * LooseLine.cellWidth + (k - g) * 100, cell: column))
                    }
                }
                column += 1
                g = end + 1
            }
            return segments
        }
        var previous: String? = nil
        var column = 0
        for cell in cells {
            // Repeated footnote-only cells may be two columns (exercisable and expiration): keep
            // them; so may two equal dates (a deemed execution date the same as the transaction's),
            // and two check marks (a director who is also a 10% owner).
            if cell == previous, !cell.isEmpty, !LooseText.isMarkCell(cell), !LooseText.isDateCell(cell),
               cell != "X", cell != "x" { continue }
            previous = cell
            segments.append(LooseSegment(text: cell, x: column * LooseLine.cellWidth, cell: column))
            column += 1
        }
        return segments
    }
}

extension LooseText {
    /// A cell that is one figure, "25,087" or "$3.95": digits with their separators.
    static func isFigureCell(_ cell: String) -> Bool {
        // An ASCII first byte other than a digit, ",", "." or "$" opens a first
        // character that is none of them and no number (only 0-9 are ASCII
        // numbers): false either way, without asking the whole cell.
        guard let first = cell.utf8.first else { return false }
        if first < 0x80, !LooseTokenizer.isDigit(first), first != UInt8(ascii: ","), first != UInt8(ascii: "."), first != UInt8(ascii: "$") {
            return false
        }
        if let ascii = asciiAnswer(cell, { b in
            var digit = false
            for i in 0..<b.count {
                let c = b[i]
                if c >= 0x30 && c <= 0x39 { digit = true; continue }
                if c != UInt8(ascii: ","), c != UInt8(ascii: "."), c != UInt8(ascii: "$") { return false }
            }
            return digit
        }) { return ascii }
        return cell.contains(where: \.isNumber) && cell.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "$" }
    }

    /// A cell that is one date, "12/18/2012".
    static func isDateCell(_ cell: String) -> Bool {
        // An ASCII first byte other than a digit or "/" opens a first character
        // that is neither a number nor "/": false either way (see `isFigureCell`).
        guard let first = cell.utf8.first else { return false }
        if first < 0x80, !LooseTokenizer.isDigit(first), first != UInt8(ascii: "/") { return false }
        if let ascii = asciiAnswer(cell, { b in
            var slashes = 0
            for i in 0..<b.count {
                let c = b[i]
                if c == UInt8(ascii: "/") { slashes += 1 } else if c < 0x30 || c > 0x39 { return false }
            }
            return b.count >= 6 && b.count <= 10 && slashes == 2
        }) { return ascii }
        return cell.count >= 6 && cell.count <= 10 && cell.filter({ $0 == "/" }).count == 2 && cell.allSatisfy { $0.isNumber || $0 == "/" }
    }

    /// A cell that holds footnote marks only: "(1)", or several, "(2)(3)". Two
    /// equal such cells side by side are two columns (a date exercisable and an
    /// expiration date that both cite the same notes), not one spanning cell.
    static func isMarkCell(_ cell: String) -> Bool {
        // Both readings want "(" first: a first byte other than "(" opens a
        // first character other than "(" (header cells are long: asked at once).
        guard cell.utf8.first == UInt8(ascii: "(") else { return false }
        if let ascii = asciiAnswer(cell, { b in
            isMarkRun(bytes: b)
        }) { return ascii }
        return isMarkRun(cell, open: "(", close: ")", space: " ")
    }

    /// ``isMarkRun(_:open:close:space:)`` on the bytes of an ASCII cell
    /// (a `Span` is no `Collection`): the same steps, byte offsets for indices.
    private static func isMarkRun(bytes c: Span<UInt8>) -> Bool {
        let open = UInt8(ascii: "("), close = UInt8(ascii: ")")
        var i = 0
        var groups = 0
        while i < c.count {
            guard c[i] == open else { return false }
            i += 1
            var inside = 0
            while i < c.count, c[i] != close, c[i] != open {
                inside += 1
                i += 1
            }
            guard i < c.count, c[i] == close, inside == 1 || inside == 2 else { return false }
            i += 1
            groups += 1
            while i < c.count, c[i] == UInt8(ascii: " ") { i += 1 }
        }
        return groups > 0
    }

    /// One or more `(x)` groups, each with one or two characters inside, perhaps
    /// spaced apart.
    private static func isMarkRun<C: Collection>(_ c: C, open: C.Element, close: C.Element, space: C.Element) -> Bool
    where C.Element: Equatable {
        var i = c.startIndex
        var groups = 0
        while i != c.endIndex {
            guard c[i] == open else { return false }
            i = c.index(after: i)
            var inside = 0
            while i != c.endIndex, c[i] != close, c[i] != open {
                inside += 1
                i = c.index(after: i)
            }
            guard i != c.endIndex, c[i] == close, inside == 1 || inside == 2 else { return false }
            i = c.index(after: i)
            groups += 1
            while i != c.endIndex, c[i] == space { i = c.index(after: i) }
        }
        return groups > 0
    }

    /// `test` on the cell's bytes when they are all ASCII and hold no CR (each
    /// byte is then a character, and a digit the only kind of number); nil
    /// otherwise, for the `Character` reading.
    @inline(__always) static func asciiAnswer(_ cell: String, _ test: (Span<UInt8>) -> Bool) -> Bool? {
        let b = cell.utf8.span
        // Eight bytes at a time for the ASCII test, `contains` (memchr) for a CR.
        guard isASCII(b), !b.contains(0x0D) else { return nil }
        return test(b)
    }
}
