import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// Where a footnote mark goes when it is not glued to its value, and what
/// OCR does to marks and rules: the families the property test found
/// written wrong without a warning, each as a small edit of the layout fixture.
@Suite struct EncodeMarkPlacementTests {
    static let fixture = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.layout.txt")

    /// The fixture with `old` replaced by `new` on the 1-based line `line`.
    static func encodeEdited(line: Int, _ old: String, _ new: String) throws -> EncodeResult {
        var lines = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let original = lines[line - 1]
        try #require(original.contains(old), "line \(line) does not hold '\(old)'")
        lines[line - 1] = original.replacingOccurrences(of: old, with: new)
        return try FormEncoder.encode(InputFile(name: "edited", bytes: Array(lines.joined(separator: "\n").utf8)),
                                      options: EncodeFixtureTests.options)
    }

    @Test func aMarkOneSpaceAfterDirectIndirectIsItsOwn() throws {
        let result = try Self.encodeEdited(line: 30, "48,310                D", "48,310                D (1)")
        let row = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction.first)
        #expect(row.ownershipNature?.directOrIndirectOwnership?.value == "D")
        #expect(row.ownershipNature?.directOrIndirectOwnership?.footnoteId == ["F1"])
        #expect(row.ownershipNature?.natureOfOwnership == nil)
    }

    @Test func aMarkOneSpaceAfterTheDateIsTheDatesNotTheDeemedDates() throws {
        let result = try Self.encodeEdited(line: 30, "02/14/2024    ", "02/14/2024 (1)")
        let row = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction.first)
        #expect(row.transactionDate?.value?.text == "2024-02-14")
        #expect(row.transactionDate?.footnoteId == ["F1"])
        #expect(row.deemedExecutionDate == nil)
    }

    /// w3m-style single-spaced columns: the mark could be the next cell's, so it is reported.
    @Test func aMarkBetweenSingleSpacedColumnsIsTakenWithADoubt() {
        var g = RowGrammar(EncodeTokenTests.tokens("Common Stock 02/14/2024 (1) M 2,500 A $12.40 48,310 D"))
        let f = g.parse(TableKind(derivative: false, form: 4))
        #expect(f.date?.footnotes == ["F1"])
        #expect(f.date?.doubt != nil)
        #expect(f.deemed == nil)
    }

    @Test(arguments: [
        ("Stock^1)", "Stock", ["F1"]),
        ("Stock1)", "Stock", ["F1"]),
        ("Trust^(5)^4)^(3)", "Trust", ["F5", "F4", "F3"]),
        ("02/14/2024^1)", "02/14/2024", ["F1"]),
        ("02/11/20216)(3)", "02/11/2021", ["F6", "F3"]),
        ("(ADS)1)", "(ADS)", ["F1"]),
        // A period after a letter ends an abbreviation, never a decimal point.
        ("L.P.5)(7)(6)", "L.P.", ["F5", "F7", "F6"]),
    ])
    func marksThatLostTheirParenthesisAreReadAndDoubted(_ text: String, _ value: String, _ notes: [String]) {
        let t = EncodeTokenTests.tokens(text)
        #expect(t.count == 1)
        #expect(t.first?.text == value)
        #expect(t.first.map { Array($0.footnotes) } == notes)
        #expect(t.first?.doubt != nil)
    }

    /// "(Instr. 3 and 4)" ends in "4)": alone it stays a word, only doubted.
    @Test func aLoneNumberAndParenthesisStaysAWord() {
        let t = EncodeTokenTests.tokens("4)")
        #expect(t.first?.kind == .word)
        #expect(t.first?.footnotes == [])
        #expect(t.first?.doubt != nil)
    }

    @Test func aStrayBarOpeningAHeaderLineIsNotAPipeTable() throws {
        let result = try Self.encodeEdited(line: 18, "                                                         02/14/2024",
                                           "      |                                                  02/14/2024")
        #expect(result.document.periodOfReport?.text == "2024-02-14")
    }

    @Test func aLoneOInAValueColumnIsReported() throws {
        let result = try Self.encodeEdited(line: 30, "2,500         A", "O             A")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DAMAGED" && $0.location?.line == 30 })
    }

    /// "Stock / Option / (Right to / Buy)": the line that closes the parenthesis belongs to the row that opened it.
    @Test func aTitleLeftOpenKeepsTheLineThatClosesIt() throws {
        var lines = try String(contentsOf: Self.fixture, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = lines[45]
        try #require(row.hasPrefix("Stock Option    ") && lines[46] == "(Right to Buy)")
        let values = String(row.dropFirst("Stock Option    ".count))
        lines.replaceSubrange(45...46, with: ["Stock           " + values, "Option", "(Right to", "Buy)",
                                              "Convertible     " + values, "Note"])
        let result = try FormEncoder.encode(InputFile(name: "edited", bytes: Array(lines.joined(separator: "\n").utf8)),
                                            options: EncodeFixtureTests.options)
        let titles = (result.document.derivativeTable?.derivativeTransaction ?? []).map { $0.securityTitle?.value ?? "" }
        #expect(titles == ["Stock Option (Right to Buy)", "Convertible Note"])
    }

    /// A centred cell that wraps: its value a line above the row, its mark on the row's line. One row.
    @Test func aValueSetAboveItsRowIsPartOfIt() throws {
        var lines = try String(contentsOf: Self.fixture, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = lines[45]
        let amount = try #require(row.range(of: "2,500        (5)"))
        let x = row.distance(from: row.startIndex, to: amount.lowerBound)
        lines[45] = row.replacingCharacters(in: amount, with: "(1)          (5)")
        lines.insert(String(repeating: " ", count: x) + "2,500", at: 45)
        let result = try FormEncoder.encode(InputFile(name: "edited", bytes: Array(lines.joined(separator: "\n").utf8)),
                                            options: EncodeFixtureTests.options)
        let rows = result.document.derivativeTable?.derivativeTransaction ?? []
        #expect(rows.count == 1)
        #expect(rows.first?.transactionAmounts?.transactionShares?.value?.text == "2500")
        #expect(rows.first?.transactionAmounts?.transactionShares?.footnoteId == ["F1"])
    }

    /// "Option (Right   $12.40  02/14/2024 …" over "to Buy)   2,500  (5) …": one row centred on two lines.
    @Test func aRowCentredOverTwoLinesIsOneRow() throws {
        var lines = try String(contentsOf: Self.fixture, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = lines[45]
        try #require(row.hasPrefix("Stock Option    ") && lines[46] == "(Right to Buy)")
        let cut = try #require(row.range(of: "2,500        (5)"))
        let x = row.distance(from: row.startIndex, to: cut.lowerBound)
        let upper = "Option (Right   " + String(row[row.index(row.startIndex, offsetBy: 16)..<cut.lowerBound])
        let lower = "to Buy)" + String(repeating: " ", count: x - 7) + String(row[cut.lowerBound...])
        lines.replaceSubrange(45...46, with: [upper, lower])
        let result = try FormEncoder.encode(InputFile(name: "edited", bytes: Array(lines.joined(separator: "\n").utf8)),
                                            options: EncodeFixtureTests.options)
        let rows = result.document.derivativeTable?.derivativeTransaction ?? []
        #expect(rows.count == 1)
        #expect(rows.first?.securityTitle?.value == "Option (Right to Buy)")
        #expect(rows.first?.transactionDate?.value?.text == "2024-02-14")
        #expect(rows.first?.transactionAmounts?.transactionShares?.value?.text == "2500")
    }

    /// pandoc prints `<sup>(n)</sup>` as "⁽ⁿ⁾": glued to a value it is that value's
    /// mark; two spaces or more apart it is a cell of its own (a date given by footnote).
    @Test func superscriptMarksKeepTheirPlace() throws {
        var text = try String(contentsOf: Self.fixture, encoding: .utf8)
        for (old, new) in [("$31.2875(2)", "$31.2875⁽²⁾"), ("2,500        (5)          03/01/2031", "2,500        ⁽⁵⁾          03/01/2031")] {
            try #require(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        let result = try FormEncoder.encode(InputFile(name: "superscripts", bytes: Array(text.utf8)), options: EncodeFixtureTests.options)
        let expected = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.expected.xml"), encoding: .utf8)
        #expect(OwnershipXMLWriter.xml(result.document) == expected)
    }
    /// pandoc's dash rule under the heads draws where each cell begins: a mark one
    /// space after a title that fills its cell, at the next cell's start, is that
    /// cell's value (an exercise price given by footnote), not the title's mark.
    @Test func aMarkWhereTheDashRuleStartsACellIsThatCellsValue() throws {
        let file = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.pandoc.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains("Stock Option $12.40 "))
        let edited = text.replacingOccurrences(of: "Stock Option $12.40 ", with: "Stock Option ⁽⁵⁾    ")
        let result = try FormEncoder.encode(InputFile(name: "pandoc", bytes: Array(edited.utf8)), options: EncodeFixtureTests.options)
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.securityTitle?.value == "Stock Option (Right to Buy)")
        #expect(row.securityTitle?.footnoteId == [])
        #expect(row.conversionOrExercisePrice?.value == nil)
        #expect(row.conversionOrExercisePrice?.footnoteId == ["F5"])
    }

    /// Only where a drawn cell begins: elsewhere a mark one space after a word is the word's.
    @Test(arguments: [([7], "Common ^(1)"), ([], "Common^(1)"), ([6], "Common^(1)")])
    func aSuperscriptOneSpaceAfterAWord(cellStarts: [Int], expected: String) {
        #expect(LooseNormalizer.clean(Substring("Common ⁽¹⁾"), cellStarts: cellStarts) == expected)
    }
}
