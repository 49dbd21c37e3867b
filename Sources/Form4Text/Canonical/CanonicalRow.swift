import Form4Core

/// One table row of any of the four kinds (Table I/II, transaction/holding),
/// seen as the superset of their fields.
///
/// The canonical text lays out all four kinds as pipe tables whose columns are
/// named by their headers; going through one shape lets the renderer and the
/// reader share a single cell codec instead of four copies of it.
typealias CanonicalRow = DerivativeTransaction

extension DerivativeTransaction {
    /// Itself, in and out: lets the canonical codec treat all four kinds alike.
    init(_ row: DerivativeTransaction) { self = row }
    var derivativeTransaction: DerivativeTransaction { self }
}

/// Which of the four row kinds a sub-table holds; also its XPath step.
enum CanonicalRowKind: String, CaseIterable {
    case nonDerivativeTransaction, nonDerivativeHolding, derivativeTransaction, derivativeHolding

    var isDerivative: Bool { self == .derivativeTransaction || self == .derivativeHolding }
    var isTransaction: Bool { self == .nonDerivativeTransaction || self == .derivativeTransaction }
    var tablePath: String { isDerivative ? "/ownershipDocument/derivativeTable" : "/ownershipDocument/nonDerivativeTable" }
}
