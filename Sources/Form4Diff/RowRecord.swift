import Form4Core

/// One row of Table I or II as the comparison sees it: its fields in the
/// form's column order, where it sits, and how to name it by its content.
/// See ``RowRecord/similarity(to:ignoring:)``.
struct Similarity: Sendable {
    var agree = 0
    var total = 0
    var noteDifferences = 0

    var differences: Int { total - agree }

    /// Most values agree, or at most one differs (a small row with its one
    /// number corrected).
    var isAlike: Bool { differences <= 1 || agree * 2 > total }
}

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

    /// How alike two rows of the same kind are: fields whose values agree, out
    /// of fields that either side fills in, and apart from that how many
    /// fields cite footnotes with other texts. Footnotes only rank candidates
    /// (two holdings alike but for the trust their footnote names); they never
    /// decide whether two rows are one, so a corrected footnote stays a change
    /// on each field that cites it.
    func similarity(to other: RowRecord, ignoring options: DiffOptions) -> Similarity {
        var score = Similarity()
        for i in fields.indices where i < other.fields.count {
            let a = fields[i], b = other.fields[i]
            if a.isIgnored(by: options) || Self.boilerplateElements.contains(a.element) { continue }
            let noteA = i < noteKeys.count ? noteKeys[i] : "", noteB = i < other.noteKeys.count ? other.noteKeys[i] : ""
            if noteA != noteB { score.noteDifferences += 1 }
            if a.value == nil && b.value == nil { continue }
            score.total += 1
            if a.sameValue(as: b) { score.agree += 1 }
        }
        return score
    }

    /// Fields nearly every row fills in the same way (form type 4, no swap):
    /// agreeing on them says nothing about being the same row.
    static let boilerplateElements: Set<String> = ["transactionFormType", "equitySwapInvolved"]

    /// Fields that carry what a row is about rather than boilerplate every
    /// row shares (form type 4, D, no swap).
    static let substantiveElements: Set<String> = [
        "transactionShares", "transactionTotalValue", "transactionPricePerShare", "sharesOwnedFollowingTransaction",
        "valueOwnedFollowingTransaction", "conversionOrExercisePrice", "underlyingSecurityShares",
        "underlyingSecurityValue", "exerciseDate", "expirationDate", "natureOfOwnership",
    ]

    /// Whether two rows whose meaning differs may still be one row corrected:
    /// the same title or the same transaction date, at most one identifying
    /// field different, and some amount, price or date in common (not zero). A row with
    /// nothing but boilerplate in common is another row.
    func mayBeCorrection(of other: RowRecord, ignoring options: DiffOptions) -> Bool {
        func same(_ element: String) -> Bool {
            guard !options.ignores(element), let a = field(element), let b = other.field(element),
                  a.value != nil, b.value != nil else { return false }
            return a.sameValue(as: b)
        }
        // A zero (a gift's price, a conversion's) is shared by unrelated rows.
        func sameAndTelling(_ element: String) -> Bool {
            guard same(element) else { return false }
            if case .number(let n)? = value(element), n.canonical == "0" { return false }
            return true
        }
        let title = value("securityTitle").map { TextFolding.key($0.written) }
        let sameTitle = title != nil && title == other.value("securityTitle").map { TextFolding.key($0.written) }
        guard sameTitle || same("transactionDate") else { return false }
        // One corrected identifying field is a correction; two are another row.
        var differing = 0
        for element in Self.keyElements where element != "securityTitle" && !options.ignores(element) {
            if field(element)?.key != other.field(element)?.key { differing += 1 }
        }
        if !sameTitle && !options.ignores("securityTitle") { differing += 1 }
        guard differing <= 1 else { return false }
        return Self.substantiveElements.contains { sameAndTelling($0) }
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
