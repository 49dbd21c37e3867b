import Testing
@testable import Form4Core

/// ``OwnershipDocument/footnoteSites`` reads each kind of row field by field;
/// the sites must be those of the rows converted into derivative transactions
/// (the one place that knows which fields each kind keeps).
@Suite struct FootnoteSitesTests {
    static func described(_ sites: [FootnoteReferenceSite]) -> [String] {
        sites.map { "\($0.rowPath) \($0.relative) \($0.footnoteId)" }
    }

    @Test func sameAsThroughTheConversion() {
        var rows = 0
        for seed in UInt64(0)..<300 {
            let document = DocumentGenerator.document(seed: seed)
            var expected: [FootnoteReferenceSite] = []
            for row in document.tableRows { FootnoteReferenceSite.append(row.kind, row.index, row.fields, to: &expected) }
            rows += document.tableRows.count
            #expect(Self.described(document.footnoteSites) == Self.described(expected), "seed \(seed)")
        }
        #expect(rows > 1000)
    }
}
