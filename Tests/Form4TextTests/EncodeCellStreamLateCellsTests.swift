import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 as `pdftotext` without `-layout` prints
/// it when the PDF draws cells after where they stand in their row: a Table
/// II row's underlying title, price and D/I after its nature, an underlying
/// amount after the last row, the left-hand cells of two rows after the
/// table's holdings. Each test compares the tables read from the edited text
/// with those read from the same rows in row order.
@Suite struct EncodeCellStreamLateCellsTests {
    static func encode(_ text: String) throws -> EncodeResult { try EncodeCellStreamTests.encode(text) }
    static func tables(_ text: String) throws -> Substring { try EncodeCellStreamOrderTests.tables(text) }
    static func replacing(_ old: String, with new: String) throws -> String { try EncodeCellStreamOrderTests.replacing(old, with: new) }

    /// The Table II row's last cells in row order.
    static let table2Tail = "Common 2,500\nStock\n\n$0\n\n7,500\n\nD\n\n"
    /// The same row owned indirectly, in row order (made-up edit).
    static let table2TailIndirect = "Common 2,500\nStock\n\n$0\n\n7,500\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n"

    /// "7,500" / "By Quillane Family Trust(4)" / "Common 2,500" / "Stock" /
    /// "$0" / "I": the amount owned and the nature drawn before the
    /// underlying security, the price and the D/I. Each goes to its place,
    /// and the row is told.
    @Test func aNatureDrawnBeforeTheUnderlyingSecurityGoesLast() throws {
        let inOrder = try Self.replacing(Self.table2Tail, with: Self.table2TailIndirect)
        let text = try Self.replacing(Self.table2Tail, with: "7,500\n\nBy Quillane\nFamily\nTrust(4)\n\nCommon 2,500\nStock\n\n$0\n\nI\n\n")
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(inOrder))
        let row = result.document.derivativeTable?.derivativeTransaction.first
        #expect(row?.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "7500")
        #expect(row?.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
        let told = result.diagnostics.filter { $0.message.contains("was taken as the row's nature of ownership, the cells between") }
        #expect(told.map(\.path) == ["/ownershipDocument/derivativeTable/derivativeTransaction[1]"])
    }

    /// The same with the underlying title's column heads drawn between the
    /// nature and the title ("Amount" / "or" / "Number" / "of" / "Shares").
    @Test func headsBetweenTheNatureAndTheUnderlyingSecurityAreSkipped() throws {
        let inOrder = try Self.replacing(Self.table2Tail, with: Self.table2TailIndirect)
        let text = try Self.replacing(Self.table2Tail, with: "7,500\n\nBy Quillane\nFamily\nTrust(4)\n\nAmount\nor\nNumber\nof\nShares\n\nCommon 2,500\nStock\n\n$0\n\nI\n\n")
        #expect(try Self.tables(text) == Self.tables(inOrder))
    }

    /// A text that does not open as a nature does ("Quillane Family Trust")
    /// before the underlying security: nothing is moved.
    @Test func aTextThatIsNoNatureIsNotMoved() throws {
        let text = try Self.replacing(Self.table2Tail, with: "7,500\n\nQuillane\nFamily\nTrust(4)\n\nCommon 2,500\nStock\n\n$0\n\nI\n\n")
        let result = try Self.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("was taken as the row's nature of ownership, the cells between") })
    }

    /// "Common" / "Stock" / "$0" / "7,500" / "D" / "2,500": the underlying
    /// amount drawn after the table's last row goes after the underlying
    /// title of the row that lacks it, and the row is told.
    @Test func anUnderlyingAmountAfterTheLastRowGoesToTheRowWithoutOne() throws {
        let text = try Self.replacing(Self.table2Tail, with: "Common\nStock\n\n$0\n\n7,500\n\nD\n\n2,500\n\n")
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        let row = result.document.derivativeTable?.derivativeTransaction.first
        #expect(row?.underlyingSecurity?.underlyingSecurityShares?.value?.text == "2500")
        #expect(result.document.derivativeTable?.derivativeHolding.isEmpty ?? true)
        let told = result.diagnostics.filter { $0.message.contains("was taken as this row's underlying amount") }
        #expect(told.map(\.path) == ["/ownershipDocument/derivativeTable/derivativeTransaction[1]"])
    }

    /// Two figures after the last row and one row without an underlying
    /// amount: they do not fit, so nothing is moved.
    @Test func underlyingAmountsThatDoNotFitAreNotMoved() throws {
        let text = try Self.replacing(Self.table2Tail, with: "Common\nStock\n\n$0\n\n7,500\n\nD\n\n2,500\n\n2,500\n\n")
        let result = try Self.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("was taken as this row's underlying amount") })
    }

    /// Table I's rows and the holding as the fixture prints them; the tests
    /// make every row owned indirectly (made-up), as where this was seen.
    static let table1Rows = "$12.40\n\n48,310\n\nD\n\n"
        + "Common\nStock\n\n02/14/2024\n\nS(1)\n\n2,500 D\n\n$31.2875(2) 45,810\n\nD\n\n"
        + "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n"
    static let holding = "Common\nStock\n\n5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n"

    /// "… I" / "By Quillane Family Trust(4)" / "D" / "$31.2875(2)" / "45,810" / "I" / "By Quillane Family Trust(4)" /
    /// "D" / … / the holding / "Common Stock" + "Common Stock" / "02/14/2024"
    /// / "S(1)" / "02/15/2024" / "2,500" / "S(1)" / "1,200": two rows'
    /// right-hand cells drawn first, then the holding, then their titles
    /// stacked and their dates, codes and amounts column by column. The rows
    /// are put together in order before the holding, and each is told.
    @Test func rightHandCellsDrawnBeforeTheHoldingsFindTheirRows() throws {
        let nature = "By Quillane Family Trust(4)\n\n"
        let inOrder = try Self.replacing(Self.table1Rows + Self.holding,
                                         with: "$12.40\n\n48,310\n\nI\n\n" + nature + "Common Stock\n\n02/14/2024\n\nS(1)\n\n2,500\n\nD\n\n$31.2875(2)\n\n45,810\n\nI\n\n" + nature
                                            + "Common Stock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\n" + nature + Self.holding)
        let text = try Self.replacing(Self.table1Rows + Self.holding,
                                      with: "$12.40\n\n48,310\n\nI\n\n" + nature + "D\n\n$31.2875(2)\n\n45,810\n\nI\n\n" + nature + "D\n\n$30.9(3)\n\n44,610\n\nI\n\n" + nature + Self.holding
                                        + "Common Stock\nCommon Stock\n\n02/14/2024\n\nS(1)\n\n02/15/2024\n\n2,500\n\nS(1)\n\n1,200\n\n")
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(inOrder))
        #expect(result.document.nonDerivativeTable?.nonDerivativeTransaction.count == 3)
        #expect(result.document.nonDerivativeTable?.nonDerivativeHolding.count == 1)
        let told = result.diagnostics.filter { $0.message.contains("was taken as its right-hand cells") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]",
                                     "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
    }

    /// "02/15/2024" / "S(1)" / "D" / "$30.9(3)" / "44,610" / "D" / the
    /// holding / "Common Stock" / "1,200": the third row's title and amount
    /// drawn after the table's last row. They are that row's (the one row
    /// with no title), the row is put together and told.
    @Test func aTitleAndAmountAfterTheLastRowAreTheUntitledRowsFirstCells() throws {
        let third = "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n"
        let text = try Self.replacing(third + Self.holding,
                                      with: "02/15/2024\n\nS(1)\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n" + Self.holding + "Common\nStock\n\n1,200\n\n")
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        let told = result.diagnostics.filter { $0.message.contains("was taken as the first cells of this row") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
    }

    /// A title after the last row, but two rows without a
    /// title: which one it is not known, so nothing is moved.
    @Test func aTitleAfterTheLastRowWithTwoUntitledRowsIsNotMoved() throws {
        let rows = "Common\nStock\n\n02/14/2024\n\nS(1)\n\n2,500 D\n\n$31.2875(2) 45,810\n\nD\n\n"
            + "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n"
        let text = try Self.replacing(rows + Self.holding,
                                      with: "02/14/2024\n\nS(1)\n\n2,500 D\n\n$31.2875(2) 45,810\n\nD\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n"
                                        + Self.holding + "Common\nStock\n\n")
        let result = try Self.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("was taken as the first cells of this row") })
    }

    /// "5,000" / "I" / "Quillane Family Trust(4)" / Table II's first heads
    /// drawn before its title: the text (not opening as a nature does) is
    /// the holding's nature, not a row.
    @Test func aNatureBeforeTheNextTablesHeadsIsTheLastRowsNature() throws {
        let heads = "7. Title and\nAmount of\nSecurities\nUnderlying\nDerivative\nSecurity\n(Instr. 3 and\n4)\n\n8. Price of\nDerivative\nSecurity\n(Instr. 5)\n\n"
        let holding = "Common\nStock\n\n5,000\n\nI\n\nQuillane\nFamily\nTrust(4)\n\n"
        let inOrder = try Self.replacing(Self.holding, with: holding)
        let text = try Self.replacing(Self.holding, with: holding + heads)
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(inOrder))
        #expect(result.document.nonDerivativeTable?.nonDerivativeHolding.count == 1)
    }

    /// "S(1)" / "1,200" / "D" / "$30.9(3)" / "44,610" / "D" / the holding /
    /// "Common Stock" / "02/15/2024": the third row's title and date drawn
    /// after the last row; its code, alone after the row above's D/I, was
    /// read as that row's nature, and its amount and (A)/(D) as a row of
    /// their own. The pieces make the row again, and it is told.
    @Test func aTitleAndDateAfterTheLastRowGatherTheRowsPieces() throws {
        let third = "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n"
        let text = try Self.replacing(third + Self.holding,
                                      with: "S(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n" + Self.holding + "Common\nStock\n\n02/15/2024\n\n")
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        let told = result.diagnostics.filter { $0.message.contains("drawn alone after the row above as this row's code") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
    }

    /// "M" / "(A)" / "2,500" / "(D)" / "(5)": the (A)/(D) column's heads
    /// drawn among a Table II row's cells are heads, not cells of the row.
    @Test func theADHeadsAmongARowsCellsAreHeads() throws {
        let text = try Self.replacing("M\n\n2,500\n\n(5)\n\n", with: "M\n\n(A)\n\n2,500\n\n(D)\n\n(5)\n\n")
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
    }

    /// Table II in bands (see ``EncodeCellStreamBandTests``), the first row's
    /// underlying amount beside its title ("Common 2,500" / "Stock"), the
    /// second row's drawn alone at the start of the last band: it is the
    /// second row's underlying amount, and that row is told.
    @Test func anUnderlyingAmountOpeningABandIsTheRowWithoutOnes() throws {
        let bands = EncodeCellStreamBandTests.self
        let ordered = try Self.replacing(bands.heads + bands.row, with: bands.inOrder)
        let drawn = "Stock\nOption\n(Right to\nBuy)\n\n$12.40\n\n02/14/2024\n\nM\n\n2,500\n\nRestricted\nStock Units\n\n(5)\n\n02/14/2024\n\nA\n\n1,800\n\n"
            + "Date\nExercisable\n\n(5)\n\n03/01/2031\n\nCommon 2,500\nStock\n\n(5)\n\n(5)\n\nCommon\nStock\n\n"
            + "Amount\nor\nNumber\nof\nShares\n\n" + "1,800\n\n$0\n\n7,500\n\nD\n\n$0\n\n1,800\n\nD\n\n"
        let text = try Self.replacing(bands.heads + bands.row, with: drawn)
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(ordered))
        let told = result.diagnostics.filter { $0.message.contains("alone at the start of a band") }
        #expect(told.map(\.path) == ["/ownershipDocument/derivativeTable/derivativeTransaction[2]"])
    }

    /// "5,000" / "I" / "Common Stock" / "7. Nature of Indirect" head / "By
    /// Quillane Family Trust(4)": the last holding's values drawn before
    /// its title, its nature after the nature's head. The words are the
    /// holding's title and nature, and it is told.
    @Test func aHoldingsTitleAfterItsValuesAtTheTablesEndIsItsTitle() throws {
        let natureHead = "7. Nature of Indirect Beneficial\nOwnership (Instr. 4)\n\n"
        let text = try Self.replacing(Self.holding, with: "5,000\n\nI\n\nCommon\nStock\n\n" + natureHead + "Quillane\nFamily\nTrust(4)\n\n")
        let inOrder = try Self.replacing(Self.holding, with: "Common\nStock\n\n5,000\n\nI\n\nQuillane\nFamily\nTrust(4)\n\n")
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(inOrder))
        let told = result.diagnostics.filter { $0.message.contains("which have no title), was taken as their title") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]"])
    }

    /// "5,000" / "D" / "Common Stock" at the table's end: a holding owned
    /// directly has no nature, so the words after its D/I are its title.
    @Test func wordsAfterALastDirectHoldingWithoutATitleAreItsTitle() throws {
        let text = try Self.replacing(Self.holding, with: "5,000\n\nD\n\nCommon\nStock\n\n")
        let inOrder = try Self.replacing(Self.holding, with: "Common\nStock\n\n5,000\n\nD\n\n")
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(inOrder))
        let told = result.diagnostics.filter { $0.message.contains("a holding owned directly has no nature") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]"])
    }

    /// The same with words that open as a nature does ("By Quillane Family
    /// Trust"): they are not taken as a title.
    @Test func aNatureAfterALastDirectHoldingIsNotATitle() throws {
        let text = try Self.replacing(Self.holding, with: "5,000\n\nD\n\nBy Quillane\nFamily\nTrust(4)\n\n")
        let result = try Self.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("a holding owned directly has no nature") })
    }

    /// Table I of one transaction and one holding, drawn as: the
    /// transaction's amount owned, D/I and nature, then the holding row by
    /// row, then the transaction's title, date, code, amount, (A)/(D) and
    /// price. The first values end the transaction, the holding is a row of
    /// its own, and both are told.
    @Test func aRowsEndThenHoldingsBeforeItsTitleAreReadAsRows() throws {
        let fixture = try EncodeCellStreamTests.text()
        let start = try #require(fixture.range(of: "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n"))
        let end = try #require(fixture.range(of: "Table II - "))
        let old = String(fixture[start.upperBound..<end.lowerBound])
        let heads = "1. Title of Security (Instr. 3)\n\n2. Transaction\nDate\n(Month/Day/Year)\n\nCode\n\nV\n\nAmount\n\n(A) or\n(D)\n\nPrice\n\n"
            + "5. Amount of\nSecurities\nBeneficially\nOwned Following\nReported\nTransaction(s)\n(Instr. 3 and 4)\n\n"
            + "6.\nOwnership\nForm: Direct\n(D) or\nIndirect (I)\n(Instr. 4)\n\n7. Nature of Indirect Beneficial\nOwnership (Instr. 4)\n\n"
        let left = "Common Stock\n\n02/14/2024\n\nP\n\n2,500\n\nA\n\n$12.40\n\n"
        let right = "48,310\n\nI\n\nBy Quillane Family Trust(4)\n\n"
        let holding = "Common Stock\n\n5,000\n\nI\n\nBy Quillane Family Trust(4)\n\n"
        let inOrder = try Self.replacing(old, with: heads + left + right + holding)
        let text = try Self.replacing(old, with: heads + right + holding + left)
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(inOrder))
        #expect(result.document.nonDerivativeTable?.nonDerivativeHolding.count == 1)
        let told = result.diagnostics.filter { $0.message.contains("as holdings of their own") || $0.message.contains("read as a row of its own") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]",
                                     "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]"])
    }

    /// The first row in row order.
    static let firstRow = "02/14/2024\n\nM\n\n2,500\n\nA\n\n$12.40\n\n48,310\n\nD\n\n"

    /// "02/14/2024" / "2,500" / "A" / "$12.40" / "M" / "48,310": the code
    /// drawn after the price is the row's code, and the row is told.
    @Test func aCodeDrawnAfterThePriceIsTheRowsCode() throws {
        let text = try Self.replacing(Self.firstRow, with: "02/14/2024\n\n2,500\n\nA\n\n$12.40\n\nM\n\n48,310\n\nD\n\n")
        let result = try Self.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        let told = result.diagnostics.filter { $0.message.contains("drawn after the row's price") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]"])
    }

    /// A "D" after the price may be the D/I: it is not taken as a code.
    @Test func aDAfterThePriceIsNotTakenAsTheCode() throws {
        let text = try Self.replacing(Self.firstRow, with: "02/14/2024\n\n2,500\n\nA\n\n$12.40\n\nD\n\n48,310\n\nD\n\n")
        let result = try Self.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("drawn after the row's price") })
    }
}
