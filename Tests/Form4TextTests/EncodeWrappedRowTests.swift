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
}
