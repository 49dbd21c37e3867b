import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// Markdown converters print a head that spans two columns in two ways:
/// markitdown leaves the second head cell blank; pymupdf4llm names it `ColN`
/// and repeats a spanning data cell under both. Only the first splits a
/// "(1) | (1)" pair into exercisable and expiration.
@Suite struct EncodeMarkdownSpanTests {
    static let cells = ["Stock Option", "(1)", "(1)", "Common Stock"]
    static let groups = ["1. Title of Derivative Security", "2. Date Exercisable and Expiration Date",
                         "2. Date Exercisable and Expiration Date", "3. Title and Amount"]

    @Test func aBlankHeadCellKeepsBothMarks() {
        let segments = LooseText.fold(Self.cells, groups: Self.groups, blankHeads: [false, false, true, false])
        #expect(segments.map(\.text) == ["Stock Option", "(1)", "(1)", "Common Stock"])
    }

    @Test func aPlaceholderHeadCellFoldsARepeatedCell() {
        let segments = LooseText.fold(Self.cells, groups: Self.groups, blankHeads: [false, false, false, false])
        #expect(segments.map(\.text) == ["Stock Option", "(1)", "Common Stock"])
    }

    /// Both dates may cite the same two notes ("(2)(3) | (2)(3)"): still two columns,
    /// under markitdown's blank head and in html2text's rows, which have no heads to group by.
    @Test func twoEqualCellsOfSeveralMarksAreBothDates() {
        let cells = ["Class B Common Stock", "(2)(3)", "(2)(3)", "Class A Common Stock"]
        let grouped = LooseText.fold(cells, groups: Self.groups, blankHeads: [false, false, true, false])
        #expect(grouped.map(\.text) == cells)
        let ungrouped = LooseText.fold(cells, groups: [])
        #expect(ungrouped.map(\.text) == cells)
    }

    /// html2text's owners row "AUSTIN TX 78701| X| X| |": a director who is also a 10% owner.
    @Test func twoCheckMarksSideBySideAreBothKept() {
        let cells = ["AUSTIN TX 78701", "X", "X", ""]
        #expect(LooseText.fold(cells, groups: []).map(\.text) == cells)
    }

    @Test(arguments: [("(1)", true), ("(2)(3)", true), ("(12)(a)", true), ("⁽¹⁾", false), ("(1)(2", false),
                      ("(123)", false), ("()", false), ("(1) (2)", true), ("(1)2", false), ("Stock", false)])
    func markCells(_ cell: String, _ isMark: Bool) {
        #expect(LooseText.isMarkCell(cell) == isMark)
    }

    /// html2text drops a pipe table's outer pipes, and newer releases also the
    /// space before each inner one: "Common Stock| 02/14/2024| | M| …".
    @Test func pipeRowsWithoutOuterPipesAreCellRows() throws {
        let markdown = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.markdown.txt"), encoding: .utf8)
        let outerless = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("|"), line.hasSuffix("|"), line.count > 1 else { return String(line) }
            return line.dropFirst().dropLast().replacingOccurrences(of: "|", with: "| ")
        }.joined(separator: "\n")
        let result = try FormEncoder.encode(InputFile(name: "html2text", bytes: Array(outerless.utf8)), options: EncodeFixtureTests.options)
        let expected = try FormEncoder.encode(InputFile(name: "markdown", bytes: Array(markdown.utf8)), options: EncodeFixtureTests.options)
        #expect(result.document.nonDerivativeTable == expected.document.nonDerivativeTable)
        #expect(result.document.derivativeTable == expected.document.derivativeTable)
        #expect(result.document.nonDerivativeTable?.nonDerivativeTransaction.count == 3)
    }

    @Test(arguments: [("a | b | c | d", 3), ("Common Stock| 02/14/2024| | M|", 4), ("either|or and/or|both", 0)])
    func barePipes(_ line: String, _ count: Int) {
        #expect(LooseText.barePipes(Substring(line)) == count)
    }

    /// markitdown groups a row's cells under the main heads ("5. Number of Derivative
    /// Securities Acquired (A) or Disposed of (D)" spans two grid columns) while its
    /// sub-head row starts at "Code": the amount's grid column within its group says
    /// (A) or (D), for a code that does not tell (J).
    @Test(arguments: [("|  |  | 2,500 |", "D"), ("|  | 2,500 |  |", "A")])
    func theAmountsColumnUnderGroupedHeadsSaysAcquiredOrDisposed(_ cells: String, _ expected: String) throws {
        let file = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.markitdown.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        let row = "| 02/14/2024 |  | M |  |  | 2,500 | (5) |"
        try #require(text.contains(row))
        let edited = text.replacingOccurrences(of: row, with: "| 02/14/2024 |  | J " + cells + " (5) |")
        let result = try FormEncoder.encode(InputFile(name: "markitdown", bytes: Array(edited.utf8)), options: EncodeFixtureTests.options)
        let amounts = try #require(result.document.derivativeTable?.derivativeTransaction.first?.transactionAmounts)
        #expect(amounts.transactionShares?.value?.text == "2500")
        #expect(amounts.transactionAcquiredDisposedCode?.value == expected)
        #expect(!result.diagnostics.contains { $0.rule == "ENC-DERIVATIVE-AD" })
    }
}
