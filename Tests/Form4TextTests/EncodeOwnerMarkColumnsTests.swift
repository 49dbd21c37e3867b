import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// lynx lays the owners table's marks out apart from its heads, but each
/// owner's marks in the same columns. The fixture's lynx text edited so that
/// box 5 names Director and 10% Owner, the first owner's row has an "X" in each
/// of two columns, and the second owner's "X" stands in the first owner's
/// second column: that is the 10% Owner column, though by position it sits
/// under the head "Director".
@Suite struct EncodeOwnerMarkColumnsTests {
    static func encode(secondOwnerRow: String) throws -> EncodeResult {
        let path = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-owners.lynx.txt")
        var text = try String(contentsOf: path, encoding: .utf8)
        let edits = [
            ("   X Director   10% Owner\n", "   X Director   X 10% Owner\n"),
            ("   X Officer (give title below)   Other (specify below)\n   Chief Financial Officer\n",
             "   Officer (give title below)   Other (specify below)\n"),
            ("   PORTSMOUTH NH 03801 X                                       Chief Financial Officer\n",
             "   PORTSMOUTH NH 03801 X" + String(repeating: " ", count: 30) + "X\n"),
            ("   PORTSMOUTH NH 03801                                X\n", secondOwnerRow + "\n"),
        ]
        for (old, new) in edits {
            try #require(text.contains(old), "fixture changed: \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try FormEncoder.encode(InputFile(name: "lynx-marks", bytes: Array(text.utf8)), options: EncodeOwnersHeadingTests.options)
    }

    @Test func aSecondOwnersMarkIsReadByTheFirstOwnersColumns() throws {
        let result = try Self.encode(secondOwnerRow: "   PORTSMOUTH NH 03801" + String(repeating: " ", count: 32) + "X")
        let owners = result.document.reportingOwner
        try #require(owners.count == 2)
        #expect(owners[0].reportingOwnerRelationship == ReportingOwnerRelationship(isDirector: true, isOfficer: false, isTenPercentOwner: true, isOther: false))
        #expect(owners[1].reportingOwnerRelationship == ReportingOwnerRelationship(isDirector: false, isOfficer: false, isTenPercentOwner: true, isOther: false))
        #expect(result.diagnostics.contains { $0.rule == "ENC-OWNER-MARK" && $0.path == "/ownershipDocument/reportingOwner[2]/reportingOwnerRelationship" })
    }

    /// An "X" in neither of the first owner's columns says nothing sure: left out, and reported.
    @Test func aMarkInNoLearntColumnIsLeftOut() throws {
        let result = try Self.encode(secondOwnerRow: "   PORTSMOUTH NH 03801" + String(repeating: " ", count: 44) + "X")
        let owners = result.document.reportingOwner
        try #require(owners.count == 2)
        #expect(owners[1].reportingOwnerRelationship == ReportingOwnerRelationship())
        #expect(result.diagnostics.contains { $0.rule == "ENC-MISSING" && $0.path == "/ownershipDocument/reportingOwner[2]/reportingOwnerRelationship" })
    }

    /// The columns are learnt only from a first owner with one "X" per tick of box 5.
    @Test func columnsNeedOneMarkPerTickOfBox5() {
        var first = FormTail.OwnerEntry(name: Located(value: "A", line: 1, column: 1))
        first.checkMarks = [55, 24]
        let box = ReportingOwnerRelationship(isDirector: true, isOfficer: false, isTenPercentOwner: true, isOther: false)
        let columns = OwnerMarkColumns(first: first, box: box)
        #expect(columns?.columns.map(\.x) == [24, 55])
        #expect(columns?.columns.map(\.head) == [0, 1])
        first.checkMarks = [24]
        #expect(OwnerMarkColumns(first: first, box: box) == nil)
        first.checkMarks = [24, 55]
        first.textMarks = true
        #expect(OwnerMarkColumns(first: first, box: box) == nil)
    }

    /// OCR reads a ticked box as "Xx" and lets a column's marks drift a few
    /// characters from line to line: there a mark goes to the learnt column it
    /// is nearer than half way to; a text extractor's marks must stand on it.
    @Test func ocrMarksDriftToTheNearerLearntColumn() throws {
        var first = FormTail.OwnerEntry(name: Located(value: "A", line: 1, column: 1))
        first.checkMarks = [109, 127]
        first.ocrMarks = true
        let box = ReportingOwnerRelationship(isDirector: true, isOfficer: false, isTenPercentOwner: true, isOther: false)
        let columns = try #require(OwnerMarkColumns(first: first, box: box))
        var second = FormTail.OwnerEntry(name: Located(value: "B", line: 5, column: 1))
        second.checkMarks = [120]
        #expect(columns.relationship(of: second, ocr: true) == ReportingOwnerRelationship(isDirector: false, isOfficer: false, isTenPercentOwner: true, isOther: false))
        #expect(columns.relationship(of: second, ocr: false) == nil)
        second.checkMarks = [118]
        #expect(columns.relationship(of: second, ocr: true) == nil)
    }
}
