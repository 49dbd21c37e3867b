import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 as `pdftotext` without `-layout` prints
/// it when the PDF draws Table I column by column: the three transactions'
/// titles, then their (date, code) pairs, then their right-hand cells, the
/// amounts of the rows drawn without one last.
@Suite struct EncodeCellStreamColumnBlockTests {
    static let inRowOrder = "Common\nStock\n\n02/14/2024\n\nM\n\n2,500\n\nA\n\n$12.40\n\n48,310\n\nD\n\n"
        + "Common\nStock\n\n02/14/2024\n\nS(1)\n\n2,500 D\n\n$31.2875(2) 45,810\n\nD\n\n"
        + "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n"

    static func inBlocks(amountsLeft: String) -> String {
        "Common Stock\nCommon Stock\nCommon Stock\n\n02/14/2024\n\nM\n\n02/14/2024\n\nS(1)\n\n02/15/2024\n\nS(1)\n\n"
            + "2,500\n\nA\n\n$12.40\n\n48,310\n\nD\n\nD\n\n$31.2875(2)\n\n45,810\n\nD\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n"
            + amountsLeft
    }

    /// Three titles, three (date, code) pairs, three right-hand groups and
    /// two amounts for the two rows without one: the rows as drawn in order,
    /// each reported, each amount placed so with its line.
    @Test func blocksThatFitAreReadAsRowsAndReported() throws {
        let text = try EncodeCellStreamOrderTests.replacing(Self.inRowOrder, with: Self.inBlocks(amountsLeft: "2,500\n1,200\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(EncodeCellStreamTests.text()))
        let blocks = result.diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("column blocks") }
        #expect(blocks.count == 3)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let filled = result.diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("left after the table's last row") }
        #expect(filled.count == 2)
        for (d, amount) in zip(filled, ["2,500", "1,200"]) {
            #expect(d.message.contains("'\(amount)'"))
            let line = try #require(d.location?.line)
            #expect(lines[line - 1] == Substring(amount))
        }
    }

    /// One amount left for two rows without one: the blocks do not fit, and
    /// no row is read from them.
    @Test func blocksThatDoNotFitChangeNothing() throws {
        let text = try EncodeCellStreamOrderTests.replacing(Self.inRowOrder, with: Self.inBlocks(amountsLeft: "1,200\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("column blocks") })
        let rows = result.document.nonDerivativeTable?.nonDerivativeTransaction ?? []
        #expect(!rows.contains { $0.transactionAmounts?.transactionShares?.value?.text == "1200" })
    }

    /// The rows in order, each ending in "I" / "By Trust(4)", and a fourth
    /// transaction after them (made-up edits, applied alike to both texts).
    static let indirectInOrder = "Common\nStock\n\n02/14/2024\n\nM\n\n2,500\n\nA\n\n$12.40\n\n48,310\n\nI\n\nBy Trust(4)\n\n"
        + "Common\nStock\n\n02/14/2024\n\nS(1)\n\n2,500 D\n\n$31.2875(2) 45,810\n\nI\n\nBy Trust(4)\n\n"
        + "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Trust(4)\n\n"
        + fourth
    static let fourth = "Common\nStock\n\n02/16/2024\n\nS(1)\n\n900\n\nD\n\n$30.1(3)\n\n43,710\n\nI\n\nBy Trust(4)\n\n"

    /// The first row, then the right-hand cells of rows 2 and 3 with no
    /// title, then their titles in one paragraph with their dates, codes and
    /// amounts drawn column by column (`stacked`), then the fourth row.
    static func rightHandsFirst(stacked: String) -> String {
        "Common\nStock\n\n02/14/2024\n\nM\n\n2,500\n\nA\n\n$12.40\n\n48,310\n\nI\n\nBy Trust(4)\n\n"
            + "D\n\n$31.2875(2)\n\n45,810\n\nI\n\nBy Trust(4)\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Trust(4)\n\n"
            + stacked + fourth
    }

    /// Two right-hand groups, two rows after them without theirs: each row
    /// takes one in order, and says so.
    @Test func rightHandsDrawnAheadGoToTheRowsAfterThem() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Self.inRowOrder, with: Self.indirectInOrder)
        let stacked = "Common Stock\nCommon Stock\n\n02/14/2024\n\nS(1)\n\n02/15/2024\n\n2,500\n\nS(1)\n\n1,200\n\n"
        let text = try EncodeCellStreamOrderTests.replacing(Self.inRowOrder, with: Self.rightHandsFirst(stacked: stacked))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(inOrder))
        let rows = result.document.nonDerivativeTable?.nonDerivativeTransaction ?? []
        #expect(rows.count == 4)
        #expect(rows.dropFirst().first?.transactionAmounts?.transactionShares?.value?.text == "2500")
        let joined = result.diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("drawn with no title ahead of this row") }
        #expect(joined.compactMap(\.path).sorted() == ["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]",
                                                       "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]"])
        #expect(result.diagnostics.filter { $0.message.contains("in the order drawn") }.count == 2)
    }

    /// Two right-hand groups but one row after them (its title printed
    /// once, three amounts for it): nothing is joined.
    @Test func rightHandsThatDoNotFitStayApart() throws {
        let stacked = "Common Stock\nCommon Stock\n\n02/14/2024\n\nS(1)\n\n02/15/2024\n\n2,500\n\nS(1)\n\n1,200\n\n700\n\n"
        let text = try EncodeCellStreamOrderTests.replacing(Self.inRowOrder, with: Self.rightHandsFirst(stacked: stacked))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("drawn with no title ahead of this row") })
        let rows = result.document.nonDerivativeTable?.nonDerivativeTransaction ?? []
        #expect(!rows.contains { $0.ownershipNature?.directOrIndirectOwnership?.value == "I" && $0.transactionAmounts?.transactionShares?.value?.text == "1200" })
    }

    /// A fifth transaction, so that the fourth row's left-hand cells are followed by a title.
    static let fifth = "Common\nStock\n\n02/16/2024\n\nS(1)\n\n800\n\nD\n\n$30.2(3)\n\n42,910\n\nI\n\nBy Trust(4)\n\n"

    /// Rows 2 and 3 drawn in column blocks after row 1: their titles in one
    /// paragraph, their dates, their codes, their right-hand cells (row 3's
    /// without its amount), then row 4's right-hand cells, then row 3's
    /// amount, then row 4's left-hand cells and row 5.
    static func stackedMidTable(amountsLeft: String) -> String {
        "Common\nStock\n\n02/14/2024\n\nM\n\n2,500\n\nA\n\n$12.40\n\n48,310\n\nI\n\nBy Trust(4)\n\n"
            + "Common Stock\nCommon Stock\n\n02/14/2024\n02/15/2024\n\nS(1)\nS(1)\n\n"
            + "2,500\n\nD\n\n$31.2875(2)\n\n45,810\n\nI\n\nBy Trust(4)\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Trust(4)\n\n"
            + "43,710\n\nI\n\nBy Trust(4)\n\n" + amountsLeft
            + "Common\nStock\n\n02/16/2024\n\nS(1)\n\n900\n\nD\n\n$30.1(3)\n\n" + fifth
    }

    /// The blocks fit: five rows as drawn in order, each block row reported,
    /// the amount left over placed with its line.
    @Test func stackedBlocksMidTableAreReadAsRows() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Self.inRowOrder, with: Self.indirectInOrder + Self.fifth)
        let text = try EncodeCellStreamOrderTests.replacing(Self.inRowOrder, with: Self.stackedMidTable(amountsLeft: "1,200\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(inOrder))
        #expect(result.diagnostics.filter { $0.message.contains("drawn column by column: this row took") }.count == 2)
        let filled = try #require(result.diagnostics.first { $0.message.contains("'1,200', left after the right-hand cells") })
        #expect(filled.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]")
        #expect(result.diagnostics.contains { $0.message.contains("'43,710 I By Trust', drawn with no title ahead of this row") })
    }

    /// Two amounts left for the one row without its amount: nothing is split.
    @Test func stackedBlocksThatDoNotFitStayAsTheyAre() throws {
        let text = try EncodeCellStreamOrderTests.replacing(Self.inRowOrder, with: Self.stackedMidTable(amountsLeft: "1,200\n\n700\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("drawn column by column: this row took") })
        let rows = result.document.nonDerivativeTable?.nonDerivativeTransaction ?? []
        #expect(!rows.contains { $0.transactionAmounts?.transactionShares?.value?.text == "1200" })
    }
}
