#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reading of a line whose bytes are all ASCII, on its bytes.
///
/// Such a line (nearly every line of every style) has each `Character` as
/// one byte: a line holds no CR, so no CR LF pair joins two, and no byte
/// of a longer scalar or a combining mark follows. Every `Character` test
/// of `Builder.add(_:)` is then the byte test written here, and the lines
/// and cells are the same; strings are made once, from the bytes, instead
/// of through `Substring`s.
extension LooseText.Builder {
    mutating func addASCII(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        let lead = LooseText.leadingSpaces(b)
        // A lone "|" opening a line, with no other pipe after it: a stray rule,
        // made a space (see `add(_:)`).
        if lead < n, b[lead] == UInt8(ascii: "|"), lead + 1 == n || b[lead + 1] == UInt8(ascii: " "),
           LooseText.find(UInt8(ascii: "|"), in: b, from: lead + 1) == nil {
            var fixed = Array(b)
            fixed[lead] = UInt8(ascii: " ")
            fixed.withUnsafeBufferPointer { addASCIIBody($0) }
            return
        }
        addASCIIBody(b)
    }

    private mutating func addASCIIBody(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        let lead = LooseText.leadingSpaces(b)
        let trimmed = UnsafeBufferPointer(rebasing: b[lead...])
        let opensWithBar = lead < n && b[lead] == UInt8(ascii: "|")
        let pipe = LooseText.find(UInt8(ascii: "|"), in: trimmed, from: 0) != nil
        var outerless = false
        if !opensWithBar, pipe, LooseText.barePipes(bytes: trimmed) >= 3 {
            outerless = separatorAnywhere()
        }
        if pipe, LooseText.isSeparatorBytes(trimmed) {
            addBlank()
            return
        }
        if !outerless, pipe, FormTail.headsOwners(bytes: trimmed.span) {
            groups = []
            blankHeads = []
            ownersRows = true
        }
        if outerless || opensWithBar {
            cellRows += 1
            // An outerless row is read as if its opening pipe were there.
            let cells = LooseText.pipeCellRanges(trimmed, opened: opensWithBar)
            if cells.allSatisfy({ LooseText.onlyBytes(trimmed.span.extracting($0), in: "-: ") }) {
                addBlank()
                return
            }
            var cleaned: [String] = []
            var rawBlank: [Bool] = []
            cleaned.reserveCapacity(cells.count)
            rawBlank.reserveCapacity(cells.count)
            // A converter prints a spanning cell once per grid column: a cell the
            // same as the one before it is cleaned the same (the string is reused).
            var previous: UnsafeBufferPointer<UInt8>? = nil
            for range in cells {
                let cell = UnsafeBufferPointer(rebasing: trimmed[range])
                if let previous, let last = cleaned.last, LooseText.sameBytes(previous, cell) {
                    cleaned.append(last)
                    rawBlank.append(rawBlank[rawBlank.count - 1])
                } else {
                    cleaned.append(LooseText.cleanCell(bytes: cell))
                    rawBlank.append(cell.allSatisfy { $0 == 0x20 || $0 == 0x09 })
                }
                previous = cell
            }
            addPipeRow(cleaned, rawBlank: rawBlank)
        } else if LooseText.find(0x09, in: b, from: 0) != nil {
            addTabRow(Substring(String(decoding: b, as: UTF8.self)))
        } else {
            var body = b
            // Markdown headings: "#### Remarks:" is "Remarks:".
            if lead < n, b[lead] == UInt8(ascii: "#") {
                var j = lead
                while j < n, b[j] == UInt8(ascii: "#") { j += 1 }
                if j < n, b[j] == UInt8(ascii: " ") { body = UnsafeBufferPointer(rebasing: b[(j + 1)...]) }
            }
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
                let work = LooseNormalizer.workOnBytes(body.span)
                if work == .none {
                    cleaned = String(decoding: body, as: UTF8.self)
                } else {
                    mayBreakPage = true
                    let text = LooseNormalizer.clean(bytes: body.span, work: work)
                    cleaned = LooseText.isRuleOnly(text) ? "" : text
                }
            }
            let segments = cleaned.isEmpty ? blankSegments : [LooseSegment(text: cleaned, x: 0, cell: -1)]
            var line = LooseLine(number: number, segments: segments, isCellRow: false)
            line.pageBreak = mayBreakPage && LooseText.find(0x0C, in: b, from: 0) != nil
            lines.append(line)
        }
    }
}

extension LooseText {
    /// Where each run of dashes starts, for a line of only dashes and spaces
    /// (runs of two dashes or more); nil for any other line.
    static func dashRunStarts(_ b: UnsafeBufferPointer<UInt8>) -> [Int]? {
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
    static func onlyRuleBytes(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        var i = 0
        while i < b.count {
            if i + 8 <= b.count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 {
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

    /// True when the two byte runs are the same.
    @inline(__always) static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let p = a.baseAddress, let q = b.baseAddress else { return true }
        return memcmp(p, q, a.count) == 0
    }

    /// How many spaces open the bytes: eight at a time, then one by one
    /// (layout lines open with long runs of spaces, asked twice per line).
    @inline(__always) static func leadingSpaces(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        if let base = b.baseAddress {
            while i + 8 <= b.count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 { i += 8 }
        }
        while i < b.count, b[i] == 0x20 { i += 1 }
        return i
    }

    /// The offset of the first `byte` at or after `from`, found with memchr.
    @inline(__always) static func find(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = b.baseAddress, from < b.count,
              let hit = memchr(base + from, Int32(byte), b.count - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// `isSeparatorRow(line.droppingLeadingSpaces())` on a line's bytes. A
    /// line with a non-ASCII byte is none either way: that byte is no "-|: ".
    static func isSeparatorLine(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        isSeparatorBytes(UnsafeBufferPointer(rebasing: b[leadingSpaces(b)...]))
    }

    /// ``isSeparatorRow(_:)`` on bytes: a pipe, only "-|: ", and "---".
    static func isSeparatorBytes(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var pipe = false
        var run = 0, longest = 0
        for c in b {
            switch c {
            case UInt8(ascii: "-"): run += 1; if run > longest { longest = run }
            case UInt8(ascii: "|"): pipe = true; run = 0
            case UInt8(ascii: ":"), UInt8(ascii: " "): run = 0
            default: return false
            }
        }
        return pipe && longest >= 3
    }

    /// ``barePipes(_:)`` on the bytes of an ASCII line.
    static func barePipes(bytes whole: UnsafeBufferPointer<UInt8>) -> Int {
        var bare = 0
        let b = UnsafeBufferPointer(rebasing: whole.prefix(4000))
        var k = 0
        while let hit = find(UInt8(ascii: "|"), in: b, from: k) {
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
    static func pipeCellRanges(_ b: UnsafeBufferPointer<UInt8>, opened: Bool) -> [Range<Int>] {
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
    static func pipeCuts(_ b: UnsafeBufferPointer<UInt8>, opened: Bool) -> (cells: [Range<Int>], tail: Range<Int>) {
        var cells: [Range<Int>] = []
        cells.reserveCapacity(32)
        var start = opened ? 1 : 0
        // No backslash in the row (most rows): the cells end at each "|", found with memchr.
        if find(UInt8(ascii: "\\"), in: b, from: start) == nil {
            while let bar = find(UInt8(ascii: "|"), in: b, from: start) {
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
    static func cleanCell(bytes c: UnsafeBufferPointer<UInt8>) -> String {
        if find(UInt8(ascii: "<"), in: c, from: 0) == nil {
            let joined = cleanPart(c)
            return joined.utf8.first == UInt8(ascii: "C") && isPlaceholder(joined) ? "" : joined
        }
        // A "<" that opens no break (no `<br>` in the cell): one part, the cell cleaned.
        guard let firstBreak = StringBreakScan.find(in: c.span) ?? nil else {
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
            let rest = UnsafeBufferPointer(rebasing: c[start...])
            appendCleanPart(found.map { UnsafeBufferPointer(rebasing: rest[..<$0.0]) } ?? rest, to: &joined)
            guard let (_, hi) = found else { break }
            start += hi
            found = StringBreakScan.find(in: c.span.extracting(start...)) ?? nil
        }
        let text = String(decoding: joined, as: UTF8.self)
        return text.utf8.first == UInt8(ascii: "C") && isPlaceholder(text) ? "" : text
    }

    /// ``cleanPart(_:)`` appended to a cell's bytes after a line feed (none
    /// before the first part); an empty part is left out. A part with nothing
    /// to clean is its trimmed bytes, copied as they are.
    private static func appendCleanPart(_ c: UnsafeBufferPointer<UInt8>, to joined: inout [UInt8]) {
        var lo = 0, hi = c.count
        while lo < hi, c[lo] == 0x20 || c[lo] == 0x09 { lo += 1 }
        while hi > lo, c[hi - 1] == 0x20 || c[hi - 1] == 0x09 { hi -= 1 }
        let part = UnsafeBufferPointer(rebasing: c[lo..<hi])
        let work = LooseNormalizer.workOnBytes(part.span)
        if work == .none {
            guard !part.isEmpty else { return }
            if !joined.isEmpty { joined.append(0x0A) }
            joined.append(contentsOf: part)
            return
        }
        var cleaned = LooseNormalizer.clean(bytes: part.span, work: work).trimmingSpaces()
        guard !cleaned.isEmpty else { return }
        if !joined.isEmpty { joined.append(0x0A) }
        cleaned.withUTF8 { joined.append(contentsOf: $0) }
    }

    /// One part of a cell: trimmed of spaces and tabs, cleaned, trimmed again.
    private static func cleanPart(_ c: UnsafeBufferPointer<UInt8>) -> String {
        var lo = 0, hi = c.count
        while lo < hi, c[lo] == 0x20 || c[lo] == 0x09 { lo += 1 }
        while hi > lo, c[hi - 1] == 0x20 || c[hi - 1] == 0x09 { hi -= 1 }
        let part = UnsafeBufferPointer(rebasing: c[lo..<hi])
        // Nothing to clean: the trimmed bytes are the part.
        let work = LooseNormalizer.workOnBytes(part.span)
        if work == .none { return String(decoding: part, as: UTF8.self) }
        return LooseNormalizer.clean(bytes: part.span, work: work).trimmingSpaces()
    }
}
