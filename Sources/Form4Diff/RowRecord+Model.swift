import Form4Core

/// Turning the model's four row types into comparable field lists. Every row
/// of one kind yields the same elements in the same order (nil where empty),
/// in the form's column order.
extension RowRecord {
    static func rows(of document: OwnershipDocument) -> [RowRecord] {
        var rows = rowsWithoutNotes(of: document)
        let notes = FootnoteIndex(document.footnotes)
        for i in rows.indices { rows[i].resolveNotes(notes) }
        return rows
    }

    static func rowsWithoutNotes(of document: OwnershipDocument) -> [RowRecord] {
        var rows: [RowRecord] = []
        if let table = document.nonDerivativeTable {
            var position = 0
            for row in table.nonDerivativeTransaction {
                position += 1
                rows.append(RowRecord(table: .nonDerivative, element: "nonDerivativeTransaction", isTransaction: true,
                                      position: position, fields: fields(row)))
            }
            for row in table.nonDerivativeHolding {
                position += 1
                rows.append(RowRecord(table: .nonDerivative, element: "nonDerivativeHolding", isTransaction: false,
                                      position: position, fields: fields(row)))
            }
        }
        if let table = document.derivativeTable {
            var position = 0
            for row in table.derivativeTransaction {
                position += 1
                rows.append(RowRecord(table: .derivative, element: "derivativeTransaction", isTransaction: true,
                                      position: position, fields: fields(row)))
            }
            for row in table.derivativeHolding {
                position += 1
                rows.append(RowRecord(table: .derivative, element: "derivativeHolding", isTransaction: false,
                                      position: position, fields: fields(row)))
            }
        }
        return rows
    }

    private static func text(_ s: String) -> FieldValue? { FieldValue.someText(s) }
    private static func number(_ d: DecimalText) -> FieldValue? { .number(d) }
    private static func date(_ d: DateText) -> FieldValue? { .date(d) }

    private static func coding(_ c: TransactionCoding?, _ g: [String]) -> [DiffField] {
        let group = g + ["transactionCoding"]
        return [
            DiffField("transactionFormType", FieldValue.someText(c?.transactionFormType), group: group),
            // The coding's own footnotes explain the code, so they ride on it.
            DiffField("transactionCode", FieldValue.someText(c?.transactionCode), group: group,
                      footnoteIds: c?.footnoteId ?? []),
            .flag("equitySwapInvolved", c?.equitySwapInvolved, group: group),
        ]
    }

    private static func amounts(_ a: TransactionAmounts?, _ g: [String]) -> [DiffField] {
        let group = g + ["transactionAmounts"]
        return [
            .footnoted("transactionShares", a?.transactionShares, group: group, number),
            .footnoted("transactionTotalValue", a?.transactionTotalValue, group: group, number),
            .footnoted("transactionPricePerShare", a?.transactionPricePerShare, group: group, number),
            .footnoted("transactionAcquiredDisposedCode", a?.transactionAcquiredDisposedCode, group: group, text),
        ]
    }

    private static func post(_ p: PostTransactionAmounts?, _ g: [String]) -> [DiffField] {
        let group = g + ["postTransactionAmounts"]
        return [
            .footnoted("sharesOwnedFollowingTransaction", p?.sharesOwnedFollowingTransaction, group: group, number),
            .footnoted("valueOwnedFollowingTransaction", p?.valueOwnedFollowingTransaction, group: group, number),
        ]
    }

    private static func nature(_ n: OwnershipNature?, _ g: [String]) -> [DiffField] {
        let group = g + ["ownershipNature"]
        return [
            .footnoted("directOrIndirectOwnership", n?.directOrIndirectOwnership, group: group, text),
            .footnoted("natureOfOwnership", n?.natureOfOwnership, group: group, text),
        ]
    }

    private static func underlying(_ u: UnderlyingSecurity?, _ g: [String]) -> [DiffField] {
        let group = g + ["underlyingSecurity"]
        return [
            .footnoted("underlyingSecurityTitle", u?.underlyingSecurityTitle, group: group, text),
            .footnoted("underlyingSecurityShares", u?.underlyingSecurityShares, group: group, number),
            .footnoted("underlyingSecurityValue", u?.underlyingSecurityValue, group: group, number),
        ]
    }

    static func fields(_ r: NonDerivativeTransaction) -> [DiffField] {
        let g = ["nonDerivativeTable", "nonDerivativeTransaction"]
        return [
            .footnoted("securityTitle", r.securityTitle, group: g, text),
            .footnoted("transactionDate", r.transactionDate, group: g, date),
            .footnoted("deemedExecutionDate", r.deemedExecutionDate, group: g, date),
        ] + coding(r.transactionCoding, g) + [
            .footnoted("transactionTimeliness", r.transactionTimeliness, group: g, text),
        ] + amounts(r.transactionAmounts, g) + post(r.postTransactionAmounts, g) + nature(r.ownershipNature, g)
    }

    static func fields(_ r: NonDerivativeHolding) -> [DiffField] {
        let g = ["nonDerivativeTable", "nonDerivativeHolding"]
        return [.footnoted("securityTitle", r.securityTitle, group: g, text)]
            + coding(r.transactionCoding, g) + post(r.postTransactionAmounts, g) + nature(r.ownershipNature, g)
    }

    static func fields(_ r: DerivativeTransaction) -> [DiffField] {
        let g = ["derivativeTable", "derivativeTransaction"]
        return [
            .footnoted("securityTitle", r.securityTitle, group: g, text),
            .footnoted("conversionOrExercisePrice", r.conversionOrExercisePrice, group: g, number),
            .footnoted("transactionDate", r.transactionDate, group: g, date),
            .footnoted("deemedExecutionDate", r.deemedExecutionDate, group: g, date),
        ] + coding(r.transactionCoding, g) + [
            .footnoted("transactionTimeliness", r.transactionTimeliness, group: g, text),
        ] + amounts(r.transactionAmounts, g) + [
            .footnoted("exerciseDate", r.exerciseDate, group: g, date),
            .footnoted("expirationDate", r.expirationDate, group: g, date),
        ] + underlying(r.underlyingSecurity, g) + post(r.postTransactionAmounts, g) + nature(r.ownershipNature, g)
    }

    static func fields(_ r: DerivativeHolding) -> [DiffField] {
        let g = ["derivativeTable", "derivativeHolding"]
        return [
            .footnoted("securityTitle", r.securityTitle, group: g, text),
            .footnoted("conversionOrExercisePrice", r.conversionOrExercisePrice, group: g, number),
        ] + coding(r.transactionCoding, g) + [
            .footnoted("exerciseDate", r.exerciseDate, group: g, date),
            .footnoted("expirationDate", r.expirationDate, group: g, date),
        ] + underlying(r.underlyingSecurity, g) + post(r.postTransactionAmounts, g) + nature(r.ownershipNature, g)
    }
}
