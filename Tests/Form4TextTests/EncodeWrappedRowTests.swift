import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// lynx prints a table it cannot fit as one paragraph per row, wrapped at the
/// page width: the rest of the row's last cell goes on at the left margin.
@Suite struct EncodeWrappedRowTests {
    static let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.lynx.txt")

    static func encode(_ old: String, _ new: String) throws -> EncodeResult {
        let text = try String(contentsOf: fixture, encoding: .utf8)
        try #require(text.contains(old))
        return try FormEncoder.encode(InputFile(name: "wrapped", bytes: Array(text.replacingOccurrences(of: old, with: new).utf8)),
                                      options: EncodeFixtureTests.options)
    }

    @Test func theRestOfAWrappedRowEndsItsNatureCell() throws {
        let result = try Self.encode("   Common Stock 5,000 I By Quillane Family Trust^(4)\n",
                                     "   Common Stock 5,000 I By Quillane Family\n   Trust^(4)\n")
        let expected = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.expected.xml"), encoding: .utf8)
        #expect(OwnershipXMLWriter.xml(result.document) == expected)
    }

    /// The row cut right after its "I": the whole nature, which an indirect
    /// holding must state, is on the next line, not the title's rest.
    @Test func aRowCutAfterItsIGetsItsNatureFromTheNextLine() throws {
        let result = try Self.encode("   Common Stock 5,000 I By Quillane Family Trust^(4)\n",
                                     "   Common Stock 5,000 I\n   By Quillane Family Trust^(4)\n")
        let expected = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.expected.xml"), encoding: .utf8)
        #expect(OwnershipXMLWriter.xml(result.document) == expected)
    }

    /// w3m: the underlying title on the line above the row's values, its mark
    /// wrapped ("Common Stock^") onto the row's own line, where it stands between
    /// the dates and the underlying amount: the mark is the title's, the words are
    /// the underlying title, and both readings are reported.
    @Test func anUnderlyingTitleAboveTheRowTakesItsWrappedMark() throws {
        let file = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.w3m.txt")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let k = try #require(lines.firstIndex { $0.hasPrefix("Option     $12.40") })
        let column = try #require(lines[k].range(of: "Common Stock")).lowerBound.utf16Offset(in: lines[k])
        try #require(lines[k - 1] == "Stock")
        lines[k - 1] = "Stock" + String(repeating: " ", count: column - 5) + "Common Stock^"
        lines[k] = lines[k].replacingOccurrences(of: "Common Stock", with: "(4)         ")
        let result = try FormEncoder.encode(InputFile(name: "w3m", bytes: Array(lines.joined(separator: "\n").utf8)), options: EncodeFixtureTests.options)
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.footnoteId == ["F4"])
        #expect(row.underlyingSecurity?.underlyingSecurityShares?.value?.text == "2500")
        #expect(row.underlyingSecurity?.underlyingSecurityShares?.footnoteId == [])
        #expect(row.securityTitle?.value == "Stock Option (Right to Buy)")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.message.contains("its mark wrapped") })
        #expect(result.diagnostics.contains { $0.rule == "ENC-FOOTNOTE-PLACE" && $0.message.contains("underlying security's title") })
    }

    @Test func aTitleThatWrapsUnderAPaddedRowStaysTheTitle() throws {
        // Columns padded apart (w3m): the line below at the margin is the title's.
        let result = try Self.encode("   Common Stock 5,000 I By Quillane Family Trust^(4)\n",
                                     "   Common       5,000   I   By Quillane Family Trust^(4)\n   Stock\n")
        let holding = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding.first)
        #expect(holding.securityTitle?.value == "Common Stock")
        #expect(holding.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
    }

    @Test func theRestOfAWrappedRowIsNotTheTopOfTheNextRow() throws {
        // No blank line between rows: the wrapped rest sits between two rows and is the upper one's.
        let result = try Self.encode("   Common Stock 02/15/2024 S^(1) 1,200 D $30.9^(3) 44,610 D\n",
                                     "   Common Stock 02/15/2024 S^(1) 1,200 D $30.9^(3) 44,610 I By Quillane 2019\n   Family Trust^(4)\n")
        let table = try #require(result.document.nonDerivativeTable)
        let row = try #require(table.nonDerivativeTransaction.last)
        #expect(row.ownershipNature?.natureOfOwnership?.value == "By Quillane 2019 Family Trust")
        #expect(row.ownershipNature?.natureOfOwnership?.footnoteId == ["F4"])
        #expect(table.nonDerivativeHolding.first?.securityTitle?.value == "Common Stock")
        #expect(table.nonDerivativeHolding.first?.securityTitle?.footnoteId == [])
    }

    /// A title cell wraps inside its name ("Series B-" over "1"): the number
    /// under the title, left of the row's values, is the title's, even with
    /// another cell's wrapped word on its line.
    @Test func aNumberUnderTheTitleIsTheTitles() throws {
        var lines = try Self.layoutLines()
        let k = try #require(lines.firstIndex { $0.hasPrefix("Stock Option    $12.40") })
        let column = try #require(lines[k].range(of: "Common Stock")).lowerBound.utf16Offset(in: lines[k])
        lines[k] = lines[k].replacingOccurrences(of: "Stock Option    ", with: "Series B-       ")
            .replacingOccurrences(of: "Common Stock    ", with: "Common          ")
        lines[k + 1] = "1" + String(repeating: " ", count: column - 1) + "Stock"
        let result = try Self.encode(lines: lines)
        let table = try #require(result.document.derivativeTable)
        #expect(table.derivativeHolding.isEmpty)
        #expect(table.derivativeTransaction.first?.securityTitle?.value == "Series B-1")
        #expect(table.derivativeTransaction.first?.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(table.derivativeTransaction.first?.underlyingSecurity?.underlyingSecurityShares?.value?.text == "2500")
    }

    /// A narrow nature cell wraps word by word in pdftotext's layout; a year on a line of its own is still text.
    @Test func aYearAloneUnderANatureCellIsText() throws {
        let layout = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.layout.txt")
        var lines = try String(contentsOf: layout, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let k = try #require(lines.firstIndex { $0.hasSuffix("By Quillane Family") })
        let column = try #require(lines[k].range(of: "By Quillane Family")).lowerBound.utf16Offset(in: lines[k])
        let indent = String(repeating: " ", count: column)
        lines[k] = lines[k].replacingOccurrences(of: "By Quillane Family", with: "By Quillane")
        lines.insert(contentsOf: [indent + "2019", indent + "Family"], at: k + 1)
        let result = try FormEncoder.encode(InputFile(name: "nature", bytes: Array(lines.joined(separator: "\n").utf8)),
                                            options: EncodeFixtureTests.options)
        let table = try #require(result.document.nonDerivativeTable)
        #expect(table.nonDerivativeHolding.count == 1)
        #expect(table.nonDerivativeHolding.first?.ownershipNature?.natureOfOwnership?.value == "By Quillane 2019 Family Trust")
    }

    static func layoutLines() throws -> [String] {
        let layout = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.layout.txt")
        return try String(contentsOf: layout, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func encode(lines: [String]) throws -> EncodeResult {
        try FormEncoder.encode(InputFile(name: "edited", bytes: Array(lines.joined(separator: "\n").utf8)), options: EncodeFixtureTests.options)
    }

    /// "Restricted" / "Stock" / "Units" beside an underlying "Common" / "Stock": the
    /// margin's "Stock" is the row title's, which lacks its noun as much as the
    /// underlying title does, and the underlying column's "Stock" is that title's.
    @Test func aMarginWordUnderATitleThatLacksItsNounIsTheTitles() throws {
        var lines = try Self.layoutLines()
        let k = try #require(lines.firstIndex { $0.hasPrefix("Stock Option    $12.40") })
        try #require(lines[k + 1] == "(Right to Buy)")
        lines[k] = lines[k].replacingOccurrences(of: "Stock Option    ", with: "Restricted      ")
            .replacingOccurrences(of: "Common Stock    ", with: "Common          ")
        let underlying = try #require(lines[k].range(of: "Common")).lowerBound.utf16Offset(in: lines[k])
        lines[k + 1] = "Stock" + String(repeating: " ", count: underlying - 5) + "Stock"
        lines.insert("Units", at: k + 2)
        let row = try #require(try Self.encode(lines: lines).document.derivativeTable?.derivativeTransaction.first)
        #expect(row.securityTitle?.value == "Restricted Stock Units")
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
    }

    /// w3m centres each cell in its row: a nature that wraps word by word
    /// ("By Orchard" / "Capital" / "U.S." / "Venture" / "2010" / "Partners" /
    /// "LP^(1)") puts "2010" on the line of the title's "Stock" and the
    /// underlying title's "Common". That line is text of the row, not a row of
    /// values: the table has two rows, not three.
    @Test func aYearInAWrappedNatureBesideWrappedTitlesIsText() throws {
        func row(_ cells: [(Int, String)]) -> String {
            var line = ""
            for (x, text) in cells {
                line += String(repeating: " ", count: max(0, x - line.count)) + text
            }
            return line
        }
        let (title, und, nature) = (0, 60, 100)
        func values(_ amount: String) -> [(Int, String)] {
            [(title, "Common"), (11, "^(5)"), (18, "02/28/2019"), (31, "C"), (36, amount), (47, "^(5)"), (54, "^(5)"),
             (und, "A"), (66, amount), (76, "$0.00"), (84, "760,465"), (95, "I")]
        }
        let lines = [
            row([(nature, "By Orchard")]),
            row([(nature, "Capital")]),
            row([(title, "Class B"), (und, "Class"), (nature, "U.S.")]),
            row(values("4,169,733") + [(nature, "Venture")]),
            row([(title, "Stock"), (und, "Common"), (nature, "2010")]),
            row([(und, "Stock"), (nature, "Fund,")]),
            row([(nature, "LP^(1)")]),
            row([(nature, "By Orchard")]),
            row([(nature, "Capital")]),
            row([(title, "Class B"), (und, "Class"), (nature, "U.S.")]),
            row(values("456,279") + [(nature, "Venture")]),
            row([(title, "Stock"), (und, "Common"), (nature, "2010")]),
            row([(und, "Stock"), (nature, "Partners")]),
            row([(nature, "Fund (Q),")]),
            row([(nature, "LP^(1)")]),
        ]
        let table = TableLines(LooseText(lines.joined(separator: "\n")).lines[...])
        #expect(table.rows.count == 2)
        #expect(table.rows.map { $0.anchor.first?.line } == [4, 11])
        // Each row's values are its own line's; the year's line is text below it.
        #expect(table.rows.allSatisfy { row in row.anchor.allSatisfy { $0.line == row.anchor[0].line } })
        #expect(table.rows.map { $0.below.first?.first?.line } == [5, 12])
    }

    /// "Shares" is also a column head's word; under a row it ends the row's title.
    @Test func aColumnHeadWordUnderARowEndsItsTitle() throws {
        var lines = try Self.layoutLines()
        let k = try #require(lines.firstIndex { $0.hasPrefix("Common Stock       02/15/2024") })
        lines[k] = lines[k].replacingOccurrences(of: "Common Stock       02/15/2024", with: "Common             02/15/2024")
        lines.insert("Shares", at: k + 1)
        let rows = try #require(try Self.encode(lines: lines).document.nonDerivativeTable?.nonDerivativeTransaction)
        #expect(rows.map { $0.securityTitle?.value } == ["Common Stock", "Common Stock", "Common Shares"])
    }

    /// Cells that wrap their first line above the row (a date, the start of the
    /// underlying title) leave a line with no title and no value where the row has one.
    @Test func aLineOfValuesThatFitTheRowsGapsIsTheRowsTop() throws {
        var lines = try Self.layoutLines()
        let k = try #require(lines.firstIndex { $0.hasPrefix("Stock Option    $12.40") })
        let row = lines[k]
        let mark = try #require(row.range(of: "(5)          03/01/2031")).lowerBound.utf16Offset(in: row)
        let title = try #require(row.range(of: "Common Stock    2,500")).lowerBound.utf16Offset(in: row)
        var up = String(repeating: " ", count: mark) + "08/21/2025"
        up += String(repeating: " ", count: title - up.count) + "Common"
        lines[k] = row.replacingOccurrences(of: "Common Stock    2,500", with: "Stock           2,500")
        lines.insert(up, at: k)
        let result = try Self.encode(lines: lines)
        let table = try #require(result.document.derivativeTable)
        #expect(table.derivativeTransaction.count == 1 && table.derivativeHolding.isEmpty)
        let option = try #require(table.derivativeTransaction.first)
        #expect(option.exerciseDate?.value?.text == "2025-08-21")
        #expect(option.exerciseDate?.footnoteId == ["F5"])
        #expect(option.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(option.expirationDate?.value?.text == "2031-03-01")
    }
}
