import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// w3m wraps a date in a narrow column at its last "/": "02/14/" on the line
/// of the title's first word and "2024" on the row's line, one over the other.
@Suite struct EncodeWrappedDateTests {
    @Test func aDateWrappedAtItsLastSlashIsOneDate() throws {
        let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.w3m.txt")
        var lines = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let k = try #require(lines.firstIndex { $0.hasPrefix("Option     $12.40") })
        #expect(lines[k - 1] == "Stock")
        // The deemed execution date, between the transaction date and the code.
        let column = 40
        var row = Array(lines[k])
        #expect(row[column..<(column + 4)].allSatisfy { $0 == " " })
        row.replaceSubrange(column..<(column + 4), with: Array("2024"))
        lines[k] = String(row)
        lines[k - 1] = "Stock" + String(repeating: " ", count: column - 5) + "02/14/"
        let result = try FormEncoder.encode(InputFile(name: "wrapped-date", bytes: Array(lines.joined(separator: "\n").utf8)), options: EncodeFixtureTests.options)
        let t = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(t.transactionDate?.value?.isoDate == "2024-02-14")
        #expect(t.deemedExecutionDate?.value?.isoDate == "2024-02-14")
        #expect(t.securityTitle?.value == "Stock Option (Right to Buy)")
        #expect(t.transactionCoding?.transactionCode == "M")
    }
}
