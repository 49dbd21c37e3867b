import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// pymupdf4llm repeats the last column head of Table II over the columns
/// after it, so their cells are folded as one spanning cell. The same figure
/// twice with an empty cell between ("|2,500||2,500|": the underlying amount,
/// no price, the amount owned) is two columns' values, not one printed twice.
@Suite struct EncodeRepeatedFigureTests {
    @Test func theSameFigureAfterAnEmptyCellIsAnotherColumnsValue() throws {
        let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pymupdf4llm.txt")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let printed = "|Common<br>Stock|2,500|$0|7,500|D||"
        #expect(text.contains(printed))
        let changed = text.replacingOccurrences(of: printed, with: "|Common<br>Stock|2,500||2,500|D||")
        let result = try FormEncoder.encode(InputFile(name: "repeat", bytes: Array(changed.utf8)), options: EncodeFixtureTests.options)
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.underlyingSecurity?.underlyingSecurityShares?.value?.text == "2500")
        #expect(row.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "2500")
        #expect(row.ownershipNature?.directOrIndirectOwnership?.value == "D")
    }

    /// A spanning cell printed again in the next grid column is still one cell.
    @Test func aCellRepeatedInTheNextColumnIsOneCell() {
        let groups = ["Title", "Amount", "Amount", "Amount"]
        let segments = LooseText.fold(["Common Stock", "2,500", "2,500", ""], groups: groups)
        #expect(segments.map(\.text) == ["Common Stock", "2,500"])
        let apart = LooseText.fold(["Common Stock", "2,500", "", "2,500"], groups: groups)
        #expect(apart.map(\.text) == ["Common Stock", "2,500", "2,500"])
    }
}
