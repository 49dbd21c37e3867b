import LibXML

/// The reading of a line whose bytes are all ASCII, on its bytes.
///
/// Such a line (nearly every line of every style) has each `Character` as
/// one byte: a line holds no CR, so no CR LF pair joins two, and no byte
/// of a longer scalar or a combining mark follows. Every `Character` test
/// of `Builder.add(_:)` is then the byte test written here, and the lines
/// and cells are the same; strings are made once, from the bytes, instead
/// of through `Substring`s.
extension LooseText.Builder {
    mutating func addASCII(_ b: Span<UInt8>) {
        let n = b.count
        let lead = LooseText.leadingSpaces(b)
        // A lone "|" opening a line, with no other pipe after it: a stray rule,
        // made a space (see `add(_:)`).
        if lead < n, b[lead] == UInt8(ascii: "|"), lead + 1 == n || b[lead + 1] == UInt8(ascii: " "),
           b.firstOffset(of: UInt8(ascii: "|"), from: lead + 1) == nil {
            var fixed = [UInt8](bytes: b)
            fixed[lead] = UInt8(ascii: " ")
            addASCIIBody(fixed.span)
            return
        }
        addASCIIBody(b)
    }

    private mutating func addASCIIBody(_ b: Span<UInt8>) {
        let n = b.count
        let lead = LooseText.leadingSpaces(b)
        // Offsets in `trimmed` start at 0 again (`lead` in `b`).
        let trimmed = b.extracting(lead...)
        let opensWithBar = lead < n && b[lead] == UInt8(ascii: "|")
        let pipe = trimmed.contains(UInt8(ascii: "|"))
        var outerless = false
        if !opensWithBar, pipe, LooseText.barePipes(bytes: trimmed) >= 3 {
            outerless = separatorAnywhere()
        }
        if pipe, LooseText.isSeparatorBytes(trimmed) {
            addBlank()
            return
        }
        if !outerless, pipe, FormTail.headsOwners(bytes: trimmed) {
            groups = []
            blankHeads = []
            ownersRows = true
        }
        if outerless || opensWithBar {
            cellRows += 1
            // An outerless row is read as if its opening pipe were there.
            let cells = LooseText.pipeCellRanges(trimmed, opened: opensWithBar)
            if cells.allSatisfy({ LooseText.onlyBytes(trimmed.extracting($0), in: "-: ") }) {
                addBlank()
                return
            }
            var cleaned: [String] = []
            var rawBlank: [Bool] = []
            cleaned.reserveCapacity(cells.count)
            rawBlank.reserveCapacity(cells.count)
            // A converter prints a spanning cell once per grid column: a cell the
            // same as the one before it is cleaned the same (the string is reused).
            var previous: Range<Int>? = nil
            for range in cells {
                let cell = trimmed.extracting(range)
                if let previous, let last = cleaned.last, LooseText.sameBytes(trimmed.extracting(previous), cell) {
                    cleaned.append(last)
                    rawBlank.append(rawBlank[rawBlank.count - 1])
                } else {
                    cleaned.append(LooseText.cleanCell(bytes: cell))
                    var blank = true
                    for i in 0..<cell.count where cell[i] != 0x20 && cell[i] != 0x09 { blank = false; break }
                    rawBlank.append(blank)
                }
                previous = range
            }
            addPipeRow(cleaned, rawBlank: rawBlank)
        } else if b.contains(0x09) {
            addTabRow(Substring(String(bytes: b)))
        } else {
            // Markdown headings: "#### Remarks:" is "Remarks:".
            var bodyStart = 0
            if lead < n, b[lead] == UInt8(ascii: "#") {
                var j = lead
                while j < n, b[j] == UInt8(ascii: "#") { j += 1 }
                if j < n, b[j] == UInt8(ascii: " ") { bodyStart = j + 1 }
            }
            let body = b.extracting(bodyStart...)
            // A blank line, or one of rules ("-", "=", "+", "_" and spaces), is left
            // blank: cleaning only drops some of its "_", and a line of what is left
            // is one of rules. A line the cleaner leaves as it is keeps its
            // characters: one of them is no rule.
            let cleaned: String
            // A form feed is a byte the cleaner acts on, and the bytes before
            // `body` are spaces and "#": a line whose body needs no cleaning (or
            // is all rules) holds none, without a search for it.
            var mayBreakPage = false
            if LooseText.onlyRuleBytes(body) {
                cleaned = ""
                // pandoc's rules: runs of dashes under a table's heads draw its
                // cells; one run across the table opens or closes it.
                if let runs = LooseText.dashRunStarts(b) { cellStarts = runs.count >= 2 ? runs : [] }
            } else {
                let work = LooseNormalizer.workOnBytes(body)
                if work == .none {
                    cleaned = String(bytes: body)
                } else {
                    mayBreakPage = true
                    let text = LooseNormalizer.clean(bytes: body, work: work)
                    cleaned = LooseText.isRuleOnly(text) ? "" : text
                }
            }
            let segments = cleaned.isEmpty ? blankSegments : [LooseSegment(text: cleaned, x: 0, cell: -1)]
            var line = LooseLine(number: number, segments: segments, isCellRow: false)
            line.pageBreak = mayBreakPage && b.contains(0x0C)
            lines.append(line)
        }
    }
}

extension LooseText {
    /// Where each run of dashes starts, for a line of only dashes and spaces
    /// (runs of two dashes or more); nil for any other line.
    static func dashRunStarts(_ b: Span<UInt8>) -> [Int]? {
        var starts: [Int] = []
        var i = 0
        while i < b.count {
            switch b[i] {
            case UInt8(ascii: " "): i += 1
            case UInt8(ascii: "-"):
                let start = i
                while i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
                if i - start < 2 { return nil }
                starts.append(start)
            default: return nil
            }
        }
        return starts.isEmpty ? nil : starts
    }

    /// True when every byte is "-", "=", "+", "_" or a space (eight spaces at a time).
    static func onlyRuleBytes(_ b: Span<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            if i + 8 <= b.count, b.word(at: i) == 0x2020_2020_2020_2020 {
                i += 8
                continue
            }
            switch b[i] {
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "_"): i += 1
            default: return false
            }
        }
        return true
    }

    /// True when the two byte runs are the same (eight bytes at a time, a
    /// checked load each, where memcmp was).
    @inline(__always) static func sameBytes(_ a: Span<UInt8>, _ b: Span<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        let n = a.count
        var i = 0
        while i + 8 <= n {
            if a.word(at: i) != b.word(at: i) { return false }
            i += 8
        }
        while i < n {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// How many spaces open the bytes: eight at a time, then one by one
    /// (layout lines open with long runs of spaces, asked twice per line).
    @inline(__always) static func leadingSpaces(_ b: Span<UInt8>) -> Int {
        var i = 0
        while i + 8 <= b.count, b.word(at: i) == 0x2020_2020_2020_2020 { i += 8 }
        while i < b.count, b[i] == 0x20 { i += 1 }
        return i
    }

    /// `isSeparatorRow(line.droppingLeadingSpaces())` on a line's bytes. A
    /// line with a non-ASCII byte is none either way: that byte is no "-|: ".
    static func isSeparatorLine(_ b: Span<UInt8>) -> Bool {
        isSeparatorBytes(b.extracting(leadingSpaces(b)...))
    }

    /// ``isSeparatorRow(_:)`` on bytes: a pipe, only "-|: ", and "---".
    static func isSeparatorBytes(_ b: Span<UInt8>) -> Bool {
        var pipe = false
        var run = 0, longest = 0
        for i in 0..<b.count {
            switch b[i] {
            case UInt8(ascii: "-"): run += 1; if run > longest { longest = run }
            case UInt8(ascii: "|"): pipe = true; run = 0
            case UInt8(ascii: ":"), UInt8(ascii: " "): run = 0
            default: return false
            }
        }
        return pipe && longest >= 3
    }

    /// ``barePipes(_:)`` on the bytes of an ASCII line.
    static func barePipes(bytes whole: Span<UInt8>) -> Int {
        var bare = 0
        let b = whole.extracting(first: 4000)
        var k = 0
        while let hit = b.firstOffset(of: UInt8(ascii: "|"), from: k) {
            let before = hit > 0 ? b[hit - 1] : UInt8(ascii: "x")
            let after = hit + 1 < b.count ? b[hit + 1] : UInt8(ascii: " ")
            if before == UInt8(ascii: " ") || after == UInt8(ascii: " ") { bare += 1 }
            k = hit + 1
        }
        return bare
    }

    /// The cells of a pipe row as byte ranges of `row` (see ``pipeCells(_:)``);
    /// `opened`: the row starts with its opening `|` (else the first cell
    /// starts at once, the row of an outerless table). The last cell, after
    /// the last pipe, is trimmed and kept only when something is left.
    static func pipeCellRanges(_ b: Span<UInt8>, opened: Bool) -> [Range<Int>] {
        var (cells, tail) = pipeCuts(b, opened: opened)
        var lo = tail.lowerBound, hi = tail.upperBound
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
        if lo < hi { cells.append(lo..<hi) }
        return cells
    }

    /// Where a pipe row's cells end: every cell closed by a `|` (`\|` is an
    /// escaped pipe, not a boundary), and the untrimmed rest after the last one.
    /// `|` and `\` are ASCII and no byte of a longer UTF-8 sequence can be
    /// either, so the cuts on bytes are the scalar-by-scalar ones.
    static func pipeCuts(_ b: Span<UInt8>, opened: Bool) -> (cells: [Range<Int>], tail: Range<Int>) {
        var cells: [Range<Int>] = []
        cells.reserveCapacity(32)
        var start = opened ? 1 : 0
        // No backslash in the row (most rows): the cells end at each "|", found by `firstOffset` (memchr).
        if b.firstOffset(of: UInt8(ascii: "\\"), from: start) == nil {
            while let bar = b.firstOffset(of: UInt8(ascii: "|"), from: start) {
                cells.append(start..<bar)
                start = bar + 1
            }
        }
        var k = start
        while k < b.count {
            let byte = b[k]
            if byte == UInt8(ascii: "\\") {
                k += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                cells.append(start..<k)
                start = k + 1
            }
            k += 1
        }
        return (cells, min(start, b.count)..<b.count)
    }

    /// ``cleanCell(_:)`` for the bytes of a cell of an ASCII line.
    ///
    /// The parts between `<br>`s (ASCII bytes: no byte after a `>` can join it
    /// into a longer character) are cleaned one by one and joined with line
    /// feeds, empty ones left out.
    static func cleanCell(bytes c: Span<UInt8>) -> String {
        if c.firstOffset(of: UInt8(ascii: "<")) == nil {
            let joined = cleanPart(c)
            return joined.utf8.first == UInt8(ascii: "C") && isPlaceholder(joined) ? "" : joined
        }
        // A "<" that opens no break (no `<br>` in the cell): one part, the cell cleaned.
        guard let firstBreak = StringBreakScan.find(in: c) ?? nil else {
            let joined = cleanPart(c)
            return joined.utf8.first == UInt8(ascii: "C") && isPlaceholder(joined) ? "" : joined
        }
        // The parts are joined as bytes, straight into one buffer: a part that needs no
        // cleaning (most) is its trimmed bytes, with no string made for it.
        var joined: [UInt8] = []
        joined.reserveCapacity(c.count)
        var start = 0
        var found: (Int, Int)? = firstBreak
        while true {
            // `found` is an offset in `rest`, which starts at `start`.
            let rest = c.extracting(start...)
            if let (lo, _) = found { appendCleanPart(rest.extracting(..<lo), to: &joined) } else { appendCleanPart(rest, to: &joined) }
            guard let (_, hi) = found else { break }
            start += hi
            found = StringBreakScan.find(in: c.extracting(start...)) ?? nil
        }
        let text = String(decoding: joined, as: UTF8.self)
        return text.utf8.first == UInt8(ascii: "C") && isPlaceholder(text) ? "" : text
    }

    /// ``cleanPart(_:)`` appended to a cell's bytes after a line feed (none
    /// before the first part); an empty part is left out. A part with nothing
    /// to clean is its trimmed bytes, copied as they are.
    private static func appendCleanPart(_ c: Span<UInt8>, to joined: inout [UInt8]) {
        let part = c.extracting(trimmedRange(c))
        let work = LooseNormalizer.workOnBytes(part)
        if work == .none {
            guard !part.isEmpty else { return }
            if !joined.isEmpty { joined.append(0x0A) }
            joined.append(bytes: part)
            return
        }
        let cleaned = LooseNormalizer.clean(bytes: part, work: work).trimmingSpaces()
        guard !cleaned.isEmpty else { return }
        if !joined.isEmpty { joined.append(0x0A) }
        joined.append(contentsOf: cleaned.utf8)
    }

    /// One part of a cell: trimmed of spaces and tabs, cleaned, trimmed again.
    private static func cleanPart(_ c: Span<UInt8>) -> String {
        let part = c.extracting(trimmedRange(c))
        // Nothing to clean: the trimmed bytes are the part.
        let work = LooseNormalizer.workOnBytes(part)
        if work == .none { return String(bytes: part) }
        return LooseNormalizer.clean(bytes: part, work: work).trimmingSpaces()
    }

    /// Where the bytes are once leading and trailing spaces and tabs are
    /// dropped (a range: a function cannot return a span it was given).
    @inline(__always) private static func trimmedRange(_ c: Span<UInt8>) -> Range<Int> {
        var lo = 0, hi = c.count
        while lo < hi, c[lo] == 0x20 || c[lo] == 0x09 { lo += 1 }
        while hi > lo, c[hi - 1] == 0x20 || c[hi - 1] == 0x09 { hi -= 1 }
        return lo..<hi
    }
}
