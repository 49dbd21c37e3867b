import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// w3m centres every cell of a row vertically. A price cell that wraps
/// ("$30.9<br>(3)") prints its value beside the first line of the title and
/// its mark on the row's own line; the two lines are one row.
@Suite struct EncodeCentredCellTests {
    static let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.w3m.txt")

    /// The fixture with its 02/15/2024 row printed over two lines, w3m-style.
    static func centredText() throws -> String {
        var lines = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let k = try #require(lines.firstIndex { $0.contains("$30.9^(3)") })
        let line = lines[k]
        let price = try #require(line.range(of: "$30.9^(3)"))
        let column = line.distance(from: line.startIndex, to: price.lowerBound)
        let up = "Common" + String(repeating: " ", count: column - 6) + "$30.9^"
        let row = line.replacingOccurrences(of: "Common Stock", with: "Stock       ")
            .replacingOccurrences(of: "$30.9^(3)", with: "(3)      ")
        lines[k] = row
        lines.insert(up, at: k)
        return lines.joined(separator: "\n")
    }

    static func encode(_ text: String) throws -> EncodeResult {
        try FormEncoder.encode(InputFile(name: "centred", bytes: Array(text.utf8)), options: EncodeFixtureTests.options)
    }

    @Test func aWrappedPriceBesideTheTitleIsTheRowsPriceWithItsMark() throws {
        let result = try Self.encode(try Self.centredText())
        let expected = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.expected.xml"), encoding: .utf8)
        #expect(OwnershipXMLWriter.xml(result.document) == expected)
        // The mark is the price's by position only: said, not silently taken.
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && ($0.path ?? "").hasSuffix("transactionPricePerShare") })
    }
}
