import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Table I (Quillane) as pdftotext without `-layout` prints it
/// when the PDF draws one row's right-hand cells ((A)/(D), price, amount
/// owned, D/I, nature) ahead of it, the next row's (A)/(D) and price ahead
/// of its title, and the first row's left-hand cells (title, date, code,
/// amount) after the table's holdings, as its last text.
@Suite struct EncodeCellStreamPriceAheadOfTitleTests {
    static let firstRow = "Common Stock\n\n03/02/2024\n\nS\n\n1,000\n\nD\n\n$12.50\n\n20,000\n\nI\n\nBy Quillane Trust(2)\n\n"
    static let hand = "D\n\n$12.75(1)\n\n19,000\n\nI\n\nBy Quillane Trust(2)\n\n"
    static let pair = "D\n\n$12.75(1)\n\n"
    static let lacking = "Common Stock\n\n03/03/2024\n\nS\n\n1,500\n\n18,500\n\nI\n\nBy Quillane Family Trust(3)\n\n"
    /// Two holdings: one alone between two dated rows would be read as the end of the row after it (``rejoinTails(_:)``).
    static let holding = "Common Stock\n\n9,000\n\nD\n\nCommon Stock\n\n4,000\n\nI\n\nBy Quillane Family Trust(3)\n\n"
    static let leftHands = "Common Stock\n\n03/03/2024\n\nS\n\n1,000\n\n"

    static func summary(_ text: String) -> (rows: [TableLines.Row], lines: [String]) {
        let (rows, stream) = EncodeCellStreamHoldingTitleLastTests.rows(text)
        return (rows, EncodeCellStreamHoldingTitleLastTests.summary(rows, stream))
    }

    @Test func cellsDrawnAheadGoBackToTheirRows() throws {
        let (rows, lines) = Self.summary(Self.firstRow + Self.hand + Self.pair + Self.lacking + Self.holding + Self.leftHands)
        #expect(lines == [
            "Common Stock | 03/02/2024 | S | 1,000 | D | $12.50 | 20,000 | I | By Quillane Trust",
            "Common Stock | 03/03/2024 | S | 1,000 | D | $12.75 | 19,000 | I | By Quillane Trust",
            "Common Stock | 03/03/2024 | S | 1,500 | D | $12.75 | 18,500 | I | By Quillane Family Trust",
            "Common Stock | - | - | - | - | - | 9,000 | D | ",
            "Common Stock | - | - | - | - | - | 4,000 | I | By Quillane Family Trust",
        ])
        #expect(rows.map { $0.warnings.contains { $0.message.contains("drawn with no title ahead of this row") } } == [false, true, false, false, false])
        #expect(rows.map { $0.warnings.contains { $0.message.contains("drawn alone before this row's title") } } == [false, false, true, false, false])
    }

    /// A row that has its price takes no other: the pair stays a row of its own.
    @Test func aRowWithItsPriceTakesNoPairDrawnBeforeIt() throws {
        let priced = "Common Stock\n\n03/03/2024\n\nS\n\n1,500\n\nD\n\n$12.80\n\n18,500\n\nI\n\nBy Quillane Family Trust(3)\n\n"
        let (rows, _) = Self.summary(Self.firstRow + Self.pair + priced)
        #expect(!rows.contains { $0.warnings.contains { $0.message.contains("drawn alone before this row's title") } })
        #expect(rows.count == 3)
    }

    /// Left-hand cells that do not end the table are not reached across a whole row.
    @Test func leftHandsBeforeAnotherRowAreNotJoinedAcrossAWholeRow() throws {
        let (rows, _) = Self.summary(Self.firstRow + Self.hand + Self.pair + Self.lacking + Self.leftHands + Self.holding)
        #expect(!rows.contains { $0.warnings.contains { $0.message.contains("drawn with no title ahead of this row") } })
    }
}
