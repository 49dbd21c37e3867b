import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Form 3's Table II as pdftotext without `-layout` prints it when
/// the PDF draws every title after all the table's other cells: the rows'
/// date cells, underlying securities, amounts, prices, D/I and natures first,
/// then the titles stacked in one paragraph.
@Suite struct EncodeCellStreamTitlesLastTests {
    static let cells = "Title\n\nAmount or\nNumber of\nShares\n\n(1)\n\n(2)\n\nClass A Common\nStock\n\n40,000\n\n(1)\n\nD\n\n"
        + "03/01/2027\n\n03/01/2031\n\nCommon Stock\n\n12,500\n\n$4.10\n\nI\n\nBy Quillane Family Trust(3)\n\n"
    static let heads = "\n6. Nature of Indirect\nBeneficial Ownership\n(Instr. 5)\n"

    static func stream(_ text: String, form: Int = 3) -> CellStream {
        let lines = LooseText(text).lines
        return CellStream(paragraphs: CellStream.paragraphs(lines[...]), kind: TableKind(derivative: true, form: form))
    }

    static func rows(_ text: String, form: Int = 3) -> (rows: [TableLines.Row], stream: CellStream) {
        var stream = stream(text, form: form)
        let rows = stream.rows()
        return (rows, stream)
    }

    @Test func titlesDrawnLastGoToTheRowsInOrder() throws {
        let (rows, stream) = Self.rows(Self.cells + "Class B Common Stock\nSeries A Convertible Preferred\nStock\n" + Self.heads)
        try #require(rows.count == 2)
        let first = stream.fields(rows[0].anchor), second = stream.fields(rows[1].anchor)
        #expect(RowBuilder.text(first.title) == "Class B Common Stock")
        #expect(RowBuilder.text(first.underlyingTitle) == "Class A Common Stock")
        #expect(first.directIndirect?.text == "D")
        #expect(RowBuilder.text(second.title) == "Series A Convertible Preferred Stock")
        #expect(RowBuilder.text(second.underlyingTitle) == "Common Stock")
        #expect(second.directIndirect?.text == "I")
        #expect(RowBuilder.text(second.nature) == "By Quillane Family Trust")
        // Each row says where its title came from.
        #expect(rows.allSatisfy { $0.warnings.contains { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("titles are drawn after") } })
    }

    /// Titles that do not cut into one for each row, or a Form 4's table, are left to the other rules.
    @Test func onlyWhereTheTitlesCutIntoTheRows() {
        let three = Self.stream(Self.cells + "Class B Common Stock\nSeries A Convertible Preferred Stock\nWarrants\n" + Self.heads)
        #expect(three.titlesDrawnLastRows() == nil)
        let form4 = Self.stream(Self.cells + "Class B Common Stock\nSeries A Convertible Preferred\nStock\n" + Self.heads, form: 4)
        #expect(form4.titlesDrawnLastRows() == nil)
        #expect(CellStream.cutTitles(Self.stream("Restricted Stock\nUnits\nStock Option (right to buy)\n").paragraphs.flatMap(\.tokens), count: 2).map { $0.map { RowBuilder.text($0) } }
                == ["Restricted Stock Units", "Stock Option (right to buy)"])
    }
}
