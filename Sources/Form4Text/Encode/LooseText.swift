#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        var lines: [LooseLine] = []
        var groups: [String] = []
        /// Per header cell: left blank (markitdown's way of spanning a head), not a `ColN` placeholder.
        var blankHeads: [Bool] = []
        /// Rows under markitdown's spanned owners heading (see below).
        var ownersRows = false
        var cellRows = 0
        var number = 0
        let physical = LooseText.physicalLines(text)
        /// Whether a "---|---" row is anywhere in the text (asked once, when first needed).
        var separatorInText: Bool? = nil
        for line in physical {
            number += 1
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
                if separatorInText == nil { separatorInText = physical.contains { LooseText.isSeparatorRow($0.droppingLeadingSpaces()) } }
                outerless = separatorInText!
            }
            // "---|---|---": the separator of such a table.
            if LooseText.isSeparatorRow(trimmed) {
                lines.append(LooseLine(number: number, segments: [LooseSegment(text: "", x: 0, cell: -1)], isCellRow: false))
                continue
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
                var cells = LooseText.pipeCells(trimmed)
                if cells.allSatisfy({ LooseText.onlyBytes($0, in: "-: ") }) {
                    lines.append(LooseLine(number: number, segments: [LooseSegment(text: "", x: 0, cell: -1)], isCellRow: false))
                    continue
                }
                let rawCells = cells
                cells = cells.map { LooseText.cleanCell($0) }
                if cells.contains(where: { $0.has("Title of") || FormTail.headsOwners($0) }) {
                    // A placeholder header cell (`ColN`, emptied) continues the cell before it.
                    groups = []
                    blankHeads = []
                    // The owners table under markitdown's spanned "Relationships | | | |" (blank
                    // cells) is not folded: its marks' columns are what they say ("| name |  | X |  |  |").
                    let spannedOwners = !cells.contains(where: { $0.has("Title of") }) && rawCells.contains { $0.trimmingSpaces().isEmpty }
                    ownersRows = spannedOwners
                    for (c, r) in zip(cells.map({ $0.replacingNewlines() }), rawCells) where !spannedOwners {
                        groups.append(c.isEmpty ? (groups.last ?? "") : c)
                        blankHeads.append(r.trimmingSpaces().isEmpty)
                    }
                }
                // Under the spanned owners heading two equal cells are two marks ("| X | X |"): no cell is dropped.
                let segments = ownersRows ? cells.enumerated().map { LooseSegment(text: $1, x: $0 * LooseLine.cellWidth, cell: $0) }
                    : LooseText.fold(cells, groups: groups, blankHeads: blankHeads)
                lines.append(LooseLine(number: number, segments: segments, isCellRow: true))
            } else if LooseText.hasBoxDrawing(raw) {
                // Box-drawing tables (w3m -graph, lynx): the rules become spaces so the
                // columns keep their places and read like any layout text.
                let (unboxed, bars) = LooseText.unboxed(raw)
                let cleaned = LooseNormalizer.clean(Substring(unboxed))
                lines.append(LooseLine(number: number, segments: [LooseSegment(text: cleaned, x: 0, cell: -1)], isCellRow: false, bars: bars))
            } else if raw.has("\t") {
                let isRule = raw.unicodeScalars.allSatisfy { LooseText.isBoxRule($0) || $0 == " " || $0 == "\t" }
                if isRule {
                    lines.append(LooseLine(number: number, segments: [LooseSegment(text: "", x: 0, cell: -1)], isCellRow: false))
                    continue
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
            } else {
                var body = raw
                // Markdown headings: "#### Remarks:" is "Remarks:".
                let lead = body.droppingLeadingSpaces()
                if lead.startsWith(UInt8(ascii: "#")) {
                    let rest = lead.drop { $0 == "#" }
                    if rest.first == " " { body = rest.dropFirst() }
                }
                var cleaned = LooseNormalizer.clean(body)
                if cleaned.unicodeScalars.allSatisfy({ LooseText.isBoxRule($0) || $0 == " " || $0 == "_" }) { cleaned = "" }
                var line = LooseLine(number: number, segments: [LooseSegment(text: cleaned, x: 0, cell: -1)], isCellRow: false)
                line.pageBreak = raw.has("\u{0C}")
                lines.append(line)
            }
        }
        self.lines = lines
        self.cellRowCount = cellRows
    }

    /// Lines split on LF, CR LF and CR (a form feed stays in its line, which
    /// notes the page break). Scanned as bytes: CR and LF are never part of
    /// a longer UTF-8 sequence.
    static func physicalLines(_ text: String) -> [Substring] {
        let spans = text.utf8.withContiguousStorageIfAvailable(lineSpans) ?? Array(text.utf8).withUnsafeBufferPointer(lineSpans)
        var result: [Substring] = []
        result.reserveCapacity(spans.count)
        for (from, to) in spans {
            let lo = text.utf8.index(text.startIndex, offsetBy: from)
            result.append(text[lo..<text.utf8.index(lo, offsetBy: to - from)])
        }
        return result
    }

    /// The byte ranges of ``physicalLines(_:)``, found without touching the
    /// string (the lines were appended from a closure capturing the result,
    /// an exclusivity check per line).
    private static func lineSpans(_ b: UnsafeBufferPointer<UInt8>) -> [(Int, Int)] {
        var spans: [(Int, Int)] = []
        guard let base = b.baseAddress else { return spans }
        // No CR (most texts): the lines end at each LF, found with memchr.
        if memchr(base, 0x0D, b.count) == nil {
            var start = 0
            while start < b.count, let hit = memchr(base + start, 0x0A, b.count - start) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
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
        func scan(_ b: UnsafeBufferPointer<UInt8>) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var scalar = 0
            var i = 0
            let n = b.count
            while i < n {
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
            return String(decoding: out, as: UTF8.self)
        }
        let text = raw.utf8.withContiguousStorageIfAvailable(scan) ?? Array(raw.utf8).withUnsafeBufferPointer(scan)
        return (text, bars)
    }

    static func isBoxVertical(_ s: Unicode.Scalar) -> Bool {
        s == "│" || s == "┃" || s == "║" || s == "┆" || s == "┊"
    }

    static func isBoxRule(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x2500 && s.value <= 0x257F) || s == "-" || s == "=" || s == "+"
    }

    /// Cells of a pipe row (which starts with its opening `|`); `\|` is an
    /// escaped pipe, not a boundary.
    ///
    /// Cut on bytes: `|` and `\\` are ASCII and no byte of a longer UTF-8
    /// sequence can be either, so the cells are the scalar-by-scalar ones,
    /// copied once each instead of built scalar by scalar.
    static func pipeCells(_ row: Substring) -> [String] {
        row.utf8.withContiguousStorageIfAvailable(pipeCells(bytes:)) ?? Array(row.utf8).withUnsafeBufferPointer(pipeCells(bytes:))
    }

    /// ``pipeCells(_:)`` on the row's bytes, collecting into a local array (a
    /// closure capturing the result cost an exclusivity check per cell).
    private static func pipeCells(bytes b: UnsafeBufferPointer<UInt8>) -> [String] {
        var cells: [String] = []
        // The opening pipe opens the first cell.
        var start = b.first == UInt8(ascii: "|") ? 1 : 0
        var k = start
        while k < b.count {
            let byte = b[k]
            if byte == UInt8(ascii: "\\") {
                k += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                cells.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<k]), as: UTF8.self))
                start = k + 1
            }
            k += 1
        }
        let tail = String(decoding: UnsafeBufferPointer(rebasing: b[min(start, b.count)...]), as: UTF8.self).trimmingSpaces()
        if !tail.isEmpty { cells.append(tail) }
        return cells
    }

    /// One markdown cell: markup cleaned, `<br>` kept as a line break, `ColN` placeholders emptied.
    static func cleanCell(_ cell: String) -> String {
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
        cell.hasPrefix("Col") && cell.dropFirst(3).allSatisfy(\.isNumber) && cell.count > 3
    }

    /// Folds the grid columns of one logical column back into one cell.
    /// `blankHeads`: which head cells were left blank. Under a head spanned that
    /// way (markitdown), two equal footnote-only cells are the head's two
    /// sub-columns ("(1)" exercisable, "(1)" expiration); under a head a converter
    /// repeated or named `ColN` (pymupdf4llm), they are one spanning cell printed twice.
    static func fold(_ cells: [String], groups: [String], blankHeads: [Bool] = []) -> [LooseSegment] {
        var segments: [LooseSegment] = []
        if groups.count == cells.count {
            var g = 0
            var column = 0
            while g < cells.count {
                var end = g
                while end + 1 < cells.count, groups[end + 1] == groups[g] { end += 1 }
                var seen: [String] = []
                // The grid column of each kept cell: the same grid column has the same
                // place in every row, whichever cells before it were empty.
                var gridColumns: [Int] = []
                let subColumns = end > g && blankHeads.count == cells.count && blankHeads[(g + 1)...end].allSatisfy { $0 }
                // A spanning cell is printed again in the next grid column; the same
                // figure after an empty cell ("|25,087||25,087|" under a head pymupdf4llm
                // repeated over the last columns) is another column's value.
                var afterEmpty = false
                for k in g...end {
                    if cells[k].isEmpty { afterEmpty = !seen.isEmpty; continue }
                    if seen.last != cells[k] || subColumns && LooseText.isMarkCell(cells[k]) || afterEmpty && LooseText.isFigureCell(cells[k]) {
                        seen.append(cells[k])
                        gridColumns.append(k - g)
                    }
                    afterEmpty = false
                }
                if seen.isEmpty {
                    segments.append(LooseSegment(text: "", x: column * LooseLine.cellWidth, cell: column))
                } else {
                    for (j, text) in seen.enumerated() {
                        segments.append(LooseSegment(text: text, x: column * LooseLine.cellWidth + gridColumns[j] * 100, cell: column))
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
            // them; so may two equal dates (a deemed execution date the same as the transaction's).
            if cell == previous, !cell.isEmpty, !LooseText.isMarkCell(cell), !LooseText.isDateCell(cell) { continue }
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
        cell.contains(where: \.isNumber) && cell.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "$" }
    }

    /// A cell that is one date, "12/18/2012".
    static func isDateCell(_ cell: String) -> Bool {
        cell.count >= 6 && cell.count <= 10 && cell.filter({ $0 == "/" }).count == 2 && cell.allSatisfy { $0.isNumber || $0 == "/" }
    }

    /// A cell that is one footnote mark, "(1)".
    static func isMarkCell(_ cell: String) -> Bool {
        cell.hasPrefix("(") && cell.hasSuffix(")") && cell.count <= 4
    }
}
