import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// Box 1 printed on one line (markitdown's table cell) runs the two street
/// lines together; they are cut where filers cut them, and the cut is reported.
@Suite struct EncodeStreetLinesTests {
    static func cut(_ street: String) -> String? {
        LooseTextEncoder.streetLines(street).map { "\($0.0) | \($0.1)" }
    }

    @Test func streetLinesAreCutWhereFilersCutThem() {
        #expect(Self.cut("C/O ORCHARD VALE LABS ONE ORCHARD WAY") == "C/O ORCHARD VALE LABS | ONE ORCHARD WAY")
        #expect(Self.cut("C/O 7G TEXTILES, INC. 6230 MILL POND ROAD") == "C/O 7G TEXTILES, INC. | 6230 MILL POND ROAD")
        #expect(Self.cut("100 QUARRY ROAD UNIT 1900") == "100 QUARRY ROAD | UNIT 1900")
        #expect(Self.cut("1 BEACON DRIVE BUILDING D, 5TH FLOOR") == "1 BEACON DRIVE | BUILDING D, 5TH FLOOR")
        // A comma before the suite, or an ordinal before the floor, keeps one line.
        #expect(LooseTextEncoder.streetLines("2800 HILL ROAD, SUITE 101") == nil)
        #expect(LooseTextEncoder.streetLines("96 WILLOW BOULEVARD, 3RD FLOOR") == nil)
        #expect(LooseTextEncoder.streetLines("MAIN STREET NORTH") == nil)
    }

    /// A C/O name that ends in a comma shares its line with the street, and the
    /// suite starts the second; a street numbered in words is numbered; "SUITE
    /// #225" is one unit.
    @Test func commaNamesWordNumbersAndNumberedSuites() {
        #expect(Self.cut("C/O ORCHARD CAPITAL, 2800 QUARRY HILL ROAD SUITE 101") == "C/O ORCHARD CAPITAL, 2800 QUARRY HILL ROAD | SUITE 101")
        #expect(Self.cut("C/O ORCHARD CAPITAL 2800 QUARRY HILL ROAD SUITE 101") == "C/O ORCHARD CAPITAL | 2800 QUARRY HILL ROAD SUITE 101")
        #expect(Self.cut("C/O ORCHARD CAPITAL, 2800 QUARRY HILL ROAD") == "C/O ORCHARD CAPITAL, | 2800 QUARRY HILL ROAD")
        #expect(Self.cut("ONE BEACON DRIVE BUILDING D, 5TH FLOOR") == "ONE BEACON DRIVE | BUILDING D, 5TH FLOOR")
        #expect(LooseTextEncoder.streetLines("2155 WILLOW AVENUE, SUITE #225") == nil)
    }

    @Test func aOneLineBoxHasItsStreetLinesCutAndReported() throws {
        let text = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.markitdown.txt"), encoding: .utf8)
        let old = "C/O LANTERNFLY ROBOTICS, INC. 410 HARBOR POINT DRIVE, SUITE 9 (Street)"
        try #require(text.contains(old))
        let edited = text.replacingOccurrences(of: old, with: "410 HARBOR POINT DRIVE SUITE 9 (Street)")
        let result = try FormEncoder.encode(InputFile(name: "edited", bytes: Array(edited.utf8)), options: EncodeFixtureTests.options)
        let address = try #require(result.document.reportingOwner.first?.reportingOwnerAddress)
        #expect(address.rptOwnerStreet1 == "410 HARBOR POINT DRIVE")
        #expect(address.rptOwnerStreet2 == "SUITE 9")
        #expect(address.rptOwnerCity == "PORTSMOUTH")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.message.contains("cut before 'SUITE 9'") })
    }

    /// A cell whose parts `<br>` parted (pymupdf4llm) gives each street line a
    /// part of its own: a one-line street there is one line, not cut.
    @Test func aStreetOnAPartOfItsOwnIsNotCut() throws {
        let text = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pymupdf4llm.txt"), encoding: .utf8)
        let old = "(Last) (First) (Middle)<br>C/O LANTERNFLY ROBOTICS, INC.<br>410 HARBOR POINT DRIVE, SUITE 9<br>(Street)"
        try #require(text.contains(old))
        let edited = text.replacingOccurrences(of: old, with: "(Last) (First) (Middle)<br>410 HARBOR POINT DRIVE SUITE 9<br>(Street)")
        let result = try FormEncoder.encode(InputFile(name: "edited", bytes: Array(edited.utf8)), options: EncodeFixtureTests.options)
        let address = try #require(result.document.reportingOwner.first?.reportingOwnerAddress)
        #expect(address.rptOwnerStreet1 == "410 HARBOR POINT DRIVE SUITE 9")
        #expect(address.rptOwnerStreet2 == nil)
        #expect(!result.diagnostics.contains { $0.message.contains("street lines ran together") })
    }
}
