import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 with rows 2 and 3's titles stacked in one
/// paragraph, their dates and codes after them, then the right-hand groups of
/// rows 2, 3 and 4 (row 2's led by its amount, row 3's by its (A)/(D), row
/// 4's by its amount owned), row 3's amount alone, and row 4's left-hand cells.
@Suite struct EncodeCellStreamStackedTitlesTests {
    typealias Blocks = EncodeCellStreamColumnBlockTests

    static let first = "Common\nStock\n\n02/14/2024\n\nM\n\n2,500\n\nA\n\n$12.40\n\n48,310\n\nI\n\nBy Trust(4)\n\n"

    /// Row 1, the stacked left-hand cells, the three groups, `loose` amounts, row 4's left-hand cells.
    static func drawn(loose: String) -> String {
        first + "Common Stock\nCommon Stock\n\n02/14/2024\n\nV\n\nS(1)\n\n02/15/2024\n\nS(1)\n\n"
            + "2,500\n\nD\n\n$31.2875(2)\n\n45,810\n\nI\n\nBy Trust(4)\n\n"
            + "D\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Trust(4)\n\n"
            + "43,710\n\nI\n\nBy Trust(4)\n\n"
            + loose
            + "Common\nStock\n\n02/16/2024\n\nS(1)\n\n900\n\nD\n\n$30.1(3)\n\n"
    }

    /// Every count agrees: the rows read as in row order, each reported, row
    /// 3's amount with the line it was taken from.
    @Test func stackedTitlesTakeTheGroupsDrawnAfterThem() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: Blocks.indirectInOrder)
        let text = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: Self.drawn(loose: "1,200\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(inOrder))
        let stacked = result.diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("titles printed together with their dates and codes") }
        let last = result.diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("left-hand cells were drawn after the right-hand cells") }
        #expect(stacked.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]",
                                        "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
        #expect(last.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[4]"])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let taken = try #require(stacked.last)
        let amountLine = try #require(lines.firstIndex(of: "1,200")) + 1
        #expect(taken.message.contains("the amount '1,200' (line \(amountLine))"))
        #expect(!stacked[0].message.contains("the amount '"))
    }

    /// One loose amount too many: no row can take it, the rule leaves the
    /// table as it was cut, and no row takes "1,300" as its amount.
    @Test func countsThatDisagreeChangeNothing() throws {
        let text = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: Self.drawn(loose: "1,200\n\n1,300\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("titles printed together with their dates and codes") })
        let rows = result.document.nonDerivativeTable?.nonDerivativeTransaction ?? []
        #expect(!rows.contains { $0.transactionAmounts?.transactionShares?.value?.text == "1300" })
    }

    /// The groups cut as the rule reads them: led by the amount, by (A)/(D)
    /// and price, or by the amount owned; the figures after them left over.
    @Test func rightHandGroupsAreCutAtEachDirectIndirect() throws {
        let lines = LooseText(Self.drawn(loose: "1,200\n\n")).lines
        let stream = CellStream(paragraphs: CellStream.paragraphs(lines[...]), kind: TableKind(derivative: false, form: 4))
        let k = try #require(stream.paragraphs.firstIndex { $0.tokens.count == 4 && $0.isText })
        let span = try #require(stream.stackedTitleSpan(at: k))
        #expect(span.rows.count == 3)
        #expect(span.next == stream.paragraphs.count)
        #expect(span.rows.map { RowBuilder.text(Array($0.anchor.prefix(4))) } == ["Common Stock 02/14/2024 S", "Common Stock 02/15/2024 S", "Common Stock 02/16/2024 S"])
    }
}

/// The fictional Lanternfly Form 4 with row 3's code drawn alone among the
/// column heads printed again after row 4, rows 2 and 3's right-hand cells
/// drawn ahead of their left-hand ones.
@Suite struct EncodeCellStreamStrayCodeTests {
    typealias Blocks = EncodeCellStreamColumnBlockTests

    static let pageHeads = "1. Title of Security (Instr. 3)\n\n2. Transaction\nDate\n(Month/Day/Year)\n\n"
    static let moreHeads = "2A. Deemed\n3.\nExecution Date, Transaction\nif any\nCode (Instr.\n(Month/Day/Year)\n8)\n\n"

    /// Row 1, the right-hand groups of rows 2 and 3, their left-hand cells
    /// (row 3's with `thirdCode`), row 4, the heads with `strayCode`, row 5.
    static func drawn(thirdCode: String, strayCode: String) -> String {
        EncodeCellStreamStackedTitlesTests.first
            + "D\n\n$31.2875(2)\n\n45,810\n\nI\n\nBy Trust(4)\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Trust(4)\n\n"
            + "Common\nStock\n\n02/14/2024\n\nS(1)\n\n2,500\n\n" + "Common\nStock\n\n02/15/2024\n\n" + thirdCode + "1,200\n\n"
            + Blocks.fourth + pageHeads + strayCode + moreHeads + Blocks.fifth
    }

    /// The one row without a code takes the lone code: all rows as in row order, that row told.
    @Test func aLoneCodeAmongHeadsGoesToTheRowWithoutOne() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: Blocks.indirectInOrder + Blocks.fifth)
        let text = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: Self.drawn(thirdCode: "", strayCode: "S(1)\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(inOrder))
        let told = result.diagnostics.filter { $0.message.contains("drawn alone among column heads printed again") }
        #expect(told.map(\.path) == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(told.first?.location?.line)
        #expect(lines[line - 1] == "S(1)")
        #expect(lines[line - 2] == "" && lines[line - 3] == "(Month/Day/Year)")
    }

    /// Row 3 has its code: the lone one is nobody's, and no row takes it.
    @Test func aLoneCodeNoRowLacksIsNotGiven() throws {
        let text = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: Self.drawn(thirdCode: "S(1)\n\n", strayCode: "G\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("drawn alone among column heads printed again") })
        let rows = result.document.nonDerivativeTable?.nonDerivativeTransaction ?? []
        #expect(!rows.contains { $0.transactionCoding?.transactionCode == "G" })
    }
}

/// Rows 2 and 3's titles ("Class A Common Stock") stacked, all their dates then all their codes, a
/// page's heads, the right-hand groups, and row 4's left-hand cells ending at
/// its code (its amount leads its group).
@Suite struct EncodeCellStreamStackedDatesFirstTests {
    typealias Blocks = EncodeCellStreamColumnBlockTests

    /// The V column's head and the heads of a new page, drawn after the codes.
    static let heads = "V\n\n4. Securities Acquired (A) or\nDisposed Of (D) (Instr. 3, 4 and\n5)\n\n7. Nature of Indirect\nBeneficial Ownership (Instr.\n4)\n\n"
        + "Amount\n\n(A) or\n(D)\n\nPrice\n\n"

    static func drawn(loose: String) -> String {
        EncodeCellStreamStackedTitlesTests.first
            + "Class A Common Stock\nClass A Common Stock\n\n02/14/2024\n02/15/2024\n\nS(1)\nS(1)\n\n" + heads
            + "2,500\n\nD\n\n$31.2875(2)\n\n45,810\n\nI\n\nBy Trust(4)\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Trust(4)\n\n"
            + "900\n\nD\n\n$30.1(3)\n\n43,710\n\nI\n\nBy Trust(4)\n\n" + loose
            + "Common\nStock\n\n02/16/2024\n\nS(1)\n\n" + Blocks.fifth
    }

    static let inRowOrder = EncodeCellStreamStackedTitlesTests.first
        + "Class A Common Stock\n\n02/14/2024\n\nS(1)\n\n2,500\n\nD\n\n$31.2875(2)\n\n45,810\n\nI\n\nBy Trust(4)\n\n"
        + "Class A Common Stock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Trust(4)\n\n"
        + Blocks.fourth + Blocks.fifth

    /// A title with a capital letter alone in it ("Class A Common Stock") is
    /// not cut by ``CellStream/splitStackedBlocks(_:)``: the rows cut from
    /// these cells stay broken, and the stacked reading replaces them.
    @Test func brokenRowsAreMendedByTheStackedReading() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: Self.inRowOrder)
        let text = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: Self.drawn(loose: "1,200\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(inOrder))
        #expect(result.diagnostics.filter { $0.message.contains("titles printed together with their dates and codes") }.count == 2)
    }

    /// An amount too many: no reading fits, and no row takes "700".
    @Test func anAmountTooManyChangesNothing() throws {
        let text = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: Self.drawn(loose: "1,200\n\n700\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("titles printed together with their dates and codes") })
        let rows = result.document.nonDerivativeTable?.nonDerivativeTransaction ?? []
        #expect(!rows.contains { $0.transactionAmounts?.transactionShares?.value?.text == "700" })
    }
}
