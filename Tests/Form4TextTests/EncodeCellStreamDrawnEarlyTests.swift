import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 as `pdftotext` without `-layout` prints
/// it when the PDF draws a cell ahead of where it stands in its row: the
/// "V" head after the date, a code before its date, a nature before the
/// amount owned and D/I, the first row's nature among the column heads, an
/// amount with a decimal point beside a wrapped underlying title.
@Suite struct EncodeCellStreamDrawnEarlyTests {
    static func encode(_ text: String) throws -> EncodeResult { try EncodeCellStreamTests.encode(text) }
    static func tables(_ text: String) throws -> Substring { try EncodeCellStreamOrderTests.tables(text) }
    static func replacing(_ old: String, with new: String) throws -> String { try EncodeCellStreamOrderTests.replacing(old, with: new) }

    /// "02/14/2024" / "V" / "M": the V column follows the code, so a "V"
    /// before it is the head; the row keeps its code M, and is told (the
    /// edit meets the first row of both tables).
    @Test func aVBetweenDateAndCodeIsTheHead() throws {
        let text = try Self.replacing("02/14/2024\n\nM\n\n2,500", with: "02/14/2024\n\nV\n\nM\n\n2,500")
        let result = try Self.encode(text)
        #expect(result.document.nonDerivativeTable?.nonDerivativeTransaction.first?.transactionCoding?.transactionCode == "M")
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        let told = result.diagnostics.filter { $0.message.contains("taken as the V column's head") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]",
                                     "/ownershipDocument/derivativeTable/derivativeTransaction[1]"])
        #expect(result.document.derivativeTable?.derivativeTransaction.first?.transactionCoding?.transactionCode == "M")
    }

    /// The third row owned indirectly, in row order (made-up edit applied alike to both texts).
    static let thirdInOrder = "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n"

    /// "Common Stock" / "S(1)" / "02/15/2024": a code drawn between the title
    /// and the date is the row's code, and the row is told.
    @Test func aCodeDrawnBeforeTheDateIsTheRowsCode() throws {
        let inOrder = try Self.replacing("Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n", with: Self.thirdInOrder)
        let text = try Self.replacing("Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n",
                                      with: "Common\nStock\n\nS(1)\n\n02/15/2024\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n")
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(inOrder))
        let told = result.diagnostics.filter { $0.message.contains("drawn between the row's title and its date") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
    }

    /// "$30.9(3)" / "By Quillane Family Trust(4)" / "44,610" / "I" / next
    /// title: the nature drawn before the amount owned and the D/I goes after
    /// them, and the row is told; the holding after it is read as before.
    @Test func aNatureDrawnBeforeTheAmountOwnedGoesAfterTheDirectIndirect() throws {
        let inOrder = try Self.replacing("Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n", with: Self.thirdInOrder)
        let text = try Self.replacing("Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n",
                                      with: "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\nBy Quillane\nFamily\nTrust(4)\n\n44,610\n\nI\n\n")
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(inOrder))
        #expect(result.document.nonDerivativeTable?.nonDerivativeHolding.count == 1)
        let told = result.diagnostics.filter { $0.message.contains("drawn before the row's amount owned") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
    }

    /// A nature drawn early but a D/I "D" after the figure: a direct row has
    /// no nature to take, so nothing is moved.
    @Test func aTextBeforeAFigureAndADIsNotMoved() throws {
        let text = try Self.replacing("Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n",
                                      with: "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\nBy Quillane\nFamily\nTrust(4)\n\n44,610\n\nD\n\n")
        let result = try Self.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("drawn before the row's amount owned") })
    }

    /// A fourth transaction after the third (made-up), so that a title with a date follows it.
    static let fourth = "Common\nStock\n\n02/16/2024\n\nS(1)\n\n900\n\nD\n\n$30.1(3)\n\n43,710\n\nD\n\n"

    /// "44,610" / "I" / "Quillane Family Trust(4)" / heads printed again /
    /// "Common Stock" / "02/16/2024": the text alone before a page's heads
    /// (not opening as a nature does, "By …") is the nature of the row
    /// above, not a row, and that row is told.
    @Test func aNatureBeforeRepeatedHeadsIsTheRowAbovesNature() throws {
        let third = "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n"
        let indirect = "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nQuillane Family\nTrust(4)\n\n"
        let inOrder = try Self.replacing(third, with: indirect + Self.fourth)
        let text = try Self.replacing(third, with: indirect + "2. Transaction\nDate\n(Month/Day/Year)\n\n" + Self.fourth)
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(inOrder))
        let told = result.diagnostics.filter { $0.message.contains("alone before column heads printed again") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
    }

    /// "5,000" / "I" / heads / "Common Stock" / "7. Nature of Indirect" head /
    /// "By Quillane Family Trust(4)": a holding alone in Table I, its amount
    /// and D/I drawn before its title and its nature after the nature's
    /// head. The values go between the title and the nature, and the row is told.
    @Test func valuesBeforeTheFirstTitleGoAheadOfTheNature() throws {
        let fixture = try EncodeCellStreamTests.text()
        let start = try #require(fixture.range(of: "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"))
        let end = try #require(fixture.range(of: "Table II - "))
        let old = String(fixture[start.upperBound..<end.lowerBound])
        let heads = "1. Title of Security (Instr. 3)\n\n2. Transaction\nDate\n(Month/Day/Year)\n\nCode\n\nV\n\nAmount\n\n(A) or\n(D)\n\nPrice\n\n"
            + "5. Amount of\nSecurities\nBeneficially\nOwned Following\nReported\nTransaction(s)\n(Instr. 3 and 4)\n\n"
            + "6.\nOwnership\nForm: Direct\n(D) or\nIndirect (I)\n(Instr. 4)\n\n"
        let natureHead = "7. Nature of Indirect Beneficial\nOwnership (Instr. 4)\n\n"
        let inOrder = try Self.replacing(old, with: heads + natureHead + "Common Stock\n\n5,000\n\nI\n\nBy Quillane Family Trust(4)\n\n")
        let text = try Self.replacing(old, with: heads + "5,000\n\nI\n\nCommon Stock\n\n" + natureHead + "By Quillane Family Trust(4)\n\n")
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(inOrder))
        let nature = result.document.nonDerivativeTable?.nonDerivativeHolding.first?.ownershipNature?.natureOfOwnership
        #expect(nature?.value == "By Quillane Family Trust")
        let told = result.diagnostics.filter { $0.message.contains("ahead of its nature of ownership") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]"])
    }

    /// The column heads of Table II, the last of them before the row's first cells.
    static let table2LastHeads = "Date\nExpiration Title Amount\nExercisable\nDate\nor\nNumber\nof\nShares\n\n"

    /// A holding drawn before the transaction, its nature among the column
    /// heads: the nature is the holding's, the holding is read, and told.
    @Test func aNatureAmongTheHeadsIsTheFirstRowsNature() throws {
        let holding = "Series B Preferred\nStock\n\n(5)\n\n(5)\n\n(5)\n\nCommon 1,000\nStock\n\n1,000\n\nI\n\n"
        let text = try Self.replacing(Self.table2LastHeads, with: "By Quillane Family\nTrust(4)\n\n" + Self.table2LastHeads + holding)
        let result = try Self.encode(text)
        let holdings = result.document.derivativeTable?.derivativeHolding ?? []
        #expect(holdings.count == 1)
        let nature = holdings.first?.ownershipNature?.natureOfOwnership
        #expect(nature?.value == "By Quillane Family Trust")
        #expect(nature?.footnoteId == ["F4"])
        #expect(holdings.first?.underlyingSecurity?.underlyingSecurityShares?.value?.text == "1000")
        #expect(result.document.derivativeTable?.derivativeTransaction.count == 1)
        let told = result.diagnostics.filter { $0.message.contains("drawn among the column heads") }
        #expect(told.map(\.path) == ["/ownershipDocument/derivativeTable/derivativeHolding[1]"])
        #expect(!result.diagnostics.contains { $0.rule == "ENC-UNPLACED" })
    }

    /// The same text right before the holding's title, no head between
    /// them: which of the two is the title cannot be told, so nothing is
    /// read from them, and every row of the table is told that a row may be
    /// missing before it (the rows read may stand one place off).
    @Test func aTitleAndFiguresLeftBeforeTheFirstRowAreReportedOnEveryRow() throws {
        let holding = "Series B Preferred\nStock\n\n(5)\n\n(5)\n\n(5)\n\nCommon 1,000\nStock\n\n1,000\n\nI\n\n"
        let text = try Self.replacing(Self.table2LastHeads, with: Self.table2LastHeads + "By Quillane Family\nTrust(4)\n\n" + holding)
        let result = try Self.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("drawn among the column heads") })
        let told = result.diagnostics.filter { $0.rule == "ENC-UNPLACED" && $0.message.contains("a row may be missing here") }
        #expect(told.map(\.path) == ["/ownershipDocument/derivativeTable/derivativeTransaction[1]"])
    }

    /// "Common 2500.5" / "Stock": a figure with a decimal point that ends the
    /// first line of a wrapped underlying title is its amount, not a word.
    @Test func aDecimalAmountBesideAWrappedTitleIsTheAmount() throws {
        let text = try Self.replacing("Common 2,500\nStock", with: "Common 2500.5\nStock")
        let result = try Self.encode(text)
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(row.underlyingSecurity?.underlyingSecurityShares?.value?.text == "2500.5")
    }
}
