/// "2.0%" / "$48.8935(1)" / "Convertible" / "Senior" / "Notes" / "due 2027":
/// a note's title names the year it falls due, and pdftotext ends the
/// title's cell with it. Left a value, "2027" ends a line of words and
/// values, so the title's words are not put together ahead of the price
/// printed among them (``CellStream/inCellOrder(_:)``) and the row grammar
/// reads the title's words as the row's later cells.
///
/// A four-digit year (1900–2099, no mark) that ends the last line of a cell
/// of three or more lines, after a word in lower case ("due"), where at
/// least two of the lines before are words only, is the text's last word:
/// a figure printed beside a title set on several lines comes out on its
/// first lines, not after its last word, and a title's own words are
/// capitalised ("Stock", "Units"). The word keeps a doubt that says so,
/// which its row reports.
extension CellStream {
    static func yearEndsText(_ lines: inout [[LooseToken]]) {
        guard lines.count >= 3, let last = lines.last, last.count >= 2, case let n = last[last.count - 1],
              n.kind == .number, n.footnotes.isEmpty, n.text.utf8.count == 4, n.text.allSatisfy(\.isASCII),
              let year = Int(n.text), (1900...2099).contains(year),
              case let before = last[last.count - 2], before.kind == .word, before.text.first?.isLowercase == true,
              last.dropLast().allSatisfy({ $0.kind == .word }),
              lines.dropLast().filter({ $0.allSatisfy { $0.kind == .word || $0.kind == .letter } }).count >= 2
        else { return }
        lines[lines.count - 1][last.count - 1].kind = .word
        lines[lines.count - 1][last.count - 1].doubt = "'\(n.text)' after '\(before.text)', ending a text cell of \(lines.count) lines, taken as the text's last word (a year), not a value"
    }
}
