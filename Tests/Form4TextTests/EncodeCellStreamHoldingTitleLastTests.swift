import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Table I (Quillane) as pdftotext without `-layout` prints it
/// when the PDF draws a page right-hand cells first: the heads of the amount
/// owned, D/I and nature columns, each row's amount owned, D/I and nature,
/// then the other heads and the rows' left-hand cells, the last row a
/// holding whose only left-hand cell is its title.
@Suite struct EncodeCellStreamHoldingTitleLastTests {
    static let firstRow = "Common Stock\n\n03/02/2024\n\nS\n\n1,000\n\nD\n\n$12.50\n\n20,000\n\nI\n\nBy Quillane Trust(2)\n\n"
    static let rightHeads = "5. Amount of\nSecurities\nBeneficially\nOwned Following\nReported\nTransaction(s)\n(Instr. 3 and 4)\n\n"
        + "6.\nOwnership\nForm: Direct\n(D) or\nIndirect (I)\n(Instr. 4)\n\n7. Nature of Indirect Beneficial\nOwnership (Instr. 4)\n\n"
    static let leftHeads = "1. Title of Security (Instr. 3)\n\n2. Transaction\nDate\n(Month/Day/Year)\n\nCode\n\nV\n\nAmount\n\n(A) or\n(D)\n\nPrice\n\n"
    static let groups = "19,000\n\nI\n\nBy Quillane Trust(2)\n\n2,400\n\nI\n\nBy Quillane Family\nFund, LP(3)\n\n"
    static let holdingGroup = "7,750(4)\n\nD\n\n"
    static let leftHands = "Common Stock\n\n03/03/2024\n\nS\n\n1,000\n\nD\n\n$12.75\n\nCommon Stock\n\n03/03/2024\n\nJ(1)\n\n2,400\n\nA\n\n$0.00\n\nCommon Stock\n"

    static func rows(_ text: String) -> (rows: [TableLines.Row], stream: CellStream) {
        let lines = LooseText(text).lines
        var stream = CellStream(paragraphs: CellStream.paragraphs(lines[...]), kind: TableKind(derivative: false, form: 4))
        return (stream.rows(), stream)
    }

    static func summary(_ rows: [TableLines.Row], _ stream: CellStream) -> [String] {
        rows.map { r in
            let f = stream.fields(r.anchor)
            return [RowBuilder.text(f.title), f.date?.text ?? "-", f.code?.text ?? "-", f.amount?.text ?? "-", f.acquiredDisposed?.text ?? "-",
                    f.price?.text ?? "-", f.owned?.text ?? "-", f.directIndirect?.text ?? "-", RowBuilder.text(f.nature)].joined(separator: " | ")
        }
    }

    @Test func theLastTitleAfterTheLeftHandCellsIsTheHoldingsTitle() throws {
        let (rows, stream) = Self.rows(Self.firstRow + Self.rightHeads + Self.groups + Self.holdingGroup + Self.leftHeads + Self.leftHands)
        #expect(Self.summary(rows, stream) == [
            "Common Stock | 03/02/2024 | S | 1,000 | D | $12.50 | 20,000 | I | By Quillane Trust",
            "Common Stock | 03/03/2024 | S | 1,000 | D | $12.75 | 19,000 | I | By Quillane Trust",
            "Common Stock | 03/03/2024 | J | 2,400 | A | $0.00 | 2,400 | I | By Quillane Family Fund, LP",
            "Common Stock | - | - | - | - | - | 7,750 | D | ",
        ])
        let told = rows.map { $0.warnings.contains { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("the table's last text, drawn after the left-hand cells") } }
        #expect(told == [false, false, false, true])
        #expect(rows.dropFirst().allSatisfy { $0.warnings.contains { $0.message.contains("drawn with no title ahead of this row") } })
    }

    /// One right-hand group more than the rows and the holding can take: nothing moves.
    @Test func groupsThatOutnumberTheRowsAndHoldingChangeNothing() throws {
        let extra = "500\n\nI\n\nBy Quillane Trust(2)\n\n"
        let (rows, stream) = Self.rows(Self.firstRow + Self.rightHeads + Self.groups + extra + Self.holdingGroup + Self.leftHeads + Self.leftHands)
        #expect(!rows.contains { $0.warnings.contains { $0.message.contains("the table's last text, drawn after the left-hand cells") } })
        #expect(!rows.contains { $0.warnings.contains { $0.message.contains("drawn with no title ahead of this row") } })
        #expect(!Self.summary(rows, stream).contains("Common Stock | - | - | - | - | - | 7,750 | D | "))
    }

    /// A title on the price's own line is no text of its own: not split off.
    @Test func aTextBesideThePriceIsNotSplitOff() {
        let lines = LooseText("Common Stock\n\n03/03/2024\n\nS\n\n1,000\n\nD\n\n$12.75 Common Stock\n").lines
        let stream = CellStream(paragraphs: CellStream.paragraphs(lines[...]), kind: TableKind(derivative: false, form: 4))
        let anchor = stream.paragraphs.flatMap(\.tokens)
        #expect(stream.holdingTitleAfterLeftHands(anchor) == nil)
        let apart = LooseText("Common Stock\n\n03/03/2024\n\nS\n\n1,000\n\nD\n\n$12.75\n\nCommon Stock\n").lines
        let split = CellStream(paragraphs: CellStream.paragraphs(apart[...]), kind: TableKind(derivative: false, form: 4))
        #expect(split.holdingTitleAfterLeftHands(split.paragraphs.flatMap(\.tokens)).map { RowBuilder.text($0.title) } == "Common Stock")
    }
}
