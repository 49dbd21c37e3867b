import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Form 4's Table II (Quillane) as pdftotext without `-layout`
/// prints it when the PDF draws a page's transaction amounts after all its
/// rows, then the underlying amount a row lacks among the next page's heads.
@Suite struct EncodeCellStreamPageAmountsLastTests {
    static let rowX = "Class B Common Stock\n\n(2)\n\n06/03/2024\n\nX(1)\n\n(2)\n\n(2)\n\nClass A 10,000\nCommon\nStock\n\n$6.10\n\n10,000\n\nI\n\nSee Footnote(3)\n\n"
    static let rowF = "Class B Common Stock\n\n(2)\n\n06/03/2024\n\nF(1)\n\n(2)\n\n(2)\n\nClass A\nCommon\nStock\n\n$22.50\n\n4,000\n\nI\n\nSee Footnote(3)\n\n"
    static let heads = "6. Date Exercisable and\nExpiration Date\n(Month/Day/Year)\n\n7. Title and Amount of\nSecurities Underlying\nDerivative Security\n(Instr. 3 and 4)\n\n"
    static let nextRow = "Class B Common Stock\n\n(2)\n\n06/03/2024\n\nC(4)\n\n1,500\n\n(2)\n\n(2)\n\nClass A\nCommon\nStock\n\n1,500\n\n$0.00\n\n0\n\nI\n\nSee Footnote(3)\n"
    static let told = "drawn with no title after the page's rows"

    static func summary(_ rows: [TableLines.Row], _ stream: CellStream) -> [String] {
        rows.map { r in
            let f = stream.fields(r.anchor)
            return [f.code?.text ?? "-", f.amount?.text ?? "-", f.underlyingShares?.text ?? "-", f.price?.text ?? "-", f.owned?.text ?? "-",
                    f.directIndirect?.text ?? "-"].joined(separator: " | ")
        }
    }

    @Test func amountsAfterThePagesRowsGoToTheRowsWithoutThem() throws {
        let (rows, stream) = EncodeCellStreamTitlesLastTests.rows(Self.rowX + Self.rowF + "10,000\n\n2,500\n\n" + Self.heads + "2,500\n\n" + Self.nextRow, form: 4)
        #expect(Self.summary(rows, stream) == [
            "X | 10,000 | 10,000 | $6.10 | 10,000 | I",
            "F | 2,500 | 2,500 | $22.50 | 4,000 | I",
            "C | 1,500 | 1,500 | $0.00 | 0 | I",
        ])
        #expect(rows.map { $0.warnings.contains { $0.message.contains(Self.told) } } == [true, true, false])
    }

    /// One figure short of the amounts and underlying amounts the rows lack: nothing moves.
    @Test func figuresThatDisagreeWithTheRowsMoveNothing() throws {
        let (rows, _) = EncodeCellStreamTitlesLastTests.rows(Self.rowX + Self.rowF + "10,000\n\n2,500\n\n" + Self.heads + Self.nextRow, form: 4)
        #expect(!rows.contains { $0.warnings.contains { $0.message.contains(Self.told) } })
    }
}
