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
