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

/// pdftotext without -layout may draw "Explanation of Responses:" before
/// Table II's right half: the table is read on past it, to the first footnote.
@Suite struct EncodeStrayExplanationTests {
    @Test func aHeadingDrawnAmongTableIIsCellsDoesNotEndTheTable() throws {
        let path = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pdftotext-raw.txt")
        let text = try String(contentsOf: path, encoding: .utf8)
        try #require(text.contains("\nExplanation of Responses:\n") && text.contains("\n6. Date Exercisable\n"))
        let moved = text.replacingOccurrences(of: "\nExplanation of Responses:\n", with: "\n\n")
            .replacingOccurrences(of: "\n6. Date Exercisable\n", with: "\nExplanation of Responses:\n\n6. Date Exercisable\n")
        let original = try FormEncoder.encode(InputFile(name: "raw", bytes: Array(text.utf8)), options: EncodeFixtureTests.options)
        let result = try FormEncoder.encode(InputFile(name: "moved", bytes: Array(moved.utf8)), options: EncodeFixtureTests.options)
        try #require(original.document.derivativeTable?.derivativeTransaction.count == 1)
        #expect(result.document.derivativeTable == original.document.derivativeTable)
        #expect(result.document.footnotes == original.document.footnotes)
        #expect(result.diagnostics.contains { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("Explanation of Responses") })
    }

    @Test(arguments: [("(1) The price reported is a weighted average.", true), ("1. The sales were effected pursuant to a plan.", true),
                      ("(31)(32)", false), ("6. Date Exercisable", false), ("(2)", false), ("9. Number of", false)])
    func footnoteStarts(_ text: String, _ starts: Bool) {
        #expect(FormLayout.isFootnoteStart(text) == starts)
    }
}
