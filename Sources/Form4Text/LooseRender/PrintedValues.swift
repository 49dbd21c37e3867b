import Form4Core

/// How the form prints one value: dates MM/DD/YYYY, `$` before prices and
/// money amounts, thousands grouped or not, footnote marks `(n)` after the value.
struct PrintedValues {
    var commas: Bool

    func marks(_ ids: [String], _ field: String) -> [PrintedPart] {
        ids.map { PrintedPart("(\($0.hasPrefix("F") ? String($0.dropFirst()) : $0))", field: field, isFootnoteMark: true) }
    }

    /// `1234567.50` → `1,234,567.50` when grouping; the digits are never changed.
    func number(_ d: DecimalText) -> String {
        guard commas else { return d.text }
        var body = Substring(d.text)
        var sign = ""
        if body.first == "-" || body.first == "+" { sign = String(body.first!); body = body.dropFirst() }
        let point = body.firstIndex(of: ".")
        let integer = Array(point.map { body[..<$0] } ?? body)
        let rest = point.map { String(body[$0...]) } ?? ""
        var out = ""
        for (k, c) in integer.enumerated() {
            if k > 0 && (integer.count - k) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return sign + out + rest
    }

    func text(_ f: Footnoted<String>?, _ field: String) -> PrintedCell {
        guard let f else { return PrintedCell() }
        return PrintedCell([PrintedPart(f.value ?? "", field: field)] + marks(f.footnoteId, field))
    }

    func date(_ f: Footnoted<DateText>?, _ field: String) -> PrintedCell {
        guard let f else { return PrintedCell() }
        return PrintedCell([PrintedPart(f.value?.formDate ?? "", field: field)] + marks(f.footnoteId, field))
    }

    func price(_ f: Footnoted<DecimalText>?, _ field: String) -> PrintedCell {
        guard let f else { return PrintedCell() }
        return PrintedCell([PrintedPart(f.value.map { "$" + number($0) } ?? "", field: field)] + marks(f.footnoteId, field))
    }

    func amount(shares: Footnoted<DecimalText>?, value: Footnoted<DecimalText>?, _ base: String,
                sharesName: String = "transactionShares", valueName: String = "transactionTotalValue") -> PrintedCell {
        var cell = PrintedCell()
        if let shares {
            let field = base + "/" + sharesName
            cell.parts += [PrintedPart(shares.value.map(number) ?? "", field: field)] + marks(shares.footnoteId, field)
        }
        if let value {
            let field = base + "/" + valueName
            if !cell.isEmpty { cell.parts.append(PrintedPart(" ")) }
            cell.parts += [PrintedPart(value.value.map { "$" + number($0) } ?? "", field: field)] + marks(value.footnoteId, field)
        }
        return cell
    }

    func amounts(_ post: PostTransactionAmounts?, _ row: String) -> PrintedCell {
        amount(shares: post?.sharesOwnedFollowingTransaction, value: post?.valueOwnedFollowingTransaction,
               row + "/postTransactionAmounts", sharesName: "sharesOwnedFollowingTransaction",
               valueName: "valueOwnedFollowingTransaction")
    }

    func code(_ c: TransactionCoding?, _ row: String) -> PrintedCell {
        guard let c else { return PrintedCell() }
        let field = row + "/transactionCoding/transactionCode"
        return PrintedCell([PrintedPart(c.transactionCode ?? "", field: field)]
            + marks(c.footnoteId, row + "/transactionCoding"))
    }

    /// The V column: a Form 5 transaction reported early on a Form 4.
    func v(_ c: TransactionCoding?) -> PrintedCell {
        PrintedCell([PrintedPart(c?.transactionFormType == "5" ? "V" : "")])
    }

    /// A Form 5 holding's note of the form it was due on (`Form 3`).
    func formType(_ c: TransactionCoding?, _ row: String) -> PrintedCell {
        guard let c else { return PrintedCell() }
        return PrintedCell([PrintedPart(c.transactionFormType.map { "Form \($0)" } ?? "")] + marks(c.footnoteId, row + "/transactionCoding"))
    }
}
