import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4's Table I with a column drawn apart from
/// its rows, as `pdftotext` without `-layout` prints some PDFs: the nature
/// column after all rows, a holding's title between the transaction's
/// price and the amounts owned, a holding's title after its nature, a
/// page's D/I and nature column before the page's heads.
@Suite struct EncodeCellStreamLateColumnsTests {
    static let row1 = "Common\nStock\n\n02/14/2024\n\nM\n\n2,500\n\nA\n\n$12.40\n\n48,310\n\nD\n\n"
    static let row2 = "Common\nStock\n\n02/14/2024\n\nS(1)\n\n2,500 D\n\n$31.2875(2) 45,810\n\nD\n\n"
    static let row3 = "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n"
    static let holding = "Common\nStock\n\n5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n"
    static let rows = row1 + row2 + row3 + holding
    static let natureHead = "7. Nature of\nIndirect\nBeneficial\nOwnership\n(Instr. 4)\n\n"
    static let pageHeads = "1. Title of Security (Instr. 3)\n\n2. Transaction\nDate\n(Month/Day/Year)\n\nCode\n\nV\n\nAmount\n\n(A) or\n(D)\n\nPrice\n\n"
    static let ownedHeads = "5. Amount of Securities Beneficially\nOwned Following Reported\nTransaction(s) (Instr. 3 and 4)\n\n"

    /// The row with its D/I "I" for its last cell "D".
    static func indirect(_ row: String) -> String { String(row.dropLast(3)) + "I\n\n" }
    static func warnings(_ text: String, containing part: String) throws -> [Diagnostic] {
        try EncodeCellStreamTests.encode(text).diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains(part) }
    }
    static func line(_ text: String, _ d: Diagnostic?) throws -> Substring {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines[try #require(d?.location?.line) - 1]
    }

    // MARK: natures drawn after the rows

    static let natureA = "By Quillane\nTrust(4)\n\n", natureB = "By Quillane\nFamily\nTrust(4)\n\n"

    /// Rows 1 and 3 owned indirectly, their natures drawn after the nature
    /// column's head below all rows: each row takes its own, in order.
    @Test func naturesAfterTheRowsGoToTheIndirectRowsInOrder() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.indirect(Self.row1) + Self.natureA + Self.row2 + Self.indirect(Self.row3) + Self.natureB)
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.indirect(Self.row1) + Self.row2 + Self.indirect(Self.row3) + Self.natureHead + Self.natureA + Self.natureB)
        #expect(try EncodeCellStreamOrderTests.tables(drawn) == EncodeCellStreamOrderTests.tables(inOrder))
        let rows = try #require(EncodeCellStreamTests.encode(drawn).document.nonDerivativeTable?.nonDerivativeTransaction)
        #expect(rows.map { $0.ownershipNature?.natureOfOwnership?.value } == ["By Quillane Trust", nil, "By Quillane Family Trust"])
        let told = try Self.warnings(drawn, containing: "drawn after the nature column's head")
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]",
                                     "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
        #expect(try Self.line(drawn, told.first) == "By Quillane")
    }

    /// Three natures for two rows without one: the counts disagree, nothing moves.
    @Test func naturesThatOutnumberTheRowsChangeNothing() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.indirect(Self.row1) + Self.row2 + Self.indirect(Self.row3) + Self.natureHead + Self.natureA + Self.natureB + Self.natureA)
        #expect(try Self.warnings(drawn, containing: "drawn after the nature column's head").isEmpty)
        let rows = try #require(EncodeCellStreamTests.encode(drawn).document.nonDerivativeTable?.nonDerivativeTransaction)
        #expect(rows.first?.ownershipNature?.natureOfOwnership == nil)
    }

    /// "I" / "(5)" / "By Quillane Family Trust(4)": marks alone between a
    /// row's I and its nature are left out, reported, and the nature is the
    /// row's (it was read as a row of its own).
    @Test func marksBetweenAnIAndItsNatureAreLeftOut() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.holding, with: "Common\nStock\n\n5,000\n\nI\n\n(5)\n\nBy Quillane\nFamily\nTrust(4)\n\n")
        #expect(try EncodeCellStreamOrderTests.tables(drawn) == EncodeCellStreamOrderTests.tables(EncodeCellStreamTests.text()))
        let told = try EncodeCellStreamTests.encode(drawn).diagnostics.filter { $0.rule == "ENC-UNPLACED" && $0.message.contains("footnote marks (5)") }
        #expect(!told.isEmpty)
        #expect(try Self.line(drawn, told.first) == "(5)")
    }

    // MARK: a holding's title between the price and the amounts owned

    /// Row 3's cells to its price, the holding's title, heads, then row 3's
    /// amount owned and D/I, the holding's, and the holding's nature.
    @Test func aHoldingTitleBeforeTheOwnedColumnSplitsTheRow() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.row3 + Self.holding, with:
            "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\nCommon\nStock\n\n" + Self.ownedHeads
                + "44,610\n\nD\n\n5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n")
        #expect(try EncodeCellStreamOrderTests.tables(drawn) == EncodeCellStreamOrderTests.tables(EncodeCellStreamTests.text()))
        let told = try Self.warnings(drawn, containing: "before the column of amounts owned")
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]",
                                     "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]"])
    }

    /// The first pair's D/I is I: which row the nature after the pairs is
    /// would be a guess, so the row is not split.
    @Test func aFirstPairOwnedIndirectlyIsNotSplit() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.row3 + Self.holding, with:
            "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\nCommon\nStock\n\n" + Self.ownedHeads
                + "44,610\n\nI\n\n5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n")
        #expect(try Self.warnings(drawn, containing: "before the column of amounts owned").isEmpty)
        #expect(try EncodeCellStreamTests.encode(drawn).document.nonDerivativeTable?.nonDerivativeHolding.isEmpty != false)
    }

    // MARK: a holding's title after its nature

    /// "5,000" / "I" / "By Quillane Family Trust" / heads / "Common Stock" /
    /// "(4)": title, values and nature, the marks ending the nature.
    @Test func aHoldingTitleAfterItsNatureAndMarksIsItsTitle() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.holding, with:
            "5,000\n\nI\n\nBy Quillane\nFamily\nTrust\n\n" + Self.pageHeads + "Common\nStock\n\n(4)\n\n")
        #expect(try EncodeCellStreamOrderTests.tables(drawn) == EncodeCellStreamOrderTests.tables(EncodeCellStreamTests.text()))
        let told = try Self.warnings(drawn, containing: "drawn after the nature of a holding with no title")
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]"])
        #expect(try Self.line(drawn, told.first) == "Common")
    }

    /// With no marks after the title, the title may as well be the next
    /// row's: nothing moves.
    @Test func aTitleAfterANatureWithoutMarksIsNotTaken() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.holding, with:
            "5,000\n\nI\n\nBy Quillane\nFamily\nTrust\n\n" + Self.pageHeads + "Common\nStock\n\n")
        #expect(try Self.warnings(drawn, containing: "drawn after the nature of a holding with no title").isEmpty)
    }

    // MARK: a page's D/I and natures drawn before its heads

    static let pageEnds = Self.indirect(Self.row1) + Self.natureA + Self.ownedHeads + "I\n\nBy Quillane\nFamily\nTrust(4)\nBy Quillane\nTrust(4)\n\n" + Self.pageHeads

    /// Row 1 whole, then "I" and two natures in one paragraph, the page's
    /// heads, row 2 ending at its amount owned, row 3 with its "I" but no
    /// nature: row 2 takes the "I" and the first nature, row 3 the second.
    @Test func aPagesEndsDrawnBeforeItsHeadsGoToItsRows() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.indirect(Self.row1) + Self.natureA + Self.indirect(Self.row2) + Self.natureB
            + Self.indirect(Self.row3) + Self.natureA + Self.holding)
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.pageEnds
            + "Common\nStock\n\n02/14/2024\n\nS(1)\n\n2,500 D\n\n$31.2875(2) 45,810\n\n" + Self.indirect(Self.row3) + Self.holding)
        #expect(try EncodeCellStreamOrderTests.tables(drawn) == EncodeCellStreamOrderTests.tables(inOrder))
        let told = try Self.warnings(drawn, containing: "drawn before the page's heads")
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]",
                                     "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
    }

    /// Row 3 has a nature of its own: the second nature has no row, nothing moves.
    @Test func pageEndsWithoutTheirRowsChangeNothing() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.pageEnds
            + "Common\nStock\n\n02/14/2024\n\nS(1)\n\n2,500 D\n\n$31.2875(2) 45,810\n\n" + Self.indirect(Self.row3) + Self.natureA + Self.holding)
        #expect(try Self.warnings(drawn, containing: "drawn before the page's heads").isEmpty)
    }

    // MARK: a page's titles after the last row

    static let untitledRow2 = "02/14/2024\n\nS(1)\n\n2,500 D\n\n$31.2875(2) 45,810\n\nD\n\n"

    /// Row 2 drawn without its title, row 3 owned indirectly with a nature
    /// that does not open as one, a direct holding's values, then two
    /// titles: row 2's, then the holding's.
    @Test func titlesAfterTheLastRowGoToTheUntitledRowThenTheLast() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.row1 + Self.row2 + Self.indirect(Self.row3)
            + "Quillane\nFamily Trust(4)\n\nCommon\nStock\n\n5,000\n\nD\n\n")
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.row1 + Self.untitledRow2 + Self.indirect(Self.row3)
            + "Quillane\nFamily Trust(4)\n\n5,000\n\nD\n\n" + Self.pageHeads + "Common\nStock\n\nCommon\nStock\n\n")
        #expect(try EncodeCellStreamOrderTests.tables(drawn) == EncodeCellStreamOrderTests.tables(inOrder))
        let told = try Self.warnings(drawn, containing: "after the table's last values, were taken as the titles")
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]",
                                     "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]"])
        #expect(try Self.warnings(drawn, containing: "was taken as this row's nature of ownership").map(\.path)
            == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
    }

    /// Rows 1 and 2 both without titles: which takes the first title is not
    /// in the text, nothing moves.
    @Test func titlesAfterTheLastRowWithTwoUntitledRowsChangeNothing() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.rows, with: String(Self.row1.dropFirst("Common\nStock\n\n".count)) + Self.untitledRow2
            + Self.indirect(Self.row3) + "Quillane\nFamily Trust(4)\n\n5,000\n\nD\n\n" + Self.pageHeads + "Common\nStock\n\nCommon\nStock\n\n")
        #expect(try Self.warnings(drawn, containing: "after the table's last values, were taken as the titles").isEmpty)
    }

    /// No row without a title: the one title after the last values is the
    /// last row's, and the words before them the nature of the row above.
    @Test func oneTitleAfterTheLastRowIsItsOwn() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.row1 + Self.row2 + Self.indirect(Self.row3)
            + "Quillane\nFamily Trust(4)\n\nCommon\nStock\n\n5,000\n\nD\n\n")
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.row1 + Self.row2 + Self.indirect(Self.row3)
            + "Quillane\nFamily Trust(4)\n\n5,000\n\nD\n\n" + Self.pageHeads + "Common\nStock\n\n")
        #expect(try EncodeCellStreamOrderTests.tables(drawn) == EncodeCellStreamOrderTests.tables(inOrder))
        #expect(try Self.warnings(drawn, containing: "was taken as the last row's title").map(\.path)
            == ["/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]"])
    }

    // MARK: a row's right-hand cells and nature before a page's heads, then marks

    /// "45,810" / "I" / "Quillane Family Trust(4)" / "(7)" / heads / row 2's
    /// left-hand cells / row 3: the text is the values' nature, the marks
    /// are left out (reported), and the values end row 2.
    @Test func marksAfterAGroupsNatureBeforeHeadsAreLeftOut() throws {
        let row2Left = "Common\nStock\n\n02/14/2024\n\nS(1)\n\n2,500 D\n\n$31.2875(2)\n\n"
        let inOrder = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.row1 + row2Left + "45,810\n\nI\n\nQuillane\nFamily Trust(4)\n\n" + Self.row3 + Self.holding)
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.rows, with: Self.row1 + "45,810\n\nI\n\nQuillane\nFamily Trust(4)\n\n(7)\n\n"
            + Self.pageHeads + row2Left + Self.row3 + Self.holding)
        #expect(try EncodeCellStreamOrderTests.tables(drawn) == EncodeCellStreamOrderTests.tables(inOrder))
        let told = try EncodeCellStreamTests.encode(drawn).diagnostics.filter { $0.rule == "ENC-UNPLACED" && $0.message.contains("footnote marks (7)") }
        #expect(!told.isEmpty)
        #expect(try Self.line(drawn, told.first) == "(7)")
    }

    // MARK: a V head between a title and its code

    /// "Common Stock" / "V" / "S(1)" / "02/15/2024": the V column's head
    /// drawn after the title, the code before the date. The V is no word of
    /// the title; told on its line.
    @Test func aVHeadAfterATitleIsAHead() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.row3, with: "Common\nStock\n\nV\n\nS(1)\n\n02/15/2024\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n")
        #expect(try EncodeCellStreamOrderTests.tables(drawn) == EncodeCellStreamOrderTests.tables(EncodeCellStreamTests.text()))
        let told = try Self.warnings(drawn, containing: "drawn between the row's title and its code")
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
        #expect(try Self.line(drawn, told.first) == "V")
    }

    // MARK: a Table II code after the amount

    /// "02/14/2024" / "2,500" / "(5)" / "M": the code drawn after the amount
    /// and the date exercisable is the row's code, told on its line.
    @Test func aTableTwoCodeAfterTheAmountIsTheCode() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing("02/14/2024\n\nM\n\n2,500\n\n(5)\n\n03/01/2031", with: "02/14/2024\n\n2,500\n\n(5)\n\nM\n\n03/01/2031")
        #expect(try EncodeCellStreamOrderTests.tables(drawn) == EncodeCellStreamOrderTests.tables(EncodeCellStreamTests.text()))
        let told = try Self.warnings(drawn, containing: "drawn after the row's amount")
        #expect(told.map(\.path) == ["/ownershipDocument/derivativeTable/derivativeTransaction[1]"])
        #expect(try Self.line(drawn, told.first) == "M")
    }

    /// "V" after the amount is the V column's mark, not a code: not moved.
    @Test func aVAfterTheAmountIsNoCode() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing("02/14/2024\n\nM\n\n2,500\n\n(5)\n\n03/01/2031", with: "02/14/2024\n\n2,500\n\n(5)\n\nV\n\n03/01/2031")
        #expect(try Self.warnings(drawn, containing: "drawn after the row's amount").isEmpty)
    }

    // MARK: a Table I row's code and date after its price

    /// "1,200" / "A" / "$30.9(3)" / "P" / "02/15/2024" / "44,610" / "D": the
    /// transaction cells drawn right to left; the code and date go back
    /// after the title, told on the date's line.
    @Test func aCodeAndDateAfterThePriceAreTheRowsOwn() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Self.row3, with: "Common\nStock\n\n02/15/2024\n\nP\n\n1,200\n\nA\n\n$30.9(3)\n\n44,610\n\nD\n\n")
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.row3, with: "Common\nStock\n\n1,200\n\nA\n\n$30.9(3)\n\nP\n\n02/15/2024\n\n44,610\n\nD\n\n")
        #expect(try EncodeCellStreamOrderTests.tables(drawn) == EncodeCellStreamOrderTests.tables(inOrder))
        let told = try Self.warnings(drawn, containing: "drawn after the row's price '$30.9', were taken as the row's code and date")
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
        #expect(try Self.line(drawn, told.first) == "02/15/2024")
    }

    /// A "D" there is no code (it is a (A)/(D) or D/I cell): nothing moves.
    @Test func aDAfterThePriceIsNoCode() throws {
        let drawn = try EncodeCellStreamOrderTests.replacing(Self.row3, with: "Common\nStock\n\n1,200\n\nA\n\n$30.9(3)\n\nD\n\n02/15/2024\n\n44,610\n\nD\n\n")
        #expect(try Self.warnings(drawn, containing: "were taken as the row's code and date").isEmpty)
    }
}
