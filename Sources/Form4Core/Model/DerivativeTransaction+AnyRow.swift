/// A derivative transaction has every field that any of the four kinds of
/// table row has, so it serves as the one shape for code that treats rows
/// alike (the reader, the rules, the canonical text). These conversions are
/// the only place that knows which fields each kind keeps.
extension DerivativeTransaction {
    public init(_ row: NonDerivativeTransaction) {
        self.init(securityTitle: row.securityTitle, transactionDate: row.transactionDate,
                  deemedExecutionDate: row.deemedExecutionDate, transactionCoding: row.transactionCoding,
                  transactionTimeliness: row.transactionTimeliness, transactionAmounts: row.transactionAmounts,
                  postTransactionAmounts: row.postTransactionAmounts, ownershipNature: row.ownershipNature)
    }

    public init(_ row: NonDerivativeHolding) {
        self.init(securityTitle: row.securityTitle, transactionCoding: row.transactionCoding,
                  postTransactionAmounts: row.postTransactionAmounts, ownershipNature: row.ownershipNature)
    }

    public init(_ row: DerivativeHolding) {
        self.init(securityTitle: row.securityTitle, conversionOrExercisePrice: row.conversionOrExercisePrice,
                  transactionCoding: row.transactionCoding, exerciseDate: row.exerciseDate,
                  expirationDate: row.expirationDate, underlyingSecurity: row.underlyingSecurity,
                  postTransactionAmounts: row.postTransactionAmounts, ownershipNature: row.ownershipNature)
    }

    /// The fields a Table I transaction keeps; the others are dropped.
    public var nonDerivativeTransaction: NonDerivativeTransaction {
        NonDerivativeTransaction(securityTitle: securityTitle, transactionDate: transactionDate,
                                 deemedExecutionDate: deemedExecutionDate, transactionCoding: transactionCoding,
                                 transactionTimeliness: transactionTimeliness, transactionAmounts: transactionAmounts,
                                 postTransactionAmounts: postTransactionAmounts, ownershipNature: ownershipNature)
    }

    /// The fields a Table I holding keeps.
    public var nonDerivativeHolding: NonDerivativeHolding {
        NonDerivativeHolding(securityTitle: securityTitle, transactionCoding: transactionCoding,
                             postTransactionAmounts: postTransactionAmounts, ownershipNature: ownershipNature)
    }

    /// The fields a Table II holding keeps.
    public var derivativeHolding: DerivativeHolding {
        DerivativeHolding(securityTitle: securityTitle, conversionOrExercisePrice: conversionOrExercisePrice,
                          transactionCoding: transactionCoding, exerciseDate: exerciseDate,
                          expirationDate: expirationDate, underlyingSecurity: underlyingSecurity,
                          postTransactionAmounts: postTransactionAmounts, ownershipNature: ownershipNature)
    }
}
