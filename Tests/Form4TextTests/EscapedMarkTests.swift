import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// A filer's own text can end in what reads as a footnote mark ("Class B
/// Common Stock (2)"). Decode writes it "\(2)" in every text form, and encode
/// reads "\(2)" back as text, so the HTML round trip keeps it.
@Suite struct EscapedMarkTests {
    @Test func anEscapedMarkAfterATitleIsText() throws {
        let layout = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.layout.txt")
        var lines = try String(contentsOf: layout, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let k = try #require(lines.firstIndex { $0.hasPrefix("Common Stock       02/15/2024") })
        lines[k] = lines[k].replacingOccurrences(of: "Common Stock       02/15/2024", with: "Common Stock \\(9)  02/15/2024")
        let result = try FormEncoder.encode(InputFile(name: "escaped", bytes: Array(lines.joined(separator: "\n").utf8)),
                                            options: EncodeFixtureTests.options)
        let rows = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction)
        #expect(rows.count == 3)
        #expect(rows.last?.securityTitle?.value == "Common Stock (9)")
        #expect(rows.last?.securityTitle?.footnoteId == [])
        #expect(rows.last?.transactionDate?.value?.text == "2024-02-15")
    }

    @Test func theHTMLPageEscapesAMarkInAValue() throws {
        var document = DocumentGenerator.document(seed: 7)
        var table = document.nonDerivativeTable ?? NonDerivativeTable()
        var row = NonDerivativeHolding()
        row.securityTitle = Footnoted("Class B Common Stock (2)")
        table.nonDerivativeHolding.append(row)
        document.nonDerivativeTable = table
        let html = HTMLRenderer.html(document)
        #expect(html.contains("Class B Common Stock \\(2)"))
        #expect(!html.contains("Class B Common Stock (2)"))
    }
}
