/// cm(8): price, conversion or exercise price, exercise and expiration dates
/// and the underlying amounts may leave the value out, but then a footnote
/// must say why ("see footnote 3" in place of a weighted average price).
extension RuleContext {
    mutating func checkValueOrFootnote() {
        for row in rows {
            // Each field reported as it is met, in the order listed: no array per row.
            func check<T>(_ field: Footnoted<T>?, _ relative: String, mandatory: Bool) {
                // A mandatory field that is absent is as empty as an empty one.
                let given: Bool
                if let field {
                    given = field.value != nil || !field.footnoteId.isEmpty
                } else if mandatory {
                    given = false
                } else {
                    return
                }
                guard !given else { return }
                let name = relative.split(separator: "/").last.map(String.init) ?? relative
                report(.valueOrFootnote, "\(name) needs a value or a footnote explaining its absence",
                       at: "\(row.path)/\(relative)")
            }
            if row.isTransaction {
                check(row.transactionAmounts?.transactionPricePerShare, "transactionAmounts/transactionPricePerShare",
                      mandatory: row.transactionAmounts != nil)
            }
            if row.isDerivative {
                check(row.conversionOrExercisePrice, "conversionOrExercisePrice", mandatory: true)
                check(row.exerciseDate, "exerciseDate", mandatory: true)
                check(row.expirationDate, "expirationDate", mandatory: true)
                check(row.underlyingSecurity?.underlyingSecurityShares, "underlyingSecurity/underlyingSecurityShares",
                      mandatory: false)
                check(row.underlyingSecurity?.underlyingSecurityValue, "underlyingSecurity/underlyingSecurityValue",
                      mandatory: false)
            }
        }
    }
}
