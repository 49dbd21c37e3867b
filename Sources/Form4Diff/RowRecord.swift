import Form4Core

/// One row of Table I or II as the comparison sees it: its fields in the
/// form's column order, where it sits, and how to name it by its content.
struct RowRecord: Sendable {
    enum Table: Int, Sendable, Comparable {
        case nonDerivative = 1, derivative = 2
        var name: String { self == .nonDerivative ? "Table I" : "Table II" }
        var element: String { self == .nonDerivative ? "nonDerivativeTable" : "derivativeTable" }
        static func < (a: Table, b: Table) -> Bool { a.rawValue < b.rawValue }
    }

    var table: Table
    /// `nonDerivativeTransaction`, `derivativeHolding`, …
    var element: String
    var isTransaction: Bool
    /// 1-based row number in its table as the form prints it: transactions, then holdings.
    var position: Int
    var fields: [DiffField]

    func field(_ element: String) -> DiffField? { fields.first { $0.element == element } }
    func value(_ element: String) -> FieldValue? { field(element)?.value }

    /// Title, dates, code, ownership form: what the issue calls the row's meaning.
    static let keyElements = [
        "securityTitle", "transactionDate", "deemedExecutionDate", "transactionCode",
        "exerciseDate", "expirationDate", "directOrIndirectOwnership",
    ]

    /// Equal for two rows that report the same security, dates, code and form.
    func matchKey(ignoring options: DiffOptions) -> String {
        var key = "\(table.rawValue)|\(element)"
        for element in Self.keyElements where !options.ignores(element) {
            let part = element == "securityTitle"
                ? value(element).map { TextFolding.key($0.written) } ?? "∅"
                : field(element)?.effectiveKey ?? "∅"
            key += "|" + part
        }
        return key
    }

    /// How alike two rows of the same kind are: fields that agree, out of
    /// fields that either side fills in.
    func similarity(to other: RowRecord, ignoring options: DiffOptions) -> (agree: Int, total: Int) {
        var agree = 0, total = 0
        for (a, b) in zip(fields, other.fields) where !options.ignoresAny(a.group + [a.element]) {
            if a.value == nil && b.value == nil { continue }
            total += 1
            if a.sameValue(as: b) { agree += 1 }
        }
        return (agree, total)
    }

    /// "Common Stock, 11/04/2021, S": enough to find the row on the printed form.
    var shortName: String {
        var parts: [String] = []
        if let title = value("securityTitle") { parts.append(TextFolding.fold(title.written)) }
        if isTransaction {
            if let date = value("transactionDate") { parts.append(Self.formDate(date)) }
            if let code = value("transactionCode") { parts.append(TextFolding.fold(code.written)) }
        } else {
            parts.append("holding")
            if let date = value("expirationDate") { parts.append("expiring " + Self.formDate(date)) }
            if let form = value("directOrIndirectOwnership") { parts.append(TextFolding.fold(form.written)) }
        }
        return parts.joined(separator: ", ")
    }

    /// "Common Stock, 11/04/2021, S, 37,400 D": the short name and the amount.
    var fullName: String {
        var name = shortName
        if isTransaction {
            var amount = ""
            if case .number(let shares)? = value("transactionShares") {
                amount = TextFolding.grouped(shares.text)
            } else if case .number(let total)? = value("transactionTotalValue") {
                amount = "$" + TextFolding.grouped(total.text)
            }
            if let code = value("transactionAcquiredDisposedCode") {
                amount += (amount.isEmpty ? "" : " ") + TextFolding.fold(code.written)
            }
            if !amount.isEmpty { name += ", " + amount }
        } else if case .number(let owned)? = value("sharesOwnedFollowingTransaction") {
            name += ", " + TextFolding.grouped(owned.text) + " owned"
        } else if case .number(let owned)? = value("valueOwnedFollowingTransaction") {
            name += ", $" + TextFolding.grouped(owned.text) + " owned"
        }
        return name
    }

    static func formDate(_ value: FieldValue) -> String {
        if case .date(let d) = value { return d.formDate }
        return TextFolding.fold(value.written)
    }
}

extension [DiffField] {
    /// Every filled-in field as "label value", as written: the content of a
    /// row, owner or signature that was added or removed as a whole.
    func detail(ignoring options: DiffOptions) -> String {
        compactMap { field -> String? in
            guard let value = field.value, !options.ignoresAny(field.group + [field.element]) else { return nil }
            // An unchecked box says nothing worth listing.
            if case .flag(false) = value { return nil }
            return "\(field.label) \(TextFolding.fold(value.written))"
        }.joined(separator: "; ")
    }
}
