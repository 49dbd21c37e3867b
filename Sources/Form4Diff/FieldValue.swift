import Form4Core

/// A value of one field, typed so that two spellings of the same thing
/// compare equal: numbers by value (`1.50` = `1.5`), dates by calendar day,
/// booleans by truth, text with white space folded. `written` is always the
/// text as the file had it, which is what a change shows.
enum FieldValue: Sendable, Hashable {
    case text(String)
    case number(DecimalText)
    case date(DateText)
    case flag(Bool)
    /// A CIK: digits compared without leading zeros (`0001441816` = `1441816`).
    case identifier(String)

    var written: String {
        switch self {
        case .text(let s), .identifier(let s): s
        case .number(let d): d.text
        case .date(let d): d.text
        case .flag(let b): b ? "true" : "false"
        }
    }

    /// A key that is equal exactly when two values say the same thing: text
    /// folded, numbers canonical (equal exactly when equal in value, see
    /// `DecimalText.canonical`), dates as their calendar day, CIKs without
    /// leading zeros.
    var comparisonKey: String {
        switch self {
        case .text(let s): "t:" + TextFolding.fold(s)
        case .number(let d): "n:" + d.canonical
        case .date(let d): "d:" + d.isoDate
        case .flag(let b): b ? "b:1" : "b:0"
        case .identifier(let s):
            "i:" + TextFolding.strippingLeadingZeros(TextFolding.fold(s))
        }
    }

    func sameValue(as other: FieldValue) -> Bool {
        switch (self, other) {
        case (.number(let a), .number(let b)): a.hasSameValue(as: b)
        case (.date(let a), .date(let b)): a.isSameDay(as: b)
        case (.flag(let a), .flag(let b)): a == b
        default: comparisonKey == other.comparisonKey
        }
    }

    /// Text that folds to nothing says nothing: `<rptOwnerStreet2></rptOwnerStreet2>`
    /// and a missing street 2 are the same filing.
    static func someText(_ s: String?) -> FieldValue? {
        guard let s, !TextFolding.fold(s).isEmpty else { return nil }
        return .text(s)
    }

    static func someIdentifier(_ s: String?) -> FieldValue? {
        guard let s, !TextFolding.fold(s).isEmpty else { return nil }
        return .identifier(s)
    }

    static func someNumber(_ d: DecimalText?) -> FieldValue? { d.map(FieldValue.number) }
    static func someDate(_ d: DateText?) -> FieldValue? { d.map(FieldValue.date) }

    /// A box that is absent is a box that is not checked, so nil and false
    /// compare equal; see ``DiffField/flag(_:_:label:group:)``.
    static func someFlag(_ b: Bool?) -> FieldValue? { b.map(FieldValue.flag) }
}
