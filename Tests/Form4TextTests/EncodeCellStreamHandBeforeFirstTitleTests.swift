import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Table I (Quillane) as pdftotext without `-layout` prints it
/// when the PDF draws the first two rows' right-hand cells right after the
/// heads, ahead of every title (the first group led by its row's amount and
/// (A)/(D), the price given by footnote), then the holdings, then the two
/// rows' titles stacked in one paragraph and their dates, codes and the
/// second row's amount column by column among the heads.
@Suite struct EncodeCellStreamHandBeforeFirstTitleTests {
    static let hands = "250,000\n\nA\n\n(2)\n\n0(3)\n\nI\n\nSee Footnote(4)\n\nA\n\n(2)\n\n0(3)\n\nI\n\nSee Footnote(5)\n\n"
    static let holdings = "Class A Common Stock\n\n5,000(3)\n\nD\n\nClass A Common Stock\n\n7,500(3)\n\nI\n\nSee Footnote(6)\n\n"
    static func leftHands(_ amounts: String) -> String {
        "Class A Common Stock\nClass A Common Stock\n\n1. Title of Security (Instr. 3)\n\n06/03/2024\n\nC(1)\n\n06/03/2024\n\nC(1)\n\n"
            + "2. Transaction\nDate\n(Month/Day/Year)\n\n" + amounts + "Code\n\nV\n\nAmount\n\n(A) or\n(D)\n\nPrice\n"
    }

    static func summary(_ text: String) -> (rows: [TableLines.Row], lines: [String]) {
        let (rows, stream) = EncodeCellStreamHoldingTitleLastTests.rows(text)
        return (rows, EncodeCellStreamHoldingTitleLastTests.summary(rows, stream))
    }

    @Test func groupsBeforeTheFirstTitleGoToTheStackedRows() throws {
        let (rows, lines) = Self.summary(EncodeCellStreamHoldingTitleLastTests.rightHeads + Self.hands + Self.holdings + Self.leftHands("80,000\n\n"))
        #expect(lines == [
            "Class A Common Stock | 06/03/2024 | C | 250,000 | A |  | 0 | I | See Footnote",
            "Class A Common Stock | 06/03/2024 | C | 80,000 | A |  | 0 | I | See Footnote",
            "Class A Common Stock | - | - | - | - | - | 5,000 | D | ",
            "Class A Common Stock | - | - | - | - | - | 7,500 | I | See Footnote",
        ])
        #expect(rows.map { $0.warnings.contains { $0.message.contains("drawn with no title ahead of this row") } } == [true, true, false, false])
        #expect(!rows.contains { $0.warnings.contains { $0.isNoTitleDoubt || $0.rule == "ENC-UNPLACED" } })
    }

    /// Two amounts among the left-hand cells, though the first group has its own: nothing is joined.
    @Test func amountsThatDisagreeWithTheGroupsJoinNothing() throws {
        let (rows, _) = Self.summary(EncodeCellStreamHoldingTitleLastTests.rightHeads + Self.hands + Self.holdings + Self.leftHands("250,000\n\n80,000\n\n"))
        #expect(!rows.contains { $0.warnings.contains { $0.message.contains("drawn with no title ahead of this row") } })
    }

    /// Values before the first text that do not end in an I take no nature from it.
    @Test func valuesEndingInADTakeNoNature() {
        let stream = EncodeCellStreamHoldingTitleLastTests.rows("250,000\n\nA\n\n(2)\n\n0(3)\n\nD\n\nSee Footnote(4)\n").stream
        #expect(stream.handBeforeFirstTitle(at: stream.paragraphs.count - 1) == nil)
    }
}
