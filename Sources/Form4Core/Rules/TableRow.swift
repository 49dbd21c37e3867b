/// One row of either table seen through a single shape, so that a rule about
/// rows (ownership nature, decimals, footnotes) is written once rather than
/// four times: the superset row (`DerivativeTransaction`), whose fields a kind
/// of row does not have are nil, read through as the row's own (`row.exerciseDate`).
///
/// A class, because rules loop over the rows many times and copying a struct
/// of this many fields (and retaining each) cost more than the checks.
@dynamicMemberLookup
final class TableRow {
    enum Kind: String {
        case nonDerivativeTransaction, nonDerivativeHolding, derivativeTransaction, derivativeHolding
    }

    let kind: Kind
    /// The row's XPath: `/ownershipDocument/derivativeTable/derivativeHolding[2]`.
    let path: String
    let fields: DerivativeTransaction

    init(kind: Kind, path: String, fields: DerivativeTransaction) {
        self.kind = kind
        self.path = path
        self.fields = fields
    }

    subscript<T>(dynamicMember field: KeyPath<DerivativeTransaction, T>) -> T { fields[keyPath: field] }

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
