import Form4Core

/// One table row of any of the four kinds (Table I/II, transaction/holding),
/// seen as the superset of their fields.
///
/// The canonical text lays out all four kinds as pipe tables whose columns are
/// named by their headers; going through one shape lets the renderer and the
/// reader share a single cell codec instead of four copies of it.
struct CanonicalRow: Equatable {
    var securityTitle: Footnoted<String>?
    var conversionOrExercisePrice: Footnoted<DecimalText>?
    var transactionDate: Footnoted<DateText>?
    var deemedExecutionDate: Footnoted<DateText>?
    var transactionCoding: TransactionCoding?
    var transactionTimeliness: Footnoted<String>?
    var transactionAmounts: TransactionAmounts?
    var exerciseDate: Footnoted<DateText>?
    var expirationDate: Footnoted<DateText>?
    var underlyingSecurity: UnderlyingSecurity?
    var postTransactionAmounts: PostTransactionAmounts?
    var ownershipNature: OwnershipNature?

    init() {}

    init(_ r: NonDerivativeTransaction) {
        securityTitle = r.securityTitle
        transactionDate = r.transactionDate
        deemedExecutionDate = r.deemedExecutionDate
        transactionCoding = r.transactionCoding
        transactionTimeliness = r.transactionTimeliness
        transactionAmounts = r.transactionAmounts
        postTransactionAmounts = r.postTransactionAmounts
        ownershipNature = r.ownershipNature
    }

    init(_ r: NonDerivativeHolding) {
        securityTitle = r.securityTitle
        transactionCoding = r.transactionCoding
        postTransactionAmounts = r.postTransactionAmounts
        ownershipNature = r.ownershipNature
    }

    init(_ r: DerivativeTransaction) {
        securityTitle = r.securityTitle
        conversionOrExercisePrice = r.conversionOrExercisePrice
        transactionDate = r.transactionDate
        deemedExecutionDate = r.deemedExecutionDate
        transactionCoding = r.transactionCoding
        transactionTimeliness = r.transactionTimeliness
        transactionAmounts = r.transactionAmounts
        exerciseDate = r.exerciseDate
        expirationDate = r.expirationDate
        underlyingSecurity = r.underlyingSecurity
        postTransactionAmounts = r.postTransactionAmounts
        ownershipNature = r.ownershipNature
    }

    init(_ r: DerivativeHolding) {
        securityTitle = r.securityTitle
        conversionOrExercisePrice = r.conversionOrExercisePrice
        transactionCoding = r.transactionCoding
        exerciseDate = r.exerciseDate
        expirationDate = r.expirationDate
        underlyingSecurity = r.underlyingSecurity
        postTransactionAmounts = r.postTransactionAmounts
        ownershipNature = r.ownershipNature
    }

    var nonDerivativeTransaction: NonDerivativeTransaction {
        NonDerivativeTransaction(securityTitle: securityTitle, transactionDate: transactionDate,
                                 deemedExecutionDate: deemedExecutionDate, transactionCoding: transactionCoding,
                                 transactionTimeliness: transactionTimeliness, transactionAmounts: transactionAmounts,
                                 postTransactionAmounts: postTransactionAmounts, ownershipNature: ownershipNature)
    }

    var nonDerivativeHolding: NonDerivativeHolding {
        NonDerivativeHolding(securityTitle: securityTitle, transactionCoding: transactionCoding,
                             postTransactionAmounts: postTransactionAmounts, ownershipNature: ownershipNature)
    }

    var derivativeTransaction: DerivativeTransaction {
        DerivativeTransaction(securityTitle: securityTitle, conversionOrExercisePrice: conversionOrExercisePrice,
                              transactionDate: transactionDate, deemedExecutionDate: deemedExecutionDate,
                              transactionCoding: transactionCoding, transactionTimeliness: transactionTimeliness,
                              transactionAmounts: transactionAmounts, exerciseDate: exerciseDate,
                              expirationDate: expirationDate, underlyingSecurity: underlyingSecurity,
                              postTransactionAmounts: postTransactionAmounts, ownershipNature: ownershipNature)
    }

    var derivativeHolding: DerivativeHolding {
        DerivativeHolding(securityTitle: securityTitle, conversionOrExercisePrice: conversionOrExercisePrice,
                          transactionCoding: transactionCoding, exerciseDate: exerciseDate,
                          expirationDate: expirationDate, underlyingSecurity: underlyingSecurity,
                          postTransactionAmounts: postTransactionAmounts, ownershipNature: ownershipNature)
    }
}

/// Which of the four row kinds a sub-table holds; also its XPath step.
enum CanonicalRowKind: String, CaseIterable {
    case nonDerivativeTransaction, nonDerivativeHolding, derivativeTransaction, derivativeHolding

    var isDerivative: Bool { self == .derivativeTransaction || self == .derivativeHolding }
    var isTransaction: Bool { self == .nonDerivativeTransaction || self == .derivativeTransaction }
    var tablePath: String { isDerivative ? "/ownershipDocument/derivativeTable" : "/ownershipDocument/nonDerivativeTable" }
}
