/// cm(4), cm(6), cm(7): amounts are counted either in shares or in money,
/// never both and never neither. Also the fields one table has and the other
/// lacks, which a model shared by both tables could otherwise misplace.
extension RuleContext {
    mutating func checkSharesOrValue() {
        for row in rows {
            if row.isTransaction { checkTransactionAmounts(row) }
            if row.isDerivative {
                checkPair(row.underlyingSecurity?.underlyingSecurityShares, row.underlyingSecurity?.underlyingSecurityValue,
                          groupPresent: row.underlyingSecurity != nil,
                          path: "\(row.path)/underlyingSecurity", names: ("underlyingSecurityShares", "underlyingSecurityValue"))
            }
            // A Form 3 derivative holding has no "amount owned" column: Table II of
            // Form 3 gives only the underlying amount, so its postTransactionAmounts
            // is absent in every Form 3 of the corpus (134 rows). The pair is
            // required only where the group is part of the row.
            let postOptional = row.kind == .derivativeHolding && (type?.baseForm == 3)
            if row.postTransactionAmounts != nil || !postOptional {
                checkPair(row.postTransactionAmounts?.sharesOwnedFollowingTransaction,
                          row.postTransactionAmounts?.valueOwnedFollowingTransaction,
                          groupPresent: row.postTransactionAmounts != nil,
                          path: "\(row.path)/postTransactionAmounts",
                          names: ("sharesOwnedFollowingTransaction", "valueOwnedFollowingTransaction"))
            }
        }
    }

    private mutating func checkTransactionAmounts(_ row: TableRow) {
        // Made only for a report: most rows have none.
        var path: String { "\(row.path)/transactionAmounts" }
        let amounts = row.transactionAmounts
        if row.isDerivative {
            checkPair(amounts?.transactionShares, amounts?.transactionTotalValue, groupPresent: amounts != nil,
                      path: path, names: ("transactionShares", "transactionTotalValue"))
            if let code = amounts?.transactionAcquiredDisposedCode, !code.footnoteId.isEmpty {
                report(.misplacedField,
                       "the acquired/disposed code of a derivative transaction takes no footnote",
                       at: "\(path)/transactionAcquiredDisposedCode/footnoteId[1]")
            }
        } else {
            if let value = amounts?.transactionTotalValue, !value.isEmpty {
                report(.misplacedField,
                       "transactionTotalValue belongs to derivative transactions; Table I counts transactionShares",
                       at: "\(path)/transactionTotalValue")
            }
            if amounts?.transactionShares?.isEmpty ?? true {
                report(.sharesOrValue, "a non-derivative transaction gives transactionShares",
                       at: "\(path)/transactionShares")
            }
        }
    }

    /// `path` is made only when the pair is reported: most rows are fine.
    private mutating func checkPair<T>(_ shares: Footnoted<T>?, _ value: Footnoted<T>?, groupPresent: Bool,
                                       path makePath: @autoclosure () -> String, names: (String, String)) {
        let hasShares = !(shares?.isEmpty ?? true)
        let hasValue = !(value?.isEmpty ?? true)
        guard hasShares == hasValue else { return }
        let path = makePath()
        if hasShares && hasValue {
            report(.sharesOrValue, "give either \(names.0) or \(names.1), not both", at: "\(path)/\(names.1)")
        } else if !hasShares && !hasValue {
            let what = groupPresent ? "" : " (\(path.split(separator: "/").last ?? "") is missing)"
            report(.sharesOrValue, "give one of \(names.0) or \(names.1)\(what)",
                   at: groupPresent ? "\(path)/\(names.0)" : path)
        }
    }
}
