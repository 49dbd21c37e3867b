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

    init(kind: Kind, path: String, fields r: DerivativeTransaction) {
        self.kind = kind
        self.path = path
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
        func add(_ kind: TableRow.Kind, _ table: String, _ fields: [DerivativeTransaction]) {
            for (i, row) in fields.enumerated() {
                rows.append(TableRow(kind: kind, path: "\(RulePath.root)/\(table)/\(kind.rawValue)[\(i + 1)]", fields: row))
            }
        }
        add(.nonDerivativeTransaction, "nonDerivativeTable",
            (nonDerivativeTable?.nonDerivativeTransaction ?? []).map(DerivativeTransaction.init))
        add(.nonDerivativeHolding, "nonDerivativeTable",
            (nonDerivativeTable?.nonDerivativeHolding ?? []).map(DerivativeTransaction.init))
        add(.derivativeTransaction, "derivativeTable", derivativeTable?.derivativeTransaction ?? [])
        add(.derivativeHolding, "derivativeTable",
            (derivativeTable?.derivativeHolding ?? []).map(DerivativeTransaction.init))
        return rows
    }
}
