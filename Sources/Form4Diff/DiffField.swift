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
    var value: FieldValue?
    var footnoteIds: [String]
    /// A check box: absent means unchecked, so nil and false are the same.
    var isFlag: Bool

    init(_ element: String, _ value: FieldValue?, group: [String], footnoteIds: [String] = [], isFlag: Bool = false) {
        self.element = element
        self.group = group
        self.value = value
        self.footnoteIds = footnoteIds
        self.isFlag = isFlag
    }

    static func footnoted<T>(_ element: String, _ field: Footnoted<T>?, group: [String],
                             _ make: (T) -> FieldValue?) -> DiffField {
        DiffField(element, field?.value.flatMap(make), group: group, footnoteIds: field?.footnoteId ?? [])
    }

    static func flag(_ element: String, _ value: Bool?, group: [String]) -> DiffField {
        DiffField(element, FieldValue.someFlag(value), group: group, isFlag: true)
    }

    /// The value as the comparison sees it: an unchecked box and a missing box agree.
    var effectiveKey: String? {
        if isFlag { return (value.map { $0.comparisonKey }) ?? FieldValue.flag(false).comparisonKey }
        return value?.comparisonKey
    }

    func sameValue(as other: DiffField) -> Bool {
        switch (value, other.value) {
        case (nil, nil): return true
        case (let a?, let b?): return a.sameValue(as: b)
        default: return isFlag && effectiveKey == other.effectiveKey
        }
    }

    var label: String { FieldCatalog.label(element) }
    var display: Change.Display { FieldCatalog.display(element) }
}
