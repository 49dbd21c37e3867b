/// A scanned form's table rules, read by OCR as "|", can land inside a text
/// cell: "Common | 30.825" over "Stock" puts the rule between the underlying
/// title's two words, which join as "Common | Stock". No title or nature in
/// the corpus holds a "|" standing alone between words, so such a bar is the
/// rule's, not the text's: it is left out, and reported with its line, since
/// the text beside a rule may have lost something too.
extension RowBuilder {
    /// `tokens` without each lone "|" that stands between two words of a text
    /// set in columns (a pipe table's bars never reach here as words: they cut
    /// its cells, so `cell` is then set). Each bar left out is reported.
    static func withoutRuleBetweenWords(_ tokens: [LooseToken], path: String, warnings: inout [EncodeWarning]) -> [LooseToken] {
        guard tokens.count >= 3 else { return tokens }
        func isWord(_ t: LooseToken) -> Bool {
            (t.kind == .word || t.kind == .letter) && t.text.contains(where: \.isLetter)
        }
        var out: [LooseToken] = []
        var copying = false
        // Each token asked in place, and copied only once a bar is left out (a
        // copy of every token, its strings retained and released, cost more than the test).
        for k in tokens.indices {
            if tokens[k].kind == .word, tokens[k].text == "|", tokens[k].footnotes.isEmpty, tokens[k].cell < 0,
               k > 0, k + 1 < tokens.count, isWord(tokens[k - 1]), isWord(tokens[k + 1]) {
                if !copying { out = Array(tokens[..<k]); copying = true }
                warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: "a lone '|' between '\(tokens[k - 1].text)' and '\(tokens[k + 1].text)' is a table rule OCR read into the text; left out",
                                              line: tokens[k].line, column: tokens[k].column, path: path))
                continue
            }
            if copying { out.append(tokens[k]) }
        }
        return copying ? out : tokens
    }
}
