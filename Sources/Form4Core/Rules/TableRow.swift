/// One row of either table seen through a single shape, so that a rule about
/// rows (ownership nature, decimals, footnotes) is written once rather than
/// four times. Fields a kind of row does not have are nil.
///
/// A class, because rules loop over the rows many times and copying a struct
/// of this many fields (and retaining each) cost more than the checks.
final class TableRow {
    enum Kind: String {
        case nonDerivativeTransaction, nonDerivativeHolding, derivativeTransaction, derivativeHolding
    }

    let kind: Kind
    /// The row's XPath: `/ownershipDocument/derivativeTable/derivativeHolding[2]`.
    let path: String
    let securityTitle: Footnoted<String>?
    let conversionOrExercisePrice: Footnoted<DecimalText>?
    let transactionDate: Footnoted<DateText>?
    let deemedExecutionDate: Footnoted<DateText>?
    let transactionCoding: TransactionCoding?
    let transactionTimeliness: Footnoted<String>?
    let transactionAmounts: TransactionAmounts?
    let exerciseDate: Footnoted<DateText>?
    let expirationDate: Footnoted<DateText>?
    let underlyingSecurity: UnderlyingSecurity?
    let postTransactionAmounts: PostTransactionAmounts?
    let ownershipNature: OwnershipNature?

    init(
        kind: Kind,
        path: String,
        securityTitle: Footnoted<String>? = nil,
        conversionOrExercisePrice: Footnoted<DecimalText>? = nil,
        transactionDate: Footnoted<DateText>? = nil,
        deemedExecutionDate: Footnoted<DateText>? = nil,
        transactionCoding: TransactionCoding? = nil,
        transactionTimeliness: Footnoted<String>? = nil,
        transactionAmounts: TransactionAmounts? = nil,
        exerciseDate: Footnoted<DateText>? = nil,
        expirationDate: Footnoted<DateText>? = nil,
        underlyingSecurity: UnderlyingSecurity? = nil,
        postTransactionAmounts: PostTransactionAmounts? = nil,
        ownershipNature: OwnershipNature? = nil
    ) {
        self.kind = kind
        self.path = path
        self.securityTitle = securityTitle
        self.conversionOrExercisePrice = conversionOrExercisePrice
        self.transactionDate = transactionDate
        self.deemedExecutionDate = deemedExecutionDate
        self.transactionCoding = transactionCoding
        self.transactionTimeliness = transactionTimeliness
        self.transactionAmounts = transactionAmounts
        self.exerciseDate = exerciseDate
        self.expirationDate = expirationDate
        self.underlyingSecurity = underlyingSecurity
        self.postTransactionAmounts = postTransactionAmounts
        self.ownershipNature = ownershipNature
    }

    var isTransaction: Bool { kind == .nonDerivativeTransaction || kind == .derivativeTransaction }
    var isDerivative: Bool { kind == .derivativeTransaction || kind == .derivativeHolding }
    /// The element name of the row, for messages.
    var name: String { kind.rawValue }
}

extension OwnershipDocument {
    /// Every row of both tables: Table I transactions then holdings, Table II
    /// transactions then holdings (the order the model keeps them in).
    var tableRows: [TableRow] {
        var rows: [TableRow] = []
        let table1 = RulePath.root + "/nonDerivativeTable"
        let table2 = RulePath.root + "/derivativeTable"
        for (i, t) in (nonDerivativeTable?.nonDerivativeTransaction ?? []).enumerated() {
            rows.append(TableRow(
                kind: .nonDerivativeTransaction, path: "\(table1)/nonDerivativeTransaction[\(i + 1)]",
                securityTitle: t.securityTitle, transactionDate: t.transactionDate,
                deemedExecutionDate: t.deemedExecutionDate, transactionCoding: t.transactionCoding,
                transactionTimeliness: t.transactionTimeliness, transactionAmounts: t.transactionAmounts,
                postTransactionAmounts: t.postTransactionAmounts, ownershipNature: t.ownershipNature))
        }
        for (i, h) in (nonDerivativeTable?.nonDerivativeHolding ?? []).enumerated() {
            rows.append(TableRow(
                kind: .nonDerivativeHolding, path: "\(table1)/nonDerivativeHolding[\(i + 1)]",
                securityTitle: h.securityTitle, transactionCoding: h.transactionCoding,
                postTransactionAmounts: h.postTransactionAmounts, ownershipNature: h.ownershipNature))
        }
        for (i, t) in (derivativeTable?.derivativeTransaction ?? []).enumerated() {
            rows.append(TableRow(
                kind: .derivativeTransaction, path: "\(table2)/derivativeTransaction[\(i + 1)]",
                securityTitle: t.securityTitle, conversionOrExercisePrice: t.conversionOrExercisePrice,
                transactionDate: t.transactionDate, deemedExecutionDate: t.deemedExecutionDate,
                transactionCoding: t.transactionCoding, transactionTimeliness: t.transactionTimeliness,
                transactionAmounts: t.transactionAmounts, exerciseDate: t.exerciseDate,
                expirationDate: t.expirationDate, underlyingSecurity: t.underlyingSecurity,
                postTransactionAmounts: t.postTransactionAmounts, ownershipNature: t.ownershipNature))
        }
        for (i, h) in (derivativeTable?.derivativeHolding ?? []).enumerated() {
            rows.append(TableRow(
                kind: .derivativeHolding, path: "\(table2)/derivativeHolding[\(i + 1)]",
                securityTitle: h.securityTitle, conversionOrExercisePrice: h.conversionOrExercisePrice,
                transactionCoding: h.transactionCoding, exerciseDate: h.exerciseDate,
                expirationDate: h.expirationDate, underlyingSecurity: h.underlyingSecurity,
                postTransactionAmounts: h.postTransactionAmounts, ownershipNature: h.ownershipNature))
        }
        return rows
    }
}
