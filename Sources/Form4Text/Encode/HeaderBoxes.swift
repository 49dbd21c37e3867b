import Form4Core
import Foundation
import LibXML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the header boxes of the form say (boxes 1 to 6 and the two check
/// boxes above them), each value with its place in the input.
struct HeaderBoxes: Sendable {
    var ownerName: Located<String>?
    var street1: Located<String>?
    var street2: Located<String>?
    var city: Located<String>?
    var state: Located<String>?
    var zip: Located<String>?
    var issuerName: Located<String>?
    /// The issuer's name as a box that lost its spaces printed it, when that is all there is.
    var gluedIssuerName: Located<String>?
    var ticker: Located<String>?
    var period: Located<DateText>?
    var originalDate: Located<DateText>?
    var amendmentBoxSeen = false
    var director: Bool?
    var tenPercent: Bool?
    var officer: Bool?
    var other: Bool?
    var relationLine: Int?
    var titleText: Located<String>?
    var notSubject: Located<Bool>?
    var aff10b5: Located<Bool>?
    var noSecurities: Located<Bool>?
    var moreThanOneOwner: Bool?
    /// How many words of the name-and-address box read so far look glued (see ``gluedWords(in:)``).
    var ownerBoxGlue: Int?
    var warnings: [EncodeWarning] = []
    /// Dates printed beside box 1's lines, set apart from them: another box's
    /// value that OCR's drifting columns brought into box 1 (see ``read(_:)``).
    var strayDates: [Located<DateText>] = []

    /// Box 1's name and address, to recognise the first owner in the owners table.
    var ownerParts: FormTail.OwnerParts? {
        guard let n = ownerName else { return nil }
        return FormTail.OwnerParts(name: n.value, street1: street1?.value, street2: street2?.value,
                                   city: city?.value, state: state?.value, zip: zip?.value)
    }

    static func read(_ lines: ArraySlice<LooseLine>) -> HeaderBoxes {
        if let h = readingOrder(lines) { return h }
        var h = HeaderBoxes()
        h.readCheckBoxes(lines)
        let blocks = HeaderBoxes.blocks(lines)
        for block in blocks { h.read(block: block) }
        if h.period == nil, let d = h.strayDates.first {
            // Box 1 holds no date: one beside its lines is box 3's, whose column drifted (OCR).
            h.period = d
            h.warnings.append(EncodeWarning(rule: "ENC-HEADER", message: "the form's date was found beside box 1's lines, not under its own label: the boxes' columns do not line up",
                                            line: d.line, column: d.column, path: "/ownershipDocument/periodOfReport"))
        }
        if h.ticker == nil, h.gluedIssuerName == nil,
           let l = blocks.lazy.flatMap({ $0.dropFirst() }).first(where: { HeaderBoxes.isIssuerLine($0.text) }) {
            // Box 2's value under another box's label (OCR drifted it left, into a
            // column another label starts): a name with a bracketed symbol is the
            // issuer's, rather than whatever box 2's column held without one.
            h.issuerName = nil
            h.warnings.removeAll { $0.rule == "ENC-HEADER" && $0.message.hasPrefix("issuer box has no bracketed trading symbol") }
            h.readIssuer([l])
            h.warnings.append(EncodeWarning(rule: "ENC-HEADER", message: "the issuer '\(l.text)' was found under another box's label: the boxes' columns do not line up",
                                            line: l.line, column: l.column, path: "/ownershipDocument/issuer/issuerName"))
        }
        return h
    }

    /// "Bird Global, Inc. [ BRDS ]": words, then a bracketed symbol of capitals
    /// that ends the line, as box 2 prints the issuer and nothing else prints.
    static func isIssuerLine(_ text: String) -> Bool {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "["), open > text.startIndex else { return false }
        let symbol = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces()
        guard (1...6).contains(symbol.count), symbol.allSatisfy({ $0.isUppercase || $0 == "." }) else { return false }
        return text[..<open].contains(where: \.isLetter)
    }

    /// "C/O LAM RESEARCH CORPORATION  11/04/2024": a date set apart at the end of
    /// a box 1 line is not the filer's address; the line without it, and the date.
    mutating func takingStrayDate(_ l: BoxLine) -> BoxLine {
        let gap: Range<String.Index>
        if let fast = HeaderBoxes.plainBytes(l.text, HeaderBoxes.lastDoubleSpace) {
            // ASCII: the last two spaces found on bytes (most lines have none).
            guard let at = fast else { return l }
            let lo = l.text.utf8.index(l.text.startIndex, offsetBy: at)
            gap = lo..<l.text.utf8.index(lo, offsetBy: 2)
        } else {
            guard let r = l.text.range(of: "  ", options: .backwards) else { return l }
            gap = r
        }
        guard case let last = l.text[gap.upperBound...].trimmingSpaces(),
              !last.isEmpty, !last.contains(" "), last.contains("/"), let d = LooseValues.date(last).value else { return l }
        strayDates.append(Located(value: d, line: l.line, column: l.column + l.text.distance(from: l.text.startIndex, to: gap.upperBound)))
        var rest = l
        rest.text = l.text[..<gap.lowerBound].trimmingSpaces()
        return rest
    }

    // MARK: check boxes above the header

    mutating func readCheckBoxes(_ lines: ArraySlice<LooseLine>) {
        // (By index: a copy of each line, with its arrays retained and released, cost more than the test.)
        for i in lines.indices {
            for j in lines[i].segments.indices {
                guard HeaderBoxes.mentionsCheckBox(lines[i].segments[j].text) else { continue }
                let line = lines[i], seg = line.segments[j]
                for part in HeaderBoxes.cellLines(seg.text) {
                    let text = String(part)
                    if let r = text.firstRange(ofPhrase: "Check this box if no longer subject") {
                        notSubject = Located(value: HeaderBoxes.isChecked(before: text[..<r.lowerBound]), line: line.number, column: 1)
                    }
                    if let r = text.firstRange(ofPhrase: "No securities are beneficially owned") {
                        noSecurities = Located(value: HeaderBoxes.isChecked(before: text[..<r.lowerBound]), line: line.number, column: 1)
                    }
                    if let r = text.firstRange(ofPhrase: "Check this box to indicate that a transaction") {
                        aff10b5 = Located(value: HeaderBoxes.isChecked(before: text[..<r.lowerBound]), line: line.number, column: 1)
                    }
                }
            }
        }
    }

    /// `text.has("Check this box") || text.has("No securities")`, on the bytes
    /// read once (asked of every line of the header).
    static func mentionsCheckBox(_ text: String) -> Bool {
        let b = text.utf8.span
        return HeaderBoxes.contains("Check this box", in: b) || HeaderBoxes.contains("No securities", in: b)
    }

    /// True when the text just before a label is a check mark: `[X]`, `X`, `☒`, `■`, `✓`.
    static func isChecked(before text: Substring) -> Bool {
        let b = text.utf8.span
        if ColumnText.isPlain(b) { return isChecked(ascii: b) }
        let t = text.trimmingSpaces()
        guard let last = t.last else { return false }
        if last == "]" {
            let inside = t.dropLast().reversed().prefix { $0 != "[" }
            return inside.contains { $0 == "X" || $0 == "x" || $0 == "✓" || $0 == "✔" || $0 == "☒" }
        }
        if "☒■✓✔☑".contains(last) { return true }
        if last == "X" || last == "x" {
            let before = t.dropLast().last
            return before == nil || before == " " || before == "|"
        }
        return false
    }

    /// ``isChecked(before:)`` of ASCII bytes (a byte is a character; none of
    /// the marks outside ASCII can be there).
    static func isChecked(ascii b: Span<UInt8>) -> Bool {
        var lo = 0, hi = b.count
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
        guard hi > lo else { return false }
        let last = b[hi - 1]
        if last == UInt8(ascii: "]") {
            var i = hi - 2
            while i >= lo, b[i] != UInt8(ascii: "[") {
                if b[i] == UInt8(ascii: "X") || b[i] == UInt8(ascii: "x") { return true }
                i -= 1
            }
            return false
        }
        if last == UInt8(ascii: "X") || last == UInt8(ascii: "x") {
            guard hi - 2 >= lo else { return true }
            let before = b[hi - 2]
            return before == 0x20 || before == UInt8(ascii: "|")
        }
        return false
    }

    // MARK: blocks

    /// Cuts the header into boxes' columns: one block per markdown cell, or per
    /// layout column (found from where the numbered labels start).
    static func blocks(_ lines: ArraySlice<LooseLine>) -> [[BoxLine]] {
        var blocks: [[BoxLine]] = []
        // The cells' texts read so far: a header has a few dozen, fewer than hashing pays for.
        var seenCells: [String] = []
        var starts: [Int] = []
        // Each layout line's text and where its labels start and end, found once for
        // both passes (the columns, then the words in them), in line order; a
        // label's end is looked up by its start among the line's few labels.
        var scanned: [(number: Int, text: ColumnText, labelEnds: [(start: Int, end: Int)])] = []
        scanned.reserveCapacity(lines.count)
        // (Lines by index, here and below: a copy of each line, its arrays retained and released, cost more than its tests.)
        for li in lines.indices where !lines[li].isCellRow {
            let text = ColumnText(lines[li].segments[0].text)
            var labelEnds: [(start: Int, end: Int)] = []
            for (offset, label) in HeaderLabel.starts(in: text) {
                // A start is found once per line (the scan moves past it), so each key is new.
                labelEnds.append((offset, label.end(in: text, from: offset)))
                var atStart = true
                for k in 0..<offset where !text.isSpace(k) { atStart = false; break }
                let gapped = offset >= 2 && text.isSpace(offset - 1) && text.isSpace(offset - 2)
                if atStart || gapped { starts.append(offset) }
            }
            scanned.append((lines[li].number, text, labelEnds))
        }
        // The second pass meets the same lines in the same order: the k-th layout line's
        // scan is the k-th, unless a line number repeats (then, as by number, the last one).
        var increasing = true
        for k in scanned.indices.dropFirst() where scanned[k].number <= scanned[k - 1].number { increasing = false; break }
        var lastByNumber: [Int: Int] = [:]
        if !increasing { for k in scanned.indices { lastByNumber[scanned[k].number] = k } }
        var nextScanned = 0
        starts.sort()
        var columns: [Int] = []
        for s in starts where columns.last.map({ s - $0 > 3 }) ?? true { columns.append(s) }
        // Where each column's text starts, and so how wide a column is: the next one
        // starts one space after the widest line (pandoc's fixed-width columns).
        let origins = columns
        if let first = columns.first, first > 0 { columns[0] = 0 }
        if columns.isEmpty { columns = [0] }
        var layout = Array(repeating: [BoxLine](), count: columns.count)
        // A line's words with the column each goes to, in order (the buffer is kept from line to line).
        var assigned: [(column: Int, start: Int, end: Int)] = []
        var scratch: [UInt8] = []
        var tabColumns: [[BoxLine]] = []
        for li in lines.indices {
            if lines[li].isTabRow {
                let line = lines[li]
                // (A tab row is a cell row, which the first pass skipped; were it not, its scan is passed over.)
                if !line.isCellRow { nextScanned += 1 }
                // Tab-separated: the cells with one index, row after row, are one column.
                for seg in line.segments where !seg.text.isEmpty {
                    while tabColumns.count <= seg.cell { tabColumns.append([]) }
                    tabColumns[seg.cell].append(contentsOf: splitAtLabels(seg.text, line: line.number, column: seg.cell + 1))
                }
                continue
            }
            if lines[li].isCellRow {
                let line = lines[li]
                for seg in line.segments where !seg.text.isEmpty && !seenCells.contains(seg.text) {
                    seenCells.append(seg.text)
                    var block: [BoxLine] = []
                    for part in HeaderBoxes.cellLines(seg.text) {
                        block.append(contentsOf: splitAtLabels(String(part), line: line.number, column: seg.cell + 1))
                    }
                    blocks.append(block)
                }
                continue
            }
            // Words go to the column where they start; each column's piece is built as
            // bytes (a string per column, not per word).
            let number = lines[li].number
            let entry = increasing ? nextScanned : lastByNumber[number]!
            nextScanned += 1
            let (text, labelEnds) = (scanned[entry].text, scanned[entry].labelEnds)
            func endOfLabel(at x: Int) -> Int? {
                for l in labelEnds where l.start == x { return l.end }
                return nil
            }
            assigned.removeAll(keepingCapacity: true)
            var x = 0
            var lastEnd = -2, lastColumn = 0, movedRun = false, labelEnd = -1
            while x < text.count {
                // The spaces before the word passed over eight at a time (layout
                // lines are mostly spaces: one at a time, they cost more than the words).
                if text.isSpace(x) {
                    x = HeaderBoxes.endOfSpaces(text.units, from: x)
                    continue
                }
                var e = x
                while e < text.count, !text.isSpace(e) { e += 1 }
                var k = 0
                while k + 1 < columns.count, columns[k + 1] <= x { k += 1 }
                if x < labelEnd || (x == lastEnd + 1 && movedRun) {
                    // A label's words, and the rest of a value moved right, stay together
                    // even under the next column's label: OCR's drift puts "2. Issuer" at 49
                    // and "3. Date" at 59, so "Name and Ticker" and "]" (of "TELOS CORP
                    // [TLS ]") would fall under box 3.
                    k = lastColumn
                } else if k + 1 < columns.count, endOfLabel(at: x) == nil,
                          startsNextBox(text, at: x, from: columns[k], to: columns[k + 1]) {
                    k += 1
                    movedRun = true
                } else {
                    movedRun = false
                    if let end = endOfLabel(at: x) { labelEnd = end }
                }
                lastEnd = e
                lastColumn = k
                assigned.append((k, x, e))
                x = e
            }
            // Each column's piece: its words, in order, one space apart (two where the line
            // had two or more), starting at its first word's column.
            for k in 0..<columns.count {
                guard let first = assigned.firstIndex(where: { $0.column == k }) else { continue }
                let (piece, mayHoldLabel, tabAtEnd) = HeaderBoxes.piece(of: text, words: assigned, from: first, column: k, scratch: &scratch)
                let width = k + 1 < origins.count ? origins[k + 1] - origins[k] - 1 : nil
                if mayHoldLabel == false {
                    // No label inside (most pieces): the one line that `splitAtLabels` makes, without its array.
                    // (A piece of ASCII words has no space at its ends: only a tab there needs the trim.)
                    let text = tabAtEnd ? piece.trimmingSpaces() : piece
                    layout[k].append(BoxLine(text: text, line: number, column: assigned[first].start + 1, width: width))
                    continue
                }
                var parts = splitAtLabels(piece, line: number, column: assigned[first].start + 1, mayHoldLabel: mayHoldLabel)
                if k + 1 < origins.count {
                    for j in parts.indices { parts[j].width = origins[k + 1] - origins[k] - 1 }
                }
                if parts.count == 1 { layout[k].append(parts[0]) } else { layout[k].append(contentsOf: parts) }
            }
        }
        return layout + blocks + tabColumns
    }

    /// The first offset at or after `x` whose unit is no space (the count
    /// when there is none), eight units at a time while they are all spaces.
    static func endOfSpaces(_ units: [UInt8], from x: Int) -> Int {
        let u = units.span
        var i = x
        while i + 8 <= u.count, u.word(at: i) == 0x2020_2020_2020_2020 { i += 8 }
        while i < u.count, u[i] == 0x20 { i += 1 }
        return i
    }

    /// Whether the words at `x`, in the column that starts at `own`, are the
    /// value of the box whose column starts a little to the right at `column`.
    /// OCR sets the labels' small type and the values' larger type on different
    /// character grids, so a value drifts left of its label, more the further
    /// right it is ("2. Issuer Name" at 53, "Eventbrite, Inc. [ EB ]" at 45).
    /// Taken only when a wide gap sets the words off, they are nearer the next
    /// column than their own and run on into it, and they do not start with a
    /// date (box 3's date drifts too, and is told apart from box 1's lines later).
    static func startsNextBox(_ text: ColumnText, at x: Int, from own: Int, to column: Int) -> Bool {
        let reach = max(3, column / 5)
        guard x < column, column - x <= reach, column - x < x - own, x >= 3,
              text.isSpace(x - 1), text.isSpace(x - 2), text.isSpace(x - 3) else { return false }
        var e = x
        var slashes = 0
        while e < text.count, text.isNumber(e) || text.isCharacter(e, UInt8(ascii: "/")) {
            if text.isCharacter(e, UInt8(ascii: "/")) { slashes += 1 }
            e += 1
        }
        if slashes == 2, e == text.count || text.isSpace(e) { return false }
        while e < text.count, !(text.isSpace(e) && (e + 1 >= text.count || text.isSpace(e + 1))) { e += 1 }
        return e > column
    }

    /// `text.split(separator: "\n")`, cut on bytes when the text has no
    /// carriage return: a line feed byte is then the character "\n" (no
    /// character joins one), and nothing else is.
    static func cellLines(_ text: String) -> [Substring] {
        // The runs between line feeds, as `split` gives them (empty ones left out), by byte offset.
        if let runs = lineFeedRuns(text.utf8.span) {
            let u = text.utf8
            return runs.map { r in
                let lo = u.index(u.startIndex, offsetBy: r.lowerBound)
                return Substring(u[lo..<u.index(lo, offsetBy: r.count)])
            }
        }
        guard !text.utf8.contains(0x0D) else { return text.split(separator: "\n") }
        return text.utf8.split(separator: 0x0A).map { Substring($0) }
    }

    /// The runs of `b` between line feeds, as `split` gives them (empty ones
    /// left out), by byte offset; nil when `b` holds a carriage return.
    static func lineFeedRuns(_ b: Span<UInt8>) -> [Range<Int>]? {
        var runs: [Range<Int>] = []
        var start = 0
        for i in b.indices {
            if b[i] == 0x0D { return nil }
            if b[i] == 0x0A {
                if i > start { runs.append(start..<i) }
                start = i + 1
            }
        }
        if b.count > start { runs.append(start..<b.count) }
        return runs
    }

    /// A line holding a label in its middle is two lines: before and from the label.
    /// The text of column `column`'s words among `words` (the first of them at
    /// `first`), and whether it may hold a label after its start: for a line of
    /// ASCII, only where one of its words but the first starts with a digit and a
    /// dot (nil: not known, the line is not ASCII). Built straight into the string.
    /// `tabAtEnd`: for a line of ASCII, whether the piece's first or last byte is
    /// a tab (its only bytes a trim could take: its words hold no space), told
    /// from the bytes written; true otherwise.
    static func piece(of text: ColumnText, words: [(column: Int, start: Int, end: Int)], from first: Int, column: Int,
                      scratch: inout [UInt8]) -> (String, Bool?, tabAtEnd: Bool) {
        @inline(__always) func gap(_ x: Int) -> Int { x >= 2 && text.isSpace(x - 1) && text.isSpace(x - 2) ? 2 : 1 }
        guard text.isPlain else {
            var out = ""
            for w in words[first...] where w.column == column {
                if !out.isEmpty { out += gap(w.start) == 2 ? "  " : " " }
                out += text.string(w.start..<w.end)
            }
            return (out, nil, true)
        }
        // One pass over the words, straight into the scratch bytes: the piece is never
        // longer than the line (its words are the line's, and each gap is at most the
        // line's own), so room for the line is room enough.
        if scratch.count < text.count { scratch = [UInt8](repeating: 0x20, count: max(text.count, 256)) }
        var label = false
        var tabAtEnd = false
        var n = 0
        do {
            // Bounds-checked writes into the scratch bytes (its mutable span lives in this block).
            var buf = scratch.mutableSpan
            let u = text.units.span
            for j in first..<words.count where words[j].column == column {
                let w = words[j]
                if n > 0 {
                    // (Written in place: a loop of one or two bytes became a memset call.)
                    buf[n] = 0x20
                    n += 1
                    if gap(w.start) == 2 { buf[n] = 0x20; n += 1 }
                    if u[w.start] >= 0x30 && u[w.start] <= 0x39, w.start + 1 < w.end, u[w.start + 1] == UInt8(ascii: ".") { label = true }
                }
                for i in w.start..<w.end { buf[n] = u[i]; n += 1 }
            }
            tabAtEnd = n > 0 && (buf[0] == 0x09 || buf[n - 1] == 0x09)
        }
        let out = String(bytes: scratch.span.extracting(0..<n))
        return (out, label, tabAtEnd)
    }

    static func splitAtLabels(_ text: String, line: Int, column: Int, mayHoldLabel known: Bool? = nil) -> [BoxLine] {
        // A label inside the text starts with a number and a dot after a space: an ASCII
        // text without one (most pieces) is one line, told without cutting it into characters.
        let mayHoldLabel = known ?? HeaderBoxes.mayHoldLabel(text.utf8.span)
        if mayHoldLabel == false {
            return [BoxLine(text: text.trimmingSpaces(), line: line, column: column)]
        }
        let chars = ColumnText(text)
        let starts = HeaderLabel.starts(in: chars).map(\.offset).filter { $0 > 0 }
        guard !starts.isEmpty else { return [BoxLine(text: text.trimmingSpaces(), line: line, column: column)] }
        var result: [BoxLine] = []
        var from = 0
        for s in starts + [chars.count] {
            let piece = chars.string(from..<s).trimmingSpaces()
            if !piece.isEmpty { result.append(BoxLine(text: piece, line: line, column: column + from)) }
            from = s
        }
        return result
    }

    /// Whether a text's bytes may hold a label after its start: a digit
    /// and a dot after a space. Any byte outside ASCII, or a carriage return,
    /// says yes (it sends the text to the full reading).
    static func mayHoldLabel(_ b: Span<UInt8>) -> Bool {
        for i in b.indices {
            let c = b[i]
            if c >= 0x80 || c == 0x0D { return true }
            if c == UInt8(ascii: "."), i >= 2, b[i - 1] >= 0x30 && b[i - 1] <= 0x39, b[i - 2] == 0x20 { return true }
        }
        return false
    }

    // MARK: reading one block

    static func isLabelTail(_ t: String) -> Bool {
        if let fast = HeaderBoxes.plainBytes(t, { b -> Bool in
            // ASCII: a byte is a character (so `==` is equal bytes); the cheap tests first.
            if b.count <= 8, HeaderBoxes.isPersonTail(b) { return true }
            guard b.count <= 30, b.count > 0, b[b.count - 1] == UInt8(ascii: ")") else { return false }
            for i in b.indices where b[i] >= 0x30 && b[i] <= 0x39 { return false }
            // (`t.has(...)`: the same bytes, searched in place.)
            return HeaderBoxes.contains("Year", in: b) || HeaderBoxes.contains("applicable", in: b)
                || HeaderBoxes.contains("Line", in: b) || HeaderBoxes.contains("Day", in: b)
        }) { return fast }
        if t == "Person*" || t == "Person^*" || t == "Person" || t == "*" { return true }
        if t.count <= 30, t.hasSuffix(")"), !t.contains(where: \.isNumber),
           t.has("Year") || t.has("applicable") || t.has("Line") || t.has("Day") {
            return true
        }
        return false
    }

    /// "Person*", "Person^*", "Person" or "*" (the end of box 1's label), as ASCII bytes.
    static func isPersonTail(_ b: Span<UInt8>) -> Bool {
        if b.count == 1 { return b[0] == UInt8(ascii: "*") }
        guard b.count >= 6, b[0] == UInt8(ascii: "P"), b[1] == UInt8(ascii: "e"), b[2] == UInt8(ascii: "r"),
              b[3] == UInt8(ascii: "s"), b[4] == UInt8(ascii: "o"), b[5] == UInt8(ascii: "n") else { return false }
        switch b.count {
        case 6: return true
        case 7: return b[6] == UInt8(ascii: "*")
        case 8: return b[6] == UInt8(ascii: "^") && b[7] == UInt8(ascii: "*")
        default: return false
        }
    }

    mutating func read(block: [BoxLine]) {
        var current: HeaderLabel? = nil
        var content: [BoxLine] = []
        func finish() {
            if let current { readBox(current, content) }
            // (Its room kept for the next box: it grew line by line for each box.)
            content.removeAll(keepingCapacity: true)
        }
        // The label's words still to come when it wraps onto the next lines.
        var labelRest: ArraySlice<String> = []
        for var line in block {
            if let label = HeaderLabel.at(start: Substring(line.text)) {
                finish()
                current = label
                // A value on the label line itself ("... (Month/Day/Year) 11/04/2021").
                content.append(line)
                labelRest = label.remainingWords(afterLabelLine: line.text) ?? []
                continue
            }
            if !labelRest.isEmpty, let (n, rest) = HeaderLabel.continuation(line.text, rest: labelRest) {
                // "Reporting Person*" under "1. Name and Address of": the label, not a value.
                labelRest = rest
                let words = line.text.split(separator: " ", omittingEmptySubsequences: false)
                var dropped = 0
                var column = line.column
                var rest = Substring(line.text)
                for w in words where dropped < n {
                    rest = rest.dropFirst(w.count).drop { $0 == " " }
                    if !w.isEmpty { dropped += 1 }
                }
                column += line.text.count - rest.count
                guard !rest.isEmpty else { continue }
                line = BoxLine(text: String(rest), line: line.line, column: column)
            }
            labelRest = []
            if current != nil, !HeaderBoxes.isLabelTail(line.text) { content.append(line) }
        }
        finish()
    }

    mutating func readBox(_ label: HeaderLabel, _ lines: [BoxLine]) {
        let body = Array(lines.dropFirst())
        switch label {
        case .name:
            if let label = lines.first, let (unfolded, cut) = HeaderBoxes.unflattenNameBox(label) {
                if let cut {
                    warnings.append(EncodeWarning(
                        rule: "ENC-DOUBT", message: "box 1 is on one line, so its street lines ran together; cut before '\(cut.text)'",
                        line: cut.line, column: cut.column, path: "/ownershipDocument/reportingOwner[1]/reportingOwnerAddress/rptOwnerStreet2"))
                }
                readName(unfolded + body)
            } else {
                readName(body)
            }
        case .issuer:
            if issuerName == nil {
                if body.isEmpty, let label = lines.first {
                    // The value on the label's own line ("2. Issuer Name and QUALYS, IN" when columns collapsed).
                    let labelWords: Set<String> = ["2.", "3.", "Issuer", "Name", "and", "Ticker", "or", "Trading", "Symbol"]
                    let words = label.text.split(separator: " ")
                    let rest = words.drop { labelWords.contains(String($0)) }.joined(separator: " ")
                    if !rest.isEmpty { readIssuer([BoxLine(text: rest, line: label.line, column: label.column)]) }
                } else {
                    readIssuer(body)
                }
            }
            // Box 3 stands under box 2: its date, drifted left of its label (OCR), may
            // come out in box 2's column, alone on a line below the issuer.
            for l in body where !(HeaderBoxes.plainBytes(l.text) { $0.contains(0x20) } ?? l.text.contains(" ")) {
                if let d = LooseValues.date(l.text).value { strayDates.append(Located(value: d, line: l.line, column: l.column)) }
            }
        case .period:
            if period == nil, let d = HeaderBoxes.firstDate(in: Array(lines.prefix(4))) { period = d }
        case .amendment:
            amendmentBoxSeen = true
            if originalDate == nil, let d = HeaderBoxes.firstDate(in: Array(lines.prefix(3))) { originalDate = d }
            else if originalDate == nil, let l = body.first(where: { !$0.text.isEmpty && $0.text.contains(where: \.isNumber) }) {
                warnings.append(EncodeWarning(rule: "ENC-HEADER", message: "box 4 (amendment) holds '\(l.text)', which is not a date: an amendment may be missed",
                                              line: l.line, column: l.column, path: "/ownershipDocument/dateOfOriginalSubmission"))
            }
        case .relationship:
            // markitdown runs the box into its label's line.
            let value = lines.first.flatMap { label.value(onLabelLine: $0) }
            readRelationship((value.map { [$0] } ?? []) + body)
        case .individual:
            for l in body {
                if l.text.has("More than One Reporting"), HeaderBoxes.isChecked(before: l.text[..<(l.text.firstRange(ofPhrase: "Form filed")?.lowerBound ?? l.text.startIndex)]) {
                    moreThanOneOwner = true
                }
                if l.text.has("by One Reporting"), HeaderBoxes.isChecked(before: l.text[..<(l.text.firstRange(ofPhrase: "Form filed")?.lowerBound ?? l.text.startIndex)]) {
                    moreThanOneOwner = false
                }
            }
        }
    }

    /// False when no word of the text (as ``LooseTokenizer`` cuts words: at spaces,
    /// line feeds and tabs) holds both an ASCII digit and a "/" or "-": every
    /// date the tokenizer reads is such a word's bytes, or part of them. A label
    /// ("3. Date of Earliest Transaction (Month/Day/Year)") or a name is then passed
    /// over without being cut into tokens.
    static func mayHoldDate(_ text: String) -> Bool {
        let b = text.utf8.span
        var digit = false, separator = false
        for i in b.indices {
            let c = b[i]
            if c == 0x20 || c == 0x0A || c == 0x09 {
                digit = false; separator = false
            } else if c >= 0x30 && c <= 0x39 {
                digit = true
                if separator { return true }
            } else if c == UInt8(ascii: "/") || c == UInt8(ascii: "-") {
                separator = true
                if digit { return true }
            }
        }
        return false
    }

    static func firstDate(in lines: [BoxLine]) -> Located<DateText>? {
        for l in lines {
            guard HeaderBoxes.mayHoldDate(l.text) else { continue }
            var tokens: [LooseToken] = []
            LooseTokenizer.tokens(in: LooseSegment(text: l.text, x: 0, cell: -1), line: l.line, into: &tokens)
            for t in tokens where t.kind == .date {
                if let d = LooseValues.date(t.text).value {
                    return Located(value: d, line: l.line, column: l.column + t.x)
                }
            }
        }
        return nil
    }

    mutating func readName(_ lines: [BoxLine]) {
        // Some extractors print a box twice, once with its spaces lost
        // ("MENLOPARKCA94025") and once clean: a later clean copy wins.
        let glue = HeaderBoxes.gluedWords(in: lines)
        if ownerName != nil {
            guard let seen = ownerBoxGlue, glue < seen else { return }
            ownerName = nil; street1 = nil; street2 = nil; city = nil; state = nil; zip = nil
            // The glued copy's city warning goes with it (not the relationship box's).
            warnings.removeAll { $0.rule == "ENC-GLUED" && $0.path?.hasSuffix("/rptOwnerCity") == true }
        }
        ownerBoxGlue = glue
        var names: [BoxLine] = []
        var streets: [BoxLine] = []
        var cityLine: BoxLine? = nil
        var stage = 0
        for var l in lines {
            if l.text.hasPrefix("(Last)") {
                stage = 1
                if let r = l.text.firstRange(ofPhrase: "(Middle)") {
                    let rest = l.text[r.upperBound...].trimmingSpaces()
                    if !rest.isEmpty { streets.append(BoxLine(text: rest, line: l.line, column: l.column)) }
                }
                continue
            }
            // "Street" alone after the name: the caption, its parentheses lost (OCR).
            let caption = stage == 1 && HeaderBoxes.isStreetCaption(l.text)
            if l.text.hasPrefix("(Street)") || caption {
                stage = 2
                let rest = caption ? "" : l.text.dropFirst(8).trimmingSpaces()
                if !rest.isEmpty { cityLine = BoxLine(text: rest, line: l.line, column: l.column + 9) }
                continue
            }
            if l.text.hasPrefix("(City)") { stage = 3; continue }
            l = takingStrayDate(l)
            l.text = l.text.trimmingSpaces()
            if l.text.isEmpty { continue }
            switch stage {
            case 0: names.append(l)
            case 1: streets.append(l)
            case 2:
                if let c = cityLine, let w = c.width, HeaderBoxes.mayWrap(c.text, before: l.text, width: w) {
                    cityLine = BoxLine(text: c.text + " " + l.text, line: c.line, column: c.column, width: w)
                } else if cityLine == nil {
                    cityLine = l
                }
            default: break
            }
        }
        streets = unwrap(streets, box: "street")
        if let first = names.first {
            ownerName = Located(value: names.map(\.text).joined(separator: " "), line: first.line, column: first.column)
        }
        if streets.count > 0 { street1 = Located(value: streets[0].text, line: streets[0].line, column: streets[0].column) }
        if streets.count > 1 {
            street2 = Located(value: streets[1...].map(\.text).joined(separator: " "), line: streets[1].line, column: streets[1].column)
        }
        if let c = cityLine { readCityLine(c) }
    }

    /// "Street" with any parentheses, braces, brackets and bars around it (OCR's
    /// reading of the "(Street)" caption), spaces and tabs at its ends aside.
    static func isStreetCaption(_ text: String) -> Bool {
        if let fast = HeaderBoxes.plainBytes(text, { b -> Bool in
            var lo = 0, hi = b.count
            while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
            let word: StaticString = "Street"
            var n = 0
            for i in lo..<hi {
                switch b[i] {
                case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                     UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"): continue
                default:
                    guard n < word.utf8CodeUnitCount, b[i] == word.utf8Start[n] else { return false }
                    n += 1
                }
            }
            return n == word.utf8CodeUnitCount
        }) { return fast }
        return text.trimmingSpaces().filter({ !"(){}[]|".contains($0) }) == "Street"
    }

    /// "4650", "1-7-1,": a street number, which starts an address line; not "10X"
    /// (a name such as "10X GENOMICS") nor "4TH".
    static func isStreetNumber<S: StringProtocol>(_ word: S) -> Bool {
        guard word.first?.isNumber == true else { return false }
        return word.allSatisfy { $0.isNumber || $0 == "-" || $0 == "," }
    }

    /// ``isStreetNumber(_:)`` of the first word of ASCII bytes (a word: a run of non-spaces).
    static func startsWithStreetNumber(_ b: Span<UInt8>) -> Bool {
        var i = 0
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { return false }
        while i < b.count, b[i] != 0x20 {
            let c = b[i]
            guard (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: ",") else { return false }
            i += 1
        }
        return true
    }

    /// `text.count`, as the byte count when each byte is a character.
    static func characterCount(_ text: String) -> Int {
        plainBytes(text) { $0.count } ?? text.count
    }

    /// True when `next` may be the rest of `line` wrapped at `width`: its first
    /// word would not have fitted after it. (When it would have, the break is the
    /// filer's own: pandoc fills each line as far as it can.)
    static func mayWrap(_ line: String, before next: String, width: Int) -> Bool {
        if let lineCount = plainBytes(line, { $0.count }), let fast = plainBytes(next, { b -> Bool in
            // ASCII: characters are bytes; the first word is the first run of non-spaces.
            var i = 0
            while i < b.count, b[i] == 0x20 { i += 1 }
            var e = i
            while e < b.count, b[e] != 0x20 { e += 1 }
            return lineCount + 1 + (e - i) > width
        }) { return fast }
        let first = next.split(separator: " ").first?.count ?? 0
        return line.count + 1 + first > width
    }

    /// The street lines of box 1 as the filer wrote them, when the box was printed
    /// in a narrow fixed-width column (pandoc: 23 characters) that wrapped them:
    /// a line joins the one before when its first word would not have fitted there.
    /// A line starting with a street number after a "C/O" line starts a new line
    /// all the same ("C/O ACME HOLDINGS CORP" / "100 MAIN STREET"), unless the
    /// "C/O" line ends in a comma (37 of the corpus's 68 such names go on with the
    /// street on their line). A join is a reading of the layout, not of the text,
    /// so it is reported. Lines are never joined past EDGAR's 40 characters for a
    /// street line: such a join was no line of the filer's (w3m sizes a column to its longest line, which then
    /// seems to fill it: "C/O SEQUOIA CAPITAL, 2800 SAND HILL ROAD" / "SUITE 101").
    mutating func unwrap(_ lines: [BoxLine], box: String) -> [BoxLine] {
        guard lines.count >= 2, let width = lines[0].width else { return lines }
        var out = [lines[0]]
        var previous = lines[0].text
        for l in lines.dropFirst() {
            let startsNumber = HeaderBoxes.plainBytes(l.text, HeaderBoxes.startsWithStreetNumber)
                ?? l.text.split(separator: " ").first.map(HeaderBoxes.isStreetNumber) ?? false
            // (A "C/O" name that ends in a comma goes on with the street: "C/O SEQUOIA CAPITAL,".)
            let afterCareOf = out.count == 1 && out[0].text.hasPrefix("C/O") && !out[0].text.hasSuffix(",") && startsNumber
            let fitsOneLine = HeaderBoxes.characterCount(out[out.count - 1].text) + 1 + HeaderBoxes.characterCount(l.text) <= TextLimit.street
            if HeaderBoxes.mayWrap(previous, before: l.text, width: width) && !afterCareOf && fitsOneLine {
                out[out.count - 1].text += " " + l.text
                warnings.append(EncodeWarning(
                    rule: "ENC-HEADER", message: "box 1's \(box) lines fill a \(width)-character column: '\(previous)' and '\(l.text)' were read as one wrapped line",
                    line: l.line, column: l.column, path: "/ownershipDocument/reportingOwner[1]/reportingOwnerAddress"))
            } else {
                out.append(l)
            }
            previous = l.text
        }
        return out
    }

    /// Box 1 run into one line, as markitdown prints a table cell: "1. Name and
    /// Address of Reporting Person* Ahmed Sohail U (Last) (First) (Middle) C/O LAM
    /// RESEARCH CORPORATION 4650 CUSHING PARKWAY (Street) FREMONT CA 94538 (City)
    /// (State) (Zip)". The printed captions still part the values: the box's lines
    /// again, each at its place in the input. Nil for a box printed over lines.
    /// `cut`: the second street line, when a "C/O" line and the street ran together
    /// and were cut where filers cut them (`LooseTextEncoder.streetLines`).
    static func unflattenNameBox(_ l: BoxLine) -> (lines: [BoxLine], cut: BoxLine?)? {
        let t = l.text
        // Most label lines hold no "(Last)": told on bytes before Foundation searches.
        if HeaderBoxes.plainBytes(t, { HeaderBoxes.firstOffset(of: "(Last)", in: $0) == nil }) == true { return nil }
        guard let last = t.range(of: "(Last)"), let street = t.range(of: "(Street)"), last.upperBound <= street.lowerBound,
              let person = t.range(of: "Reporting Person"), person.upperBound <= last.lowerBound else { return nil }
        func piece(_ a: String.Index, _ b: String.Index) -> BoxLine {
            var text = t[a..<b].trimmingSpaces()
            while text.hasPrefix("*") || text.hasPrefix("\\") { text = String(text.dropFirst()).trimmingSpaces() }
            return BoxLine(text: text, line: l.line, column: l.column + t.distance(from: t.startIndex, to: a))
        }
        let middle = t.range(of: "(Middle)", range: last.upperBound..<street.lowerBound)?.upperBound ?? last.upperBound
        var out = [piece(person.upperBound, last.lowerBound), BoxLine(text: "(Last) (First) (Middle)", line: l.line, column: l.column)]
        // "C/O LAM RESEARCH CORPORATION 4650 CUSHING PARKWAY": cut where filers cut
        // ("C/O SEQUOIA CAPITAL, 2800 SAND HILL ROAD SUITE 101" before the suite).
        let streets = piece(middle, street.lowerBound)
        var cut: BoxLine? = nil
        if streets.text.hasPrefix("C/O"), let (one, two) = LooseTextEncoder.streetLines(streets.text) {
            out.append(BoxLine(text: one, line: l.line, column: streets.column))
            let second = BoxLine(text: two, line: l.line, column: streets.column + one.count + 1)
            out.append(second)
            cut = second
        } else if !streets.text.isEmpty {
            out.append(streets)
        }
        out.append(BoxLine(text: "(Street)", line: l.line, column: l.column))
        let cityEnd = t.range(of: "(City)", range: street.upperBound..<t.endIndex)?.lowerBound ?? t.endIndex
        let city = piece(street.upperBound, cityEnd)
        if !city.text.isEmpty { out.append(city) }
        out.append(BoxLine(text: "(City) (State) (Zip)", line: l.line, column: l.column))
        return (out, cut)
    }

    /// "MENLO PARK CA 94025": the zip is the last word with a digit, the state
    /// the two-letter word before it, the city the rest.
    mutating func readCityLine(_ l: BoxLine) {
        if let (c, s, z) = HeaderBoxes.splitGluedCityLine(l.text) {
            // The zip and state stand apart from the letters; the city's own spaces are gone.
            if let c { city = Located(value: c, line: l.line, column: l.column) }
            state = Located(value: s, line: l.line, column: l.column)
            zip = Located(value: z, line: l.line, column: l.column)
            warnings.append(EncodeWarning(
                rule: "ENC-GLUED", message: "city, state and zip are run together in '\(l.text)': read as city '\(c ?? "")', state \(s), zip \(z); check the city's spacing",
                line: l.line, column: l.column, path: "/ownershipDocument/reportingOwner[1]/reportingOwnerAddress/rptOwnerCity"))
            return
        }
        let (c, s, z) = HeaderBoxes.splitCityLine(l.text)
        if let c { city = Located(value: c, line: l.line, column: l.column) }
        if let s { state = Located(value: s, line: l.line, column: l.column) }
        if let z { zip = Located(value: z, line: l.line, column: l.column) }
    }

    /// "MENLOPARKCA94025" or "LEXINGTON KY40507": letters run straight into a
    /// 5- or 9-digit zip (an extractor dropped the spaces). Nil when the last
    /// word is not letters-then-digits.
    static func splitGluedCityLine(_ text: String) -> (city: String?, state: String, zip: String)? {
        // ASCII: the last word's shape is told on bytes; only a line that has it is read below.
        if plainBytes(text, { b -> Bool in
            var e = b.count
            while e > 0, b[e - 1] == 0x20 { e -= 1 }
            var s = e
            while s > 0, b[s - 1] != 0x20 { s -= 1 }
            guard s < e else { return false }
            var l = s
            while l < e, b[l] >= UInt8(ascii: "A") && b[l] <= UInt8(ascii: "Z") { l += 1 }
            let digits = e - l
            let zipShape = digits == 5 || digits == 9 || (digits == 10 && b[l + 5] == UInt8(ascii: "-"))
            guard l - s >= 2, zipShape else { return false }
            for i in l..<e where !(b[i] >= 0x30 && b[i] <= 0x39 || b[i] == UInt8(ascii: "-")) { return false }
            return true
        }) == false { return nil }
        var words = text.split(separator: " ")
        guard let last = words.popLast() else { return nil }
        let letters = last.prefix { ("A"..."Z").contains($0) }
        let digits = last.dropFirst(letters.count)
        let zipShape = digits.count == 5 || digits.count == 9 || (digits.count == 10 && digits.dropFirst(5).first == "-")
        guard letters.count >= 2, zipShape, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return nil }
        let cityTail = letters.dropLast(2)
        let city = (words.map(String.init) + (cityTail.isEmpty ? [] : [String(cityTail)])).joined(separator: " ")
        return (city.isEmpty ? nil : city, String(letters.suffix(2)), String(digits))
    }

    /// Words that look like an extractor ran several together: letters and
    /// digits glued ("2800SANDHILLROAD", "CA94025") or a very long capitalised run.
    static func gluedWords(in lines: [BoxLine]) -> Int {
        var count = 0
        for l in lines {
            if let plain = gluedASCIIWords(l.text.utf8.span) {
                count += plain
                continue
            }
            for w in l.text.split(separator: " ") {
                let hasLetter = w.contains { $0.isLetter }
                let hasDigit = w.contains { $0.isNumber }
                let long = w.count >= 12 && w.allSatisfy { $0.isUppercase || $0 == "," || $0 == "." }
                if (hasLetter && hasDigit && w.count >= 7 && !w.contains("-")) || long { count += 1 }
            }
        }
        return count
    }

    /// ``gluedWords(in:)`` for one line of ASCII without carriage returns, on
    /// bytes: each byte is then one character, a letter exactly when it is
    /// A-Z or a-z, a number when 0-9, uppercase when A-Z. Nil for other lines.
    static func gluedASCIIWords(_ b: Span<UInt8>) -> Int? {
        for i in b.indices where b[i] >= 0x80 || b[i] == 0x0D { return nil }
        var count = 0
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: " ") { i += 1; continue }
            let start = i
            var hasLetter = false, hasDigit = false, hasDash = false, capitals = true
            while i < b.count, b[i] != UInt8(ascii: " ") {
                let c = b[i]
                let upper = c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")
                if upper || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) { hasLetter = true }
                if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { hasDigit = true }
                if c == UInt8(ascii: "-") { hasDash = true }
                if !(upper || c == UInt8(ascii: ",") || c == UInt8(ascii: ".")) { capitals = false }
                i += 1
            }
            let n = i - start
            if (hasLetter && hasDigit && n >= 7 && !hasDash) || (n >= 12 && capitals) { count += 1 }
        }
        return count
    }

    /// "CA", "X0", "M0": EDGAR's two-character state or country code.
    static func isStateCode<S: StringProtocol>(_ s: S) -> Bool {
        s.count == 2 && s.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    static func splitCityLine(_ text: String) -> (String?, String?, String?) {
        if let fast = HeaderBoxes.plainBytes(text, splitCityLine(ascii:)) { return fast }
        var words = text.split(separator: " ").map(String.init)
        // "FREMONT CA 94538      11/04/2024": a date of another box beside the line (OCR) is no zip.
        while let last = words.last, last.contains("/"), last.contains(where: \.isNumber) { words.removeLast() }
        var zip: String? = nil
        var state: String? = nil
        if let last = words.last, last.contains(where: \.isNumber) {
            zip = last
            words.removeLast()
            // ZIP+4 written with a space, or a foreign postcode in two parts; a two-character
            // first part only after a state ("X0 W1 1AA"), or it is the state ("TOKYO M0 105-7537").
            if let l = words.last, l.count <= 4, l.contains(where: \.isNumber), words.count > 2,
               l.count > 2 || HeaderBoxes.isStateCode(words[words.count - 2]) {
                zip = l + " " + last
                words.removeLast()
            }
        }
        if let last = words.last, HeaderBoxes.isStateCode(last), words.count > 1 {
            state = last
            words.removeLast()
        }
        let city = words.joined(separator: " ")
        return (city.isEmpty ? nil : city, state, zip)
    }

    /// ``splitCityLine(_:)`` of ASCII bytes: words are runs between spaces, a
    /// number is a digit, a state code two of A-Z and 0-9.
    static func splitCityLine(ascii b: Span<UInt8>) -> (String?, String?, String?) {
        var words: [Range<Int>] = []
        var x = 0
        while x < b.count {
            if b[x] == 0x20 { x += 1; continue }
            var e = x
            while e < b.count, b[e] != 0x20 { e += 1 }
            words.append(x..<e)
            x = e
        }
        func has(_ w: Range<Int>, _ test: (UInt8) -> Bool) -> Bool {
            for i in w where test(b[i]) { return true }
            return false
        }
        func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        func string(_ w: Range<Int>) -> String { String(bytes: b.extracting(w)) }
        func isState(_ w: Range<Int>) -> Bool {
            w.count == 2 && !has(w) { !(($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || digit($0)) }
        }
        while let last = words.last, has(last, { $0 == UInt8(ascii: "/") }), has(last, digit) { words.removeLast() }
        var zip: String? = nil
        var state: String? = nil
        if let last = words.last, has(last, digit) {
            zip = string(last)
            words.removeLast()
            if let l = words.last, l.count <= 4, has(l, digit), words.count > 2, l.count > 2 || isState(words[words.count - 2]) {
                zip = string(l) + " " + string(last)
                words.removeLast()
            }
        }
        if let last = words.last, isState(last), words.count > 1 {
            state = string(last)
            words.removeLast()
        }
        let city = words.map(string).joined(separator: " ")
        return (city.isEmpty ? nil : city, state, zip)
    }

    mutating func readIssuer(_ lines: [BoxLine]) {
        var text = ""
        var first: BoxLine? = nil
        var after: BoxLine? = nil
        for (k, l) in lines.enumerated() {
            if first == nil { first = l }
            text += (text.isEmpty ? "" : " ") + l.text
            let bracket = HeaderBoxes.plainBytes(l.text) { $0.contains(UInt8(ascii: "]")) } ?? l.text.contains("]")
            if bracket || text.count > 150 {
                if k + 1 < lines.count { after = lines[k + 1] }
                break
            }
        }
        guard let first, !text.isEmpty else { return }
        // OCR reads the bracket before the symbol as a rule: "MICROSOFT CORP | MSFT ]".
        if !(HeaderBoxes.plainBytes(text) { $0.contains(UInt8(ascii: "[")) } ?? text.contains("[")), let close = text.lastIndex(of: "]"), let bar = text[..<close].lastIndex(of: "|"),
           text[text.index(after: bar)..<close].allSatisfy({ $0 == " " || $0.isUppercase || $0 == "." }),
           text[..<bar].contains(where: \.isLetter) {
            warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: "'|' before the trading symbol in '\(text)' read as '['",
                                          line: first.line, column: first.column + text.distance(from: text.startIndex, to: bar),
                                          path: "/ownershipDocument/issuer/issuerTradingSymbol"))
            text.replaceSubrange(bar...bar, with: "[")
        }
        // The last "[" and the first "]" after it, and whether a space stands between them:
        // on bytes when the text is ASCII.
        let brackets: (String.Index, String.Index, Bool)?
        if let fast = HeaderBoxes.plainBytes(text, { b -> (Int, Int, Bool)? in
            guard let open = b.lastOffset(of: UInt8(ascii: "[")),
                  let close = b.firstOffset(of: UInt8(ascii: "]"), from: open) else { return nil }
            return (open, close, b.firstOffset(of: 0x20, from: open, through: close) != nil)
        }) {
            brackets = fast.map { (text.utf8.index(text.startIndex, offsetBy: $0.0), text.utf8.index(text.startIndex, offsetBy: $0.1), $0.2) }
        } else if let open = text.lastIndex(of: "["), let close = text[open...].firstIndex(of: "]") {
            brackets = (open, close, text[open...close].contains(" "))
        } else {
            brackets = nil
        }
        if let (open, close, spaced) = brackets {
            let name = text[..<open].trimmingSpaces()
            let symbol = text[text.index(after: open)..<close].trimmingSpaces()
            let gluedSymbol = !spaced && !symbol.isEmpty
            if gluedSymbol, !HeaderBoxes.holdsSpace(name) || HeaderBoxes.gluedWords(in: [BoxLine(text: name, line: 0, column: 0)]) > 0 {
                // "TELOSCORP[TLS]": the box lost its spaces (pymupdf4llm; the form prints
                // "[ TLS ]"), and where the name's went cannot be told. The symbol has none to lose.
                warnings.append(EncodeWarning(rule: "ENC-GLUED", message: "the issuer box lost its spaces ('\(text)'): the issuer's name is left out",
                                              line: first.line, column: first.column, path: "/ownershipDocument/issuer/issuerName"))
                gluedIssuerName = Located(value: name, line: first.line, column: first.column)
            } else if !name.isEmpty {
                issuerName = Located(value: name, line: first.line, column: first.column)
                if let after, let mended = HeaderBoxes.withPunctuationDrawnApart(name, after.text) {
                    issuerName = Located(value: mended, line: first.line, column: first.column)
                    warnings.append(EncodeWarning(
                        rule: "ENC-DOUBT", message: "a lone '\(after.text)' printed under the issuer's name '\(name)' was put back: read as '\(mended)'",
                        line: after.line, column: after.column, path: "/ownershipDocument/issuer/issuerName"))
                }
            }
            if HeaderBoxes.holdsSpace(symbol), symbol.allSatisfy({ $0 == " " || $0 == "." || $0.isUppercase || $0.isNumber }) {
                // "[ MFAC .U ]": a trading symbol holds no space; the extractor set one in.
                let joined = symbol.filter { $0 != " " }
                warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: "the trading symbol '\(symbol)' is read as '\(joined)': a symbol holds no space",
                                              line: first.line, column: first.column + name.count, path: "/ownershipDocument/issuer/issuerTradingSymbol"))
                ticker = Located(value: joined, line: first.line, column: first.column + name.count)
            } else if !symbol.isEmpty { ticker = Located(value: symbol, line: first.line, column: first.column + name.count) }
        } else {
            issuerName = Located(value: text.trimmingSpaces(), line: first.line, column: first.column)
            warnings.append(EncodeWarning(rule: "ENC-HEADER", message: "issuer box has no bracketed trading symbol; the name may be cut off",
                                          line: first.line, column: first.column))
        }
    }

    /// pymupdf4llm prints a comma or period that the PDF draws apart on a line of
    /// its own under the issuer's name ("Block Inc. [ SQ ]" / ","; "Chemomab
    /// Therapeutics Ltd [ CMMB ]" / "."). Where it goes is told by the company
    /// suffix that ends the name: a comma before it ("Block, Inc."), a period
    /// after an abbreviation that lacks one ("Ltd."). Nil when neither fits.
    static func withPunctuationDrawnApart(_ name: String, _ mark: String) -> String? {
        var words = name.split(separator: " ").map(String.init)
        guard words.count >= 2, let last = words.last else { return nil }
        let bare = last.hasSuffix(".") ? String(last.dropLast()) : last
        switch mark {
        case ",":
            guard companySuffixes.contains(bare.uppercased()), !words[words.count - 2].hasSuffix(",") else { return nil }
            words[words.count - 2] += ","
            return words.joined(separator: " ")
        case ".":
            guard !last.hasSuffix("."), abbreviatedSuffixes.contains(last.uppercased()) else { return nil }
            return name + "."
        default:
            return nil
        }
    }

    /// Words that end a company's name, as written with or without their period.
    static let companySuffixes: Set<String> = ["INC", "LTD", "CORP", "CO", "LLC", "L.P", "LP", "PLC", "N.V", "S.A", "LIMITED", "CORPORATION", "INCORPORATED"]
    /// Those that are abbreviations, so may take a period.
    static let abbreviatedSuffixes: Set<String> = ["INC", "LTD", "CORP", "CO"]

    /// A check box's caption wrapped at a narrow column ("X Director   X 10%" /
    /// "Owner"): the caption's rest goes back onto the line of its mark.
    static func joiningWrappedCaptions(_ lines: [BoxLine]) -> [BoxLine] {
        var lines = lines
        for i in lines.indices.dropLast() {
            for caption in wrappedCaptionCuts {
                for cut in caption {
                    // The line's end first (cheap, and most lines fail it), then the next line's words.
                    guard lines[i].text == cut.head || lines[i].text.hasSuffix(cut.spacedHead) else { continue }
                    let words = lines[i + 1].text.split(separator: " ")
                    guard words.count >= cut.tailWords, words.prefix(cut.tailWords).joined(separator: " ") == cut.tail else { continue }
                    lines[i].text += " " + cut.tail
                    lines[i + 1].text = lines[i + 1].text.dropFirst(cut.tail.count).trimmingSpaces()
                    break
                }
            }
        }
        return lines
    }

    /// Each wrapped caption cut after each of its words but the last: the
    /// head on the mark's line, the tail (and its number of words) on the next.
    /// (The captions: "10% Owner", "Officer (give title", "Other (specify".)
    static let wrappedCaptionCuts: [[(head: String, spacedHead: String, tail: String, tailWords: Int)]] = [
        [("10%", " 10%", "Owner", 1)],
        [("Officer", " Officer", "(give title", 2), ("Officer (give", " Officer (give", "title", 1)],
        [("Other", " Other", "(specify", 1)],
    ]

    /// "ChiefFinancialOfficer" as "Chief Financial Officer": a space before each
    /// capital that follows a small letter. Nil when there is none to put.
    static func ungluedTitle(_ text: String) -> String? {
        var out = ""
        var previous: Character? = nil
        var changed = false
        for c in text {
            if let p = previous, p.isLowercase, c.isUppercase { out.append(" "); changed = true }
            out.append(c)
            previous = c
        }
        return changed ? out : nil
    }

    /// Box 5's captions, each with the form pymupdf4llm prints when the box loses its spaces
    /// ("XDirector X10%Owner", "Officer(givetitlebelow)"), and the flag it sets.
    static let relationshipCaptions: [(phrase: String, glued: String, key: Int)] =
        [("Director", 0), ("10% Owner", 1), ("Officer (give title", 2), ("Other (specify", 3)].map { phrase, key in
            (phrase, String(phrase.filter { $0 != " " }), key)
        }

    /// The captions' bytes, spaced and glued, in the order of ``relationshipCaptions``.
    static let relationshipCaptionBytes: [(phrase: [UInt8], glued: [UInt8])] =
        relationshipCaptions.map { (Array($0.phrase.utf8), Array($0.glued.utf8)) }

    /// `text.firstRange(ofPhrase: phrase)` with the phrase's bytes made once.
    static func firstRange(ofPhrase phrase: String, bytes n: [UInt8], in text: String) -> Range<String.Index>? {
        text.firstRange(ofPhrase: phrase, bytes: n)
    }

    mutating func readRelationship(_ lines: [BoxLine]) {
        let lines = HeaderBoxes.joiningWrappedCaptions(lines)
        var lastCheckboxIndex = -1
        var captionsGlued = false
        // The captions seen, bit k for key k.
        var seen = 0
        for (i, l) in lines.enumerated() {
            // Below "Officer (give title below)" and "Other (specify below)" is the title,
            // even when it names a box ("Former Director and 10% Owner").
            if seen & 0b1100 == 0b1100 { break }
            var any = false
            for (c, (phrase, glued, key)) in HeaderBoxes.relationshipCaptions.enumerated() {
                let bytes = HeaderBoxes.relationshipCaptionBytes[c]
                let spaced = HeaderBoxes.firstRange(ofPhrase: phrase, bytes: bytes.phrase, in: l.text)
                guard let r = spaced ?? HeaderBoxes.firstRange(ofPhrase: glued, bytes: bytes.glued, in: l.text) else { continue }
                if spaced == nil && glued != phrase { captionsGlued = true }
                any = true
                seen |= 1 << key
                let checked = HeaderBoxes.isChecked(before: l.text[..<r.lowerBound])
                switch key {
                case 0: director = checked
                case 1: tenPercent = checked
                case 2: officer = checked
                default: other = checked
                }
                relationLine = l.line
            }
            if any { lastCheckboxIndex = i }
        }
        guard lastCheckboxIndex >= 0 else { return }
        var rest = lines[(lastCheckboxIndex + 1)...].filter { !$0.text.isEmpty && HeaderLabel.at(start: Substring($0.text)) == nil }
        // The box on one line (markitdown): the title follows "Other (specify below)" on it.
        let last = lines[lastCheckboxIndex]
        // On an ASCII line the captions' places are found on bytes (the end of the first one
        // there, and whether "(give title" follows it); else Foundation searches.
        let caption = HeaderBoxes.plainBytes(last.text) { b -> Int? in
            let end: Int
            if let o = HeaderBoxes.firstOffset(of: "Other (specify below)", in: b) { end = o + 21 }
            else if let o = HeaderBoxes.firstOffset(of: "Officer (give title below)", in: b) { end = o + 26 }
            else { return nil }
            return HeaderBoxes.firstOffset(of: "(give title", in: b.extracting(end...)) == nil ? end : nil
        }
        let captionEnd: String.Index?
        if let caption {
            captionEnd = caption.map { last.text.utf8.index(last.text.startIndex, offsetBy: $0) }
        } else if let r = last.text.range(of: "Other (specify below)") ?? last.text.range(of: "Officer (give title below)"),
                  !last.text[r.upperBound...].contains("(give title") {
            captionEnd = r.upperBound
        } else {
            captionEnd = nil
        }
        if let upper = captionEnd {
            let r = upper..<upper
            let after = last.text[r.upperBound...].trimmingSpaces()
            if !after.isEmpty {
                let column = last.column + last.text.distance(from: last.text.startIndex, to: r.upperBound) + 1
                rest.insert(BoxLine(text: after, line: last.line, column: column), at: 0)
            }
        }
        if let t = rest.first, officer == true || other == true {
            var all = rest.prefix(3).map(\.text).joined(separator: " ")
            // The wrapped end of the label "(give title below)".
            for tail in ["below)", "below) "] where all.hasPrefix(tail) { all = String(all.dropFirst(tail.count)).trimmingSpaces() }
            if captionsGlued, let spaced = HeaderBoxes.ungluedTitle(all) {
                // The box lost its spaces, and so did the title ("ChiefFinancialOfficer").
                warnings.append(EncodeWarning(
                    rule: "ENC-GLUED", message: "the relationship box lost its spaces: title '\(all)' read as '\(spaced)'; check its spacing",
                    line: t.line, column: t.column, path: "/ownershipDocument/reportingOwner[1]/reportingOwnerRelationship"))
                all = spaced
            }
            titleText = Located(value: all, line: t.line, column: t.column)
        }
    }
}
