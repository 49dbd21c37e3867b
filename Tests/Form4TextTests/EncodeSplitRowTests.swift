import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// pymupdf4llm sometimes cuts a table in two inside a row: the row's first
/// lines end one piece, its last lines open the next as a pipe row of text
/// with no figure. That row goes on with the row before it, not with the
/// next row, which has a title of its own.
@Suite struct EncodeSplitRowTests {
    static let pipeRow = "|Stock<br>Option<br>(Right to<br>Buy)|$12.40|02/14/2024||M|||2,500|(5)|03/01/2031|Common<br>Stock|2,500|$0|7,500|D||"

    @Test func aRowCutBetweenTwoPiecesOfTheTableIsOneRow() throws {
        let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pymupdf4llm.txt")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        #expect(text.contains(Self.pipeRow))
        let top = "|Stock<br>Option<br>(Right to|$12.40|02/14/2024||M|||2,500|(5)|03/01/2031|Common|2,500|$0|7,500|D||"
        let rest = "|" + (["Buy)"] + Array(repeating: "", count: 9) + ["Stock"] + Array(repeating: "", count: 5)).joined(separator: "|") + "|"
        let rule = "|" + Array(repeating: "---", count: 16).joined(separator: "|") + "|"
        let next = "|Stock<br>Option<br>(Right to<br>Buy)|$15.10|02/14/2024||M|||1,000|(5)|03/01/2032|Common<br>Stock|1,000|$0|4,000|D||"
        let cut = text.replacingOccurrences(of: Self.pipeRow, with: [top, "", "", rest, rule, next].joined(separator: "\n"))
        let result = try FormEncoder.encode(InputFile(name: "cut", bytes: Array(cut.utf8)), options: EncodeFixtureTests.options)
        let rows = try #require(result.document.derivativeTable?.derivativeTransaction)
        #expect(rows.count == 2)
        #expect(rows.first?.securityTitle?.value == "Stock Option (Right to Buy)")
        #expect(rows.first?.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(rows.last?.securityTitle?.value == "Stock Option (Right to Buy)")
        #expect(rows.last?.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "4000")
        let path = "/ownershipDocument/derivativeTable/derivativeTransaction[1]"
        #expect(result.diagnostics.contains { $0.rule == "ENC-ROW-SPLIT" && $0.path == path })
    }

    /// The nature cell of such a row ("|Stock|…|Global<br>Growth|") has the place
    /// of the row's nature though the cells folded with it are empty.
    @Test func aFoldedCellKeepsItsGridColumnsPlace() throws {
        let groups = ["Title", "Amount", "Amount", "Amount"]
        let full = LooseText.fold(["Common Stock", "2,500", "D", "By Trust"], groups: groups)
        let tail = LooseText.fold(["Stock", "", "", "Family"], groups: groups)
        let nature = try #require(full.first { $0.text == "By Trust" })
        let goesOn = try #require(tail.first { $0.text == "Family" })
        #expect(goesOn.x == nature.x && goesOn.cell == nature.cell)
    }
}
