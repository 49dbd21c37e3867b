import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// In a table printed as a stream of cells, a doubt about the drawing order
/// (a cell taken into another row, a value left out) may have moved every
/// later cell of its column by a row. The rows after the first doubt are
/// reported; the rows before it are not.
@Suite struct EncodeCellStreamDoubtsTests {
    static let lines = [
        "Common Stock      02/14/2024   S   100   D   $10.00   900   D",
        "Common Stock      02/14/2024   S   200   D   $10.10   700   D",
        "Common Stock      02/15/2024   S   300   D   $10.20   400   D",
        "Common Stock      02/15/2024   S   400   D   $10.30   0     D",
    ]

    static func table() -> TableLines {
        TableLines(LooseText(lines.joined(separator: "\n")).lines[...])
    }

    @Test func rowsAfterTheFirstDoubtAreReported() throws {
        var table = Self.table()
        try #require(table.rows.count == 4)
        table.rows[1].warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "a cell moved", line: 2, column: 1))
        table.reportRowsAfterFirstDoubt()
        #expect(table.rows.map { $0.warnings.count } == [0, 1, 1, 1])
        #expect(table.rows[2].warnings.first?.message.contains("line 2") == true)
        #expect(table.rows[3].warnings.first?.line == 4)
    }

    @Test func aTableWithoutDoubtsGetsNoWarning() throws {
        var table = Self.table()
        table.reportRowsAfterFirstDoubt()
        #expect(table.rows.allSatisfy { $0.warnings.isEmpty })
    }
}
