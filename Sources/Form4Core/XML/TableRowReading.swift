/// A table row ``TreeReader`` fills field by field, for all four row kinds:
/// a kind's own fields are its stored properties; a field the kind lacks reads
/// nil and drops what is set, as converting from the superset row did.
///
/// Lets the reader build each kind of row in place, where reading into a
/// `DerivativeTransaction` and converting it copied every row once more.
/// The reader still reads (and reports on) an element out of place for its
/// row; the schema is what reports the misplacement.
protocol TableRowReading {
    init()
    var securityTitle: Footnoted<String>? { get set }
    var conversionOrExercisePrice: Footnoted<DecimalText>? { get set }
    var transactionDate: Footnoted<DateText>? { get set }
    var deemedExecutionDate: Footnoted<DateText>? { get set }
    var transactionCoding: TransactionCoding? { get set }
    var transactionTimeliness: Footnoted<String>? { get set }
    var transactionAmounts: TransactionAmounts? { get set }
    var exerciseDate: Footnoted<DateText>? { get set }
    var expirationDate: Footnoted<DateText>? { get set }
    var underlyingSecurity: UnderlyingSecurity? { get set }
    var postTransactionAmounts: PostTransactionAmounts? { get set }
    var ownershipNature: OwnershipNature? { get set }
}

extension DerivativeTransaction: TableRowReading {
    init() { self.init(securityTitle: nil) }
}

extension DerivativeHolding: TableRowReading {
    init() { self.init(securityTitle: nil) }
    var transactionDate: Footnoted<DateText>? { get { nil } set {} }
    var deemedExecutionDate: Footnoted<DateText>? { get { nil } set {} }
    var transactionTimeliness: Footnoted<String>? { get { nil } set {} }
    var transactionAmounts: TransactionAmounts? { get { nil } set {} }
}

extension NonDerivativeTransaction: TableRowReading {
    init() { self.init(securityTitle: nil) }
    var conversionOrExercisePrice: Footnoted<DecimalText>? { get { nil } set {} }
    var exerciseDate: Footnoted<DateText>? { get { nil } set {} }
    var expirationDate: Footnoted<DateText>? { get { nil } set {} }
    var underlyingSecurity: UnderlyingSecurity? { get { nil } set {} }
}

extension NonDerivativeHolding: TableRowReading {
    init() { self.init(securityTitle: nil) }
    var conversionOrExercisePrice: Footnoted<DecimalText>? { get { nil } set {} }
    var transactionDate: Footnoted<DateText>? { get { nil } set {} }
    var deemedExecutionDate: Footnoted<DateText>? { get { nil } set {} }
    var transactionTimeliness: Footnoted<String>? { get { nil } set {} }
    var transactionAmounts: TransactionAmounts? { get { nil } set {} }
    var exerciseDate: Footnoted<DateText>? { get { nil } set {} }
    var expirationDate: Footnoted<DateText>? { get { nil } set {} }
    var underlyingSecurity: UnderlyingSecurity? { get { nil } set {} }
}
