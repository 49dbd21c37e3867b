import Form4Core

/// The table's own cross-checks, counted on rows as tokens, so that the
/// reading column by column is taken only where it breaks no more of them
/// than the usual reading: the amount owned after each transaction (the
/// owned before, plus an acquisition or minus a disposal, for the same
/// security, D/I and nature) and the (A)/(D) letter against the code (a sale
/// or a tax withholding is a disposal, a purchase an acquisition).
extension CellStream {
    func crossCheckDoubts(_ rows: [TableLines.Row]) -> Int {
        var doubts = 0
        var lastOwned: [String: DecimalText] = [:]
        for row in rows {
            let f = fields(row.anchor)
            let code = f.code?.text, ad = f.acquiredDisposed?.text
            if ad == "A" && (code == "S" || code == "F") || ad == "D" && code == "P" { doubts += 1 }
            guard let owned = f.owned.flatMap({ CellStream.decimal($0.text) }) else { continue }
            // The marks are part of the key: "See Footnote(4)" and "See Footnote(5)" are two owners.
            let key = [RowBuilder.text(f.title), f.title.flatMap(\.footnotes).joined(separator: ","), f.directIndirect?.text ?? "",
                       RowBuilder.text(f.nature), f.nature.flatMap(\.footnotes).joined(separator: ",")].joined(separator: "|")
            if f.isTransaction, let before = lastOwned[key], let amount = f.amount.flatMap({ CellStream.decimal($0.text) }), let ad {
                let expected = ad == "A" ? DecimalArithmetic.add(before, amount) : DecimalArithmetic.subtract(before, amount)
                if DecimalArithmetic.compare(expected.canonical, owned.canonical) != 0 { doubts += 1 }
            }
            lastOwned[key] = owned
        }
        return doubts
    }

    /// "1,254,486" as exact decimal text: thousands commas dropped, nothing else changed.
    static func decimal(_ text: String) -> DecimalText? {
        DecimalText(text.filter { $0 != "," })
    }
}
