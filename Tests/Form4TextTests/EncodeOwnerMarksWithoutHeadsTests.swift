import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// pdftotext without `-layout` prints the owners table cell by cell: its "X"
/// marks stand under no head. The fictional Lanternfly Form 4 edited so that
/// box 5 names Director and 10% Owner, and a second owner (the fictional
/// Quillane Family Trust) reports with the first.
@Suite struct EncodeOwnerMarksWithoutHeadsTests {
    static let box5 = ("X Director 10% Owner\nX Officer (give title below) Other (specify below)\nChief Financial Officer\n",
                       "X Director X 10% Owner\nOfficer (give title below) Other (specify below)\n")
    static let first = "QUILLANE MARGOT\nC/O LANTERNFLY ROBOTICS, INC.\n410 HARBOR POINT DRIVE, SUITE 9\nPORTSMOUTH NH 03801\n"
    static let second = "Quillane Family Trust\n410 HARBOR POINT DRIVE, SUITE 9\nPORTSMOUTH NH 03801\n"

    static func encode(owners: String, box5: (String, String) = box5) throws -> EncodeResult {
        var text = try EncodeCellStreamTests.text()
        for (old, new) in [box5, ("Remarks:\n", "Remarks:\nReporting Owner Name / Address\n\n" + owners + "\n")] {
            try #require(text.contains(old), "fixture changed: \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try EncodeCellStreamTests.encode(text)
    }

    static let path2 = "/ownershipDocument/reportingOwner[2]/reportingOwnerRelationship"
    static let tenPercent = ReportingOwnerRelationship(isDirector: false, isOfficer: false, isTenPercentOwner: true, isOther: false)

    /// Every owner's lines, then the heads and all the marks: two for the
    /// first owner (box 5's two ticks), one left for the second.
    @Test func allMarksAfterTheOwners() throws {
        let result = try Self.encode(owners: Self.first + Self.second + "\nDirector\n\n10% Owner\n\nX\n\nX\n\nOfficer\n\nX\n\nOther\n")
        let owners = result.document.reportingOwner
        try #require(owners.count == 2)
        #expect(owners[0].reportingOwnerRelationship == ReportingOwnerRelationship(isDirector: true, isOfficer: false, isTenPercentOwner: true, isOther: false, officerTitle: nil))
        #expect(owners[1].reportingOwnerRelationship == Self.tenPercent)
        #expect(result.diagnostics.contains { $0.rule == "ENC-OWNER-MARK" && $0.path == Self.path2 && $0.severity == .warning })
    }

    /// Each owner's marks right after its city line.
    @Test func eachOwnersMarksAfterItsLines() throws {
        let result = try Self.encode(owners: "Director\n\n10% Owner\n\n" + Self.first + "\nX\n\nX\n\n" + Self.second + "\nX\n\nOfficer\n\nOther\n")
        let owners = result.document.reportingOwner
        try #require(owners.count == 2)
        #expect(owners[1].reportingOwnerRelationship == Self.tenPercent)
        #expect(result.diagnostics.contains { $0.rule == "ENC-OWNER-MARK" && $0.path == Self.path2 })
    }

    /// Marks that do not cut into one for each later owner, or a first owner who
    /// is no 10% owner, say nothing sure: the second owner is left unread, reported.
    @Test func otherCountsLeaveTheOwnerUnread() throws {
        let twoEach = try Self.encode(owners: Self.first + Self.second + "\nDirector\n\n10% Owner\n\nX\n\nX\n\nX\n\nX\n\nOfficer\n\nOther\n")
        #expect(twoEach.document.reportingOwner.count == 2)
        #expect(twoEach.document.reportingOwner.last?.reportingOwnerRelationship == ReportingOwnerRelationship())
        #expect(twoEach.diagnostics.contains { $0.rule == "ENC-MISSING" && $0.path == Self.path2 })
        let director = try Self.encode(owners: Self.first + Self.second + "\nDirector\n\nX\n\nX\n\nOther\n",
                                       box5: (Self.box5.0, "X Director 10% Owner\nOfficer (give title below) Other (specify below)\n"))
        #expect(director.document.reportingOwner.last?.reportingOwnerRelationship == ReportingOwnerRelationship())
        #expect(director.diagnostics.contains { $0.rule == "ENC-MISSING" && $0.path == Self.path2 })
    }

    @Test func countsCutIntoOwners() {
        typealias Run = OwnerMarksWithoutHeads.Run
        let after = [Run(ownersBefore: 3, insideOwner: false, count: 3, line: 9), Run(ownersBefore: 3, insideOwner: false, count: 1, line: 11)]
        #expect(OwnerMarksWithoutHeads.laterCounts(after, owners: 3, firstCount: 2) == [1, 1])
        #expect(OwnerMarksWithoutHeads.laterCounts(after, owners: 3, firstCount: 1) == nil)
        let each = (1...3).map { Run(ownersBefore: $0, insideOwner: false, count: 1, line: $0 * 4) }
        #expect(OwnerMarksWithoutHeads.laterCounts(each, owners: 3, firstCount: 1) == [1, 1])
        #expect(OwnerMarksWithoutHeads.laterCounts(each, owners: 3, firstCount: 2) == nil)
        var inside = each
        inside[1].insideOwner = true
        #expect(OwnerMarksWithoutHeads.laterCounts(inside, owners: 3, firstCount: 1) == nil)
    }
}
