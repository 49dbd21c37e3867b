/// "6. Nature of Indirect Beneficial Ownership" / "Limited Partnership(4)" /
/// "Date" / "Exercisable" / … / "Series E Preferred Stock" / "(1)" / "(1)" /
/// "Class B Common Stock(2)(3)" / "134,018.0" / "(1)" / "I" / "Stock Option
/// …": some PDFs draw the first row's nature of ownership among the column
/// heads, ahead of its title. Cut at titles, the nature then opens the
/// table, and the row after it, which has no title followed by a date (a
/// holding's dates given by footnote), was left before the first row and
/// dropped with it. Every later row then stood one place up.
extension CellStream {
    /// The table's first row, read from what stands before the first title
    /// followed by a date: a text among the heads (heads drawn after it), then
    /// a title and its values up to a D/I "I" with no nature. The text is that
    /// row's nature (a nature is the only text a row has after its D/I, and
    /// an indirect row wants one), only when the row then reads whole with
    /// it as its nature and no figure is left in a text field; reported.
    func strayRowWithNatureAmongHeads(before firstText: Int) -> TableLines.Row? {
        guard !wrapsCells else { return nil }
        let strays = paragraphs.indices.prefix(firstText).filter { !paragraphs[$0].isHeader }
        guard strays.count >= 3, case let n = strays[0], case let t = strays[1],
              paragraphs[n].isText, paragraphs[n].opensWithText, paragraphs[t].isText, paragraphs[t].opensWithText,
              !CellStream.looksLikeNature(paragraphs[t]),
              // Drawn among the heads: heads stand between it and the title.
              paragraphs[(n + 1)..<t].contains(where: \.isHeader)
        else { return nil }
        let nature = paragraphs[n].tokens
        let row = strays.dropFirst().flatMap { paragraphs[$0].tokens }
        let f = fields(row)
        guard let di = f.directIndirect, di.text == "I", f.nature.isEmpty, f.owned != nil || f.underlyingShares != nil,
              let last = row.last, last.line == di.line, last.column == di.column, f.extra.isEmpty else { return nil }
        let whole = row + nature
        let g = fields(whole)
        guard g.directIndirect?.line == di.line, g.directIndirect?.column == di.column, g.nature.count == nature.count,
              g.extra.isEmpty, swallowedFigures(whole).isEmpty, let first = nature.first else { return nil }
        let warning = EncodeWarning(rule: "ENC-ROW-SPLIT",
                                    message: "'\(RowBuilder.text(Array(nature.prefix(6))))', drawn among the column heads ahead of the table's first title, was taken as the nature of ownership of that row (owned indirectly, with no other nature)",
                                    line: first.line, column: first.column)
        return TableLines.Row(anchor: whole, above: [], below: [], warnings: [warning])
    }

    /// A Form 3's Table II of holdings only, each row's dates given by
    /// footnote: no title there is followed by a date, so the nature drawn
    /// among the heads, the first text, opened the table, and the first row
    /// was read as its title's row with no D/I, every later row one place
    /// up. Where the first text after it is a Form 3 row start, the rows
    /// drawn in order start at the next row start after that title, when the
    /// first row then reads whole with the nature as above
    /// (``strayRowWithNatureAmongHeads(before:)``, which reports it). Nil
    /// otherwise, and nothing changes.
    func rowsAfterNatureAmongHeads(opening firstText: Int, titles: [Int]) -> Int? {
        guard kind.derivative, kind.form == 3, !wrapsCells, firstText == titles.first, firstText < paragraphs.count,
              !startsRow(at: firstText), let title = titles.first(where: { $0 > firstText }), formThreeRowStart(at: title),
              let next = titles.first(where: { $0 > title && startsRow(at: $0) }),
              strayRowWithNatureAmongHeads(before: next) != nil else { return nil }
        return next
    }
}
