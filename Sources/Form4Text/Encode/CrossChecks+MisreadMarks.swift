import Form4Core

extension CrossChecks {
    /// A footnote mark OCR misread as another number that exists ("(1)" read
    /// as "(2)") points at a real footnote, so nothing else contradicts it.
    /// One fact of real filings gives many of them away: a footnote that
    /// states a price range (a weighted average's) marks a price, never a
    /// number of shares; none of the 118 corpus filings with such a footnote
    /// puts it on an amount. Such a reference is reported on its value and kept.
    /// (Every corpus footnote is referenced too, but OCR loses marks far more
    /// often than it changes them: guessing which mark stood for an uncited
    /// footnote flagged mostly right values, so that is left to the
    /// ENC-FOOTNOTE-UNREFERENCED warning.)
    mutating func misreadMarks(_ sites: [FootnoteReferenceSite]) {
        guard !document.footnotes.isEmpty else { return }
        // Most fields cite no footnote: that is settled before their names are read.
        // (A footnote is read once, however many amounts and prices cite it: ``statedRange(_:)``.)
        for site in sites where !site.footnoteId.isEmpty && CrossChecks.isAmount(site.relative) {
            for id in site.footnoteId {
                guard let (low, high) = statedRange(id) else { continue }
                warn("ENC-FOOTNOTE-MISREAD",
                     "footnote \(id.dropFirst()) states a price range ($\(low.text)–$\(high.text)) but marks an amount here; the mark may be misread",
                     site.path)
            }
        }
    }

    /// A number of shares: the amount of a transaction, of the underlying
    /// security, or owned after it.
    static func isAmount(_ relative: String) -> Bool {
        relative.hasSuffix("Shares") || relative.hasSuffix("sharesOwnedFollowingTransaction")
    }
}
