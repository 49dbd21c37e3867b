/// "Common Stock" / "06/04/2021" / "M" / "11,424" / "A" / "$40.93" /
/// "Common Stock" / heads / "11,424" / "D" / "1,127,160" / "I" / "Estate
/// planning vehicles": a Table I whose column of amounts owned and D/I is
/// drawn after the title column. A transaction's cells up to its price,
/// then the title of the holding below it, then each row's amount owned
/// and D/I, then the holding's nature. Cut at titles, all of it is one row
/// whose nature swallows the figures.
extension CellStream {
    /// Splits such a row in two where it reads so and only so: the words
    /// after the transaction's price are a title followed by exactly two
    /// (amount owned, D/I) pairs and words only (the nature, given to the
    /// holding: the transaction's D/I must be D, so that no nature is
    /// left in doubt). Each part must read whole, the transaction as a
    /// transaction and the holding as a holding. Both rows are told.
    func splitHoldingTitleBeforeOwned(_ rows: inout [TableLines.Row]) {
        guard !kind.derivative, !wrapsCells else { return }
        var r = 0
        while r < rows.count {
            if let parts = holdingTitleBeforeOwned(rows[r]) {
                rows.replaceSubrange(r...r, with: parts)
                r += 2
            } else {
                r += 1
            }
        }
    }

    private func holdingTitleBeforeOwned(_ row: TableLines.Row) -> [TableLines.Row]? {
        let t = row.anchor
        let before = fields(t)
        // The row as read now: figures swallowed into its nature, or left over.
        guard before.nature.contains(where: \.isValue) || !before.extra.isEmpty,
              let date = t.firstIndex(where: { $0.kind == .date }),
              let w = t.indices.dropFirst(date + 1).first(where: { t[$0].kind == .word && (t[$0 - 1].isValue || t[$0 - 1].kind == .letter) })
        else { return nil }
        let title = t[w...].prefix { $0.kind == .word || $0.kind == .letter }
        let p = w + title.count
        guard p + 4 <= t.count, t[p].kind == .number, t[p + 1].kind == .letter, t[p + 1].text == "D",
              t[p + 2].kind == .number, t[p + 3].kind == .letter, ["D", "I"].contains(t[p + 3].text) else { return nil }
        let nature = t[(p + 4)...]
        guard nature.allSatisfy({ $0.kind == .word || $0.kind == .letter }),
              nature.isEmpty || t[p + 3].text == "I" else { return nil }
        let first = Array(t[..<w]) + [t[p], t[p + 1]]
        let second = Array(title) + [t[p + 2], t[p + 3]] + nature
        let f = fields(first), g = fields(second)
        func same(_ a: LooseToken?, _ b: LooseToken) -> Bool { a?.line == b.line && a?.column == b.column }
        guard f.isTransaction, f.price != nil, same(f.owned, t[p]), same(f.directIndirect, t[p + 1]), f.nature.isEmpty, f.extra.isEmpty,
              !g.isTransaction, same(g.owned, t[p + 2]), same(g.directIndirect, t[p + 3]), g.title.count == title.count,
              g.nature.count == nature.count, g.extra.isEmpty,
              swallowedFigures(first).isEmpty, swallowedFigures(second).isEmpty else { return nil }
        let lead = t[w]
        let message = "'\(RowBuilder.text(Array(title.prefix(6))))', drawn after the row's price and before the column of amounts owned, was taken as the title of a holding of its own: the first amount owned and D/I ('\(t[p].text) \(t[p + 1].text)') end the row above, the second ('\(t[p + 2].text) \(t[p + 3].text)') and what follows are the holding's"
        let told = EncodeWarning(rule: "ENC-ROW-SPLIT", message: message, line: lead.line, column: lead.column)
        let kept = row.warnings.filter { !$0.message.hasSuffix("rows may run together here") }
        return [TableLines.Row(anchor: first, above: [], below: [], warnings: kept + [told]),
                TableLines.Row(anchor: second, above: [], below: [], warnings: [told])]
    }
}
