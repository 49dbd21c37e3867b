import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// `pdftotext` without `-layout` prints the header in reading order: the labels
/// of boxes 1, 2 and 5 stacked, then the three columns' values interleaved. The
/// fixture is a made-up filing with two owners, so printed.
@Suite struct EncodeReadingOrderHeaderTests {
    static let options = EncodeOptions(issuerCik: "0009990001", ownerCiks: ["0009990002", "0009990003"])

    static func encode(_ edit: (String) -> String = { $0 }) throws -> EncodeResult {
        let text = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-sigs.pdftotext-raw.txt"), encoding: .utf8)
        return try FormEncoder.encode(InputFile(name: "raw", bytes: Array(edit(text).utf8)), options: options)
    }

    @Test func eachBoxIsReadByWhatMarksIt() throws {
        let result = try Self.encode()
        let d = result.document
        #expect(d.documentType == "4")
        #expect(d.periodOfReport?.text == "2024-02-14")
        #expect(d.dateOfOriginalSubmission == nil)
        #expect(d.issuer.issuerName == "Lanternfly Robotics, Inc." && d.issuer.issuerTradingSymbol == "LFRX")
        let owner = try #require(d.reportingOwner.first)
        #expect(owner.reportingOwnerId.rptOwnerName == "QUILLANE MARGOT")
        let a = try #require(owner.reportingOwnerAddress)
        #expect(a.rptOwnerStreet1 == "C/O LANTERNFLY ROBOTICS, INC." && a.rptOwnerStreet2 == "410 HARBOR POINT DRIVE, SUITE 9")
        #expect(a.rptOwnerCity == "PORTSMOUTH" && a.rptOwnerState == "NH" && a.rptOwnerZipCode == "03801")
        let r = try #require(owner.reportingOwnerRelationship)
        #expect(r.isDirector == true && r.isOfficer == true && r.isTenPercentOwner == false && r.officerTitle == "Chief Financial Officer")
        // The owners table's marks stand on lines of their own, with no heads to place them by:
        // the second owner's name and address are read, its relationship is reported missing.
        try #require(d.reportingOwner.count == 2)
        #expect(d.reportingOwner[1].reportingOwnerId.rptOwnerName == "LANTERNFLY HOLDINGS LP")
        #expect(result.diagnostics.contains { $0.rule == "ENC-MISSING" && $0.path == "/ownershipDocument/reportingOwner[2]/reportingOwnerRelationship" })
    }

    /// Box 3's date printed after box 4's label: whose it is cannot be told, so
    /// neither the period nor an amendment is taken from it.
    @Test func aDateAfterTheAmendmentLabelIsNotTakenWhenBox3HasNone() throws {
        let result = try Self.encode {
            $0.replacingOccurrences(of: "02/14/2024\n4. If Amendment, Date of Original Filed (Month/Day/Year)\n",
                                    with: "4. If Amendment, Date of Original Filed (Month/Day/Year)\n02/14/2024\n")
        }
        #expect(result.document.periodOfReport == nil)
        #expect(result.document.dateOfOriginalSubmission == nil && result.document.documentType == "4")
        #expect(result.diagnostics.contains { $0.path == "/ownershipDocument/periodOfReport" })
        #expect(result.diagnostics.contains { $0.path == "/ownershipDocument/dateOfOriginalSubmission" })
    }
}
