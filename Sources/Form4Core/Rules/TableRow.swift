/// One row of either table seen through a single shape, so that a rule about
/// rows (ownership nature, decimals, footnotes) is written once rather than
/// four times: the superset row (`DerivativeTransaction`), whose fields a kind
/// of row does not have are nil, read through as the row's own (`row.exerciseDate`).
///
/// A class, because rules loop over the rows many times and copying a struct
/// of this many fields (and retaining each) cost more than the checks.
@dynamicMemberLookup
final class TableRow {
    enum Kind: String, Sendable {
        case nonDerivativeTransaction, nonDerivativeHolding, derivativeTransaction, derivativeHolding

        /// The table element that holds rows of this kind.
        var table: String {
            self == .nonDerivativeTransaction || self == .nonDerivativeHolding ? "nonDerivativeTable" : "derivativeTable"
        }

        /// The XPath of the `index`-th (0-based) row of this kind.
        func path(_ index: Int) -> String { "\(RulePath.root)/\(table)/\(rawValue)[\(index + 1)]" }
    }

    let kind: Kind
    /// The row's 0-based rank among the rows of its kind.
    let index: Int
    let fields: DerivativeTransaction

    init(kind: Kind, index: Int, fields: DerivativeTransaction) {
        self.kind = kind
        self.index = index
        self.fields = fields
    }

    /// The row's XPath: `/ownershipDocument/derivativeTable/derivativeHolding[2]`.
    /// Made when asked, not with the row: most rows get no diagnostic, and
    /// interpolating a path for every row cost as much as the checks.
    var path: String { kind.path(index) }

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
        let table1 = nonDerivativeTable, table2 = derivativeTable
        rows.reserveCapacity((table1?.nonDerivativeTransaction.count ?? 0) + (table1?.nonDerivativeHolding.count ?? 0)
            + (table2?.derivativeTransaction.count ?? 0) + (table2?.derivativeHolding.count ?? 0))
        // Converted one row at a time, with no intermediate array per kind.
        if let table1 {
            for (i, row) in table1.nonDerivativeTransaction.enumerated() {
                rows.append(TableRow(kind: .nonDerivativeTransaction, index: i, fields: DerivativeTransaction(row)))
            }
            for (i, row) in table1.nonDerivativeHolding.enumerated() {
                rows.append(TableRow(kind: .nonDerivativeHolding, index: i, fields: DerivativeTransaction(row)))
            }
        }
        if let table2 {
            for (i, row) in table2.derivativeTransaction.enumerated() {
                rows.append(TableRow(kind: .derivativeTransaction, index: i, fields: row))
            }
            for (i, row) in table2.derivativeHolding.enumerated() {
                rows.append(TableRow(kind: .derivativeHolding, index: i, fields: DerivativeTransaction(row)))
            }
        }
        return rows
    }
}
