import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 with a second Table II row, as
/// `pdftotext` without `-layout` prints it when the PDF draws Table II in
/// bands: every row's first cells (title to amount), heads, every row's
/// dates and underlying title, heads, every row's last cells.
@Suite struct EncodeCellStreamBandTests {
    static let heads = "Date\nExpiration Title Amount\nExercisable\nDate\nor\nNumber\nof\nShares\n\n"
    static let row = "Stock\nOption\n(Right to\nBuy)\n\n$12.40\n\n02/14/2024\n\nM\n\n2,500\n\n(5)\n\n03/01/2031\n\nCommon 2,500\nStock\n\n$0\n\n7,500\n\nD\n\n"

    /// Both rows drawn row by row (a made-up second row).
    static let inOrder = heads + row
        + "Restricted\nStock Units\n\n(5)\n\n02/14/2024\n\nA\n\n1,800\n\n(5)\n\n(5)\n\nCommon 1,800\nStock\n\n$0\n\n1,800\n\nD\n\n"

    /// The same rows in three bands; `last` is the third band.
    static func inBands(last: String) -> String {
        "Stock\nOption\n(Right to\nBuy)\n\n$12.40\n\n02/14/2024\n\nM\n\n2,500\n\nRestricted\nStock Units\n\n(5)\n\n02/14/2024\n\nA\n\n1,800\n\n"
            + "Date\nExercisable\n\n(5)\n\n03/01/2031\n\nCommon\nStock\n\n(5)\n\n(5)\n\nCommon\nStock\n\n"
            + "Amount\nor\nNumber\nof\nShares\n\n" + last
    }

    /// Two titles, two groups in each later band: the rows as drawn in
    /// order, each told which lines it was put together from.
    @Test func bandsThatFitAreReadAsRows() throws {
        let ordered = try EncodeCellStreamOrderTests.replacing(Self.heads + Self.row, with: Self.inOrder)
        let text = try EncodeCellStreamOrderTests.replacing(Self.heads + Self.row, with: Self.inBands(last: "2,500\n\n$0\n\n7,500\n\nD\n\n1,800\n\n$0\n\n1,800\n\nD\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(ordered))
        let rows = result.document.derivativeTable?.derivativeTransaction ?? []
        #expect(rows.map { $0.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text } == ["7500", "1800"])
        let told = result.diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("drawn in 3 bands") }
        #expect(told.map(\.path) == ["/ownershipDocument/derivativeTable/derivativeTransaction[1]",
                                     "/ownershipDocument/derivativeTable/derivativeTransaction[2]"])
    }

    /// The last band short of one group (the second row's D/I missing): no
    /// band is read, and no row takes the first row's right-hand cells.
    @Test func bandsThatDoNotFitChangeNothing() throws {
        let text = try EncodeCellStreamOrderTests.replacing(Self.heads + Self.row, with: Self.inBands(last: "2,500\n\n$0\n\n7,500\n\nD\n\n1,800\n\n$0\n\n1,800\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("bands") })
        let rows = result.document.derivativeTable?.derivativeTransaction ?? []
        #expect(!rows.contains { $0.securityTitle?.value == "Restricted Stock Units" && $0.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "1800" })
    }
}
