import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 with its Table II title a note's
/// ("2.5% Convertible Notes due 2031"), the conversion price printed on the
/// title's second line, as pdftotext without `-layout` prints such a cell.
@Suite struct EncodeCellStreamYearEndsTextTests {
    static let option = "Stock\nOption\n(Right to\nBuy)\n\n$12.40\n\n"

    static func notes(_ end: String) -> String { "2.5%\n$12.40\nConvertible\nNotes\n" + end + "\n\n" }

    /// The year ends the title, which reads whole with the price after it; the rest of the row as before; the year reported.
    @Test func aYearAfterDueEndsTheTitle() throws {
        let original = try EncodeCellStreamTests.text()
        let text = try EncodeCellStreamOrderTests.replacing(Self.option, with: Self.notes("due 2031"))
        let expected = try EncodeCellStreamOrderTests.tables(original)
            .replacingOccurrences(of: "<value>Stock Option (Right to Buy)</value>", with: "<value>2.5% Convertible Notes due 2031</value>")
        #expect(expected.contains("2.5% Convertible Notes due 2031"))
        #expect(try String(EncodeCellStreamOrderTests.tables(text)) == expected)
        let result = try EncodeCellStreamTests.encode(text)
        let told = result.diagnostics.filter { $0.message.contains("taken as the text's last word (a year)") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(told.first?.location?.line)
        #expect(lines[line - 1] == "due 2031")
    }

    /// After a capitalised word ("Series 2031") the figure may be a value: not taken as a word.
    @Test func aYearAfterACapitalisedWordIsNotTaken() throws {
        let text = try EncodeCellStreamOrderTests.replacing(Self.option, with: Self.notes("Series 2031"))
        let result = try EncodeCellStreamTests.encode(text)
        #expect(!result.diagnostics.contains { $0.message.contains("taken as the text's last word (a year)") })
    }
}
