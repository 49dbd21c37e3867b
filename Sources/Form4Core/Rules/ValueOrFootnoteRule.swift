/// cm(8): price, conversion or exercise price, exercise and expiration dates
/// and the underlying amounts may leave the value out, but then a footnote
/// must say why ("see footnote 3" in place of a weighted average price).
extension RuleContext {
    mutating func checkValueOrFootnote() {
        for row in rows {
            var fields: [(String, Bool?)] = []
            func add<T>(_ field: Footnoted<T>?, _ relative: String, mandatory: Bool) {
                // A mandatory field that is absent is as empty as an empty one.
                if let field {
                    fields.append((relative, field.value != nil || !field.footnoteId.isEmpty))
                } else if mandatory {
                    fields.append((relative, false))
                }
            }
            if row.isTransaction {
                add(row.transactionAmounts?.transactionPricePerShare, "transactionAmounts/transactionPricePerShare",
                    mandatory: row.transactionAmounts != nil)
            }
            if row.isDerivative {
                add(row.conversionOrExercisePrice, "conversionOrExercisePrice", mandatory: true)
                add(row.exerciseDate, "exerciseDate", mandatory: true)
                add(row.expirationDate, "expirationDate", mandatory: true)
                add(row.underlyingSecurity?.underlyingSecurityShares, "underlyingSecurity/underlyingSecurityShares",
                    mandatory: false)
                add(row.underlyingSecurity?.underlyingSecurityValue, "underlyingSecurity/underlyingSecurityValue",
                    mandatory: false)
            }
            for (relative, given) in fields where given == false {
                let name = relative.split(separator: "/").last.map(String.init) ?? relative
                report(.valueOrFootnote, "\(name) needs a value or a footnote explaining its absence",
                       at: "\(row.path)/\(relative)")
            }
        }
    }
}
