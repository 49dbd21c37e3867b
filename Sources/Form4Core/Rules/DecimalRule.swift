/// §3.2 and POSITIVE_DECIMAL: EDGAR stores amounts with at most four decimal
/// places, up to 999999999999.9999, and never negative. Counted on the value
/// (`1.50000` has one fraction digit), as XML Schema's facets count them.
extension RuleContext {
    static let largestAmount = "999999999999.9999"

    /// The common case, settled without arithmetic: unsigned, at most 12 integer
    /// and 4 fraction digits as written, so within every limit whatever its value.
    static func isPlainAmount(_ text: String) -> Bool {
        var integer = 0, fraction = 0, point = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if point { fraction += 1 } else { integer += 1 }
            case UInt8(ascii: "."):
                if point { return false }
                point = true
            default:
                return false
            }
        }
        return integer <= 12 && fraction <= 4
    }

    mutating func checkDecimals() {
        for row in rows {
            // The fields of ``TableRow/decimalFields``, in its order, without making its array.
            let f = row.fields
            checkDecimal(f.conversionOrExercisePrice, row, "conversionOrExercisePrice")
            if let a = f.transactionAmounts {
                checkDecimal(a.transactionShares, row, "transactionAmounts/transactionShares")
                checkDecimal(a.transactionTotalValue, row, "transactionAmounts/transactionTotalValue")
                checkDecimal(a.transactionPricePerShare, row, "transactionAmounts/transactionPricePerShare")
            }
            if let u = f.underlyingSecurity {
                checkDecimal(u.underlyingSecurityShares, row, "underlyingSecurity/underlyingSecurityShares")
                checkDecimal(u.underlyingSecurityValue, row, "underlyingSecurity/underlyingSecurityValue")
            }
            if let p = f.postTransactionAmounts {
                checkDecimal(p.sharesOwnedFollowingTransaction, row, "postTransactionAmounts/sharesOwnedFollowingTransaction")
                checkDecimal(p.valueOwnedFollowingTransaction, row, "postTransactionAmounts/valueOwnedFollowingTransaction")
            }
        }
    }

    private mutating func checkDecimal(_ field: Footnoted<DecimalText>?, _ row: TableRow, _ relative: String) {
        guard let number = field?.value, !Self.isPlainAmount(number.text) else { return }
        var problems: [String] = []
        if number.isNegative { problems.append("is negative") }
        let canonical = number.canonical
        let fraction = canonical.firstIndex(of: ".").map { canonical.distance(from: $0, to: canonical.endIndex) - 1 } ?? 0
        if fraction > 4 { problems.append("has \(fraction) fraction digits (at most 4)") }
        if number.totalDigits > 16 { problems.append("has \(number.totalDigits) digits (at most 16)") }
        if !number.isNegative && DecimalArithmetic.compare(canonical, Self.largestAmount) > 0 {
            problems.append("exceeds \(Self.largestAmount)")
        }
        if !problems.isEmpty {
            report(.decimal, "\(number.text) \(problems.joined(separator: ", "))", at: row.path + "/" + relative)
        }
    }
}
