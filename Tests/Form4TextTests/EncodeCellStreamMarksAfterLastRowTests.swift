import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Form 3's Table II (Quillane) as pdftotext without `-layout`
/// prints it when the PDF draws a wrapped title's last marks after all the
/// table's other cells: "(1)" alone as the table's last text.
@Suite struct EncodeCellStreamMarksAfterLastRowTests {
    static let rows = EncodeCellStreamFormThreeNatureTests.holding("Series A Preferred Stock", "120,500") + "By Trust\n\n"
        + "Warrant to purchase Series A\nPreferred Stock (right to buy)\n\n(3)\n\n(3)\n\nCommon Stock\n\n10,000\n\n$4.20\n\nI\n\nBy Trust\n\n"

    @Test func marksAloneAfterTheLastRowAreLeftOutAndReported() throws {
        let (rows, stream) = EncodeCellStreamTitlesLastTests.rows(EncodeCellStreamFormThreeNatureTests.subHeads + Self.rows + "(1)\n")
        #expect(EncodeCellStreamFormThreeNatureTests.summary(rows, stream) == [
            "Series A Preferred Stock | 120,500 | I | By Trust",
            "Warrant to purchase Series A Preferred Stock (right to buy) | 10,000 | I | By Trust",
        ])
        // No row ends in marks, so every row is told they may be its own.
        #expect(rows.allSatisfy { $0.warnings.contains { $0.rule == "ENC-UNPLACED" && $0.message.contains("footnote marks (1)") } })
    }

    /// A last row with a value is a row: it stays.
    @Test func aLastRowWithAValueStays() throws {
        let stream = EncodeCellStreamTitlesLastTests.stream(EncodeCellStreamFormThreeNatureTests.subHeads + Self.rows)
        let (rows, _) = EncodeCellStreamTitlesLastTests.rows(EncodeCellStreamFormThreeNatureTests.subHeads + Self.rows + "(1)\n\n5,000\n")
        var kept = rows
        #expect(stream.marksAfterLastRow(&kept).isEmpty)
        #expect(kept.count == rows.count)
    }
}
