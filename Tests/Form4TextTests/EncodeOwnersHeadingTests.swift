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

    /// Every style of the same filing gives the same document, each owner's
    /// name and address parted even where the extractor lost the cell's lines
    /// (markitdown runs them into one, pandoc wraps them at 14 characters).
    @Test(arguments: ["html2text", "markitdown", "pandoc"])
    func ownersTableGivesTheExpectedXML(_ style: String) throws {
        let result = try Self.encode("lanternfly-owners.\(style).txt")
        #expect(OwnershipXMLWriter.xml(result.document) == (try String(contentsOf: Self.expected, encoding: .utf8)), "\(style) differs")
    }

    /// lynx lays the marks' row out apart from the heads' row, and sets the first
    /// column's mark one space after the city line. The first owner's marks, read
    /// by position, disagree with box 5: no mark of the table is trusted, the first
    /// owner's relationship comes from box 5 and the second's is reported missing.
    @Test func lynxMarksThatDisagreeWithBox5AreNotTrusted() throws {
        let result = try Self.encode("lanternfly-owners.lynx.txt")
        let owners = result.document.reportingOwner
        try #require(owners.count == 2)
        let first = try #require(owners[0].reportingOwnerRelationship)
        #expect(first.isDirector == true && first.isOfficer == true && first.isTenPercentOwner == false)
        #expect(first.officerTitle == "Chief Financial Officer")
        #expect(owners[0].reportingOwnerAddress?.rptOwnerZipCode == "03801")
        #expect(owners[1].reportingOwnerId.rptOwnerName == "LANTERNFLY HOLDINGS LP")
        #expect(owners[1].reportingOwnerRelationship == ReportingOwnerRelationship())
        #expect(result.diagnostics.contains { $0.rule == "ENC-OWNER-MARK" })
        #expect(result.diagnostics.contains { $0.rule == "ENC-MISSING" && $0.path == "/ownershipDocument/reportingOwner[2]/reportingOwnerRelationship" })
    }

    /// Two marks side by side in a row ("| X | X |") are two marks.
    @Test(arguments: [("markitdown", "PORTSMOUTH NH 03801 |  | X |  |  |", "PORTSMOUTH NH 03801 | X | X |  |  |"),
                      ("html2text", "PORTSMOUTH NH 03801| | X| |", "PORTSMOUTH NH 03801| X| X| |")])
    func equalMarkCellsSideBySideAreBothKept(_ style: String, _ row: String, _ edited: String) throws {
        let path = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-owners.\(style).txt")
        let original = try String(contentsOf: path, encoding: .utf8)
        try #require(original.contains(row))
        let text = original.replacingOccurrences(of: row, with: edited)
        let result = try FormEncoder.encode(InputFile(name: "edited", bytes: Array(text.utf8)), options: Self.options)
        let second = try #require(result.document.reportingOwner.dropFirst().first?.reportingOwnerRelationship)
        #expect(second.isDirector == true && second.isTenPercentOwner == true)
    }

    /// markitdown's one-line cell: box 1's address, word for word, parts it; another
    /// address keeps only its state and zip, and says so.
    @Test func aRunTogetherCellIsPartedByBox1OrReadOnlyWhereSure() throws {
        let box1 = FormTail.OwnerParts(name: "QUILLANE MARGOT", street1: "C/O LANTERNFLY ROBOTICS, INC.", street2: "410 HARBOR POINT DRIVE, SUITE 9",
                                       city: "PORTSMOUTH", state: "NH", zip: "03801")
        let same = try #require(FormTail.runTogetherOwner("ACME LP C/O LANTERNFLY ROBOTICS, INC. 410 HARBOR POINT DRIVE, SUITE 9 PORTSMOUTH NH 03801", box1: box1))
        #expect(same.exact && same.parts.name == "ACME LP" && same.parts.street2 == "410 HARBOR POINT DRIVE, SUITE 9" && same.parts.city == "PORTSMOUTH")
        let other = try #require(FormTail.runTogetherOwner("ACME LP 12 ELM ROAD SUITE 3 SALEM MA 01970", box1: box1))
        #expect(!other.exact)
        #expect(other.parts == FormTail.OwnerParts(name: "ACME LP", state: "MA", zip: "01970"))
        let foreign = try #require(FormTail.runTogetherOwner("ACME LTD 69 HIGH STREET LONDON, X0 W1K 3JP", box1: nil))
        #expect(foreign.parts == FormTail.OwnerParts(name: "ACME LTD", state: "X0", zip: "W1K 3JP"))
        // Nothing marks where the address starts ("10X" is no street number): not read.
        #expect(FormTail.runTogetherOwner("10X HOLDINGS LLC SALEM MA 01970", box1: nil) == nil)
    }

    /// pandoc's 14-character cell: the filer's own breaks are where the next word
    /// would have fitted, or where "C/O" or a street number starts.
    @Test func aWrappedCellIsReadAsTheFilerWroteIt() throws {
        let lines = ["TANGO CAPITAL", "MANAGEMENT LLC", "4747 EXECUTIVE", "DRIVE", "SUITE 210", "SAN DIEGO CA", "92121"]
        let (parts, joins) = try #require(FormTail.wrappedOwner(lines, width: 14))
        #expect(parts == FormTail.OwnerParts(name: "TANGO CAPITAL MANAGEMENT LLC", street1: "4747 EXECUTIVE DRIVE", street2: "SUITE 210",
                                             city: "SAN DIEGO", state: "CA", zip: "92121"))
        #expect(joins == 2)
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

    static func encode(issuerBox: String) throws -> EncodeResult {
        let path = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pymupdf4llm.txt")
        let original = try String(contentsOf: path, encoding: .utf8)
        try #require(original.contains("Lanternfly Robotics, Inc. [ LFRX ]"))
        let text = original.replacingOccurrences(of: "Lanternfly Robotics, Inc. [ LFRX ]", with: issuerBox)
        return try FormEncoder.encode(InputFile(name: "glued", bytes: Array(text.utf8)), options: EncodeFixtureTests.options)
    }

    /// "LANTERNFLYROBOTICSINC[LFRX]": box 1 prints "C/O LANTERNFLY ROBOTICS, INC."
    /// with its spaces, so the name is spaced by those words, and reported.
    @Test func aGluedIssuerNameIsSpacedByWordsPrintedElsewhere() throws {
        let result = try Self.encode(issuerBox: "LANTERNFLYROBOTICSINC[LFRX]")
        #expect(result.document.issuer.issuerName == "LANTERNFLY ROBOTICS INC")
        #expect(result.document.issuer.issuerTradingSymbol == "LFRX")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == "/ownershipDocument/issuer/issuerName" })
        #expect(!result.diagnostics.contains { $0.rule == "ENC-GLUED" && $0.path == "/ownershipDocument/issuer/issuerName" })
    }

    /// "ZEPHYRQUAILINC[LFRX]": no word of it is printed elsewhere, so where its
    /// spaces went cannot be told; the name is left out and reported.
    @Test func aGluedIssuerNameWithNoKnownWordsIsLeftOutAndReported() throws {
        let result = try Self.encode(issuerBox: "ZEPHYRQUAILINC[LFRX]")
        #expect(result.document.issuer.issuerName == nil)
        #expect(result.document.issuer.issuerTradingSymbol == "LFRX")
        #expect(result.diagnostics.contains { $0.rule == "ENC-GLUED" && $0.path == "/ownershipDocument/issuer/issuerName" })
    }

    /// The fewest words, and only one way to get them; one- and two-letter words
    /// count only as legal endings.
    @Test(arguments: [
        ("FacebookInc", "C/O FACEBOOK, INC.", "Facebook Inc"),
        ("TESLAMOTORSINC", "C/O TESLA MOTORS, INC.", "TESLA MOTORS INC"),
        ("LINKEDINCORP", "LINKED IN LINKEDIN", "LINKEDIN CORP"),
        ("LINKEDINCORP", "LINKED IN", nil),
        ("ABCDEFINC", "ABC DEF ABCD EF", "ABC DEF INC"),
        ("ABCDEFGHINC", "ABC DEFGH ABCDE FGH", nil),
    ])
    func gluedNames(_ glued: String, _ elsewhere: String, _ spaced: String?) {
        let line = LooseLine(number: 1, segments: [LooseSegment(text: elsewhere, x: 0, cell: -1)], isCellRow: false)
        #expect(LooseTextEncoder.spacedName(glued, lines: [line]) == spaced)
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
