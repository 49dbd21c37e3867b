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

    /// "7500<br>,": a thousands separator printed after its figure, as in a
    /// row pymupdf4llm promoted to a header. The row's later cells stay cells.
    @Test func aFigureWhoseCommaStandsApartIsReportedAndTheRowStillRead() throws {
        let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pymupdf4llm.txt")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let printed = "|Common<br>Stock|2,500|$0|7,500|D||"
        #expect(text.contains(printed))
        let damaged = text.replacingOccurrences(of: printed, with: "|Common<br>Stock|2500<br>,|$0|7500<br>,|D||")
        let result = try FormEncoder.encode(InputFile(name: "comma", bytes: Array(damaged.utf8)), options: EncodeFixtureTests.options)
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(row.underlyingSecurity?.underlyingSecurityShares?.value?.text == "2500")
        #expect(row.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "7500")
        #expect(row.ownershipNature?.directOrIndirectOwnership?.value == "D")
        let path = "/ownershipDocument/derivativeTable/derivativeTransaction[1]/postTransactionAmounts/sharesOwnedFollowingTransaction"
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == path })
    }
}
