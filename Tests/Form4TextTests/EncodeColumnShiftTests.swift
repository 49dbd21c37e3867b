import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// pdftotext lays out each page on its own: rows on a page without the column
/// heads can stand elsewhere than the heads on the page before. Where a value
/// is read by position alone, as Table II's (A)/(D) is, the reading is reported.
@Suite struct EncodeColumnShiftTests {
    @Test func aShiftedDerivativeRowsAcquiredDisposedIsReported() throws {
        var lines = try EncodeWrappedRowTests.layoutLines()
        let k = try #require(lines.firstIndex { $0.hasPrefix("Stock Option    $12.40") })
        lines[k] = lines[k].replacingOccurrences(of: "Stock Option    ", with: "Stock Option              ")
        let result = try EncodeWrappedRowTests.encode(lines: lines)
        #expect(result.diagnostics.contains { $0.rule == "ENC-DERIVATIVE-AD" && ($0.path ?? "").hasSuffix("transactionAcquiredDisposedCode") })
    }

    /// The row on a new page stands 10 columns right of the heads, and its
    /// amount 13 columns nearer its code than under the heads: as seen from
    /// the code, the amount is under (A), though its own column is nearer (D).
    @Test func aShiftedRowsAmountIsPlacedAsSeenFromItsCode() throws {
        var lines = try EncodeWrappedRowTests.layoutLines()
        let k = try #require(lines.firstIndex { $0.hasPrefix("Stock Option    $12.40") })
        let old = "M" + String(repeating: " ", count: 24) + "2,500" + String(repeating: " ", count: 8)
        #expect(lines[k].contains(old))
        lines[k] = lines[k].replacingOccurrences(of: "Stock Option    ", with: "Stock Option              ")
            .replacingOccurrences(of: old, with: "M" + String(repeating: " ", count: 11) + "2,500" + String(repeating: " ", count: 21))
        let result = try EncodeWrappedRowTests.encode(lines: lines)
        #expect(result.document.derivativeTable?.derivativeTransaction.first?.transactionAmounts?.transactionAcquiredDisposedCode?.value == "A")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DERIVATIVE-AD" && ($0.path ?? "").hasSuffix("transactionAcquiredDisposedCode") })
    }

    /// The same shifted row, with fewer owned after it than its amount: an
    /// acquisition leaves at least its amount owned, so the figures win over
    /// the shifted column and the row is a disposal, reported.
    @Test func aShiftedRowWithFewerOwnedThanItsAmountIsADisposal() throws {
        var lines = try EncodeWrappedRowTests.layoutLines()
        let k = try #require(lines.firstIndex { $0.hasPrefix("Stock Option    $12.40") })
        let old = "M" + String(repeating: " ", count: 24) + "2,500" + String(repeating: " ", count: 8)
        try #require(lines[k].contains(old) && lines[k].contains("$0          7,500"))
        lines[k] = lines[k].replacingOccurrences(of: "Stock Option    ", with: "Stock Option              ")
            .replacingOccurrences(of: old, with: "M" + String(repeating: " ", count: 11) + "2,500" + String(repeating: " ", count: 21))
            .replacingOccurrences(of: "$0          7,500", with: "$0          1,500")
        let result = try EncodeWrappedRowTests.encode(lines: lines)
        #expect(result.document.derivativeTable?.derivativeTransaction.first?.transactionAmounts?.transactionAcquiredDisposedCode?.value == "D")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DERIVATIVE-AD" && $0.message.contains("less than its amount") })
    }

    @Test func aShiftedRowWhoseAmountKeepsItsPlaceStaysDisposed() throws {
        var lines = try EncodeWrappedRowTests.layoutLines()
        let k = try #require(lines.firstIndex { $0.hasPrefix("Stock Option    $12.40") })
        lines[k] = lines[k].replacingOccurrences(of: "Stock Option    ", with: "Stock Option              ")
        let result = try EncodeWrappedRowTests.encode(lines: lines)
        #expect(result.document.derivativeTable?.derivativeTransaction.first?.transactionAmounts?.transactionAcquiredDisposedCode?.value == "D")
    }

    @Test func aRowUnderItsHeadsIsNotReported() throws {
        let result = try EncodeWrappedRowTests.encode(lines: try EncodeWrappedRowTests.layoutLines())
        #expect(result.document.derivativeTable?.derivativeTransaction.first?.transactionAmounts?.transactionAcquiredDisposedCode?.value == "D")
        #expect(!result.diagnostics.contains { $0.rule == "ENC-DERIVATIVE-AD" })
    }
}
