/// Which of the two tables, on which form: the column order differs
/// (Form 3 has no transactions; its Table II puts the exercise price after
/// the underlying security).
struct TableKind: Sendable, Equatable {
    var derivative: Bool
    var form: Int
}

/// The fields of one table row, as tokens, before they become model values.
struct RowFields: Sendable {
    var title: [LooseToken] = []
    var conversion: LooseToken?
    var date: LooseToken?
    var deemed: LooseToken?
    var code: LooseToken?
    /// The V column's mark: the transaction was reported voluntarily (form type 5).
    var voluntary: LooseToken?
    var amount: LooseToken?
    var acquiredDisposed: LooseToken?
    var price: LooseToken?
    var owned: LooseToken?
    var directIndirect: LooseToken?
    var nature: [LooseToken] = []
    var exercise: [LooseToken] = []
    var expiration: [LooseToken] = []
    var underlyingTitle: [LooseToken] = []
    var underlyingShares: LooseToken?
    /// Values the grammar could not place.
    var extra: [LooseToken] = []
    var isTransaction = false
    /// The first line of the row in the input.
    var line: Int = 0
}
