import Foundation
import Form4Core
import Form4Diff

/// One real change made to a document, and what the diff must say about it.
struct RealChange: Sendable {
    var document: OwnershipDocument
    var kind: Change.Kind
    var field: String
    var old: String?
    var new: String?
    /// How many changes it must produce (a footnote's text: one per citing field).
    var count: Int = 1
}

/// Makes single real changes on a document by editing the model. Each returns
/// nil when the document has nothing to change in that way.
enum RealChanges {
    private static let cent = DecimalText("0.01")!
    private static let one = DecimalText("1")!

    /// Where a row's transaction amounts are: the first transaction, either table.
    private static func editFirstAmounts(_ d: OwnershipDocument,
                                         _ edit: (inout TransactionAmounts) -> (String, String)?) -> (OwnershipDocument, String, String)? {
        var d = d
        if var rows = d.nonDerivativeTable?.nonDerivativeTransaction {
            for i in rows.indices {
                guard var a = rows[i].transactionAmounts, let values = edit(&a) else { continue }
                rows[i].transactionAmounts = a
                d.nonDerivativeTable?.nonDerivativeTransaction = rows
                return (d, values.0, values.1)
            }
        }
        if var rows = d.derivativeTable?.derivativeTransaction {
            for i in rows.indices {
                guard var a = rows[i].transactionAmounts, let values = edit(&a) else { continue }
                rows[i].transactionAmounts = a
                d.derivativeTable?.derivativeTransaction = rows
                return (d, values.0, values.1)
            }
        }
        return nil
    }

    static func price(_ d: OwnershipDocument) -> RealChange? {
        editFirstAmounts(d) { a in
            guard let old = a.transactionPricePerShare?.value else { return nil }
            let new = DecimalArithmetic.add(old, cent)
            a.transactionPricePerShare?.value = new
            return (old.text, new.text)
        }.map { RealChange(document: $0.0, kind: .changed, field: "transactionPricePerShare", old: $0.1, new: $0.2) }
    }

    static func amount(_ d: OwnershipDocument) -> RealChange? {
        editFirstAmounts(d) { a in
            guard let old = a.transactionShares?.value else { return nil }
            let new = DecimalArithmetic.add(old, one)
            a.transactionShares?.value = new
            return (old.text, new.text)
        }.map { RealChange(document: $0.0, kind: .changed, field: "transactionShares", old: $0.1, new: $0.2) }
    }

    /// The first row of Table I (else Table II) dropped.
    static func droppedRow(_ d: OwnershipDocument) -> RealChange? {
        var d = d
        if let rows = d.nonDerivativeTable?.nonDerivativeTransaction, !rows.isEmpty {
            d.nonDerivativeTable?.nonDerivativeTransaction.removeFirst()
            return RealChange(document: d, kind: .removed, field: "nonDerivativeTransaction")
        }
        if let rows = d.nonDerivativeTable?.nonDerivativeHolding, !rows.isEmpty {
            d.nonDerivativeTable?.nonDerivativeHolding.removeFirst()
            return RealChange(document: d, kind: .removed, field: "nonDerivativeHolding")
        }
        if let rows = d.derivativeTable?.derivativeTransaction, !rows.isEmpty {
            d.derivativeTable?.derivativeTransaction.removeFirst()
            return RealChange(document: d, kind: .removed, field: "derivativeTransaction")
        }
        if let rows = d.derivativeTable?.derivativeHolding, !rows.isEmpty {
            d.derivativeTable?.derivativeHolding.removeFirst()
            return RealChange(document: d, kind: .removed, field: "derivativeHolding")
        }
        return nil
    }

    /// A new sale appended to Table I (the table is created when missing).
    static func addedRow(_ d: OwnershipDocument) -> RealChange {
        var d = d
        let row = NonDerivativeTransaction(
            securityTitle: Footnoted("Class Z Common Stock"),
            transactionDate: Footnoted(DateText("2025-03-06")!),
            transactionCoding: TransactionCoding(transactionFormType: "4", transactionCode: "S", equitySwapInvolved: false),
            transactionAmounts: TransactionAmounts(transactionShares: Footnoted(DecimalText("321")!),
                                                   transactionPricePerShare: Footnoted(DecimalText("9.87")!),
                                                   transactionAcquiredDisposedCode: Footnoted("D")),
            postTransactionAmounts: PostTransactionAmounts(sharesOwnedFollowingTransaction: Footnoted(DecimalText("1000")!)),
            ownershipNature: OwnershipNature(directOrIndirectOwnership: Footnoted("D")))
        var table = d.nonDerivativeTable ?? NonDerivativeTable()
        table.nonDerivativeTransaction.append(row)
        d.nonDerivativeTable = table
        return RealChange(document: d, kind: .added, field: "nonDerivativeTransaction")
    }

    /// The text of the first footnote that a field cites, corrected.
    static func footnoteText(_ d: OwnershipDocument) -> RealChange? {
        let citations = FootnoteCitations.count(in: d)
        guard let index = d.footnotes.firstIndex(where: { (citations[$0.id] ?? 0) > 0 }) else { return nil }
        var d = d
        let old = d.footnotes[index].text
        let new = old + " (As corrected.)"
        d.footnotes[index].text = new
        return RealChange(document: d, kind: .changed, field: "footnoteId", old: old, new: new,
                          count: citations[d.footnotes[index].id] ?? 0)
    }

    /// The first owner's Director box flipped.
    static func relationshipBox(_ d: OwnershipDocument) -> RealChange? {
        guard !d.reportingOwner.isEmpty else { return nil }
        var d = d
        let old = d.reportingOwner[0].reportingOwnerRelationship.isDirector
        let new = !(old ?? false)
        d.reportingOwner[0].reportingOwnerRelationship.isDirector = new
        return RealChange(document: d, kind: old == nil ? .added : .changed, field: "isDirector",
                          old: old.map { $0 ? "true" : "false" }, new: new ? "true" : "false")
    }

    /// The first owner moved to another city.
    static func ownerAddress(_ d: OwnershipDocument) -> RealChange? {
        guard !d.reportingOwner.isEmpty else { return nil }
        var d = d
        var address = d.reportingOwner[0].reportingOwnerAddress ?? ReportingOwnerAddress()
        let old = address.rptOwnerCity
        let new = "Fennwick Falls"
        address.rptOwnerCity = new
        d.reportingOwner[0].reportingOwnerAddress = address
        let hadOne = old.map { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } ?? false
        return RealChange(document: d, kind: hadOne ? .changed : .added, field: "rptOwnerCity",
                          old: hadOne ? old : nil, new: new)
    }

    static let all: [(String, @Sendable (OwnershipDocument) -> RealChange?)] = [
        ("price", price), ("amount", amount), ("dropped row", droppedRow), ("added row", { addedRow($0) }),
        ("footnote text", footnoteText), ("relationship box", relationshipBox), ("owner address", ownerAddress),
    ]
}

/// How many times each footnote id is cited by a field of the document.
enum FootnoteCitations {
    static func count(in d: OwnershipDocument) -> [String: Int] {
        var counts: [String: Int] = [:]
        _ = ModelRewriter(footnoteId: { id in counts[id, default: 0] += 1; return id }).rewrite(d)
        // The rewriter also visits each footnote's own id: that is no citation.
        for note in d.footnotes { counts[note.id, default: 0] -= 1 }
        return counts
    }
}
