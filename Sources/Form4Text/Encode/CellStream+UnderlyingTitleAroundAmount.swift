/// "(1)" / "04/15/2030 Class B" / "30,000" / "Common" / "(2)" / "Stock" /
/// "$0.00" / "0" / "D": where the PDF draws a Table II row's right-hand
/// cells one after another, the underlying security's title can come out
/// cut around its amount, the amount drawn between the title's first and
/// last lines. Between the underlying amount and the D/I a Table II row has
/// no other text column (the nature comes after the D/I), so words there,
/// followed by the price or the amount owned, are the rest of the underlying
/// title. Read in place they make the amount a word of the title.
extension CellStream {
    /// The right-hand cells `right` (and the first word moved) with the words drawn after the
    /// underlying amount put back before it, and the footnote marks among
    /// them glued to the title's last word ("Stock(2)": they mark the title
    /// cell, and alone they would read as a date given by footnote); nil
    /// where `right` is not so drawn: the words after the amount must open
    /// right after it and be followed by a value, and a word must stand
    /// right before the amount.
    static func underlyingTitleAroundAmount(_ right: [LooseToken]) -> (cells: [LooseToken], moved: LooseToken)? {
        guard let firstWord = right.firstIndex(where: { $0.kind == .word }),
              let amount = right[firstWord...].firstIndex(where: { $0.kind == .number }),
              amount > firstWord, right[amount - 1].kind == .word || right[amount - 1].kind == .letter,
              amount + 1 < right.count, right[amount + 1].kind == .word else { return nil }
        var end = amount + 1
        while end < right.count, [.word, .letter, .footnoteOnly].contains(right[end].kind) { end += 1 }
        guard end < right.count, right[end].kind == .number || right[end].kind == .money else { return nil }
        let rest = right[(amount + 1)..<end]
        var joined = Array(right[..<amount])
        joined += rest.filter { $0.kind != .footnoteOnly }
        joined[joined.count - 1].footnotes += rest.filter { $0.kind == .footnoteOnly }.flatMap(\.footnotes)
        joined.append(right[amount])
        joined += right[end...]
        return (joined, right[amount + 1])
    }
}
