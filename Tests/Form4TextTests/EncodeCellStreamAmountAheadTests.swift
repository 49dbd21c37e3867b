import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 with rows 2 and 3's right-hand cells drawn
/// ahead of their left-hand ones, row 3's group led by its amount and its
/// (A)/(D) ("1,200" / "D" / "$30.9(3)" / …), its left-hand cells ending at
/// its code.
@Suite struct EncodeCellStreamAmountAheadTests {
    typealias Blocks = EncodeCellStreamColumnBlockTests

    /// The first row, the right-hand groups of rows 2 and 3 (`third`), then
    /// row 2's left-hand cells, row 3's (`thirdLeft`), and the fourth row.
    static func drawn(third: String, thirdLeft: String) -> String {
        "Common\nStock\n\n02/14/2024\n\nM\n\n2,500\n\nA\n\n$12.40\n\n48,310\n\nI\n\nBy Trust(4)\n\n"
            + "D\n\n$31.2875(2)\n\n45,810\n\nI\n\nBy Trust(4)\n\n" + third
            + "Common\nStock\n\n02/14/2024\n\nS(1)\n\n2,500\n\n" + thirdLeft + Blocks.fourth
    }

    /// The amount and "D" join the group after them: rows as in row order,
    /// the pair reported at its line.
    @Test func anAmountAheadOfItsGroupJoinsIt() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: Blocks.indirectInOrder)
        let drawn = Self.drawn(third: "1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Trust(4)\n\n", thirdLeft: "Common\nStock\n\n02/15/2024\n\nS(1)\n\n")
        let text = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: drawn)
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(inOrder))
        let told = result.diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("drawn alone ahead of the price") }
        #expect(told.count == 1)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(told.first?.location?.line)
        #expect(lines[line - 1] == "1,200")
        #expect(told.first?.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]")
    }

    /// Row 3's left-hand cells carry an amount of their own: the pair is no
    /// row's, nothing is joined and "1,200" is not read as row 3's amount.
    @Test func aPairThatDoesNotFitChangesNothing() throws {
        let drawn = Self.drawn(third: "1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Trust(4)\n\n", thirdLeft: "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,300\n\n")
        let text = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder, with: drawn)
        let result = try EncodeCellStreamTests.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("drawn alone ahead of the price") })
        let rows = result.document.nonDerivativeTable?.nonDerivativeTransaction ?? []
        #expect(!rows.contains { $0.transactionAmounts?.transactionShares?.value?.text == "1200" && $0.transactionDate?.value?.isoDate == "2024-02-15" })
    }
}
