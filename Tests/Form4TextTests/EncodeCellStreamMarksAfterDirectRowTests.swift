import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Table I (Quillane) as pdftotext without `-layout` prints it
/// when the PDF draws a nature's wrapped marks apart from it, after a
/// holding owned directly: "7,500(4)" / "D" / "(2)(3)" / the next title.
@Suite struct EncodeCellStreamMarksAfterDirectRowTests {
    static let above = "Common Stock\n\n03/02/2024\n\nS\n\n1,000\n\nD\n\n$12.50\n\n20,000\n\nI\n\nQuillane Global Growth\nPrincipals Fund, L.P.\n\n"
    static let direct = "Common Stock\n\n7,500(4)\n\nD\n\n"
    static let next = "Common Stock\n\n3,000\n\nI\n\nBy Quillane Trust(5)\n"

    @Test func marksAfterADirectRowAreLeftOutAndReported() throws {
        let (rows, stream) = EncodeCellStreamHoldingTitleLastTests.rows(Self.above + Self.direct + "(2)(3)\n\n" + Self.next)
        let f = rows.map { stream.fields($0.anchor) }
        #expect(f.map { $0.directIndirect?.text } == ["I", "D", "I"])
        #expect(f[1].nature.isEmpty)
        #expect(!rows[1].anchor.contains { $0.kind == .footnoteOnly })
        // Reported as any loose marks (``reportLooseMarks(_:in:)``): on the rows whose nature ends in marks.
        #expect(rows.map { $0.warnings.contains { $0.rule == "ENC-UNPLACED" && $0.message.contains("footnote marks (2)(3)") } } == [false, false, true])
    }

    /// Marks after a row owned indirectly with its nature, or before a value, are not taken by this rule.
    @Test func marksAfterOtherRowsAreNotTaken() {
        let stream = EncodeCellStreamHoldingTitleLastTests.rows(Self.direct + "(2)(3)\n\n5,000\n").stream
        let current = stream.paragraphs[0].tokens + stream.paragraphs[1].tokens + stream.paragraphs[2].tokens
        #expect(!stream.marksAfterDirectRow(at: 3, of: current))
        let indirect = EncodeCellStreamHoldingTitleLastTests.rows("Common Stock\n\n7,500\n\nI\n\n(2)(3)\n\n" + Self.next).stream
        let open = indirect.paragraphs[0].tokens + indirect.paragraphs[1].tokens + indirect.paragraphs[2].tokens
        #expect(!indirect.marksAfterDirectRow(at: 3, of: open))
        #expect(stream.marksAfterDirectRow(at: 3, of: current) == false)
        let good = EncodeCellStreamHoldingTitleLastTests.rows(Self.direct + "(2)(3)\n\n" + Self.next).stream
        #expect(good.marksAfterDirectRow(at: 3, of: good.paragraphs[0].tokens + good.paragraphs[1].tokens + good.paragraphs[2].tokens))
    }
}
