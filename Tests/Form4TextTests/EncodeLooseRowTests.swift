import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// pymupdf4llm sometimes loses a table's grid for a row and prints that row's
/// cells as loose paragraphs after the pipe rows: the title a word or two per
/// paragraph, the left-hand values on one line, the right-hand ones further
/// down, the nature of ownership wrapped a paragraph per line. The run is
/// one row of the table, read as a stream of cells.
@Suite struct EncodeLooseRowTests {
    static let pipeRow = "|Stock<br>Option<br>(Right to<br>Buy)|$12.40|02/14/2024||M|||2,500|(5)|03/01/2031|Common<br>Stock|2,500|$0|7,500|D||"

    /// The fixture's Table II with a second option row printed loose after its pipe row.
    static func encodeWithLooseRow() throws -> EncodeResult {
        let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pymupdf4llm.txt")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        #expect(text.contains(pipeRow))
        let loose = [
            "", "", "Stock", "", "Option", "", "(Right to", "", "Buy)", "", "",
            "$15.10 02/14/2024 M 1,000 (5) 03/01/2032 Common", "", "Stock", "", "", "", "",
            "1,000 $0 4,000 I By", "Quillane", "", "2019", "", "Family Trust (4)", "",
        ].joined(separator: "\n")
        let damaged = text.replacingOccurrences(of: pipeRow, with: pipeRow + "\n" + loose)
        return try FormEncoder.encode(InputFile(name: "loose-row", bytes: Array(damaged.utf8)), options: EncodeFixtureTests.options)
    }

    @Test func aRowPrintedAsLooseParagraphsIsOneRow() throws {
        let result = try Self.encodeWithLooseRow()
        let table = try #require(result.document.derivativeTable)
        #expect(table.derivativeTransaction.count == 2 && table.derivativeHolding.isEmpty)
        let row = try #require(table.derivativeTransaction.last)
        #expect(row.securityTitle?.value == "Stock Option (Right to Buy)")
        #expect(row.conversionOrExercisePrice?.value?.text == "15.10")
        #expect(row.transactionDate?.value?.text == "2024-02-14")
        #expect(row.transactionCoding?.transactionCode == "M")
        #expect(row.transactionAmounts?.transactionShares?.value?.text == "1000")
        #expect(row.exerciseDate?.footnoteId == ["F5"])
        #expect(row.expirationDate?.value?.text == "2032-03-01")
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(row.underlyingSecurity?.underlyingSecurityShares?.value?.text == "1000")
        #expect(row.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "4000")
        #expect(row.ownershipNature?.directOrIndirectOwnership?.value == "I")
        // The pipe row above is read as before.
        let first = try #require(table.derivativeTransaction.first)
        #expect(first.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "7500")
    }

    /// "By Quillane" / "2019" / "Family Trust (4)": a number alone between two
    /// paragraphs of the nature is a word of it, reported.
    @Test func aNumberAloneInAWrappedNatureIsAWordOfItAndReported() throws {
        let result = try Self.encodeWithLooseRow()
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.last)
        #expect(row.ownershipNature?.natureOfOwnership?.value == "By Quillane 2019 Family Trust")
        #expect(row.ownershipNature?.natureOfOwnership?.footnoteId == ["F4"])
        let path = "/ownershipDocument/derivativeTable/derivativeTransaction[2]/ownershipNature/natureOfOwnership"
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == path && $0.message.contains("2019") })
    }

    /// "Common 02/16/2024 S 800 D 4,200 I" / "Stock $30.5 (3) By …": a loose
    /// Table I row printed line by line, the price set lower in its cell.
    @Test func aLooseTableIRowsSecondLineGivesItsTitlePriceAndNature() throws {
        let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pymupdf4llm.txt")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let printed = "|Common Stock|02/15/2024||S(1)||1,200|D|$30.9(3)|44,610|D||"
        #expect(text.contains(printed))
        let loose = ["", "", "", "Common 02/16/2024 S 800 D 4,200 I", "", "", "Stock $30.5 [(3)] By Quillane Family Trust [(4)]", "", ""]
        let changed = text.replacingOccurrences(of: printed, with: ([printed] + loose).joined(separator: "\n"))
        let result = try FormEncoder.encode(InputFile(name: "loose-table-1", bytes: Array(changed.utf8)), options: EncodeFixtureTests.options)
        let table = try #require(result.document.nonDerivativeTable)
        #expect(table.nonDerivativeTransaction.count == 4 && table.nonDerivativeHolding.count == 1)
        let row = try #require(table.nonDerivativeTransaction.last)
        #expect(row.securityTitle?.value == "Common Stock")
        #expect(row.transactionDate?.value?.text == "2024-02-16")
        #expect(row.transactionAmounts?.transactionShares?.value?.text == "800")
        #expect(row.transactionAmounts?.transactionPricePerShare?.value?.text == "30.5")
        #expect(row.transactionAmounts?.transactionPricePerShare?.footnoteId == ["F3"])
        #expect(row.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "4200")
        #expect(row.ownershipNature?.directOrIndirectOwnership?.value == "I")
        #expect(row.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
        let path = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[4]"
        #expect(result.diagnostics.contains { $0.rule == "ENC-ROW-SPLIT" && $0.path == path })
    }

    /// A loose row whose last lines pymupdf4llm printed as a pipe row of text:
    /// the row after it, which has a title of its own, does not take them;
    /// they are reported on the loose row.
    @Test func aPipeRowOfTextAfterALooseRowIsNotTheNextRowsTitle() throws {
        let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pymupdf4llm.txt")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        #expect(text.contains(Self.pipeRow))
        let loose = ["", "", "Stock Option $15.10 02/14/2024 M 1,000 (5) 03/01/2032 Common 1,000 $0 4,000 D", "", ""]
        let rest = "|" + (["(Right to<br>Buy)"] + Array(repeating: "", count: 9) + ["Stock"] + Array(repeating: "", count: 4) + ["Held<br>F Trust"]).joined(separator: "|") + "|"
        let rule = "|" + Array(repeating: "---", count: 16).joined(separator: "|") + "|"
        let next = "|Stock<br>Option<br>(Right to<br>Buy)|$16.20|02/14/2024||M|||500|(5)|03/01/2033|Common<br>Stock|500|$0|2,000|D||"
        let changed = text.replacingOccurrences(of: Self.pipeRow, with: ([Self.pipeRow] + loose + [rest, rule, next]).joined(separator: "\n"))
        let result = try FormEncoder.encode(InputFile(name: "loose-then-text", bytes: Array(changed.utf8)), options: EncodeFixtureTests.options)
        let rows = try #require(result.document.derivativeTable?.derivativeTransaction)
        #expect(rows.count == 3)
        #expect(rows.last?.securityTitle?.value == "Stock Option (Right to Buy)")
        #expect(rows.last?.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(rows.last?.ownershipNature?.natureOfOwnership == nil)
        #expect(rows.count == 3 && rows[1].transactionAmounts?.transactionShares?.value?.text == "1000")
        let path = "/ownershipDocument/derivativeTable/derivativeTransaction[2]"
        #expect(result.diagnostics.contains { $0.rule == "ENC-UNPLACED" && $0.path == path })
    }
}
