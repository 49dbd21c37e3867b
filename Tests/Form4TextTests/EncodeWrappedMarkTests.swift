import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// w3m ends a cell cut before its footnote mark with "^" and goes on under
/// it: a price cell of marks alone, "(2)(3)", prints as "^(2)^" over "(3)".
/// The two lines are one row's, even where the rows' titles ("Common / Stock",
/// "Class A / Common / Stock") would fit rows cut at the top as well.
@Suite struct EncodeWrappedMarkTests {
    static func lines() throws -> [String] {
        let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.w3m.txt")
        var lines = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let k = try #require(lines.firstIndex { $0.hasPrefix("Common Stock   02/14/2024") })
        let (first, second, secondMark, third) = (lines[k], lines[k + 1], lines[k + 2], lines[k + 3])
        #expect(secondMark.trimmingCharacters(in: .whitespaces) == "^(2)")
        let priceColumn = try #require(secondMark.range(of: "^(2)")).lowerBound.utf16Offset(in: secondMark)
        func common(_ row: String) -> String { "Common      " + row.dropFirst(12) }
        let marksOnly = third.replacingOccurrences(of: "$30.9^(3) ", with: "(3)       ")
        let rows = [common(first), "Stock",
                    common(second), "Stock" + secondMark.dropFirst(5),
                    "Class A" + String(repeating: " ", count: priceColumn - 7) + "^(2)^",
                    common(marksOnly), "Stock",
                    "Class A",
                    common(third), "Stock"]
        lines.replaceSubrange(k...(k + 3), with: rows)
        return lines
    }

    @Test func aMarkCutWithACaretStaysWithItsRow() throws {
        let result = try EncodeWrappedRowTests.encode(lines: try Self.lines())
        let rows = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction)
        try #require(rows.count == 4)
        #expect(rows.map { $0.securityTitle?.value } == ["Common Stock", "Common Stock", "Class A Common Stock", "Class A Common Stock"])
        #expect(rows[1].transactionAmounts?.transactionPricePerShare?.footnoteId == ["F2"])
        #expect(rows[2].transactionAmounts?.transactionPricePerShare?.value == nil)
        #expect(rows[2].transactionAmounts?.transactionPricePerShare?.footnoteId == ["F2", "F3"])
    }

    /// w3m wraps a date exercisable's mark onto the next line, under the date:
    /// "03/01/2022^" over "(5)". The mark is the date's.
    @Test func aDateExercisablesWrappedMarkIsTheDates() throws {
        let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.w3m.txt")
        var lines = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let k = try #require(lines.firstIndex { $0.hasPrefix("Option     $12.40") })
        try #require(lines[k].contains("^(5)           03/01/2031") && lines[k + 1] == "(Right to")
        lines[k] = lines[k].replacingOccurrences(of: "^(5)           03/01/2031", with: "03/01/2022^    03/01/2031")
        let column = try #require(lines[k].range(of: "03/01/2022^")).lowerBound.utf16Offset(in: lines[k])
        lines[k + 1] = "(Right to" + String(repeating: " ", count: column - 9) + "(5)"
        let result = try EncodeWrappedRowTests.encode(lines: lines)
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.exerciseDate?.value?.isoDate == "2022-03-01")
        #expect(row.exerciseDate?.footnoteId == ["F5"])
        #expect(row.expirationDate?.value?.isoDate == "2031-03-01")
        #expect(row.expirationDate?.footnoteId == [])
        #expect(row.securityTitle?.value == "Stock Option (Right to Buy)")
        #expect(!result.diagnostics.contains { $0.rule == "ENC-UNPLACED" })
    }
}
