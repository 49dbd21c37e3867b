import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A wrapped underlying title with its amount centred beside its first line
/// and its footnote marks wrapped onto a line of their own, as pdftotext
/// without `-layout` prints a fictional Quillane warrant row: "Class B
/// 20,000" / "Common" / "Stock" / "(2)".
@Suite struct EncodeCellStreamMarksBesideAmountTests {
    static func lines(_ text: String) -> [[LooseToken]] {
        CellStream.lines(LooseText(text).lines.flatMap { LooseTokenizer.tokens(of: $0) })
    }

    @Test func marksOnTheirOwnLineEndTheTextBesideAnAmount() {
        var lines = Self.lines("Class B 20,000\nCommon\nStock\n(2)\n")
        CellStream.markLineEndsText(&lines)
        #expect(lines.count == 3)
        #expect(lines.last?.last?.text == "Stock")
        #expect(lines.last?.last?.footnotes == ["F2"])
        // The paragraph then reads as the title, its marks, and the amount.
        let p = CellStream.paragraphs(LooseText("Class B 20,000\nCommon\nStock\n(2)\n").lines[...])
        #expect(p.first.map { RowBuilder.text($0.tokens) } == "Class B Common Stock 20,000")
        #expect(p.first?.tokens.contains { $0.kind == .footnoteOnly } == false)
    }

    /// Marks under a line of values are no text's: they stay a cell of their own.
    @Test func marksUnderAValueStayApart() {
        var two = Self.lines("Common Stock 20,000\n(2)\n")
        CellStream.markLineEndsText(&two)
        #expect(two.count == 2)
        var valuesFirst = Self.lines("20,000 Class B\nCommon\nStock\n(2)\n")
        CellStream.markLineEndsText(&valuesFirst)
        #expect(valuesFirst.count == 4)
    }
}
