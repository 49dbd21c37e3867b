import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// A deemed execution date the same as the transaction date ("| 02/15/2024|
/// 02/15/2024|"): two cells, not one cell a converter printed twice.
@Suite struct EncodeEqualDatesTests {
    @Test func aDeemedDateEqualToTheTransactionDateIsKept() throws {
        let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.html2text.txt")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let row = "Common Stock| 02/15/2024| | S(1)|"
        #expect(text.contains(row))
        let edited = text.replacingOccurrences(of: row, with: "Common Stock| 02/15/2024| 02/15/2024| S(1)|")
        let result = try FormEncoder.encode(InputFile(name: "deemed", bytes: Array(edited.utf8)), options: EncodeFixtureTests.options)
        let t = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction.last)
        #expect(t.transactionDate?.value?.isoDate == "2024-02-15")
        #expect(t.deemedExecutionDate?.value?.isoDate == "2024-02-15")
        #expect(t.transactionCoding?.transactionCode == "S")
        #expect(t.transactionAmounts?.transactionShares?.value?.text == "1200")
    }
}
