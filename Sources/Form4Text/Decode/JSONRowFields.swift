import Form4Core

/// The fields of a table row as ``JSONRenderer`` reads them, for all four row
/// kinds: a kind's own fields are its stored properties, the others read nil.
///
/// Lets the renderer write each kind of row in place, where converting it to
/// the superset `DerivativeTransaction` first copied the whole row.
protocol JSONRowFields {
    var securityTitle: Footnoted<String>? { get }
    var conversionOrExercisePrice: Footnoted<DecimalText>? { get }
    var transactionDate: Footnoted<DateText>? { get }
    var deemedExecutionDate: Footnoted<DateText>? { get }
    var transactionCoding: TransactionCoding? { get }
    var transactionTimeliness: Footnoted<String>? { get }
    var transactionAmounts: TransactionAmounts? { get }
    var exerciseDate: Footnoted<DateText>? { get }
    var expirationDate: Footnoted<DateText>? { get }
    var underlyingSecurity: UnderlyingSecurity? { get }
    var postTransactionAmounts: PostTransactionAmounts? { get }
    var ownershipNature: OwnershipNature? { get }
}

extension DerivativeTransaction: JSONRowFields {}

extension DerivativeHolding: JSONRowFields {
    var transactionDate: Footnoted<DateText>? { nil }
    var deemedExecutionDate: Footnoted<DateText>? { nil }
    var transactionTimeliness: Footnoted<String>? { nil }
    var transactionAmounts: TransactionAmounts? { nil }
}

extension NonDerivativeTransaction: JSONRowFields {
    var conversionOrExercisePrice: Footnoted<DecimalText>? { nil }
    var exerciseDate: Footnoted<DateText>? { nil }
    var expirationDate: Footnoted<DateText>? { nil }
    var underlyingSecurity: UnderlyingSecurity? { nil }
}

extension NonDerivativeHolding: JSONRowFields {
    var conversionOrExercisePrice: Footnoted<DecimalText>? { nil }
    var transactionDate: Footnoted<DateText>? { nil }
    var deemedExecutionDate: Footnoted<DateText>? { nil }
    var transactionTimeliness: Footnoted<String>? { nil }
    var transactionAmounts: TransactionAmounts? { nil }
    var exerciseDate: Footnoted<DateText>? { nil }
    var expirationDate: Footnoted<DateText>? { nil }
    var underlyingSecurity: UnderlyingSecurity? { nil }
}
