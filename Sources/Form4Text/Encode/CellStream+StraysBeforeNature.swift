/// "15,905" / "I" / "Common Stock" / "7. Nature of Indirect Beneficial
/// Ownership" / "By Living Trust": a holding's amount and D/I drawn before
/// the first title, and its nature after the nature column's head. The row
/// so cut is all text (its title, then its nature); the values left before
/// the first title end it, but they stand between the two texts, not after
/// the nature.
extension CellStream {
    /// `row` with `strays` put before its nature: where the row holds no
    /// value, a later line of it opens as a nature does ("By", "See", …),
    /// the strays end with a D/I "I", and the row then reads with the strays
    /// as its amount owned and D/I and that line on as its nature. Nil
    /// otherwise (the strays then go at the row's end, as before).
    func strays(_ strays: [LooseToken], beforeNatureOf row: [LooseToken]) -> [LooseToken]? {
        guard !wrapsCells, let di = strays.last, di.kind == .letter, di.text == "I",
              let first = row.first, first.kind == .word, !row.contains(where: \.isValue) else { return nil }
        let openers: Set<String> = ["by", "see", "held", "through", "owned", "via"]
        guard let at = row.indices.dropFirst().first(where: { i in
            row[i].line != row[i - 1].line && row[i].kind == .word && openers.contains(row[i].text.lowercased())
        }) else { return nil }
        var joined = Array(row[..<at])
        joined += strays
        joined += row[at...]
        let f = fields(joined)
        guard f.directIndirect?.line == di.line, f.directIndirect?.column == di.column, f.owned != nil,
              f.nature.count == row.count - at, f.extra.isEmpty, f.title.count == at else { return nil }
        return joined
    }
}
