/// "8,845(5)" / "I" / "Tamarack Capital USGF Principals Fund IV, L.P.(4)" /
/// heads printed again (a new page) / "Class A Common Stock" / "03/03/2020":
/// a row's nature drawn before the heads of the next page. Cut at the
/// heads, the text stood alone, and was read as a row of its own (a
/// holding with no values) instead of the nature of the row above.
extension CellStream {
    /// The title after the heads, when the text paragraph at `k` (alone
    /// before heads) follows a row owned indirectly with no nature, and
    /// after the heads comes a title that opens a row (a date after it): a
    /// text with no values of its own is no row, so it is the nature. Nil
    /// otherwise.
    func titleAfterHeads(natureAt k: Int, of sofar: RowFields) -> Int? {
        guard !wrapsCells, sofar.directIndirect?.text == "I", sofar.nature.isEmpty, paragraphs[k].isText,
              k + 1 < paragraphs.count, isHead(at: k + 1) else { return nil }
        var h = k + 1
        // Marks alone among the heads (a wrapped text's last line drawn apart) are no cell of either row:
        // the caller leaves them out and reports them (``marksAmongHeads(after:upTo:)``).
        while h < paragraphs.count, isHead(at: h) || CellStream.isLooseMarks(paragraphs[h]) && h + 1 < paragraphs.count
            && (isHead(at: h + 1) || CellStream.isLooseMarks(paragraphs[h + 1])) { h += 1 }
        guard h < paragraphs.count, paragraphs[h].isText, paragraphs[h].opensWithText, startsRow(at: h) || startsHolding(at: h) else { return nil }
        return h
    }

    /// "Common Stock" / "241,084" / "I": in Table I, a text followed by one
    /// figure (with or without marks) and a D/I letter, each a cell of its
    /// own, opens a holding as surely as a date opens a transaction: a
    /// nature has no values of its own.
    func startsHolding(at h: Int) -> Bool {
        guard !kind.derivative, h + 2 < paragraphs.count, paragraphs[h].isText, paragraphs[h].opensWithText,
              paragraphs[h + 1].tokens.count == 1, paragraphs[h + 1].tokens[0].kind == .number,
              paragraphs[h + 2].tokens.count == 1, case let di = paragraphs[h + 2].tokens[0], di.kind == .letter,
              di.text == "D" || di.text == "I" else { return false }
        return true
    }

    /// "… Partners XII, L.P.(2)(3)" / a new page's heads / "(3)" / "(3)" /
    /// heads / "Series C Preferred Stock": the footnote marks alone between
    /// the heads a nature was read across (see ``titleAfterHeads(natureAt:of:)``).
    /// Which wrapped text they end the text does not say, so they are left
    /// out and reported (``reportLooseMarks(_:in:)``).
    func marksAmongHeads(after k: Int, upTo h: Int) -> [LooseToken] {
        paragraphs[(k + 1)..<h].filter { CellStream.isLooseMarks($0) }.flatMap(\.tokens)
    }

    /// The doubt the row above is told when it takes such a nature.
    func natureAcrossHeadsWarning(_ nature: Paragraph) -> EncodeWarning? {
        guard let first = nature.tokens.first else { return nil }
        return EncodeWarning(rule: "ENC-ROW-SPLIT",
                             message: "'\(RowBuilder.text(Array(nature.tokens.prefix(4))))', alone before column heads printed again, was read as the nature of ownership of the row above (owned indirectly, with no other nature), not as a row",
                             line: first.line, column: first.column)
    }
}
