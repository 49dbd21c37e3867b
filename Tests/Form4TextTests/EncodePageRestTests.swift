import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// pdftotext prints the rest of a row cut by a page break (its title's last
/// word, a price set lower than the row's values) at the top of the next
/// page, laid out anew: the price may stand under another column there. A
/// line with no date and no D/I cannot be a row of its own.
@Suite struct EncodePageRestTests {
    static func cut() throws -> [String] {
        var lines = try EncodeWrappedRowTests.layoutLines()
        let k = try #require(lines.firstIndex { $0.hasPrefix("Common Stock       02/15/2024") })
        let row = lines[k]
        let price = try #require(row.range(of: "$30.9(3)"))
        let ad = try #require(row.range(of: " D ")).lowerBound.utf16Offset(in: row) + 1
        let upper = "Common      " + row[row.index(row.startIndex, offsetBy: 12)..<price.lowerBound]
            + String(repeating: " ", count: 8) + row[price.upperBound...]
        // The price on the new page stands where the (A)/(D) letter stood on the old.
        let lower = "\u{0C}Stock" + String(repeating: " ", count: ad - 5) + "$30.9(3)"
        lines.replaceSubrange(k...k, with: [upper, lower])
        return lines
    }

    @Test func theLineAfterThePageBreakEndsTheRowAbove() throws {
        let result = try EncodeWrappedRowTests.encode(lines: try Self.cut())
        let table = try #require(result.document.nonDerivativeTable)
        let row = try #require(table.nonDerivativeTransaction.last)
        #expect(row.securityTitle?.value == "Common Stock")
        #expect(row.transactionAmounts?.transactionPricePerShare?.value?.text == "30.9")
        #expect(row.transactionAmounts?.transactionPricePerShare?.footnoteId == ["F3"])
        #expect(row.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "44610")
        #expect(table.nonDerivativeHolding.count == 1)
        #expect(result.diagnostics.contains { $0.rule == "ENC-ROW-SPLIT" && ($0.path ?? "").hasSuffix("nonDerivativeTransaction[3]") })
    }
}
