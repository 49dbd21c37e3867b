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

    /// True when this site's row is `offset` rows after `other`'s (before, for
    /// a negative offset) among rows of the same kind: checks that compare a
    /// field with the same field of the rows around it ask this without
    /// building either row's path.
    public func isRow(_ offset: Int, from other: FootnoteReferenceSite) -> Bool {
        kind == other.kind && index == other.index + offset
    }

    /// The XPath of the `index`-th (0-based) reference of this field.
    func referencePath(_ index: Int) -> String { "\(path)/footnoteId[\(index + 1)]" }

    /// Appends the fields of a row (of `kind`, the `index`-th of its kind) that
    /// can carry footnotes, in schema order; fields absent from the row are skipped.
    static func append(_ kind: TableRow.Kind, _ index: Int, _ fields: DerivativeTransaction,
                       to sites: inout [FootnoteReferenceSite]) {
        append(kind, index, securityTitle: fields.securityTitle,
               conversionOrExercisePrice: fields.conversionOrExercisePrice, transactionDate: fields.transactionDate,
               deemedExecutionDate: fields.deemedExecutionDate, transactionCoding: fields.transactionCoding,
               transactionTimeliness: fields.transactionTimeliness, transactionAmounts: fields.transactionAmounts,
               exerciseDate: fields.exerciseDate, expirationDate: fields.expirationDate,
               underlyingSecurity: fields.underlyingSecurity, postTransactionAmounts: fields.postTransactionAmounts,
               ownershipNature: fields.ownershipNature, to: &sites)
    }

    /// The same, from a row's fields one by one (nil for those its kind does
    /// not have): ``OwnershipDocument/footnoteSites`` reads each kind of row
    /// this way rather than converting every row into a ``DerivativeTransaction``
    /// first, which cost more than the appending.
    static func append(
        _ kind: TableRow.Kind, _ index: Int, securityTitle: Footnoted<String>?,
        conversionOrExercisePrice: Footnoted<DecimalText>? = nil, transactionDate: Footnoted<DateText>? = nil,
        deemedExecutionDate: Footnoted<DateText>? = nil, transactionCoding: TransactionCoding?,
        transactionTimeliness: Footnoted<String>? = nil, transactionAmounts: TransactionAmounts? = nil,
        exerciseDate: Footnoted<DateText>? = nil, expirationDate: Footnoted<DateText>? = nil,
        underlyingSecurity: UnderlyingSecurity? = nil, postTransactionAmounts: PostTransactionAmounts?,
        ownershipNature: OwnershipNature?, to sites: inout [FootnoteReferenceSite]
    ) {
        func add(_ footnoteId: [String]?, _ relative: String) {
            if let footnoteId { sites.append(FootnoteReferenceSite(kind: kind, index: index, relative: relative, footnoteId: footnoteId)) }
        }
        add(securityTitle?.footnoteId, "securityTitle")
        add(conversionOrExercisePrice?.footnoteId, "conversionOrExercisePrice")
        add(transactionDate?.footnoteId, "transactionDate")
        add(deemedExecutionDate?.footnoteId, "deemedExecutionDate")
        add(transactionCoding?.footnoteId, "transactionCoding")
        add(transactionTimeliness?.footnoteId, "transactionTimeliness")
        if let amounts = transactionAmounts {
            add(amounts.transactionShares?.footnoteId, "transactionAmounts/transactionShares")
            add(amounts.transactionTotalValue?.footnoteId, "transactionAmounts/transactionTotalValue")
            add(amounts.transactionPricePerShare?.footnoteId, "transactionAmounts/transactionPricePerShare")
            add(amounts.transactionAcquiredDisposedCode?.footnoteId, "transactionAmounts/transactionAcquiredDisposedCode")
        }
        add(exerciseDate?.footnoteId, "exerciseDate")
        add(expirationDate?.footnoteId, "expirationDate")
        if let underlying = underlyingSecurity {
            add(underlying.underlyingSecurityTitle?.footnoteId, "underlyingSecurity/underlyingSecurityTitle")
            add(underlying.underlyingSecurityShares?.footnoteId, "underlyingSecurity/underlyingSecurityShares")
            add(underlying.underlyingSecurityValue?.footnoteId, "underlyingSecurity/underlyingSecurityValue")
        }
        if let post = postTransactionAmounts {
            add(post.sharesOwnedFollowingTransaction?.footnoteId, "postTransactionAmounts/sharesOwnedFollowingTransaction")
            add(post.valueOwnedFollowingTransaction?.footnoteId, "postTransactionAmounts/valueOwnedFollowingTransaction")
        }
        if let nature = ownershipNature {
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
    /// Read off the rows directly, with no ``TableRow`` objects or per-row
    /// arrays; the fields each kind of row has are the ones its conversion
    /// into a ``DerivativeTransaction`` keeps (the rules' tests compare the two).
    public var footnoteSites: [FootnoteReferenceSite] {
        var sites: [FootnoteReferenceSite] = []
        // Room for every field of both tables at once (a Table II grown into
        // after Table I's room was made copied the sites over again).
        sites.reserveCapacity(13 * (nonDerivativeTable?.nonDerivativeTransaction.count ?? 0)
            + 6 * (nonDerivativeTable?.nonDerivativeHolding.count ?? 0)
            + 20 * (derivativeTable?.derivativeTransaction.count ?? 0)
            + 13 * (derivativeTable?.derivativeHolding.count ?? 0))
        if let table = nonDerivativeTable {
            for (i, row) in table.nonDerivativeTransaction.enumerated() {
                FootnoteReferenceSite.append(
                    .nonDerivativeTransaction, i, securityTitle: row.securityTitle, transactionDate: row.transactionDate,
                    deemedExecutionDate: row.deemedExecutionDate, transactionCoding: row.transactionCoding,
                    transactionTimeliness: row.transactionTimeliness, transactionAmounts: row.transactionAmounts,
                    postTransactionAmounts: row.postTransactionAmounts, ownershipNature: row.ownershipNature, to: &sites)
            }
            for (i, row) in table.nonDerivativeHolding.enumerated() {
                FootnoteReferenceSite.append(
                    .nonDerivativeHolding, i, securityTitle: row.securityTitle, transactionCoding: row.transactionCoding,
                    postTransactionAmounts: row.postTransactionAmounts, ownershipNature: row.ownershipNature, to: &sites)
            }
        }
        if let table = derivativeTable {
            for (i, row) in table.derivativeTransaction.enumerated() {
                FootnoteReferenceSite.append(.derivativeTransaction, i, row, to: &sites)
            }
            for (i, row) in table.derivativeHolding.enumerated() {
                FootnoteReferenceSite.append(
                    .derivativeHolding, i, securityTitle: row.securityTitle,
                    conversionOrExercisePrice: row.conversionOrExercisePrice, transactionCoding: row.transactionCoding,
                    exerciseDate: row.exerciseDate, expirationDate: row.expirationDate,
                    underlyingSecurity: row.underlyingSecurity, postTransactionAmounts: row.postTransactionAmounts,
                    ownershipNature: row.ownershipNature, to: &sites)
            }
        }
        return sites
    }
}
