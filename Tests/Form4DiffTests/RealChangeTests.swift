import Form4Core
import Form4Diff
import Testing

/// A single real change is reported exactly once, with both values as written.
@Suite struct RealChangeTests {
    static let samples: [Samples.Sample] = (try? Samples.all()) ?? []

    @Test(arguments: RealChanges.all.map(\.0))
    func reportedExactlyOnce(_ name: String) throws {
        let make = try #require(RealChanges.all.first { $0.0 == name }?.1)
        var applied = 0
        for s in Self.samples {
            guard let change = make(s.document) else { continue }
            // A footnote cited by one field of a row that is otherwise the same.
            applied += 1
            let changes = FilingComparer.compare(s.document, change.document)
            let report = FilingDiff(oldName: "A", newName: "B", changes: changes).text()
            #expect(changes.count == change.count, "\(s.name), \(name):\n\(report)")
            for c in changes {
                #expect(c.kind == change.kind, "\(s.name), \(name): \(c)")
                #expect(c.field == change.field, "\(s.name), \(name): \(c)")
                if change.kind == .changed || change.old != nil { #expect(c.old == change.old, "\(s.name): \(c)") }
                if change.kind == .changed || change.kind == .added && change.new != nil {
                    #expect(c.new == change.new, "\(s.name): \(c)")
                }
                // A whole row added or removed carries its content on its side.
                if change.kind == .added { #expect(c.new != nil && c.old == nil) }
                if change.kind == .removed { #expect(c.old != nil && c.new == nil) }
            }
        }
        #expect(applied >= 2, "the change \(name) must apply to some samples")
    }

    @Test func theFixtureAmendmentSaysWhatChanged() throws {
        let fixtures = try Samples.fixtures()
        let changes = FilingComparer.compare(fixtures[0].document, fixtures[1].document)
        let price = changes.filter { $0.field == "transactionPricePerShare" }
        #expect(price.count == 1)
        #expect(price.first?.old == "42.1875" && price.first?.new == "42.1785")
        #expect(price.first?.path == "Table I row 2 (Common Stock, 03/05/2025, S): price")
        let added = changes.filter { $0.kind == .added && $0.field == "nonDerivativeTransaction" }
        #expect(added.map(\.path) == ["Table I row 4 (Common Stock, 03/05/2025, S, 300 D)"])
        let notes = changes.filter { $0.field == "footnoteId" }
        #expect(notes.count == 1)
        #expect(notes.first?.old?.contains("$42.80") == true && notes.first?.new?.contains("$42.85") == true)
    }

    @Test func aChangedNumberIsShownAsWrittenOnEachSide() {
        var a = OwnershipDocument()
        a.nonDerivativeTable = NonDerivativeTable(nonDerivativeTransaction: [
            NonDerivativeTransaction(securityTitle: Footnoted("Common Stock"),
                                     transactionAmounts: TransactionAmounts(
                                        transactionPricePerShare: Footnoted(DecimalText("130.6886")!))),
        ])
        var b = a
        b.nonDerivativeTable?.nonDerivativeTransaction[0].transactionAmounts?.transactionPricePerShare =
            Footnoted(DecimalText("131.75110")!)
        let changes = FilingComparer.compare(a, b)
        #expect(changes.count == 1)
        #expect(changes.first?.old == "130.6886")
        #expect(changes.first?.new == "131.75110")
    }

    @Test func ignoredFieldsAreNotReported() throws {
        let fixtures = try Samples.fixtures()
        var b = fixtures[0].document
        b.schemaVersion = "X0609"
        b.issuer.issuerName = "LARKSPUR HARBOR ROBOTICS INC"
        b.reportingOwner[0].reportingOwnerId.rptOwnerName = "QUILLON MARGUERITE"
        #expect(FilingComparer.compare(fixtures[0].document, b).count == 3)
        let ignoring = DiffOptions(ignoredFields: ["schemaVersion", "issuerName", "rptOwnerName"])
        #expect(FilingComparer.compare(fixtures[0].document, b, options: ignoring).isEmpty)
        #expect(DiffOptions(ignoredFields: ["issuerNmae"]).unknownIgnoredFields == ["issuerNmae"])
    }
}
