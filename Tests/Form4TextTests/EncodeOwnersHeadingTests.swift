import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// EDGAR heads the Reporting Owners table with two rows: "Reporting Owner
/// Name / Address" beside a spanned "Relationships", and under it "Director |
/// 10% Owner | Officer | Other" with no cell for the name column. The fixtures
/// are a made-up filing with two owners, its decode page given that heading,
/// run through html2text and markitdown.
@Suite struct EncodeOwnersHeadingTests {
    static let expected = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-owners.expected.xml")
    static let options = EncodeOptions(issuerCik: "0009990001", ownerCiks: ["0009990002", "0009990003"])

    static func encode(_ name: String) throws -> EncodeResult {
        try EncodeFixtureTests.encode(name, options: options)
    }

    /// html2text: the heads' row lacks the name column's cell, the name cell's lines
    /// stand as lines of their own, and the signatures keep a pipe after the name.
    @Test func html2textGivesTheExpectedXML() throws {
        let result = try Self.encode("lanternfly-owners.html2text.txt")
        let xml = OwnershipXMLWriter.xml(result.document)
        #expect(xml == (try String(contentsOf: Self.expected, encoding: .utf8)))
    }

    /// markitdown leaves the spanned heading's cells blank: the marks' cells are not
    /// folded into one, so each mark stays under its own head.
    @Test func markitdownMarksStayUnderTheirHeads() throws {
        let owners = try Self.encode("lanternfly-owners.markitdown.txt").document.reportingOwner
        try #require(owners.count == 2)
        let first = try #require(owners[0].reportingOwnerRelationship)
        #expect(first.isDirector == true && first.isOfficer == true && first.isTenPercentOwner == false && first.isOther == false)
        #expect(first.officerTitle == "Chief Financial Officer")
        let second = try #require(owners[1].reportingOwnerRelationship)
        #expect(second.isTenPercentOwner == true && second.isDirector == false && second.isOfficer == false)
    }

    @Test(arguments: [("/s/ A. Filer, Attorney-in-Fact|", "/s/ A. Filer, Attorney-in-Fact"), ("| /s/ A. Filer |", "/s/ A. Filer"), ("/s/ A|B", "/s/ A|B")])
    func signatureNamesLoseTheirCellPipes(_ text: String, _ name: String) {
        #expect(FormTail.withoutCellPipes(text) == name)
    }
}

/// pymupdf4llm prints a box with its spaces lost ("XDirector X10%Owner",
/// "Officer(givetitlebelow)", "ChiefFinancialOfficer") and numbers box 2 "2 .".
@Suite struct EncodeGluedRelationshipTests {
    @Test func gluedCaptionsAreReadAndTheTitleIsSpacedWithAWarning() throws {
        let result = try EncodeFixtureTests.encode("lanternfly-form4.pymupdf4llm.txt")
        let relation = try #require(result.document.reportingOwner.first?.reportingOwnerRelationship)
        #expect(relation.isDirector == true && relation.isOfficer == true && relation.isTenPercentOwner == false)
        #expect(relation.officerTitle == "Chief Financial Officer")
        #expect(result.diagnostics.contains { $0.rule == "ENC-GLUED" && $0.message.contains("ChiefFinancialOfficer") })
        #expect(result.document.issuer.issuerTradingSymbol == "LFRX")
    }

    @Test(arguments: [("ChiefFinancialOfficer", "Chief Financial Officer"), ("SeeRemarks", "See Remarks"), ("EVP, Operations", nil), ("CEO", nil)])
    func gluedTitlesAreSpacedAtTheirCapitals(_ text: String, _ spaced: String?) {
        #expect(HeaderBoxes.ungluedTitle(text) == spaced)
    }

    @Test func aLabelNumberMayStandApartFromItsDot() {
        #expect(HeaderLabel.at(start: "2 . Issuer Name and Ticker or Trading Symbol") == .issuer)
        #expect(HeaderLabel.at(start: "2. Issuer Name and Ticker or Trading Symbol") == .issuer)
    }
}
