/// A column of the canonical tables. The renderer prints the form's own
/// column headings (numbered as on the printed form); the reader recognises a
/// column by keywords in its heading, so re-ordered, re-numbered or
/// re-aligned columns still read correctly.
enum CanonicalColumn: CaseIterable {
    case title, conversionPrice, date, deemedDate, code, swap, amount, acquiredDisposed
    case exercisable, expiration, underlyingTitle, underlyingAmount, price, owned
    case directIndirect, nature, formType, timeliness

    /// The XPath tail (below the row) of the element a column fills, for the source map.
    var pathTail: String {
        switch self {
        case .title: "securityTitle"
        case .conversionPrice: "conversionOrExercisePrice"
        case .date: "transactionDate"
        case .deemedDate: "deemedExecutionDate"
        case .code: "transactionCoding/transactionCode"
        case .swap: "transactionCoding/equitySwapInvolved"
        case .amount: "transactionAmounts/transactionShares"
        case .acquiredDisposed: "transactionAmounts/transactionAcquiredDisposedCode"
        case .exercisable: "exerciseDate"
        case .expiration: "expirationDate"
        case .underlyingTitle: "underlyingSecurity/underlyingSecurityTitle"
        case .underlyingAmount: "underlyingSecurity/underlyingSecurityShares"
        case .price: "transactionAmounts/transactionPricePerShare"
        case .owned: "postTransactionAmounts/sharesOwnedFollowingTransaction"
        case .directIndirect: "ownershipNature/directOrIndirectOwnership"
        case .nature: "ownershipNature/natureOfOwnership"
        case .formType: "transactionCoding/transactionFormType"
        case .timeliness: "transactionTimeliness"
        }
    }

    /// The columns of one sub-table and their headings, in the printed form's order.
    /// `withFormType` adds the holding's transaction form type (Form 5 late holdings).
    static func layout(_ kind: CanonicalRowKind, form3: Bool, withFormType: Bool) -> [(CanonicalColumn, String)] {
        var columns: [(CanonicalColumn, String)]
        switch kind {
        case .nonDerivativeTransaction:
            columns = [(.title, "1. Title of Security"), (.date, "2. Transaction Date"),
                       (.deemedDate, "2A. Deemed Execution Date"), (.code, "3. Code"), (.swap, "Equity Swap"),
                       (.amount, "4. Amount"), (.acquiredDisposed, "(A) or (D)"), (.price, "Price"),
                       (.owned, "5. Amount Owned Following"), (.directIndirect, "6. D or I"),
                       (.nature, "7. Nature of Indirect Ownership"), (.formType, "Form Type"),
                       (.timeliness, "Timeliness")]
        case .nonDerivativeHolding:
            columns = form3
                ? [(.title, "1. Title of Security"), (.owned, "2. Amount Owned"), (.directIndirect, "3. D or I"),
                   (.nature, "4. Nature of Indirect Ownership")]
                : [(.title, "1. Title of Security"), (.owned, "5. Amount Owned Following"),
                   (.directIndirect, "6. D or I"), (.nature, "7. Nature of Indirect Ownership")]
        case .derivativeTransaction:
            columns = [(.title, "1. Title of Derivative Security"), (.conversionPrice, "2. Conversion or Exercise Price"),
                       (.date, "3. Transaction Date"), (.deemedDate, "3A. Deemed Execution Date"), (.code, "4. Code"),
                       (.swap, "Equity Swap"), (.amount, "5. Amount"), (.acquiredDisposed, "(A) or (D)"),
                       (.exercisable, "6. Date Exercisable"), (.expiration, "Expiration Date"),
                       (.underlyingTitle, "7. Title of Underlying"), (.underlyingAmount, "Amount of Underlying"),
                       (.price, "8. Price"), (.owned, "9. Amount Owned Following"), (.directIndirect, "10. D or I"),
                       (.nature, "11. Nature of Indirect Ownership"), (.formType, "Form Type"),
                       (.timeliness, "Timeliness")]
        case .derivativeHolding:
            columns = form3
                ? [(.title, "1. Title of Derivative Security"), (.exercisable, "2. Date Exercisable"),
                   (.expiration, "Expiration Date"), (.underlyingTitle, "3. Title of Underlying"),
                   (.underlyingAmount, "Amount of Underlying"), (.conversionPrice, "4. Conversion or Exercise Price"),
                   (.owned, "Amount Owned"), (.directIndirect, "5. D or I"),
                   (.nature, "6. Nature of Indirect Ownership")]
                : [(.title, "1. Title of Derivative Security"), (.conversionPrice, "2. Conversion or Exercise Price"),
                   (.exercisable, "6. Date Exercisable"), (.expiration, "Expiration Date"),
                   (.underlyingTitle, "7. Title of Underlying"), (.underlyingAmount, "Amount of Underlying"),
                   (.owned, "9. Amount Owned Following"), (.directIndirect, "10. D or I"),
                   (.nature, "11. Nature of Indirect Ownership")]
        }
        if withFormType && !kind.isTransaction { columns.append((.formType, "Form Type")) }
        return columns
    }

    /// Recognises a heading by its words, whatever its number or spacing.
    static func classify(_ heading: String) -> CanonicalColumn? {
        var h = heading.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        // Drop a leading column number such as "2a." or "10.".
        if let dot = h.firstIndex(of: "."), h[..<dot].allSatisfy({ $0.isNumber || $0 == "a" }), h[..<dot].first?.isNumber == true {
            h = String(h[h.index(after: dot)...]).trimmedSpaces()
        }
        func has(_ s: String) -> Bool { h.contains(s) }
        if has("swap") { return .swap }
        if has("underlying") { return has("title") ? .underlyingTitle : .underlyingAmount }
        if has("title") { return .title }
        if has("conversion") || has("exercise price") { return .conversionPrice }
        if has("deemed") { return .deemedDate }
        if has("exercisable") { return .exercisable }
        if has("expiration") { return .expiration }
        if has("(a) or (d)") || h == "a/d" || h == "a or d" { return .acquiredDisposed }
        if has("form type") { return .formType }
        if has("timeliness") { return .timeliness }
        if has("nature") { return .nature }
        if has("d or i") || h == "d/i" || has("direct") { return .directIndirect }
        if has("owned") { return .owned }
        if has("amount") { return .amount }
        if has("price") { return .price }
        if has("date") { return .date }
        if has("code") { return .code }
        return nil
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and carriage returns.
    func trimmedSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
