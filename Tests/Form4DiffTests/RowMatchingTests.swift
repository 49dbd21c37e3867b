import Form4Core
import Form4Diff
import Testing

/// Rows are matched by meaning: ten sales on one day are told apart by their
/// amounts and prices, a corrected date is a change to a row, not a new row.
@Suite struct RowMatchingTests {
    static func sale(_ shares: String, _ price: String, date: String = "2021-11-04",
                     title: String = "Common Stock") -> NonDerivativeTransaction {
        NonDerivativeTransaction(
            securityTitle: Footnoted(title), transactionDate: Footnoted(DateText(date)!),
            transactionCoding: TransactionCoding(transactionFormType: "4", transactionCode: "S"),
            transactionAmounts: TransactionAmounts(transactionShares: Footnoted(DecimalText(shares)!),
                                                   transactionPricePerShare: Footnoted(DecimalText(price)!),
                                                   transactionAcquiredDisposedCode: Footnoted("D")),
            postTransactionAmounts: PostTransactionAmounts(sharesOwnedFollowingTransaction: Footnoted(DecimalText("1000")!)),
            ownershipNature: OwnershipNature(directOrIndirectOwnership: Footnoted("D")))
    }

    static func document(_ rows: [NonDerivativeTransaction]) -> OwnershipDocument {
        OwnershipDocument(documentType: "4", nonDerivativeTable: NonDerivativeTable(nonDerivativeTransaction: rows))
    }

    static let tenSales = (0..<10).map { sale("\(100 + $0 * 37)", "130.\(6886 + $0 * 111)") }

    @Test func oneChangedPriceAmongTenSalesOfOneDay() {
        var changed = Self.tenSales
        changed[6].transactionAmounts?.transactionPricePerShare = Footnoted(DecimalText("131.7511")!)
        // Shuffled as well: the change is still one price on one row.
        let shuffled = Array(changed[5...] + changed[..<5])
        let changes = FilingComparer.compare(Self.document(Self.tenSales), Self.document(shuffled))
        #expect(changes.count == 1)
        #expect(changes.first?.path == "Table I row 7→2 (Common Stock, 11/04/2021, S): price")
        #expect(changes.first?.old == Self.tenSales[6].transactionAmounts?.transactionPricePerShare?.value?.text)
        #expect(changes.first?.new == "131.7511")
    }

    @Test func aCorrectedDateIsAChangeNotANewRow() {
        var changed = Self.tenSales
        changed[2].transactionDate = Footnoted(DateText("2021-11-05")!)
        let changes = FilingComparer.compare(Self.document(Self.tenSales), Self.document(changed))
        #expect(changes.count == 1)
        #expect(changes.first?.kind == .changed)
        #expect(changes.first?.field == "transactionDate")
        #expect(changes.first?.path == "Table I row 3 (Common Stock, 11/04/2021, S → Common Stock, 11/05/2021, S): transaction date")
    }

    @Test func anUnrelatedRowIsAddedAndRemovedNotChanged() {
        let a = Self.document([Self.sale("100", "10")])
        let b = Self.document([Self.sale("2500", "77.5", date: "2022-01-03", title: "Preferred Stock")])
        let changes = FilingComparer.compare(a, b)
        #expect(changes.map(\.kind) == [.removed, .added])
        #expect(changes.first?.path == "Table I row 1 (Common Stock, 11/04/2021, S, 100 D)")
        #expect(changes.last?.path == "Table I row 1 (Preferred Stock, 01/03/2022, S, 2,500 D)")
    }

    @Test func strictOrderReportsTheMovedRowsOnly() {
        var swapped = Self.tenSales
        swapped.swapAt(1, 2)
        let loose = FilingComparer.compare(Self.document(Self.tenSales), Self.document(swapped))
        #expect(loose.isEmpty)
        let strict = FilingComparer.compare(Self.document(Self.tenSales), Self.document(swapped),
                                            options: DiffOptions(strictOrder: true))
        // Either of the two swapped rows could be the one that moved: both are named.
        #expect(strict.count == 2)
        #expect(strict.allSatisfy { $0.kind == .moved })
        // In document order of the new file: what is now row 2, then row 3.
        #expect(strict.map(\.path) == ["Table I row 3→2 (Common Stock, 11/04/2021, S)",
                                        "Table I row 2→3 (Common Stock, 11/04/2021, S)"])
        // One row taken from the end to the front: that row moved, no other.
        let rotated = [Self.tenSales[9]] + Self.tenSales[..<9]
        let one = FilingComparer.compare(Self.document(Self.tenSales), Self.document(rotated),
                                         options: DiffOptions(strictOrder: true))
        #expect(one.map(\.path) == ["Table I row 10→1 (Common Stock, 11/04/2021, S)"])
        // An insertion at the top shifts every row but moves none.
        let inserted = [Self.sale("1", "1", date: "2021-11-03")] + Self.tenSales
        let shifted = FilingComparer.compare(Self.document(Self.tenSales), Self.document(inserted),
                                             options: DiffOptions(strictOrder: true))
        #expect(shifted.map(\.kind) == [.added])
    }

    @Test func numbersDatesAndTextCompareByValue() {
        var a = Self.sale("37400", "1.5")
        a.securityTitle = Footnoted("Common  Stock,\n  Class A")
        var b = Self.sale("+037400.00", "1.50")
        b.securityTitle = Footnoted(" Common Stock, Class A ")
        b.transactionDate = Footnoted(DateText("2021-11-04Z")!)
        #expect(FilingComparer.compare(Self.document([a]), Self.document([b])).isEmpty)
        b.securityTitle = Footnoted("Common Stock, Class B")
        #expect(FilingComparer.compare(Self.document([a]), Self.document([b])).count == 1)
    }

    @Test func footnotesCompareByTextOnEachField() {
        var a = Self.document([Self.sale("100", "10")])
        a.nonDerivativeTable?.nonDerivativeTransaction[0].transactionAmounts?.transactionPricePerShare?.footnoteId = ["F1", "F2"]
        a.footnotes = [Footnote(id: "F1", text: "Weighted average."), Footnote(id: "F2", text: "Range $9 to $11.")]
        var b = a
        // Renumbered and cited in another order: the same.
        b.nonDerivativeTable?.nonDerivativeTransaction[0].transactionAmounts?.transactionPricePerShare?.footnoteId = ["F1", "F2"]
        b.footnotes = [Footnote(id: "F2", text: "Weighted\n average."), Footnote(id: "F1", text: "Range $9 to $11.")]
        #expect(FilingComparer.compare(a, b).isEmpty)
        // A corrected text: one change with both texts.
        b.footnotes[1].text = "Range $9 to $12."
        let changes = FilingComparer.compare(a, b)
        #expect(changes.count == 1)
        #expect(changes.first?.path == "Table I row 1 (Common Stock, 11/04/2021, S): price footnote")
        #expect(changes.first?.old == "Range $9 to $11." && changes.first?.new == "Range $9 to $12.")
    }

    @Test func ownersAreMatchedByCIKThenByName() {
        func owner(_ cik: String?, _ name: String, city: String) -> ReportingOwner {
            ReportingOwner(reportingOwnerId: ReportingOwnerId(rptOwnerCik: cik, rptOwnerName: name),
                           reportingOwnerAddress: ReportingOwnerAddress(rptOwnerCity: city))
        }
        let a = OwnershipDocument(reportingOwner: [owner("0000000101", "Alpha Fund LP", city: "Dover"),
                                                   owner(nil, "Beta Trust", city: "Lewes")])
        let b = OwnershipDocument(reportingOwner: [owner(nil, "BETA TRUST", city: "Lewes"),
                                                   owner("101", "Alpha Fund, L.P.", city: "Milford")])
        let changes = FilingComparer.compare(a, b, options: DiffOptions(ignoredFields: ["rptOwnerName"]))
        #expect(changes.count == 1)
        #expect(changes.first?.field == "rptOwnerCity")
        #expect(changes.first?.path == "Reporting owner 1→2 (Alpha Fund LP → Alpha Fund, L.P.): city")
    }
}
