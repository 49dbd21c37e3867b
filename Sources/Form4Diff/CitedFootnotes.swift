import Form4Core

/// Every footnote id that a field of the document cites, in document order.
enum CitedFootnotes {
    static func ids(in document: OwnershipDocument) -> [String] {
        RowRecord.rowsWithoutNotes(of: document).flatMap { $0.fields.flatMap(\.footnoteIds) }
    }
}
