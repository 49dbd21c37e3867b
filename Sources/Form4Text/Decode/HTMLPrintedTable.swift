/// A table of the HTML page cut into pieces that each fit on one printed page,
/// every piece with the table's column headings.
///
/// Why: printers built on WebKit without its print patches (wkhtmltopdf as
/// Debian ships it) cut table rows across pages, printing the cut text line
/// on both pages, and do not repeat `<thead>` on the next page. A row read
/// back from such a page (pdftotext) is doubled, or lies on a page with no
/// headings, where nothing tells its (A) column from its (D) column. A block
/// with `page-break-inside: avoid` is honoured, so each piece is one such
/// block, sized from the text it holds to stay well under a page; a page
/// then starts with a piece and its headings. Short tables are one piece,
/// as before.
struct HTMLPrintedTable {
    /// One heading cell; `text` is HTML.
    struct Head {
        var text: String
        var colspan = 1
        var rowspan = 1
    }

    var classes = "data"
    var caption: String?
    /// Column widths in percent, as EDGAR's rendering gives them.
    var columns: [Int]
    /// Heading rows (at most two: the second fills the columns the first leaves).
    var head: [[Head]]
    /// Data rows; cells are HTML.
    var rows: [[String]]

    // The printed page, measured at the printer's scale for a page that fits
    // its width: A4 landscape with 10 mm margins is 538 pt = 717 px high and
    // about 980 px wide (the narrower of A4 and Letter). Pages scaled down to
    // fit a wider table only hold more. A piece is kept under 70% of a page
    // so that a row wrapping more than estimated still fits.
    static let pageWidth = 980
    static let budget = 500
    /// Pixels per line and per character (an upper bound for Arial) at 9 pt (cells) and 8 pt (headings).
    static let cellLine = 14, cellChar = 7, headLine = 13, headChar = 6
    /// Padding and border of a row.
    static let rowExtra = 6

    /// How many lines `html` takes in a box `width` pixels wide, words wrapped greedily.
    static func lines(_ html: String, width: Int, charWidth: Int) -> Int {
        let perLine = max(1, (width - 8) / charWidth)
        var count = 0
        for paragraph in plainText(html).split(separator: "\n", omittingEmptySubsequences: false) {
            var used = 0
            count += 1
            for word in paragraph.split(separator: " ") {
                let n = word.count
                if used > 0 && used + 1 + n > perLine {
                    count += 1
                    used = 0
                }
                // A word longer than the line overflows it (the column widens instead).
                used += (used > 0 ? 1 : 0) + n
            }
        }
        return count
    }

    /// The text of an HTML fragment: tags dropped, `<br>` a line break, an entity one character.
    static func plainText(_ html: String) -> String {
        var out = ""
        var tag = ""
        var inTag = false, inEntity = false
        for c in html {
            if inTag {
                if c == ">" {
                    inTag = false
                    if tag.lowercased().hasPrefix("br") { out.append("\n") }
                } else { tag.append(c) }
            } else if inEntity {
                if c == ";" { inEntity = false; out.append("x") }
            } else if c == "<" {
                inTag = true
                tag = ""
            } else if c == "&" {
                inEntity = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    func width(from: Int, span: Int) -> Int {
        columns[from..<min(columns.count, from + span)].reduce(0, +) * HTMLPrintedTable.pageWidth / 100
    }

    /// Height of the heading rows: each cell's lines over the columns it spans.
    var headHeight: Int {
        var taken = Array(repeating: false, count: columns.count)
        var rowHeights = Array(repeating: 0, count: head.count)
        var spanning = 0
        for (r, cells) in head.enumerated() {
            var column = 0
            for cell in cells {
                while column < columns.count && taken[column] { column += 1 }
                let h = HTMLPrintedTable.lines(cell.text, width: width(from: column, span: cell.colspan), charWidth: HTMLPrintedTable.headChar)
                    * HTMLPrintedTable.headLine + HTMLPrintedTable.rowExtra
                if cell.rowspan > 1 {
                    spanning = max(spanning, h)
                    for c in column..<min(columns.count, column + cell.colspan) { taken[c] = true }
                } else {
                    rowHeights[r] = max(rowHeights[r], h)
                }
                column += cell.colspan
            }
        }
        return max(spanning, rowHeights.reduce(0, +))
    }

    func rowHeight(_ cells: [String]) -> Int {
        var most = 1
        for (k, cell) in cells.enumerated() where k < columns.count {
            most = max(most, HTMLPrintedTable.lines(cell, width: width(from: k, span: 1), charWidth: HTMLPrintedTable.cellChar))
        }
        return most * HTMLPrintedTable.cellLine + HTMLPrintedTable.rowExtra
    }

    /// The rows of each piece: as many as fit the budget, at least one.
    var pieces: [ArraySlice<[String]>] {
        let headed = headHeight
        var result: [ArraySlice<[String]>] = []
        var start = 0
        var height = headed + (caption == nil ? 0 : 2 * HTMLPrintedTable.cellLine + 8)
        for (k, row) in rows.enumerated() {
            let h = rowHeight(row)
            if k > start && height + h > HTMLPrintedTable.budget {
                result.append(rows[start..<k])
                start = k
                height = headed
            }
            height += h
        }
        result.append(rows[start..<rows.count])
        return result
    }

    var html: String {
        let colgroup = "<colgroup>" + columns.map { "<col style=\"width:\($0)%\">" }.joined() + "</colgroup>\n"
        var thead = "<thead>\n"
        for cells in head {
            thead += "<tr>"
            for c in cells {
                thead += "<th" + (c.rowspan > 1 ? " rowspan=\"\(c.rowspan)\"" : "") + (c.colspan > 1 ? " colspan=\"\(c.colspan)\"" : "") + ">\(c.text)</th>"
            }
            thead += "</tr>\n"
        }
        thead += "</thead>\n"
        var out = ""
        for (k, piece) in pieces.enumerated() {
            out += "<div class=\"keep\"><table class=\"\(classes)\">\n"
            if k == 0, let caption { out += "<caption>\(caption)</caption>\n" }
            out += colgroup + thead + "<tbody>\n"
            for cells in piece {
                out += "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
            }
            out += "</tbody>\n</table></div>\n"
        }
        return out
    }
}
