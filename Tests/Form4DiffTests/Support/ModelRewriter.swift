import Form4Core

/// Rewrites every footnoted field of a document: its decimals and its
/// footnote ids. Variants that change only the form of a filing (padded
/// decimals, renumbered footnotes) are made with it.
struct ModelRewriter {
    var decimal: (DecimalText) -> DecimalText = { $0 }
    var footnoteId: (String) -> String = { $0 }

    func rewrite(_ document: OwnershipDocument) -> OwnershipDocument {
        var d = document
        d.footnotes = d.footnotes.map { Footnote(id: footnoteId($0.id), text: $0.text) }
        if var t = d.nonDerivativeTable {
            t.nonDerivativeTransaction = t.nonDerivativeTransaction.map { r in
                var r = r
                r.securityTitle = ids(r.securityTitle)
                r.transactionDate = ids(r.transactionDate)
                r.deemedExecutionDate = ids(r.deemedExecutionDate)
                r.transactionCoding = coding(r.transactionCoding)
                r.transactionTimeliness = ids(r.transactionTimeliness)
                r.transactionAmounts = amounts(r.transactionAmounts)
                r.postTransactionAmounts = post(r.postTransactionAmounts)
                r.ownershipNature = nature(r.ownershipNature)
                return r
            }
            t.nonDerivativeHolding = t.nonDerivativeHolding.map { r in
                var r = r
                r.securityTitle = ids(r.securityTitle)
                r.transactionCoding = coding(r.transactionCoding)
                r.postTransactionAmounts = post(r.postTransactionAmounts)
                r.ownershipNature = nature(r.ownershipNature)
                return r
            }
            d.nonDerivativeTable = t
        }
        if var t = d.derivativeTable {
            t.derivativeTransaction = t.derivativeTransaction.map { r in
                var r = r
                r.securityTitle = ids(r.securityTitle)
                r.conversionOrExercisePrice = number(r.conversionOrExercisePrice)
                r.transactionDate = ids(r.transactionDate)
                r.deemedExecutionDate = ids(r.deemedExecutionDate)
                r.transactionCoding = coding(r.transactionCoding)
                r.transactionTimeliness = ids(r.transactionTimeliness)
                r.transactionAmounts = amounts(r.transactionAmounts)
                r.exerciseDate = ids(r.exerciseDate)
                r.expirationDate = ids(r.expirationDate)
                r.underlyingSecurity = underlying(r.underlyingSecurity)
                r.postTransactionAmounts = post(r.postTransactionAmounts)
                r.ownershipNature = nature(r.ownershipNature)
                return r
            }
            t.derivativeHolding = t.derivativeHolding.map { r in
                var r = r
                r.securityTitle = ids(r.securityTitle)
                r.conversionOrExercisePrice = number(r.conversionOrExercisePrice)
                r.transactionCoding = coding(r.transactionCoding)
                r.exerciseDate = ids(r.exerciseDate)
                r.expirationDate = ids(r.expirationDate)
                r.underlyingSecurity = underlying(r.underlyingSecurity)
                r.postTransactionAmounts = post(r.postTransactionAmounts)
                r.ownershipNature = nature(r.ownershipNature)
                return r
            }
            d.derivativeTable = t
        }
        return d
    }

    private func ids<T>(_ f: Footnoted<T>?) -> Footnoted<T>? {
        f.map { Footnoted($0.value, footnoteId: $0.footnoteId.map(footnoteId)) }
    }

    private func number(_ f: Footnoted<DecimalText>?) -> Footnoted<DecimalText>? {
        f.map { Footnoted($0.value.map(decimal), footnoteId: $0.footnoteId.map(footnoteId)) }
    }

    private func coding(_ c: TransactionCoding?) -> TransactionCoding? {
        c.map { c in
            var c = c
            c.footnoteId = c.footnoteId.map(footnoteId)
            return c
        }
    }

    private func amounts(_ a: TransactionAmounts?) -> TransactionAmounts? {
        a.map { a in
            TransactionAmounts(transactionShares: number(a.transactionShares),
                               transactionTotalValue: number(a.transactionTotalValue),
                               transactionPricePerShare: number(a.transactionPricePerShare),
                               transactionAcquiredDisposedCode: ids(a.transactionAcquiredDisposedCode))
        }
    }

    private func post(_ p: PostTransactionAmounts?) -> PostTransactionAmounts? {
        p.map { p in
            PostTransactionAmounts(sharesOwnedFollowingTransaction: number(p.sharesOwnedFollowingTransaction),
                                   valueOwnedFollowingTransaction: number(p.valueOwnedFollowingTransaction))
        }
    }

    private func nature(_ n: OwnershipNature?) -> OwnershipNature? {
        n.map { OwnershipNature(directOrIndirectOwnership: ids($0.directOrIndirectOwnership),
                                natureOfOwnership: ids($0.natureOfOwnership)) }
    }

    private func underlying(_ u: UnderlyingSecurity?) -> UnderlyingSecurity? {
        u.map { UnderlyingSecurity(underlyingSecurityTitle: ids($0.underlyingSecurityTitle),
                                   underlyingSecurityShares: number($0.underlyingSecurityShares),
                                   underlyingSecurityValue: number($0.underlyingSecurityValue)) }
    }
}
