/// "Class A Common Stock" / "06/09/2021" / "V" / "A" / heads / "6,274(1)"
/// (or "Common Stock" / "V" / "P(1)" / "05/30/2013"):
/// the code column's sub-heads are "Code" and "V", and some PDFs draw the
/// "V" head after the first row's date, ahead of that row's code. Read as a
/// cell, it took the code's place (V is no transaction code) and pushed the
/// code into the (A)/(D) column.
extension CellStream {
    /// True when paragraph `k` is a lone "V" drawn between a date and a
    /// transaction code letter alone, or, in Table I, between a title and a
    /// code letter alone drawn before the date: the V column stands after
    /// the code, so a V before it is the column's head, not the row's mark.
    func isVHeadBeforeCode(at k: Int) -> Bool {
        guard !wrapsCells, k > 0, k + 1 < paragraphs.count else { return false }
        let p = paragraphs[k].tokens, next = paragraphs[k + 1].tokens
        guard p.count == 1, p[0].kind == .letter, p[0].text == "V", p[0].footnotes.isEmpty,
              next.count == 1, next[0].kind == .letter, next[0].text != "V", RowGrammar.codes.contains(next[0].text) else { return false }
        if paragraphs[k - 1].tokens.last?.kind == .date { return true }
        // "Common Stock" / "V" / "P(1)" / "05/30/2013": after the title, where the code comes before the date.
        let before = paragraphs[k - 1]
        return !kind.derivative && before.opensWithText && !before.tokens.contains(where: \.isValue) && k + 2 < paragraphs.count
            && paragraphs[k + 2].tokens.count == 1 && paragraphs[k + 2].tokens[0].kind == .date
    }

    /// The doubt the row is told when such a "V" is left out.
    func vHeadWarning(at k: Int) -> EncodeWarning {
        let v = paragraphs[k].tokens[0], code = paragraphs[k + 1].tokens[0]
        return EncodeWarning(rule: "ENC-ROW-SPLIT",
                             message: "'V' drawn between the row's \(paragraphs[k - 1].tokens.last?.kind == .date ? "date" : "title") and its code '\(code.text)' was taken as the V column's head, not the row's mark (the V column follows the code)",
                             line: v.line, column: v.column)
    }
}
