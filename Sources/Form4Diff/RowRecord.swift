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
    /// For each field, the folded texts of the footnotes it cites, sorted:
    /// rows that differ only in which trust a footnote names are told apart.
    var noteKeys: [String] = []

    mutating func resolveNotes(_ notes: FootnoteIndex) {
        noteKeys = fields.map { field in
            field.footnoteIds.map { notes.folded($0) }.sorted().joined(separator: "\u{1F}")
        }
    }

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

    /// How alike two rows of the same kind are: fields that agree (value and
    /// footnote texts), out of fields that either side fills in.
    func similarity(to other: RowRecord, ignoring options: DiffOptions) -> (agree: Int, total: Int) {
        var agree = 0, total = 0
        for i in fields.indices where i < other.fields.count {
            let a = fields[i], b = other.fields[i]
            if a.isIgnored(by: options) { continue }
            let noteA = i < noteKeys.count ? noteKeys[i] : "", noteB = i < other.noteKeys.count ? other.noteKeys[i] : ""
            if a.value == nil && b.value == nil && noteA.isEmpty && noteB.isEmpty { continue }
            total += 1
            if a.sameValue(as: b) && noteA == noteB { agree += 1 }
        }
        return (agree, total)
    }

    /// Fields that carry what a row is about rather than boilerplate every
    /// row shares (form type 4, D, no swap).
    static let substantiveElements: Set<String> = [
        "transactionShares", "transactionTotalValue", "transactionPricePerShare", "sharesOwnedFollowingTransaction",
        "valueOwnedFollowingTransaction", "conversionOrExercisePrice", "underlyingSecurityShares",
        "underlyingSecurityValue", "exerciseDate", "expirationDate", "natureOfOwnership",
    ]

    /// Whether two rows whose meaning differs may still be one row corrected:
    /// the same title or the same transaction date, and some amount, price or
    /// date in common. A row with nothing but boilerplate in common is another row.
    func mayBeCorrection(of other: RowRecord, ignoring options: DiffOptions) -> Bool {
        func same(_ element: String) -> Bool {
            guard !options.ignores(element), let a = field(element), let b = other.field(element),
                  a.value != nil, b.value != nil else { return false }
            return a.sameValue(as: b)
        }
        let title = value("securityTitle").map { TextFolding.key($0.written) }
        let sameTitle = title != nil && title == other.value("securityTitle").map { TextFolding.key($0.written) }
        guard sameTitle || same("transactionDate") else { return false }
        return Self.substantiveElements.contains { same($0) }
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
    /// Every filled-in field as "label value", as written, with the text of
    /// the footnotes it cites: the whole content of a row, owner or signature
    /// that was added or removed, so nothing it says goes unreported.
    func detail(ignoring options: DiffOptions, notes: FootnoteIndex) -> String {
        let withNotes = !options.ignoresAny(["footnoteId", "footnote", "footnotes"])
        return compactMap { field -> String? in
            if field.isIgnored(by: options) { return nil }
            // An unchecked box says nothing worth listing.
            if case .flag(false)? = field.value { return nil }
            let cited = withNotes ? field.footnoteIds.map { "[footnote: " + TextFolding.fold(notes.text($0)) + "]" } : []
            guard field.value != nil || !cited.isEmpty else { return nil }
            let parts = [field.label] + (field.value.map { [TextFolding.fold($0.written)] } ?? []) + cited
            return parts.joined(separator: " ")
        }.joined(separator: "; ")
    }
}
