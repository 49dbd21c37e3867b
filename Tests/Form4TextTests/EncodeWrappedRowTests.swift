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
}
