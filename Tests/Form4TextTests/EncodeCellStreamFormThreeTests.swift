import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Form 3's Table II as pdftotext without `-layout` prints it, in
/// row order: its first rows' dates exercisable and expiration dates given by
/// footnote only ("(1)" / "(1)"), so that no date follows their titles; a
/// later row has a date.
@Suite struct EncodeCellStreamFormThreeTests {
    static let text = "Date\nExercisable\n\nExpiration Date\n\nTitle\n\nAmount or\nNumber of\nShares\n\n"
        + "Class B Common Stock\n\n(1)\n\n(1)\n\nClass A Common\nStock\n\n40,000\n\n(1)\n\nD\n\n"
        + "Class B Common Stock\n\n(1)\n\n(1)\n\nClass A Common\nStock\n\n12,500\n\n(1)\n\nI\n\nSee Footnote(2)\n\n"
        + "Stock Option (Right to Buy)\n\n(3)\n\n04/14/2028\n\nClass A Common\nStock\n\n5,000\n\n$3.74\n\nD\n"

    @Test func rowsWhoseDatesAreFootnotesOpenTheTable() throws {
        var stream = EncodeCellStreamTitlesLastTests.stream(Self.text)
        let rows = stream.rows()
        try #require(rows.count == 3)
        let f = rows.map { stream.fields($0.anchor) }
        #expect(f.map { RowBuilder.text($0.title) } == ["Class B Common Stock", "Class B Common Stock", "Stock Option (Right to Buy)"])
        #expect(f.map { RowBuilder.text($0.underlyingTitle) } == ["Class A Common Stock", "Class A Common Stock", "Class A Common Stock"])
        #expect(f.map { $0.directIndirect?.text } == ["D", "I", "D"])
        #expect(!stream.warnings.contains { $0.rule == "ENC-UNPLACED" })
        #expect(!rows.contains { $0.warnings.contains { $0.rule == "ENC-UNPLACED" } })
    }

    /// Form 4's Table II is read by its dates as before: no row starts without one.
    @Test func onlyInFormThree() {
        let stream = EncodeCellStreamTitlesLastTests.stream(Self.text, form: 4)
        let start = stream.paragraphs.firstIndex { $0.opensWithText && !$0.isHeader } ?? 0
        #expect(!stream.formThreeRowStart(at: start))
        #expect(EncodeCellStreamTitlesLastTests.stream(Self.text).formThreeRowStart(at: start))
    }
}
