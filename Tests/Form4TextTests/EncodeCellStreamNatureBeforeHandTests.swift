import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Table I (Quillane) as pdftotext without `-layout` prints it
/// when the PDF draws two rows' right-hand cells ((A)/(D), price, amount
/// owned, D/I, nature) ahead of them, a holding, then those rows' titles
/// stacked in one paragraph and their dates, codes and amounts column by
/// column among the heads. The natures do not open as natures do ("By …").
@Suite struct EncodeCellStreamNatureBeforeHandTests {
    static let firstRow = "Common Stock\n\n03/02/2024\n\nJ\n\n1,000\n\nD\n\n(1)\n\n20,000\n\nI\n\nBy estate planning vehicle\n\n"
    static let groupA = "A\n\n(1)\n\n7,500\n\nI\n\nQuillane Capital Fund, LP(2)\n\n"
    static let groupB = "A\n\n(1)\n\n1,250\n\nI\n\nQuillane Capital Fund\nParallel, LLC(2)\n\n"
    static let holding = "Common Stock\n\n9,000\n\nI\n\nQuillane Growth Fund, L.P.(3)\n\n"
    static let leftHands = "Common Stock\nCommon Stock\n\n1. Title of Security (Instr. 3)\n\n03/02/2024\n\nJ\n\n03/02/2024\n\n"
        + "2. Transaction\nDate\n(Month/Day/Year)\n\n4,500\n\nJ\n\n1,250\n\nCode\n\nV\n\nAmount\n\n(A) or\n(D)\n\nPrice\n"

    static func summary(_ text: String) -> (rows: [TableLines.Row], lines: [String]) {
        let (rows, stream) = EncodeCellStreamHoldingTitleLastTests.rows(text)
        return (rows, EncodeCellStreamHoldingTitleLastTests.summary(rows, stream))
    }

    static let told = "between two groups of right-hand cells drawn ahead of their rows"

    @Test func aNatureBeforeTheNextGroupIsTheGroupAbovesNature() throws {
        let (rows, lines) = Self.summary(Self.firstRow + Self.groupA + Self.groupB + Self.holding + Self.leftHands)
        #expect(lines == [
            "Common Stock | 03/02/2024 | J | 1,000 | D |  | 20,000 | I | By estate planning vehicle",
            "Common Stock | 03/02/2024 | J | 4,500 | A |  | 7,500 | I | Quillane Capital Fund, LP",
            "Common Stock | 03/02/2024 | J | 1,250 | A |  | 1,250 | I | Quillane Capital Fund Parallel, LLC",
            "Common Stock | - | - | - | - | - | 9,000 | I | Quillane Growth Fund, L.P.",
        ])
        // Both rows the text stood between are told.
        #expect(rows.map { $0.warnings.contains { $0.message.contains(Self.told) } } == [false, true, true, false])
    }

    /// A third group and two rows to take them: nothing moves.
    @Test func groupsThatOutnumberTheRowsChangeNothing() throws {
        let third = "A\n\n(1)\n\n600\n\nI\n\nQuillane Capital Fund III, LP(2)\n\n"
        let (rows, lines) = Self.summary(Self.firstRow + Self.groupA + Self.groupB + third + Self.holding + Self.leftHands)
        #expect(!rows.contains { $0.warnings.contains { $0.message.contains(Self.told) } })
        #expect(!lines.contains("Common Stock | 03/02/2024 | J | 4,500 | A |  | 7,500 | I | Quillane Capital Fund, LP"))
    }
}
