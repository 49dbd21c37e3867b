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
        var cellRows = 0
        var number = 0
        for line in LooseText.physicalLines(text) {
            number += 1
            var raw = line
            var trimmed = raw.drop { $0 == " " }
            // A lone "|" opening a line, with no other pipe after it, is a stray
            // rule (OCR of a table border), not a pipe-table row: a pipe row has
            // at least two. It becomes a space so the columns keep their places.
            if trimmed.first == "|", trimmed.dropFirst().first.map({ $0 == " " }) ?? true, !trimmed.dropFirst().contains("|") {
                var fixed = String(raw)
                if let bar = fixed.firstIndex(of: "|") { fixed.replaceSubrange(bar...bar, with: " ") }
                raw = Substring(fixed)
                trimmed = raw.drop { $0 == " " }
            }
            // html2text writes pipe tables without the outer pipes: "a | b | c".
            var bare = 0
            if trimmed.first != "|" {
                var previous: Character = "x"
                for ch in trimmed.prefix(4000) {
                    if ch == "|" && previous == " " { bare += 1 }
                    previous = ch
                }
            }
            let outerless = bare >= 3
            // "---|---|---": the separator of such a table.
            if trimmed.contains("|"), trimmed.allSatisfy({ "-|: ".contains($0) }), trimmed.contains("---") {
                lines.append(LooseLine(number: number, segments: [LooseSegment(text: "", x: 0, cell: -1)], isCellRow: false))
                continue
            }
            if outerless { trimmed = Substring("|" + trimmed) }
            if trimmed.first == "|" {
                cellRows += 1
                var cells = LooseText.pipeCells(trimmed)
                if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) {
                    lines.append(LooseLine(number: number, segments: [LooseSegment(text: "", x: 0, cell: -1)], isCellRow: false))
                    continue
                }
                cells = cells.map { LooseText.cleanCell($0) }
                if cells.contains(where: { $0.has("Title of") || FormTail.headsOwners($0) }) {
                    // A placeholder header cell (`ColN`, emptied) continues the cell before it.
                    groups = []
                    for c in cells.map({ $0.replacingNewlines() }) { groups.append(c.isEmpty ? (groups.last ?? "") : c) }
                }
                lines.append(LooseLine(number: number, segments: LooseText.fold(cells, groups: groups), isCellRow: true))
            } else if raw.unicodeScalars.contains(where: LooseText.isBoxVertical) || raw.unicodeScalars.contains(where: { $0.value >= 0x2500 && $0.value <= 0x257F }) {
                // Box-drawing tables (w3m -graph, lynx): the rules become spaces so the
                // columns keep their places and read like any layout text.
                var view = String.UnicodeScalarView()
                var bars: [Int] = []
                for (k, s) in raw.unicodeScalars.enumerated() {
                    if LooseText.isBoxVertical(s) || s == "┼" || s == "├" || s == "┤" { bars.append(k) }
                    view.append((s.value >= 0x2500 && s.value <= 0x257F) ? " " : s)
                }
                let cleaned = LooseNormalizer.clean(Substring(String(view)))
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
                let lead = body.drop { $0 == " " }
                if lead.first == "#" {
                    let rest = lead.drop { $0 == "#" }
                    if rest.first == " " { body = rest.dropFirst() }
                }
                var cleaned = LooseNormalizer.clean(body)
                if cleaned.unicodeScalars.allSatisfy({ LooseText.isBoxRule($0) || $0 == " " || $0 == "_" }) { cleaned = "" }
                var line = LooseLine(number: number, segments: [LooseSegment(text: cleaned, x: 0, cell: -1)], isCellRow: false)
                line.pageBreak = raw.unicodeScalars.contains("\u{0C}")
                lines.append(line)
            }
        }
        self.lines = lines
        self.cellRowCount = cellRows
    }

    /// Lines split on LF, CR LF, CR and form feed (a page break is a line break).
    static func physicalLines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        let u = text.unicodeScalars
        var si = u.startIndex
        while si != u.endIndex {
            let s = u[si]
            if s == "\n" || s == "\r" {
                i = si
                result.append(text[start..<i])
                var next = u.index(after: si)
                if s == "\r", next != u.endIndex, u[next] == "\n" { next = u.index(after: next) }
                si = next
                start = si
                continue
            }
            si = u.index(after: si)
        }
        if start != text.endIndex { result.append(text[start...]) }
        return result
    }

    static func isBoxVertical(_ s: Unicode.Scalar) -> Bool {
        s == "│" || s == "┃" || s == "║" || s == "┆" || s == "┊"
    }

    static func isBoxRule(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x2500 && s.value <= 0x257F) || s == "-" || s == "=" || s == "+"
    }

    /// Cells of a pipe row; `\|` is an escaped pipe, not a boundary.
    static func pipeCells(_ row: Substring) -> [String] {
        var cells: [String] = []
        var current = String.UnicodeScalarView()
        var escaped = false
        var first = true
        for s in row.unicodeScalars {
            if escaped { current.append(s); escaped = false; continue }
            if s == "\\" { current.append(s); escaped = true; continue }
            if s == "|" {
                if first { first = false; continue }
                cells.append(String(current))
                current = String.UnicodeScalarView()
                continue
            }
            first = false
            current.append(s)
        }
        let tail = String(current).trimmingSpaces()
        if !tail.isEmpty { cells.append(tail) }
        return cells
    }

    /// One markdown cell: markup cleaned, `<br>` kept as a line break, `ColN` placeholders emptied.
    static func cleanCell(_ cell: String) -> String {
        var parts: [String] = []
        var rest = Substring(cell)
        while let r = rest.rangeOfBreak() {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        let cleaned = parts.map { LooseNormalizer.clean(Substring($0.trimmingSpaces())).trimmingSpaces() }
        let joined = cleaned.filter { !$0.isEmpty }.joined(separator: "\n")
        if joined.hasPrefix("Col"), joined.dropFirst(3).allSatisfy(\.isNumber), joined.count > 3 { return "" }
        return joined
    }

    /// Folds the grid columns of one logical column back into one cell.
    static func fold(_ cells: [String], groups: [String]) -> [LooseSegment] {
        var segments: [LooseSegment] = []
        if groups.count == cells.count {
            var g = 0
            var column = 0
            while g < cells.count {
                var end = g
                while end + 1 < cells.count, groups[end + 1] == groups[g] { end += 1 }
                var seen: [String] = []
                for k in g...end where !cells[k].isEmpty && seen.last != cells[k] { seen.append(cells[k]) }
                if seen.isEmpty {
                    segments.append(LooseSegment(text: "", x: column * LooseLine.cellWidth, cell: column))
                } else {
                    for (j, text) in seen.enumerated() {
                        segments.append(LooseSegment(text: text, x: column * LooseLine.cellWidth + j * 100, cell: column))
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
            // Repeated footnote-only cells may be two columns (exercisable and expiration): keep them.
            if cell == previous, !cell.isEmpty, !(cell.hasPrefix("(") && cell.hasSuffix(")") && cell.count <= 4) { continue }
            previous = cell
            segments.append(LooseSegment(text: cell, x: column * LooseLine.cellWidth, cell: column))
            column += 1
        }
        return segments
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }

    func replacingNewlines(with separator: String = " ") -> String {
        split(separator: "\n", omittingEmptySubsequences: true).joined(separator: separator)
    }

    /// `<br>`, `<br/>` or `<br />`, any case.
    func rangeOfBreak() -> Range<Index>? {
        var i = startIndex
        while i != endIndex {
            if self[i] == "<" {
                var j = index(after: i)
                var name = ""
                while j != endIndex, self[j] != ">", name.count < 6 {
                    name.append(self[j])
                    j = index(after: j)
                }
                if j != endIndex, self[j] == ">" {
                    let n = name.lowercased().filter { $0 != " " && $0 != "/" }
                    if n == "br" { return i..<index(after: j) }
                }
            }
            i = index(after: i)
        }
        return nil
    }
}
