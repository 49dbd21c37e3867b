import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 with two more Table II rows (a grant and
/// a holding), as `pdftotext` without `-layout` prints it when the PDF draws
/// Table II left-hand cells first: every row's title, price, date and code,
/// then the heads, then every row's right-hand cells, then the amounts of
/// the transactions drawn with neither.
@Suite struct EncodeCellStreamLeftHandsFirstTests {
    static let heads = EncodeCellStreamBandTests.heads
    static let original = heads + EncodeCellStreamBandTests.row

    static let grant = "Restricted\nStock Units\n\n(5)\n\n02/14/2024\n\nA\n\n"
    static let holding = "Phantom\nUnits\n\n(5)\n\n"
    static let rights = [
        "(5)\n\n03/01/2031\n\nCommon 2,500\nStock\n\n$0\n\n7,500\n\nD\n\n",
        "(5)\n\n(5)\n\nCommon 1,800\nStock\n\n$0\n\n1,800\n\nD\n\n",
        "(5)\n\n(5)\n\nCommon 4,000\nStock\n\n4,000\n\nI\n\nBy Trust\n\n",
    ]

    /// The three rows drawn row by row.
    static let inOrder = heads + EncodeCellStreamBandTests.row
        + "Restricted\nStock Units\n\n(5)\n\n02/14/2024\n\nA\n\n1,800\n\n" + rights[1]
        + holding + rights[2]

    /// The same rows drawn left-hand cells first; `amounts` are the paragraphs after the last row.
    static func leftHandsFirst(amounts: String) -> String {
        "Stock\nOption\n(Right to\nBuy)\n\n$12.40\n\n02/14/2024\n\nM\n\n" + grant + holding
            + heads + rights.joined() + amounts
    }

    /// Three left-hand groups, three right-hand groups, two amounts for the
    /// two transactions: the rows as drawn in order, each reported, and each
    /// amount taken told where it stood.
    @Test func leftHandsFirstAreReadAsRows() throws {
        let ordered = try EncodeCellStreamOrderTests.replacing(Self.original, with: Self.inOrder)
        let text = try EncodeCellStreamOrderTests.replacing(Self.original, with: Self.leftHandsFirst(amounts: "2,500\n\n1,800\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(ordered))
        let table = result.document.derivativeTable
        let rows = table?.derivativeTransaction ?? []
        #expect(rows.map { $0.transactionAmounts?.transactionShares?.value?.text } == ["2500", "1800"])
        #expect(rows.map { $0.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text } == ["7500", "1800"])
        #expect(table?.derivativeHolding.map { $0.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text } == ["4000"])
        let told = result.diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("left-hand cells first") }
        #expect(told.map(\.path) == ["/ownershipDocument/derivativeTable/derivativeTransaction[1]",
                                     "/ownershipDocument/derivativeTable/derivativeTransaction[2]",
                                     "/ownershipDocument/derivativeTable/derivativeHolding[1]"])
        let taken = result.diagnostics.filter { $0.message.contains("was taken as this row's amount") }
        #expect(taken.count == 2)
    }

    /// The grant's amount drawn among the heads, under its (A) head, and the
    /// option's amount opening its right-hand cells: the same rows.
    @Test func anAmountAmongTheHeadsGoesToTheRowWithout() throws {
        let ordered = try EncodeCellStreamOrderTests.replacing(Self.original, with: Self.inOrder)
        let drawn = "Stock\nOption\n(Right to\nBuy)\n\n$12.40\n\n02/14/2024\n\nM\n\n" + Self.grant + Self.holding
            + "V\n\n(A)\n\n1,800\n\n(D)\n\n" + Self.heads + "2,500\n\n" + Self.rights.joined()
        let text = try EncodeCellStreamOrderTests.replacing(Self.original, with: drawn)
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(ordered))
        let taken = result.diagnostics.filter { $0.message.contains("was taken as this row's amount") }
        #expect(taken.map(\.path) == ["/ownershipDocument/derivativeTable/derivativeTransaction[2]"])
    }

    /// One amount left at the end for two transactions without one: the
    /// counts disagree, nothing is read as blocks, and no row takes the
    /// grant's right-hand cells.
    @Test func countsThatDisagreeChangeNothing() throws {
        let text = try EncodeCellStreamOrderTests.replacing(Self.original, with: Self.leftHandsFirst(amounts: "2,500\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("left-hand cells first") })
        let rows = result.document.derivativeTable?.derivativeTransaction ?? []
        #expect(!rows.contains { $0.securityTitle?.value == "Restricted Stock Units" && $0.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "1800" })
    }
}
