import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// Table II of the fictional Lanternfly Form 4, laid out by pdftotext with
/// cells that wrap: the first line of the title carries values too (a
/// centred exercisable date, the first words of the underlying security),
/// none of them under a value of the line below. The two lines are one row.
@Suite struct EncodeTitleLineValuesTests {
    static let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.layout.txt")

    /// The option row with its exercisable date (03/01/2022) and "Class A" printed on the title's first line.
    static func text() throws -> String {
        var lines = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let k = try #require(lines.firstIndex { $0.hasPrefix("Stock Option    $12.40") })
        let row = lines[k]
        func column(_ s: String) throws -> Int {
            row.distance(from: row.startIndex, to: try #require(row.range(of: s)).lowerBound)
        }
        let exercisable = try column("(5)"), underlying = try column("Common Stock")
        var up = "Stock" + String(repeating: " ", count: exercisable - 5) + "03/01/2022"
        up += String(repeating: " ", count: underlying - up.count) + "Class A"
        lines[k] = row.replacingOccurrences(of: "Stock Option    ", with: "Option          ")
            .replacingOccurrences(of: "(5)", with: "   ")
        lines.insert(up, at: k)
        return lines.joined(separator: "\n")
    }

    @Test func theTitlesFirstLineAndItsValuesAreOneRow() throws {
        let result = try FormEncoder.encode(InputFile(name: "wrapped", bytes: Array(try Self.text().utf8)), options: EncodeFixtureTests.options)
        let rows = try #require(result.document.derivativeTable?.derivativeTransaction)
        #expect(rows.count == 1)
        #expect(result.document.derivativeTable?.derivativeHolding.isEmpty == true)
        let row = try #require(rows.first)
        #expect(row.securityTitle?.value == "Stock Option (Right to Buy)")
        #expect(row.exerciseDate?.value?.isoDate == "2022-03-01")
        #expect(row.expirationDate?.value?.isoDate == "2031-03-01")
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Class A Common Stock")
        #expect(row.underlyingSecurity?.underlyingSecurityShares?.value?.text == "2500")
        #expect(row.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "7500")
    }

    /// "03/14/2019(1) (1)" and then the underlying security: the second mark
    /// may be the date's own or the expiration date given by footnote alone.
    /// A filing never leaves the expiration date with neither, so it is taken
    /// as the expiration date's, and reported there.
    @Test func aMarkAfterTheExercisableDateWithNoExpirationIsReported() throws {
        let text = try String(contentsOf: Self.fixture, encoding: .utf8)
            .replacingOccurrences(of: "(5)          03/01/2031  Common Stock", with: "03/01/2022(5) (5)       Common Stock")
        let result = try FormEncoder.encode(InputFile(name: "marks", bytes: Array(text.utf8)), options: EncodeFixtureTests.options)
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.exerciseDate?.value?.isoDate == "2022-03-01")
        #expect(row.exerciseDate?.footnoteId == ["F5"])
        #expect(row.expirationDate?.value == nil)
        #expect(row.expirationDate?.footnoteId == ["F5"])
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == "/ownershipDocument/derivativeTable/derivativeTransaction[1]/expirationDate" })
    }
}
