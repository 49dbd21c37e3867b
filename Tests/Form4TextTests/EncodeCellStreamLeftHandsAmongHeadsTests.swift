import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 with Table I drawn right-hand cells first:
/// the groups of rows 1 to 3 (row 1's led by its amount, rows 2 and 3's by
/// their (A)/(D)) and row 4's amount owned and D/I, then rows 2 and 3's
/// (date, code) pairs, then row 4's left-hand cells, then, among the column
/// heads, the titles of rows 1 to 3, row 1's code and date, and the amounts
/// rows 2 and 3 lack (the fixture's holding left out).
@Suite struct EncodeCellStreamLeftHandsAmongHeadsTests {
    typealias Blocks = EncodeCellStreamColumnBlockTests

    /// The table's one holding, drawn after the transactions in the fixture: left out of both texts compared.
    static let holding = "Common\nStock\n\n5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n"

    static let heads = "7. Nature of Indirect\nBeneficial Ownership (Instr. 4)\n\n(A) or\n(D)\n\n"
    static let ownedHeads = "6.\nOwnership\nForm: Direct\n(D) or\nIndirect (I)\n(Instr. 4)\n\nAmount\n\n"
    static let amountHeads = "5. Amount of\nSecurities\nBeneficially\nOwned Following\nReported\nTransaction(s)\n(Instr. 3 and 4)\n\n"

    /// The table so drawn, `loose` the amounts drawn last.
    static func drawn(loose: String) -> String {
        "2,500\n\nA\n\n$12.40\n\n48,310\n\nI\n\nBy Trust(4)\n\n"
            + "D\n\n$31.2875(2)\n\n45,810\n\nI\n\nBy Trust(4)\n\nD\n\n$30.9(3)\n\n44,610\n\nI\n\nBy Trust(4)\n\n"
            + "43,710\n\nI\n\nBy Trust(4)\n\n"
            + "02/14/2024\n\nS(1)\n\n02/15/2024\n\nS(1)\n\n"
            + "Common\nStock\n\n02/16/2024\n\nS(1)\n\n900\n\nD\n\n$30.1(3)\n\n"
            + "Common Stock\n\n" + heads + "M\n\nCommon Stock\n\n" + ownedHeads + "02/14/2024\n\nCommon Stock\n\n" + amountHeads
            + loose
    }

    /// Every count agrees: the rows read as in row order, each reported with
    /// the lines its cells came from.
    @Test func rowsAmongHeadsAreReadByCounts() throws {
        let inOrder = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder + Self.holding, with: Blocks.indirectInOrder)
        let text = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder + Self.holding, with: Self.drawn(loose: "2,500\n1,200\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(inOrder))
        let told = result.diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("draws its rows' right-hand cells first") }
        #expect(told.compactMap(\.path) == (1...4).map { "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[\($0)]" })
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let amountLine = try #require(lines.firstIndex(of: "1,200")) + 1
        #expect(told.count == 4 && told[2].message.contains("its amount from line \(amountLine)"))
        #expect(told.first.map { !$0.message.contains("its amount from") } == true)
        // Each row is told at its title's line.
        for d in told.prefix(3) {
            let line = try #require(d.location?.line)
            #expect(lines[line - 1] == "Common Stock")
        }
    }

    /// An amount too many: the counts disagree, nothing is read so, and no
    /// row takes "700" as its amount.
    @Test func anAmountTooManyChangesNothing() throws {
        let text = try EncodeCellStreamOrderTests.replacing(Blocks.inRowOrder + Self.holding, with: Self.drawn(loose: "2,500\n1,200\n700\n\n"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("draws its rows' right-hand cells first") })
        let rows = result.document.nonDerivativeTable?.nonDerivativeTransaction ?? []
        #expect(!rows.contains { $0.transactionAmounts?.transactionShares?.value?.text == "700" })
    }
}
