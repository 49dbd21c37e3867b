/// "… By estate planning vehicle" / "A" / "(1)" / "7,438,012" / "I" /
/// "Tamarack Capital Fund, LP(6)" / "A" / "(1)" / "1,386,851" / "I" /
/// "Tamarack Capital Fund Parallel, LLC(6)" / holdings / … / "Common Stock" +
/// "Common Stock" / "05/25/2022" / …: right-hand groups drawn ahead of their
/// rows (see ``joinRightHandsDrawnFirst(_:)``), each with its nature. A
/// nature that does not open as one ("Tamarack Capital Fund, LP", not "By
/// …") followed by the next group's values was cut as that group's title,
/// so the group was no longer a right-hand group and the groups no longer
/// matched the rows that lack them.
extension CellStream {
    /// The rows with each text that opens a row made of a right-hand group
    /// (no date) after a right-hand-only row owned indirectly with no nature
    /// given back to that row as its nature, from `hands.upperBound` on, and
    /// the end of the right-hand run so lengthened; nil where none is. Only
    /// where the text reads as the row above's whole nature and the group
    /// without it as a right-hand-only row with the same amount owned and
    /// D/I; the caller keeps them only where the groups then fit the rows
    /// (``joined(_:rightHands:strayCode:)``), and each row so changed is told.
    func withNaturesBeforeHands(_ rows: [TableLines.Row], rightHands hands: Range<Int>) -> ([TableLines.Row], Int)? {
        var trial = rows
        var end = hands.upperBound
        while end < trial.count, let split = natureThenHand(above: trial[end - 1], row: trial[end]) {
            trial[end - 1] = split.above
            trial[end] = split.hand
            end += 1
            while end < trial.count, isRightHandOnly(trial[end]) { end += 1 }
        }
        return end > hands.upperBound ? (trial, end) : nil
    }

    /// `row` as a nature of `above` and a right-hand group (see above), or nil.
    private func natureThenHand(above: TableLines.Row, row: TableLines.Row) -> (above: TableLines.Row, hand: TableLines.Row)? {
        let a = fields(above.anchor)
        // A group's price given by footnote alone ("(1)") is left over (`extra`) until the row's title is before it.
        guard isRightHandOnly(above), a.directIndirect?.text == "I", a.nature.isEmpty,
              let lead = row.anchor.first, lead.kind == .word else { return nil }
        let text = Array(row.anchor.prefix { $0.kind == .word })
        let rest = Array(row.anchor.dropFirst(text.count))
        guard let first = rest.first, first.line > text[text.count - 1].line else { return nil }
        let hand = TableLines.Row(anchor: rest, above: [], below: [], warnings: [])
        let h = fields(rest)
        guard isRightHandOnly(hand), h.extra.count <= a.extra.count else { return nil }
        let joined = above.anchor + text
        let g = fields(joined)
        guard g.nature.count == text.count, CellStream.same(g.directIndirect, a.directIndirect), CellStream.same(g.owned, a.owned),
              g.extra.count == a.extra.count else { return nil }
        let message = "'\(RowBuilder.text(Array(text.prefix(6))))', between two groups of right-hand cells drawn ahead of their rows, was taken as the nature of the group above, not as the title of the group after it"
        var changed = above
        changed.anchor = joined
        changed.warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: message, line: lead.line, column: lead.column))
        let told = EncodeWarning(rule: "ENC-ROW-SPLIT", message: message, line: lead.line, column: lead.column)
        return (changed, TableLines.Row(anchor: rest, above: [], below: [], warnings: row.warnings + [told]))
    }
}
