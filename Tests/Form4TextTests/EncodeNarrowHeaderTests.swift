import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// pandoc prints the header boxes in three columns 23 characters wide: the
/// labels wrap ("1. Name and Address of" / "Reporting Person*"), the street
/// lines wrap, and so do the check-box captions ("X Director   X 10%" / "Owner").
/// The fixtures are the decode page of made-up filings run through `pandoc -t plain`.
@Suite struct EncodeNarrowHeaderTests {
    static func encode(_ name: String) throws -> EncodeResult {
        try EncodeFixtureTests.encode(name)
    }

    /// A director and 10% owner whose "C/O" line fills the column, followed by
    /// a street line that pandoc wrapped.
    @Test func wrappedCaptionsAndStreetLinesAreReadAsTheFilerWroteThem() throws {
        let result = try Self.encode("lanternfly-holder.pandoc.txt")
        let d = result.document
        #expect(d.issuer.issuerName == "Lanternfly Robotics, Inc.")
        #expect(d.issuer.issuerTradingSymbol == "LFRX")
        #expect(d.periodOfReport?.text == "2024-02-14")
        let owner = try #require(d.reportingOwner.first)
        #expect(owner.reportingOwnerId.rptOwnerName == "QUILLANE MARGOT")
        let address = try #require(owner.reportingOwnerAddress)
        // "C/O LANTERNFLY HOLDINGS" fills the column, but a street number starts a line of its own.
        #expect(address.rptOwnerStreet1 == "C/O LANTERNFLY HOLDINGS")
        #expect(address.rptOwnerStreet2 == "410 HARBOR POINT DRIVE, SUITE 9")
        #expect(address.rptOwnerCity == "PORTSMOUTH" && address.rptOwnerState == "NH" && address.rptOwnerZipCode == "03801")
        let relation = try #require(owner.reportingOwnerRelationship)
        #expect(relation.isDirector == true && relation.isTenPercentOwner == true)
        #expect(relation.isOfficer == false && relation.isOther == false)
        // The join of "410 HARBOR POINT DRIVE," and "SUITE 9" is a reading of the layout: reported.
        #expect(result.diagnostics.contains { $0.rule == "ENC-HEADER" && $0.message.contains("SUITE 9") })
    }

    /// Box 1 of a fixture with its street lines replaced, each padded to the
    /// fixture's column so that the other boxes keep their places.
    static func encodeWithStreets(_ name: String, _ replacements: [(String, String)]) throws -> EncodeResult {
        var text = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent(name), encoding: .utf8)
        for (old, new) in replacements {
            try #require(text.contains(old), "\(name) does not hold '\(old)'")
            text = text.replacingOccurrences(of: old, with: new.padding(toLength: old.count, withPad: " ", startingAt: 0))
        }
        return try FormEncoder.encode(InputFile(name: name, bytes: Array(text.utf8)), options: EncodeFixtureTests.options)
    }

    /// w3m sizes a column to its longest line, which then seems to fill it; a
    /// join past EDGAR's 40 characters for a street line was no line of the filer's.
    @Test func linesAreNotJoinedPastAStreetLinesLength() throws {
        let result = try Self.encodeWithStreets("lanternfly-form4.w3m.txt", [
            ("C/O LANTERNFLY ROBOTICS, INC.             ", "C/O LANTERNFLY ROBOTICS, 410 HARBOR DR."),
            ("410 HARBOR POINT DRIVE, SUITE 9           ", "SUITE 9"),
        ])
        let address = try #require(result.document.reportingOwner.first?.reportingOwnerAddress)
        #expect(address.rptOwnerStreet1 == "C/O LANTERNFLY ROBOTICS, 410 HARBOR DR.")
        #expect(address.rptOwnerStreet2 == "SUITE 9")
    }

    /// A "C/O" name that ends in a comma goes on with the street on its line, as
    /// box 1 run into one line is cut (`LooseTextEncoder.streetLines`).
    @Test func aCareOfNameEndingInACommaKeepsTheStreetOnItsLine() throws {
        let result = try Self.encodeWithStreets("lanternfly-holder.pandoc.txt", [
            ("C/O LANTERNFLY HOLDINGS", "C/O QUILLANE TRUSTS,"),
            ("410 HARBOR POINT DRIVE,", "410 HARBOR DR."),
        ])
        let address = try #require(result.document.reportingOwner.first?.reportingOwnerAddress)
        #expect(address.rptOwnerStreet1 == "C/O QUILLANE TRUSTS, 410 HARBOR DR.")
        #expect(address.rptOwnerStreet2 == "SUITE 9")
        #expect(result.diagnostics.contains { $0.rule == "ENC-HEADER" && $0.message.contains("410 HARBOR DR.") })
    }

    /// A line that ends well before the column's edge is the filer's own break.
    @Test(arguments: [
        ("ROBOTICS, INC.", "410 HARBOR POINT DRIVE", false),
        ("410 HARBOR POINT DRIVE,", "SUITE 9", true),
        ("C/O LANTERNFLY", "ROBOTICS, INC.", true),
    ])
    func aLineMayWrapOnlyWhenTheNextWordDidNotFit(_ line: String, _ next: String, _ wraps: Bool) {
        #expect(HeaderBoxes.mayWrap(line, before: next, width: 23) == wraps)
    }

    /// The first line of each wrapped label is enough to know the box.
    @Test(arguments: [
        ("1. Name and Address of", HeaderLabel.name),
        ("2. Date of Event", HeaderLabel.period),
        ("3. Statement for", HeaderLabel.period),
        ("5. Relationship of", HeaderLabel.relationship),
        ("6. Individual or", HeaderLabel.individual),
    ])
    func wrappedLabelsAreKnownByTheirFirstLine(_ text: String, _ label: HeaderLabel) {
        #expect(HeaderLabel.at(start: Substring(text)) == label)
        #expect(label.remainingWords(afterLabelLine: text)?.isEmpty == false)
    }

    @Test func aLabelsOtherLinesAreNotValues() {
        let rest = HeaderLabel.name.remainingWords(afterLabelLine: "1. Name and Address of") ?? []
        #expect(HeaderLabel.continuation("Reporting Person^(*)", rest: rest)?.rest.isEmpty == true)
        #expect(HeaderLabel.continuation("QUILLANE MARGOT", rest: rest) == nil)
    }
}
