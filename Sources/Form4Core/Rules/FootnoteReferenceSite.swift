/// A field that references footnotes, with its XPath and the ids it names in
/// the order written. Footnote rules read these rather than walking the model.
///
/// The path is assembled only when a rule reports on the field: building a
/// string for every field of every row cost more than all the checks.
public struct FootnoteReferenceSite: Sendable {
    /// The row's XPath (`/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]`).
    public var rowPath: String
    /// The field's path below the row (`transactionAmounts/transactionShares`).
    public var relative: String
    public var footnoteId: [String]

    public init(rowPath: String, relative: String, footnoteId: [String]) {
        self.rowPath = rowPath
        self.relative = relative
        self.footnoteId = footnoteId
    }

    public var path: String { rowPath + "/" + relative }

    /// The XPath of the `index`-th (0-based) reference of this field.
    func referencePath(_ index: Int) -> String { "\(path)/footnoteId[\(index + 1)]" }
}

extension TableRow {
    /// The fields of this row that can carry footnotes, in schema order, with
    /// their paths. Fields absent from the row are skipped.
    var footnoteSites: [FootnoteReferenceSite] {
        var sites: [FootnoteReferenceSite] = []
        func add<T>(_ field: Footnoted<T>?, _ relative: String) {
            if let field { sites.append(FootnoteReferenceSite(rowPath: path, relative: relative, footnoteId: field.footnoteId)) }
        }
        add(fields.securityTitle, "securityTitle")
        add(fields.conversionOrExercisePrice, "conversionOrExercisePrice")
        add(fields.transactionDate, "transactionDate")
        add(fields.deemedExecutionDate, "deemedExecutionDate")
        if let coding = fields.transactionCoding {
            sites.append(FootnoteReferenceSite(rowPath: path, relative: "transactionCoding", footnoteId: coding.footnoteId))
        }
        add(fields.transactionTimeliness, "transactionTimeliness")
        if let amounts = fields.transactionAmounts {
            add(amounts.transactionShares, "transactionAmounts/transactionShares")
            add(amounts.transactionTotalValue, "transactionAmounts/transactionTotalValue")
            add(amounts.transactionPricePerShare, "transactionAmounts/transactionPricePerShare")
            add(amounts.transactionAcquiredDisposedCode, "transactionAmounts/transactionAcquiredDisposedCode")
        }
        add(fields.exerciseDate, "exerciseDate")
        add(fields.expirationDate, "expirationDate")
        if let underlying = fields.underlyingSecurity {
            add(underlying.underlyingSecurityTitle, "underlyingSecurity/underlyingSecurityTitle")
            add(underlying.underlyingSecurityShares, "underlyingSecurity/underlyingSecurityShares")
            add(underlying.underlyingSecurityValue, "underlyingSecurity/underlyingSecurityValue")
        }
        if let post = fields.postTransactionAmounts {
            add(post.sharesOwnedFollowingTransaction, "postTransactionAmounts/sharesOwnedFollowingTransaction")
            add(post.valueOwnedFollowingTransaction, "postTransactionAmounts/valueOwnedFollowingTransaction")
        }
        if let nature = fields.ownershipNature {
            add(nature.directOrIndirectOwnership, "ownershipNature/directOrIndirectOwnership")
            add(nature.natureOfOwnership, "ownershipNature/natureOfOwnership")
        }
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
    public var footnoteSites: [FootnoteReferenceSite] {
        tableRows.flatMap(\.footnoteSites)
    }
}
