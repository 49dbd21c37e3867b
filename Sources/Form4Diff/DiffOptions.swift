/// What a comparison should leave out or look at more strictly.
public struct DiffOptions: Sendable, Hashable {
    /// EDGAR element names whose differences are not reported: a field
    /// (`schemaVersion`, `issuerName`, `rptOwnerName`, `transactionPricePerShare`),
    /// a group (`reportingOwnerAddress`, `ownerSignature`, `derivativeHolding`),
    /// or `footnoteId` for all footnote differences. Ignored fields also take no
    /// part in matching rows.
    public var ignoredFields: Set<String>
    /// Report rows that kept their content but changed their place in the table.
    public var strictOrder: Bool

    public init(ignoredFields: Set<String> = [], strictOrder: Bool = false) {
        self.ignoredFields = ignoredFields
        self.strictOrder = strictOrder
    }

    /// The names `--ignore` accepts: every element the comparison looks at.
    public static let knownFields: Set<String> = FieldCatalog.allElements

    /// Names in `ignoredFields` that are no element the comparison knows, so a
    /// typo in `--ignore` is refused instead of silently ignoring nothing.
    public var unknownIgnoredFields: [String] {
        ignoredFields.subtracting(Self.knownFields).sorted()
    }

    func ignores(_ element: String) -> Bool { ignoredFields.contains(element) }

    func ignoresAny(_ elements: [String]) -> Bool {
        !ignoredFields.isEmpty && elements.contains { ignoredFields.contains($0) }
    }
}
