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
    mutating func misreadMarks() {
        let fields = footnotedFields()
        guard !fields.isEmpty else { return }
        var notes: [String: String] = [:]
        for f in document.footnotes { notes[f.id] = f.text }

        for field in fields where field.isAmount {
            for id in field.ids {
                guard let text = notes[id], let (low, high) = CrossChecks.range(in: text) else { continue }
                warn("ENC-FOOTNOTE-MISREAD",
                     "footnote \(id.dropFirst()) states a price range ($\(low.text)–$\(high.text)) but marks an amount here; the mark may be misread",
                     field.path)
            }
        }

    }

    /// Every value that cites footnotes: its path, the ids, and whether it is
    /// a number of shares.
    func footnotedFields() -> [(path: String, ids: [String], isAmount: Bool)] {
        var out: [(path: String, ids: [String], isAmount: Bool)] = []
        var row = ""
        func f<T>(_ v: Footnoted<T>?, _ sub: String, amount: Bool = false) {
            guard let v, !v.footnoteId.isEmpty else { return }
            out.append((row + "/" + sub, v.footnoteId, amount))
        }
        func codes(_ c: TransactionCoding?) {
            guard let ids = c?.footnoteId, !ids.isEmpty else { return }
            out.append((row + "/transactionCoding", ids, false))
        }
        func post(_ p: PostTransactionAmounts?) {
            f(p?.sharesOwnedFollowingTransaction, "postTransactionAmounts/sharesOwnedFollowingTransaction", amount: true)
            f(p?.valueOwnedFollowingTransaction, "postTransactionAmounts/valueOwnedFollowingTransaction")
        }
        func nature(_ n: OwnershipNature?) {
            f(n?.directOrIndirectOwnership, "ownershipNature/directOrIndirectOwnership")
            f(n?.natureOfOwnership, "ownershipNature/natureOfOwnership")
        }
        func underlying(_ u: UnderlyingSecurity?) {
            f(u?.underlyingSecurityTitle, "underlyingSecurity/underlyingSecurityTitle")
            f(u?.underlyingSecurityShares, "underlyingSecurity/underlyingSecurityShares", amount: true)
            f(u?.underlyingSecurityValue, "underlyingSecurity/underlyingSecurityValue")
        }
        let root = CrossChecks.root
        for (k, r) in (document.nonDerivativeTable?.nonDerivativeTransaction ?? []).enumerated() {
            row = "\(root)/nonDerivativeTable/nonDerivativeTransaction[\(k + 1)]"
            f(r.securityTitle, "securityTitle"); f(r.transactionDate, "transactionDate")
            f(r.deemedExecutionDate, "deemedExecutionDate"); codes(r.transactionCoding)
            f(r.transactionAmounts?.transactionShares, "transactionAmounts/transactionShares", amount: true)
            f(r.transactionAmounts?.transactionPricePerShare, "transactionAmounts/transactionPricePerShare")
            f(r.transactionAmounts?.transactionAcquiredDisposedCode, "transactionAmounts/transactionAcquiredDisposedCode")
            post(r.postTransactionAmounts); nature(r.ownershipNature)
        }
        for (k, r) in (document.nonDerivativeTable?.nonDerivativeHolding ?? []).enumerated() {
            row = "\(root)/nonDerivativeTable/nonDerivativeHolding[\(k + 1)]"
            f(r.securityTitle, "securityTitle"); post(r.postTransactionAmounts); nature(r.ownershipNature)
        }
        for (k, r) in (document.derivativeTable?.derivativeTransaction ?? []).enumerated() {
            row = "\(root)/derivativeTable/derivativeTransaction[\(k + 1)]"
            f(r.securityTitle, "securityTitle"); f(r.conversionOrExercisePrice, "conversionOrExercisePrice")
            f(r.transactionDate, "transactionDate"); f(r.deemedExecutionDate, "deemedExecutionDate")
            codes(r.transactionCoding)
            f(r.transactionAmounts?.transactionShares, "transactionAmounts/transactionShares", amount: true)
            f(r.transactionAmounts?.transactionTotalValue, "transactionAmounts/transactionTotalValue")
            f(r.transactionAmounts?.transactionPricePerShare, "transactionAmounts/transactionPricePerShare")
            f(r.transactionAmounts?.transactionAcquiredDisposedCode, "transactionAmounts/transactionAcquiredDisposedCode")
            f(r.exerciseDate, "exerciseDate"); f(r.expirationDate, "expirationDate")
            underlying(r.underlyingSecurity); post(r.postTransactionAmounts); nature(r.ownershipNature)
        }
        for (k, r) in (document.derivativeTable?.derivativeHolding ?? []).enumerated() {
            row = "\(root)/derivativeTable/derivativeHolding[\(k + 1)]"
            f(r.securityTitle, "securityTitle"); f(r.conversionOrExercisePrice, "conversionOrExercisePrice")
            f(r.exerciseDate, "exerciseDate"); f(r.expirationDate, "expirationDate")
            underlying(r.underlyingSecurity); post(r.postTransactionAmounts); nature(r.ownershipNature)
        }
        return out
    }
}
