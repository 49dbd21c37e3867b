import Form4Core

extension LooseTextEncoder {
    /// Where no (A)/(D) column can be seen (single-spaced dumps), the A/D of
    /// a derivative row is taken from its code, and M or C says "disposed".
    /// That is wrong for the security the exercise or conversion hands out
    /// when it is itself a derivative (restricted units settled in Class B
    /// stock that converts into Class A): the form reports it on a row of its
    /// own, with the same code and date, its title the underlying title of
    /// the row that was disposed of and its amount that row's underlying
    /// amount. Such a row was acquired; it is changed to A and its warning
    /// says why. `guessed` holds the 0-based transaction rows whose A/D came
    /// from the code.
    mutating func acquiredByConversion(_ rows: inout [DerivativeTransaction], guessed: Set<Int>) {
        for k in guessed.sorted() where rows[k].transactionAmounts?.transactionAcquiredDisposedCode?.value == "D" {
            let row = rows[k]
            guard let code = row.transactionCoding?.transactionCode, let date = row.transactionDate?.value,
                  let title = row.securityTitle?.value, let shares = row.transactionAmounts?.transactionShares?.value else { continue }
            let source = rows.indices.first { j in
                let other = rows[j]
                guard j != k, other.transactionCoding?.transactionCode == code, other.transactionDate?.value?.text == date.text,
                      other.transactionAmounts?.transactionAcquiredDisposedCode?.value == "D",
                      other.underlyingSecurity?.underlyingSecurityTitle?.value == title,
                      let underlying = other.underlyingSecurity?.underlyingSecurityShares?.value else { return false }
                return underlying.hasSameValue(as: shares)
            }
            guard let j = source else { continue }
            rows[k].transactionAmounts?.transactionAcquiredDisposedCode?.value = "A"
            let path = "\(LooseTextEncoder.root)/derivativeTable/derivativeTransaction[\(k + 1)]/transactionAmounts/transactionAcquiredDisposedCode"
            let note = "the (A)/(D) column of the amount cannot be seen; 'A' taken: row \(j + 1) (code \(code), same date) disposed of a derivative whose underlying security is this row's, \(shares.text) of it, so this row is what it handed out"
            if let w = warnings.lastIndex(where: { $0.rule == "ENC-DERIVATIVE-AD" && $0.path == path }) {
                warnings[w].message = note
            } else {
                let l = sources[path] ?? sources["\(LooseTextEncoder.root)/derivativeTable/derivativeTransaction[\(k + 1)]"]
                warnings.append(EncodeWarning(rule: "ENC-DERIVATIVE-AD", message: note, line: l?.line ?? 0, column: l?.column ?? 0, path: path))
            }
        }
    }
}
