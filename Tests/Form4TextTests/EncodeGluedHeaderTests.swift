import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// PDF-to-markdown tools sometimes print the name-and-address box with its
/// spaces lost ("PORTSMOUTHNH03801"), often next to a clean copy of the same box.
@Suite struct EncodeGluedHeaderTests {
    static let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.markdown.txt")

    static func encode(_ edit: (String) -> String) throws -> EncodeResult {
        let text = edit(try String(contentsOf: fixture, encoding: .utf8))
        return try FormEncoder.encode(InputFile(name: "edited", bytes: Array(text.utf8)), options: EncodeFixtureTests.options)
    }

    static let glued = "QUILLANEMARGOT<br>(Last) (First) (Middle)<br>C/O LANTERNFLY ROBOTICS, INC.<br>410HARBORPOINTDRIVE, SUITE 9<br>(Street)<br>PORTSMOUTHNH03801"
    static let clean = "QUILLANE MARGOT<br>(Last) (First) (Middle)<br>C/O LANTERNFLY ROBOTICS, INC.<br>410 HARBOR POINT DRIVE, SUITE 9<br>(Street)<br>PORTSMOUTH NH 03801"

    @Test func aCleanCopyOfTheBoxWinsOverAGluedFirstCopy() throws {
        let result = try Self.encode { text in
            // Only the first copy of the box is glued.
            guard let r = text.range(of: Self.clean) else { return text }
            return text.replacingCharacters(in: r, with: Self.glued)
        }
        let owner = try #require(result.document.reportingOwner.first)
        #expect(owner.reportingOwnerId.rptOwnerName == "QUILLANE MARGOT")
        #expect(owner.reportingOwnerAddress?.rptOwnerCity == "PORTSMOUTH")
        #expect(owner.reportingOwnerAddress?.rptOwnerState == "NH")
        #expect(owner.reportingOwnerAddress?.rptOwnerZipCode == "03801")
        #expect(!result.diagnostics.contains { $0.rule == "ENC-GLUED" })
    }

    @Test func aGluedCityLineGivesTheZipAndStateAndAWarningOnTheCity() throws {
        let result = try Self.encode { $0.replacingOccurrences(of: "PORTSMOUTH NH 03801", with: "PORTSMOUTHNH03801") }
        let address = try #require(result.document.reportingOwner.first?.reportingOwnerAddress)
        #expect(address.rptOwnerZipCode == "03801")
        #expect(address.rptOwnerState == "NH")
        #expect(address.rptOwnerCity == "PORTSMOUTH")
        let warning = try #require(result.diagnostics.first { $0.rule == "ENC-GLUED" })
        #expect(warning.path == "/ownershipDocument/reportingOwner[1]/reportingOwnerAddress/rptOwnerCity")
    }

    @Test(arguments: [
        ("MENLOPARKCA94025", "MENLOPARK", "CA", "94025"),
        ("LEXINGTON, KY40507", "LEXINGTON,", "KY", "40507"),
        ("AUSTINTX78725-1234", "AUSTIN", "TX", "78725-1234"),
    ])
    func gluedCityLinesSplit(_ line: String, _ city: String, _ state: String, _ zip: String) throws {
        let split = try #require(HeaderBoxes.splitGluedCityLine(line))
        #expect(split.city == city && split.state == state && split.zip == zip)
    }

    @Test(arguments: ["MENLO PARK CA 94025", "LONDON W1 2AB", "PARIS 75008", "JE1 0BD"])
    func ordinaryCityLinesAreNotGlued(_ line: String) {
        #expect(HeaderBoxes.splitGluedCityLine(line) == nil)
    }

    /// markitdown prints box 1 on one line: the captions still part its values.
    @Test func aNameBoxRunIntoOneLineIsReadByItsCaptions() throws {
        let boxed = "1. Name and Address of Reporting Person*<br>" + Self.clean + "<br>(City) (State) (Zip)"
        let result = try Self.encode { $0.replacingOccurrences(of: boxed, with: boxed.replacingOccurrences(of: "<br>", with: " ")) }
        let owner = try #require(result.document.reportingOwner.first)
        #expect(owner.reportingOwnerId.rptOwnerName == "QUILLANE MARGOT")
        let address = try #require(owner.reportingOwnerAddress)
        #expect(address.rptOwnerStreet1 == "C/O LANTERNFLY ROBOTICS, INC.")
        #expect(address.rptOwnerStreet2 == "410 HARBOR POINT DRIVE, SUITE 9")
        #expect(address.rptOwnerCity == "PORTSMOUTH" && address.rptOwnerState == "NH" && address.rptOwnerZipCode == "03801")
        // Where the street lines were cut is a reading: reported.
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.message.contains("cut before '410 HARBOR POINT DRIVE, SUITE 9'") })
    }

    /// A "C/O" name that ends in a comma shares its line with the street; a
    /// suite after the street starts the second line.
    @Test func aCareOfNameEndingInACommaKeepsTheStreetWhenTheBoxIsOnOneLine() throws {
        let boxed = "1. Name and Address of Reporting Person*<br>" + Self.clean + "<br>(City) (State) (Zip)"
        let flat = boxed.replacingOccurrences(of: "<br>", with: " ")
            .replacingOccurrences(of: "C/O LANTERNFLY ROBOTICS, INC. 410 HARBOR POINT DRIVE, SUITE 9", with: "C/O QUILLANE TRUSTS, 410 HARBOR DR. SUITE 9")
        let result = try Self.encode { $0.replacingOccurrences(of: boxed, with: flat) }
        let address = try #require(result.document.reportingOwner.first?.reportingOwnerAddress)
        #expect(address.rptOwnerStreet1 == "C/O QUILLANE TRUSTS, 410 HARBOR DR.")
        #expect(address.rptOwnerStreet2 == "SUITE 9")
    }

    /// pymupdf4llm prints a comma the PDF draws apart on a line of its own under
    /// the issuer's name: it goes back before the company suffix, and is reported.
    @Test func aCommaDrawnApartFromTheIssuersNameIsPutBack() throws {
        let file = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pymupdf4llm.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains("Lanternfly Robotics, Inc. [ LFRX ]"))
        let edited = text.replacingOccurrences(of: "Lanternfly Robotics, Inc. [ LFRX ]", with: "Lanternfly Robotics Inc. [ LFRX ]<br>,")
        let result = try FormEncoder.encode(InputFile(name: "pymupdf", bytes: Array(edited.utf8)), options: EncodeFixtureTests.options)
        #expect(result.document.issuer.issuerName == "Lanternfly Robotics, Inc.")
        #expect(result.document.issuer.issuerTradingSymbol == "LFRX")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == "/ownershipDocument/issuer/issuerName" })
    }

    @Test(arguments: [
        ("Block Inc.", ",", "Block, Inc."),
        ("Chemomab Therapeutics Ltd", ".", "Chemomab Therapeutics Ltd."),
        ("Lanternfly Robotics, Inc.", ",", nil),
        ("Lanternfly Robotics Inc.", ".", nil),
        ("Lanternfly Robotics", ",", nil),
        ("Acme Holdings LLC", ";", nil),
    ])
    func punctuationGoesBackOnlyBesideACompanySuffix(_ name: String, _ mark: String, _ expected: String?) {
        #expect(HeaderBoxes.withPunctuationDrawnApart(name, mark) == expected)
    }

    /// "[ MFAC .U ]": a trading symbol holds no space; one an extractor set in goes, reported.
    @Test func aSymbolsSpaceIsTakenOut() throws {
        let file = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pymupdf4llm.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains("[ LFRX ]"))
        let edited = text.replacingOccurrences(of: "[ LFRX ]", with: "[ LFRX .U ]")
        let result = try FormEncoder.encode(InputFile(name: "pymupdf", bytes: Array(edited.utf8)), options: EncodeFixtureTests.options)
        #expect(result.document.issuer.issuerTradingSymbol == "LFRX.U")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == "/ownershipDocument/issuer/issuerTradingSymbol" })
    }

    @Test func aNameBoxOverSeveralLinesIsNotUnflattened() {
        #expect(HeaderBoxes.unflattenNameBox(BoxLine(text: "1. Name and Address of Reporting Person*", line: 1, column: 1)) == nil)
    }
}
