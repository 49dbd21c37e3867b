import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// pymupdf4llm sometimes prints a figure's decimal point on a line of its
/// own in the cell ("$1240<br>."): the row is still one transaction, and the
/// figure, whose point is lost, is reported.
@Suite struct EncodeLoosePointTests {
    @Test func aFigureWhosePointStandsApartIsReportedAndTheRowStillRead() throws {
        let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.markdown.txt")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        #expect(text.contains("|\\$12.40|02/14/2024|"))
        let damaged = text.replacingOccurrences(of: "|\\$12.40|02/14/2024|", with: "|\\$1240<br>.|02/14/2024|")
        let result = try FormEncoder.encode(InputFile(name: "point", bytes: Array(damaged.utf8)), options: EncodeFixtureTests.options)
        let table = try #require(result.document.derivativeTable)
        #expect(table.derivativeTransaction.count == 1 && table.derivativeHolding.isEmpty)
        let row = try #require(table.derivativeTransaction.first)
        #expect(row.transactionCoding?.transactionCode == "M")
        #expect(row.underlyingSecurity?.underlyingSecurityShares?.value?.text == "2500")
        let path = "/ownershipDocument/derivativeTable/derivativeTransaction[1]/conversionOrExercisePrice"
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == path })
    }
}
