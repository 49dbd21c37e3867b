/// §3.2 and POSITIVE_DECIMAL: EDGAR stores amounts with at most four decimal
/// places, up to 999999999999.9999, and never negative. Counted on the value
/// (`1.50000` has one fraction digit), as XML Schema's facets count them.
extension RuleContext {
    static let largestAmount = "999999999999.9999"

    mutating func checkDecimals() {
        for row in rows {
            for (path, field) in row.decimalFields {
                guard let number = field.value else { continue }
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
                    report(.decimal, "\(number.text) \(problems.joined(separator: ", "))", at: path)
                }
            }
        }
    }
}
