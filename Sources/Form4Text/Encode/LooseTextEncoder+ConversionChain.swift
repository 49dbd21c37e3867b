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
    /// says why. Several series converted on one day into one class (Series A
    /// and Series D preferred into Class B) hand it out together: the rows
    /// right above the row, and the row's amount is the sum of their
    /// underlying amounts, exactly.
    /// `guessed` holds the 0-based transaction rows whose A/D came from the code.
    mutating func acquiredByConversion(_ rows: inout [DerivativeTransaction], guessed: Set<Int>) {
        for k in guessed.sorted() where rows[k].transactionAmounts?.transactionAcquiredDisposedCode?.value == "D" {
            let row = rows[k]
            guard let code = row.transactionCoding?.transactionCode, let date = row.transactionDate?.value,
                  let title = row.securityTitle?.value, let shares = row.transactionAmounts?.transactionShares?.value else { continue }
            // The rows that disposed of a derivative, on this row's date and code, whose underlying security is this row's.
            let disposing = rows.indices.filter { j in
                let other = rows[j]
                return j != k && other.transactionCoding?.transactionCode == code && other.transactionDate?.value?.text == date.text
                    && other.transactionAmounts?.transactionAcquiredDisposedCode?.value == "D"
                    && other.underlyingSecurity?.underlyingSecurityTitle?.value == title
                    && other.underlyingSecurity?.underlyingSecurityShares?.value != nil
            }
            func underlying(_ j: Int) -> DecimalText? { rows[j].underlyingSecurity?.underlyingSecurityShares?.value }
            let reason: String
            if let j = disposing.first(where: { underlying($0)?.hasSameValue(as: shares) == true }) {
                reason = "row \(j + 1) (code \(code), same date) disposed of a derivative whose underlying security is this row's, \(shares.text) of it, so this row is what it handed out"
            } else if case let run = Array((0..<k).reversed().prefix { disposing.contains($0) }.reversed()), run.count >= 2,
                      case let parts = run.compactMap(underlying),
                      parts.dropFirst().reduce(parts[0], DecimalArithmetic.add).hasSameValue(as: shares) {
                // The rows right above this one, as the form lists a conversion's pieces.
                let named = run.map { String($0 + 1) }.joined(separator: ", ")
                reason = "rows \(named) (code \(code), same date) disposed of derivatives whose underlying security is this row's, \(shares.text) of it together, so this row is what they handed out"
            } else {
                continue
            }
            rows[k].transactionAmounts?.transactionAcquiredDisposedCode?.value = "A"
            let path = "\(LooseTextEncoder.root)/derivativeTable/derivativeTransaction[\(k + 1)]/transactionAmounts/transactionAcquiredDisposedCode"
            let note = "the (A)/(D) column of the amount cannot be seen; 'A' taken: " + reason
            if let w = warnings.lastIndex(where: { $0.rule == "ENC-DERIVATIVE-AD" && $0.path == path }) {
                warnings[w].message = note
            } else {
                let l = sources[path] ?? sources["\(LooseTextEncoder.root)/derivativeTable/derivativeTransaction[\(k + 1)]"]
                warnings.append(EncodeWarning(rule: "ENC-DERIVATIVE-AD", message: note, line: l?.line ?? 0, column: l?.column ?? 0, path: path))
            }
        }
    }
}
