import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// The fictional Lanternfly Form 4 as `pdftotext` without `-layout` prints
/// it: each cell its own paragraph, empty cells gone, two one-line cells now
/// and then on one line ("2,500 D", "$31.2875(2) 45,810"), the underlying
/// security's title centred around its amount ("Common 2,500" / "Stock").
@Suite struct EncodeCellStreamTests {
    static let name = "lanternfly-form4.pdftotext-raw.txt"

    static func text() throws -> String {
        try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent(name), encoding: .utf8)
    }

    static func encode(_ text: String) throws -> EncodeResult {
        try FormEncoder.encode(InputFile(name: "raw.txt", bytes: Array(text.utf8)), options: EncodeFixtureTests.options)
    }

    /// The XML from the first table to the end of the footnotes.
    static func tables(_ xml: String) -> Substring {
        guard let start = xml.range(of: "<nonDerivativeTable>"), let end = xml.range(of: "</footnotes>") else { return "" }
        return xml[start.lowerBound..<end.upperBound]
    }

    @Test func tablesAndFootnotesAreExact() throws {
        let result = try Self.encode(Self.text())
        let expected = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.expected.xml"), encoding: .utf8)
        let got = Self.tables(OwnershipXMLWriter.xml(result.document))
        #expect(!got.isEmpty)
        #expect(got == Self.tables(expected))
        // The (A)/(D) column of Table II cannot be seen without columns: said so, on its row.
        let ad = result.diagnostics.filter { $0.rule == "ENC-DERIVATIVE-AD" }
        #expect(ad.map(\.path) == ["/ownershipDocument/derivativeTable/derivativeTransaction[1]/transactionAmounts/transactionAcquiredDisposedCode"])
        #expect(!result.diagnostics.contains { ["ENC-CHAIN", "ENC-UNPLACED", "ENC-ROW-SPLIT", "ENC-ROW-TEXT"].contains($0.rule) })
    }

    /// The first row's right-hand cells printed among the column heads (its
    /// title took two lines): they end that row, which is reported.
    @Test func cellsPrintedAmongTheHeadsEndTheRowWithoutThem() throws {
        let text = try Self.text()
        let rowEnd = "$12.40\n\n48,310\n\nD\n\n"
        #expect(text.contains(rowEnd))
        let moved = text.replacingOccurrences(of: rowEnd, with: "$12.40\n\n")
            .replacingOccurrences(of: "Ownership (Instr. 4)\n\nPrice\n", with: "Ownership (Instr. 4)\n\n48,310\n\nD\n\nPrice\n")
        let result = try Self.encode(moved)
        let rows = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction)
        #expect(rows.count == 3)
        #expect(rows[0].postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "48310")
        #expect(rows[0].ownershipNature?.directOrIndirectOwnership?.value == "D")
        #expect(result.diagnostics.contains { $0.rule == "ENC-ROW-SPLIT" && $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]" })
        #expect(Self.tables(OwnershipXMLWriter.xml(result.document)) == Self.tables(OwnershipXMLWriter.xml(try Self.encode(text).document)))
    }

    /// A holding's title printed after its values, at the end of the table
    /// (pdftotext follows the PDF's drawing order): the row gets it back, reported.
    @Test func aTitlePrintedAfterTheLastRowIsThatRowsTitle() throws {
        let text = try Self.text()
        let holding = "Common\nStock\n\n5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n"
        #expect(text.contains(holding))
        let result = try Self.encode(text.replacingOccurrences(of: holding, with: "5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\nCommon\nStock\n\n"))
        let h = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding.first)
        #expect(h.securityTitle?.value == "Common Stock")
        #expect(h.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
        #expect(h.ownershipNature?.natureOfOwnership?.footnoteId == ["F4"])
        #expect(result.diagnostics.contains { $0.rule == "ENC-ROW-SPLIT" && $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]" })
    }

    /// Without pdftotext's blank lines a wrapped cell cannot be told from the
    /// next one: such a table is not read as a stream of cells.
    @Test func onlyBlankLinePartedCellsAreAStream() throws {
        let lines = LooseText(try Self.text()).lines
        let start = try #require(lines.firstIndex { $0.plain.hasPrefix("Table I -") })
        let end = try #require(lines.firstIndex { $0.plain.hasPrefix("Table II -") })
        #expect(TableLines.isCellStream(lines[(start + 1)..<end]))
        #expect(!TableLines.isCellStream(ArraySlice(lines[(start + 1)..<end].filter { !$0.isBlank })))
        // Lines set in columns are not a stream either.
        let layout = LooseText(try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.layout.txt"), encoding: .utf8)).lines
        let tableI = try #require(layout.firstIndex { $0.plain.contains("Table I -") })
        #expect(!TableLines.isCellStream(layout[(tableI + 1)..<(tableI + 12)]))
    }
}
