import Form4Core

/// One comparable field of a part of the filing (the header, an owner, a
/// row): its element, the value and the footnotes cited on it.
///
/// Every part is turned into a list of these with the same elements on both
/// sides, so one loop compares headers, owners and rows alike.
struct DiffField: Sendable {
    var element: String
    /// Enclosing elements, so `--ignore reportingOwnerAddress` reaches the city.
    var group: [String]
    let value: FieldValue?
    var footnoteIds: [String]
    /// A check box: absent means unchecked, so nil and false are the same.
    let isFlag: Bool
    /// What the comparison sees, computed once: rows are compared many times
    /// while they are matched, and folding text each time would dominate.
    let key: String?

    init(_ element: String, _ value: FieldValue?, group: [String], footnoteIds: [String] = [], isFlag: Bool = false) {
        self.element = element
        self.group = group
        self.value = value
        self.footnoteIds = footnoteIds
        self.isFlag = isFlag
        // An unchecked box and a missing box agree.
        key = value?.comparisonKey ?? (isFlag ? FieldValue.flag(false).comparisonKey : nil)
    }

    static func footnoted<T>(_ element: String, _ field: Footnoted<T>?, group: [String],
                             _ make: (T) -> FieldValue?) -> DiffField {
        DiffField(element, field?.value.flatMap(make), group: group, footnoteIds: field?.footnoteId ?? [])
    }

    static func flag(_ element: String, _ value: Bool?, group: [String]) -> DiffField {
        DiffField(element, FieldValue.someFlag(value), group: group, isFlag: true)
    }

    /// The value as the comparison sees it: an unchecked box and a missing box agree.
    var effectiveKey: String? { key }

    /// Same value: equal comparison keys (see ``FieldValue/comparisonKey``).
    func sameValue(as other: DiffField) -> Bool { key == other.key }

    /// Whether `--ignore` covers this field or one of its groups.
    func isIgnored(by options: DiffOptions) -> Bool {
        !options.ignoredFields.isEmpty && (options.ignores(element) || options.ignoresAny(group))
    }

    var label: String { FieldCatalog.label(element) }
    var display: Change.Display { FieldCatalog.display(element) }
}
