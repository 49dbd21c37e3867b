/// A field that references footnotes, with its XPath and the ids it names in
/// the order written. Footnote rules read these rather than walking the model.
///
/// The paths are assembled only when asked (when a rule reports on the field):
/// building a string for every field of every row cost more than all the checks.
public struct FootnoteReferenceSite: Sendable {
    /// The kind of row, and its 0-based rank among rows of that kind.
    let kind: TableRow.Kind
    let index: Int
    /// The field's path below the row (`transactionAmounts/transactionShares`).
    public var relative: String
    public var footnoteId: [String]

    init(kind: TableRow.Kind, index: Int, relative: String, footnoteId: [String]) {
        self.kind = kind
        self.index = index
        self.relative = relative
        self.footnoteId = footnoteId
    }

    /// The row's XPath (`/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]`).
    public var rowPath: String { kind.path(index) }

    public var path: String { rowPath + "/" + relative }

    /// The XPath of the `index`-th (0-based) reference of this field.
    func referencePath(_ index: Int) -> String { "\(path)/footnoteId[\(index + 1)]" }

    /// Appends the fields of a row (of `kind`, the `index`-th of its kind) that
    /// can carry footnotes, in schema order; fields absent from the row are skipped.
    static func append(_ kind: TableRow.Kind, _ index: Int, _ fields: DerivativeTransaction,
                       to sites: inout [FootnoteReferenceSite]) {
        func add(_ footnoteId: [String]?, _ relative: String) {
            if let footnoteId { sites.append(FootnoteReferenceSite(kind: kind, index: index, relative: relative, footnoteId: footnoteId)) }
        }
        add(fields.securityTitle?.footnoteId, "securityTitle")
        add(fields.conversionOrExercisePrice?.footnoteId, "conversionOrExercisePrice")
        add(fields.transactionDate?.footnoteId, "transactionDate")
        add(fields.deemedExecutionDate?.footnoteId, "deemedExecutionDate")
        add(fields.transactionCoding?.footnoteId, "transactionCoding")
        add(fields.transactionTimeliness?.footnoteId, "transactionTimeliness")
        if let amounts = fields.transactionAmounts {
            add(amounts.transactionShares?.footnoteId, "transactionAmounts/transactionShares")
            add(amounts.transactionTotalValue?.footnoteId, "transactionAmounts/transactionTotalValue")
            add(amounts.transactionPricePerShare?.footnoteId, "transactionAmounts/transactionPricePerShare")
            add(amounts.transactionAcquiredDisposedCode?.footnoteId, "transactionAmounts/transactionAcquiredDisposedCode")
        }
        add(fields.exerciseDate?.footnoteId, "exerciseDate")
        add(fields.expirationDate?.footnoteId, "expirationDate")
        if let underlying = fields.underlyingSecurity {
            add(underlying.underlyingSecurityTitle?.footnoteId, "underlyingSecurity/underlyingSecurityTitle")
            add(underlying.underlyingSecurityShares?.footnoteId, "underlyingSecurity/underlyingSecurityShares")
            add(underlying.underlyingSecurityValue?.footnoteId, "underlyingSecurity/underlyingSecurityValue")
        }
        if let post = fields.postTransactionAmounts {
            add(post.sharesOwnedFollowingTransaction?.footnoteId, "postTransactionAmounts/sharesOwnedFollowingTransaction")
            add(post.valueOwnedFollowingTransaction?.footnoteId, "postTransactionAmounts/valueOwnedFollowingTransaction")
        }
        if let nature = fields.ownershipNature {
            add(nature.directOrIndirectOwnership?.footnoteId, "ownershipNature/directOrIndirectOwnership")
            add(nature.natureOfOwnership?.footnoteId, "ownershipNature/natureOfOwnership")
        }
    }
}

extension TableRow {
    /// The fields of this row that can carry footnotes, in schema order, with
    /// their paths. Fields absent from the row are skipped.
    var footnoteSites: [FootnoteReferenceSite] {
        var sites: [FootnoteReferenceSite] = []
        FootnoteReferenceSite.append(kind, index, fields, to: &sites)
        return sites
    }

    /// The decimal fields of this row, with their paths relative to the row.
    var decimalFields: [(relative: String, field: Footnoted<DecimalText>)] {
        var found: [(String, Footnoted<DecimalText>)] = []
        func add(_ field: Footnoted<DecimalText>?, _ relative: String) {
            if let field { found.append((relative, field)) }
        }
        add(fields.conversionOrExercisePrice, "conversionOrExercisePrice")
        add(fields.transactionAmounts?.transactionShares, "transactionAmounts/transactionShares")
        add(fields.transactionAmounts?.transactionTotalValue, "transactionAmounts/transactionTotalValue")
        add(fields.transactionAmounts?.transactionPricePerShare, "transactionAmounts/transactionPricePerShare")
        add(fields.underlyingSecurity?.underlyingSecurityShares, "underlyingSecurity/underlyingSecurityShares")
        add(fields.underlyingSecurity?.underlyingSecurityValue, "underlyingSecurity/underlyingSecurityValue")
        add(fields.postTransactionAmounts?.sharesOwnedFollowingTransaction, "postTransactionAmounts/sharesOwnedFollowingTransaction")
        add(fields.postTransactionAmounts?.valueOwnedFollowingTransaction, "postTransactionAmounts/valueOwnedFollowingTransaction")
        return found
    }
}

extension OwnershipDocument {
    /// Every field of the document that can reference footnotes, in document order.
    ///
    /// Read off the rows directly, with no ``TableRow`` objects or per-row arrays.
    public var footnoteSites: [FootnoteReferenceSite] {
        var sites: [FootnoteReferenceSite] = []
        if let table = nonDerivativeTable {
            for (i, row) in table.nonDerivativeTransaction.enumerated() {
                FootnoteReferenceSite.append(.nonDerivativeTransaction, i, DerivativeTransaction(row), to: &sites)
            }
            for (i, row) in table.nonDerivativeHolding.enumerated() {
                FootnoteReferenceSite.append(.nonDerivativeHolding, i, DerivativeTransaction(row), to: &sites)
            }
        }
        if let table = derivativeTable {
            for (i, row) in table.derivativeTransaction.enumerated() {
                FootnoteReferenceSite.append(.derivativeTransaction, i, row, to: &sites)
            }
            for (i, row) in table.derivativeHolding.enumerated() {
                FootnoteReferenceSite.append(.derivativeHolding, i, DerivativeTransaction(row), to: &sites)
            }
        }
        return sites
    }
}
