import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 with its Table II replaced by three rows
/// (a unit settled in Class B stock, that stock converted into Class A, and
/// a Class B holding owned through a trust), as `pdftotext` without
/// `-layout` prints it when the PDF draws Table II left-hand cells first
/// with the column heads interleaved: heads 1 to 4, every row's left-hand
/// cells, the "V" and column 5 heads with the transactions' amounts among
/// them, heads 6 to 10, every row's right-hand cells (the underlying title
/// cut around its amount), and last head 11 and the holding's nature.
@Suite struct EncodeCellStreamHeadsInterleavedTests {
    static let headsOneToFour = "1. Title of\nDerivative\nSecurity\n(Instr. 3)\n\n2.\nConversion\nor Exercise\nPrice of\nDerivative\nSecurity\n\n"
        + "3. Transaction\nDate\n(Month/Day/Year)\n\n3A. Deemed\nExecution Date,\nif any\n(Month/Day/Year)\n\n4.\nTransaction\nCode (Instr.\n8)\n\nCode\n\n"
    static let lefts = "Restricted\nStock Unit\n\n$0.00\n\n03/05/2025\n\nM\n\nClass B\nCommon\nStock(2)\n\n$0.00\n\n03/05/2025\n\nM\n\n"
        + "Class B\nCommon\nStock(2)\n\n$0.00\n\n"
    static let headsSixToTen = "6. Date\nExercisable and\nExpiration Date\n(Month/Day/Year)\n\n7. Title and Amount of\nSecurities Underlying\nDerivative Security\n(Instr. 3 and 4)\n\n"
        + "8. Price of\nDerivative\nSecurity\n(Instr. 5)\n\n9. Number of\nderivative\nSecurities\nBeneficially\nOwned\nFollowing\nReported\nTransaction(s)\n(Instr. 4)\n\n"
        + "10.\nOwnership\nForm:\nDirect (D)\nor Indirect\n(I) (Instr. 4)\n\nDate\nExercisable\n\nExpiration\nDate\n\nTitle\n\nAmount\nor\nNumber\nof\nShares\n\n"
    static let rights = "(1)\n\n09/30/2026 Class B\n\n21,480\n\nCommon\n\n(2)\n\nStock\n\n$0.00\n\n0\n\nD\n\n"
        + "(1)\n\n(1)\n\nClass A\n\n21,480\n\nCommon\n\nStock\n\n$0.00\n\n985,210\n\nD\n\n"
        + "(1)\n\n(1)\n\nClass A\n\n2,406,118\n\nCommon\n\nStock\n\n2,406,118\n\nI\n\n"
    static let nature = "11. Nature\nof Indirect\nBeneficial\nOwnership\n(Instr. 4)\n\nSee\nfootnote(3)\n\n"

    /// The fixture's Table II with the rows drawn as above; `amounts` are the
    /// paragraphs among the column 5 heads.
    static func text(amounts: String) throws -> String {
        let original = try EncodeCellStreamTests.text()
        guard let tableTwo = original.range(of: "Table II"),
              let start = original.range(of: "1. Title of\n", range: tableTwo.upperBound..<original.endIndex), let end = original.range(of: "Explanation of Responses:") else {
            Issue.record("the fixture's Table II is not where it was")
            return original
        }
        let table = headsOneToFour + lefts
            + "V\n\n5. Number of\nDerivative\nSecurities\nAcquired (A)\nor Disposed of\n(D) (Instr. 3, 4\nand 5)\n\n" + amounts
            + headsSixToTen + rights + nature
        return original.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: table)
    }

    /// Three left-hand groups, three right-hand groups, two amounts among the
    /// heads for the two transactions: three whole rows, each reported.
    @Test func leftHandsAfterHeadsAreReadAsRows() throws {
        let result = try EncodeCellStreamTests.encode(Self.text(amounts: "(A)\n\n(D)\n\n21,480\n\n21,480\n\n"))
        let table = result.document.derivativeTable
        let rows = table?.derivativeTransaction ?? []
        #expect(rows.map { $0.securityTitle?.value } == ["Restricted Stock Unit", "Class B Common Stock"])
        #expect(rows.map { $0.transactionCoding?.transactionCode } == ["M", "M"])
        #expect(rows.map { $0.transactionAmounts?.transactionShares?.value?.text } == ["21480", "21480"])
        #expect(rows.map { $0.underlyingSecurity?.underlyingSecurityTitle?.value } == ["Class B Common Stock", "Class A Common Stock"])
        #expect(rows.map { $0.underlyingSecurity?.underlyingSecurityShares?.value?.text } == ["21480", "21480"])
        #expect(rows.map { $0.expirationDate?.value?.text } == ["2026-09-30", nil])
        #expect(rows.map { $0.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text } == ["0", "985210"])
        let holdings = table?.derivativeHolding ?? []
        #expect(holdings.map { $0.securityTitle?.value } == ["Class B Common Stock"])
        #expect(holdings.map { $0.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text } == ["2406118"])
        #expect(holdings.map { $0.ownershipNature?.directOrIndirectOwnership?.value } == ["I"])
        #expect(holdings.map { $0.ownershipNature?.natureOfOwnership?.value } == ["See footnote"])
        let told = result.diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("left-hand cells first") }
        #expect(told.map(\.path) == ["/ownershipDocument/derivativeTable/derivativeTransaction[1]",
                                     "/ownershipDocument/derivativeTable/derivativeTransaction[2]",
                                     "/ownershipDocument/derivativeTable/derivativeHolding[1]"])
        #expect(result.diagnostics.filter { $0.message.contains("was taken as this row's amount") }.count == 2)
    }

    /// The holding's nature cut into two paragraphs ("See" / "footnote(3)"):
    /// the same rows, and no row titled "footnote".
    @Test func aNatureCutInTwoIsOneNature() throws {
        let apart = try EncodeCellStreamOrderTests.tables(Self.text(amounts: "(A)\n\n(D)\n\n21,480\n\n21,480\n\n"))
        let text = try Self.text(amounts: "(A)\n\n(D)\n\n21,480\n\n21,480\n\n").replacingOccurrences(of: "See\nfootnote(3)\n", with: "See\n\nfootnote(3)\n")
        #expect(text.contains("See\n\nfootnote(3)"))
        #expect(try EncodeCellStreamOrderTests.tables(text) == apart)
        #expect(apart.contains("See footnote"))
    }

    /// Each amount right under its (A) or (D) head: the same rows.
    @Test func amountsUnderTheirHeadsReadTheSame() throws {
        let under = try EncodeCellStreamOrderTests.tables(Self.text(amounts: "(A)\n\n21,480\n\n(D)\n\n21,480\n\n"))
        let apart = try EncodeCellStreamOrderTests.tables(Self.text(amounts: "(A)\n\n(D)\n\n21,480\n\n21,480\n\n"))
        #expect(under.contains("<derivativeHolding>"))
        #expect(under == apart)
    }

    /// One amount among the heads for two transactions: the counts disagree,
    /// nothing is read as blocks, and no row takes another's cells.
    @Test func countsThatDisagreeChangeNothing() throws {
        let result = try EncodeCellStreamTests.encode(Self.text(amounts: "(A)\n\n(D)\n\n21,480\n\n"))
        #expect(!result.diagnostics.contains { $0.message.contains("left-hand cells first") })
        let rows = result.document.derivativeTable?.derivativeTransaction ?? []
        #expect(!rows.contains { $0.securityTitle?.value == "Restricted Stock Unit" && $0.expirationDate?.value?.text == "2026-09-30" })
    }

    /// The paragraphs' tokens, in order, as the cell stream reads them.
    static func tokens(_ text: String) -> [LooseToken] {
        let lines = LooseText(text).lines
        return CellStream.paragraphs(lines[...]).flatMap(\.tokens)
    }

    /// Words after the underlying amount and before the price go back before
    /// it, the mark among them glued to the title's last word; words after
    /// the D/I (a nature) or with no value after them stay where they are.
    @Test func onlyTheTitlesRestBeforeAValueMoves() throws {
        let around = try #require(CellStream.underlyingTitleAroundAmount(Self.tokens("(1)\n\n09/30/2026 Class B\n\n21,480\n\nCommon\n\n(2)\n\nStock\n\n$0.00\n\n0\n\nD\n")))
        #expect(around.cells.map(\.text) == ["", "09/30/2026", "Class", "B", "Common", "Stock", "21,480", "$0.00", "0", "D"])
        #expect(around.cells[5].footnotes == ["F2"])
        #expect(around.moved.text == "Common")
        #expect(CellStream.underlyingTitleAroundAmount(Self.tokens("(1)\n\n(1)\n\nClass A Common Stock\n\n21,480\n\n$0.00\n\n0\n\nD\n")) == nil)
        #expect(CellStream.underlyingTitleAroundAmount(Self.tokens("(1)\n\n(1)\n\nCommon Stock\n\n4,000\n\nI\n\nBy Trust\n")) == nil)
        #expect(CellStream.underlyingTitleAroundAmount(Self.tokens("(1)\n\n(1)\n\nCommon\n\n4,000\n\nStock\n")) == nil)
    }
}
