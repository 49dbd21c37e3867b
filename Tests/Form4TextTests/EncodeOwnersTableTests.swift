import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// The "Reporting Owners" table of a joint filing, as pdftotext prints it:
/// the relationship heads on a line of their own, foreign postcodes in two parts.
/// The first owner's marks are box 5's (Director and Officer).
@Suite struct EncodeOwnersTableTests {
    static let table = """
        Reporting Owners

                                        Reporting Owner Name / Address                                  Relationships
                                                                                          Director       10% Owner       Officer       Other
        QUILLANE MARGOT                                                                      X                              X
        410 HARBOR POINT DRIVE, SUITE 9
        PORTSMOUTH NH 03801
        Harbor Point Holdings Ltd                                                                           X
        22 KINGSWAY
        LONDON, X0 WC2B 6XF
        Harbor Point Jersey L.P.                                                                            X
        C/O GEN II (JERSEY) LIMITED,
        47 ESPLANADE
        ST. HELIER, Y9 JE1 0BD

        """

    static func encode() throws -> EncodeResult {
        let layout = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.layout.txt")
        let text = try String(contentsOf: layout, encoding: .utf8)
            .replacingOccurrences(of: "Remarks:\n", with: "Remarks:\n\n" + table)
        var options = EncodeFixtureTests.options
        options.ownerCiks = ["0009990002", "0009990003", "0009990004"]
        return try FormEncoder.encode(InputFile(name: "owners", bytes: Array(text.utf8)), options: options)
    }

    @Test func everyOwnerIsReadWithItsAddressAndRelationship() throws {
        let owners = try Self.encode().document.reportingOwner
        #expect(owners.map(\.reportingOwnerId.rptOwnerName) == ["QUILLANE MARGOT", "Harbor Point Holdings Ltd", "Harbor Point Jersey L.P."])
        #expect(owners.map { $0.reportingOwnerAddress?.rptOwnerZipCode } == ["03801", "WC2B 6XF", "JE1 0BD"])
        #expect(owners.map { $0.reportingOwnerAddress?.rptOwnerState } == ["NH", "X0", "Y9"])
        #expect(owners.map { $0.reportingOwnerAddress?.rptOwnerCity } == ["PORTSMOUTH", "LONDON,", "ST. HELIER,"])
        #expect(owners.map { $0.reportingOwnerAddress?.rptOwnerStreet1 } == ["410 HARBOR POINT DRIVE, SUITE 9", "22 KINGSWAY", "C/O GEN II (JERSEY) LIMITED,"])
        #expect(owners.map { $0.reportingOwnerRelationship.isDirector == true } == [true, false, false])
        #expect(owners.map { $0.reportingOwnerRelationship.isTenPercentOwner == true } == [false, true, true])
    }

    @Test(arguments: ["LONDON, X0 W1K 3JP", "ST. HELIER, Y9 JE1 0BD", "WILMINGTON, DE 19808", "MINATO-KU TOKYO M0 105-7537"])
    func cityLines(_ line: String) {
        #expect(FormTail.isCityLine(line))
    }

    @Test(arguments: ["111 CONGRESS AVENUE, SUITE 500", "C/O GEN II (JERSEY) LIMITED,", "47 ESPLANADE"])
    func streetLines(_ line: String) {
        #expect(!FormTail.isCityLine(line))
    }
}
