import Form4Core

/// The comparison of two named filings: what `form4xml diff` reports.
public struct FilingDiff: Sendable, Hashable {
    /// The names of the inputs as the user gave them.
    public var oldName: String
    public var newName: String
    public var changes: [Change]

    public init(oldName: String, newName: String, changes: [Change]) {
        self.oldName = oldName
        self.newName = newName
        self.changes = changes
    }

    public init(oldName: String, old: OwnershipDocument, newName: String, new: OwnershipDocument,
                options: DiffOptions = DiffOptions()) {
        self.init(oldName: oldName, newName: newName, changes: FilingComparer.compare(old, new, options: options))
    }

    /// The two filings say the same thing.
    public var isSame: Bool { changes.isEmpty }
}
