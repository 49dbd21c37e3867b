import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Table I (Quillane) as pdftotext without `-layout` prints it
/// when the PDF draws a row's nature (one that does not open as "By …")
/// before the next page's heads, and that page opens with a holding: a
/// title, its amount owned and its D/I, no date.
@Suite struct EncodeCellStreamHoldingAfterHeadsTests {
    static let row = "Common Stock\n\n03/02/2024\n\nS\n\n1,000\n\nD\n\n$12.50\n\n20,000\n\nI\n\nQuillane Ventures II, L.P.(2)\n\n"
    static let heads = "5. Amount of\nSecurities\nBeneficially\nOwned Following\nReported\nTransaction(s)\n(Instr. 3 and 4)\n\n"
        + "6.\nOwnership\nForm: Direct\n(D) or\nIndirect (I)\n(Instr. 4)\n\n7. Nature of Indirect Beneficial\nOwnership (Instr. 4)\n\n"
    static let told = "alone before column heads printed again"

    @Test func aNatureBeforeHeadsAndAHoldingIsTheRowAbovesNature() throws {
        let (rows, stream) = EncodeCellStreamHoldingTitleLastTests.rows(Self.row + Self.heads + "Common Stock\n\n5,000\n\nI\n\nQuillane Partners Fund, LLC(3)\n")
        #expect(EncodeCellStreamHoldingTitleLastTests.summary(rows, stream) == [
            "Common Stock | 03/02/2024 | S | 1,000 | D | $12.50 | 20,000 | I | Quillane Ventures II, L.P.",
            "Common Stock | - | - | - | - | - | 5,000 | I | Quillane Partners Fund, LLC",
        ])
        #expect(rows.map { $0.warnings.contains { $0.message.contains(Self.told) } } == [true, false])
    }

    /// A text and a figure with no D/I after it is no sure row start: the text is not moved.
    @Test func aTextAndAFigureWithoutDIAfterTheHeadsMovesNothing() throws {
        let (rows, _) = EncodeCellStreamHoldingTitleLastTests.rows(Self.row + Self.heads + "Common Stock\n\n5,000\n\nQuillane Partners Fund, LLC(3)\n")
        #expect(!rows.contains { $0.warnings.contains { $0.message.contains(Self.told) } })
        let stream = CellStream(paragraphs: CellStream.paragraphs(LooseText("Common Stock\n\n5,000\n\nI\n").lines[...]), kind: TableKind(derivative: true, form: 4))
        #expect(!stream.startsHolding(at: 0))
    }
}
