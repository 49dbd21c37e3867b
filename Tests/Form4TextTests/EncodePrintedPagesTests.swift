import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// What a printed page does to the form (decode's HTML printed by wkhtmltopdf
/// and read back by pdftotext): headings printed again on each page with the
/// columns laid out anew, a cell's wrapped line of heading words, foreign
/// postcodes, a title that names a relationship box.
@Suite struct EncodePrintedPagesTests {
    static func fixtureLines() throws -> [String] {
        try String(contentsOf: EncodeMarkPlacementTests.fixture, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func encode(_ lines: [String]) throws -> EncodeResult {
        try FormEncoder.encode(InputFile(name: "edited", bytes: Array(lines.joined(separator: "\n").utf8)),
                               options: EncodeFixtureTests.options)
    }

    /// A line with each text starting at its column.
    static func padded(_ cells: [(Int, String)]) -> String {
        var s = ""
        for (x, text) in cells {
            s += String(repeating: " ", count: s.isEmpty ? x : max(1, x - s.count)) + text
        }
        return s
    }

    /// Table II's option row, then a new page: its headings with (A) at column 60
    /// and (D) at 72, and a row disposing of 1,000 under that (D) — on the first
    /// page's headings ((A) at 75, (D) at 88) the amount would stand under (A).
    static func secondPage(repeatHeadings: Bool) throws -> [String] {
        var lines = try fixtureLines()
        let at = try #require(lines.firstIndex(of: "(Right to Buy)"))
        var page = ["\u{0C}"]
        if repeatHeadings {
            page += [Self.padded([(0, "1. Title of"), (16, "2. Conversion"), (30, "3. Transaction"), (46, "4."), (56, "5. Number of Derivative")]),
                     Self.padded([(0, "Derivative"), (16, "or Exercise"), (30, "Date"), (46, "Transaction"), (56, "Securities Acquired (A)")]),
                     Self.padded([(46, "Code"), (53, "V"), (59, "(A)"), (71, "(D)"), (80, "Exercisable")])]
        }
        page.append(Self.padded([(0, "Stock Option"), (16, "$9.10"), (30, "02/14/2024"), (46, "M"), (70, "1,000"), (80, "(5)"),
                            (92, "03/01/2030"), (104, "Common Stock"), (120, "1,000"), (131, "$0"), (142, "0"), (158, "D")]))
        lines.insert(contentsOf: page, at: at + 1)
        return lines
    }

    @Test func aRowUnderHeadingsPrintedAgainIsPlacedByThem() throws {
        let result = try Self.encode(Self.secondPage(repeatHeadings: true))
        let rows = try #require(result.document.derivativeTable?.derivativeTransaction)
        try #require(rows.count == 2)
        #expect(rows[0].transactionAmounts?.transactionAcquiredDisposedCode?.value == "D")
        #expect(rows[1].transactionAmounts?.transactionShares?.value?.text == "1000")
        #expect(rows[1].transactionAmounts?.transactionAcquiredDisposedCode?.value == "D")
    }

    /// The same row without the headings above it is measured against the
    /// first page's headings from its code (16 columns left of theirs): its
    /// amount, 24 columns right of its code, is under (D) as seen from the
    /// code, as on its own page; the reading is reported.
    @Test func withoutHeadingsTheFirstPagesColumnsStandMovedToTheCode() throws {
        let result = try Self.encode(Self.secondPage(repeatHeadings: false))
        let rows = try #require(result.document.derivativeTable?.derivativeTransaction)
        try #require(rows.count == 2)
        #expect(rows[1].transactionAmounts?.transactionAcquiredDisposedCode?.value == "D")
        #expect(result.diagnostics.contains {
            $0.rule == "ENC-DERIVATIVE-AD" && $0.path == "/ownershipDocument/derivativeTable/derivativeTransaction[2]/transactionAmounts/transactionAcquiredDisposedCode"
        })
    }

    /// "Common / Shares": a cell's wrapped word that is also a heading word is the cell's,
    /// below a row; among heading lines it is a heading.
    @Test func aWrappedHeadingWordBelowARowIsTheRowsText() throws {
        var lines = try Self.fixtureLines()
        let row = try #require(lines.firstIndex { $0.hasPrefix("Stock Option    $12.40") })
        lines[row] = lines[row].replacingOccurrences(of: "Common Stock    2,500", with: "Common          2,500")
        lines[row + 1] = "(Right to Buy)" + String(repeating: " ", count: 126 - 14) + "Shares"
        let result = try Self.encode(lines)
        let option = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(option.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Shares")
        #expect(option.securityTitle?.value == "Stock Option (Right to Buy)")
    }

    @Test(arguments: [
        ("MINATO-KU TOKYO M0 105-7537", "MINATO-KU TOKYO", "M0", "105-7537"),
        ("LONDON, X0 W1K 3JP", "LONDON,", "X0", "W1K 3JP"),
        ("LONDON, X0 W1 1AA", "LONDON,", "X0", "W1 1AA"),
        ("GRAND CAYMAN, E9 KY1-9008", "GRAND CAYMAN,", "E9", "KY1-9008"),
        ("MENLO PARK CA 94025", "MENLO PARK", "CA", "94025"),
    ] as [(String, String?, String?, String?)])
    func cityStateAndPostcode(_ line: String, _ city: String?, _ state: String?, _ zip: String?) {
        let (c, s, z) = HeaderBoxes.splitCityLine(line)
        #expect(c == city)
        #expect(s == state)
        #expect(z == zip)
    }

    @Test func aForeignPostcodeInTwoPartsEndsAnOwnersAddress() {
        #expect(FormTail.isCityLine("LONDON, X0 W1K 3JP"))
        #expect(FormTail.isCityLine("ST. HELIER, Y9 JE1 0BD"))
        #expect(!FormTail.isCityLine("C/O GEN II (JERSEY) LIMITED, 47 ESPLANADE"))
        #expect(!FormTail.isCityLine("138 MARKET STREET #27-01A"))
    }

    /// Two owners whose headings are printed again on a new page, with the mark columns moved.
    @Test func ownersUnderHeadingsPrintedAgainTakeTheirMarksFromThem() {
        let lines = [Self.padded([(8, "Reporting Owner Name / Address"), (58, "Director"), (71, "10% Owner"), (85, "Officer"), (97, "Other")]),
                     Self.padded([(0, "ALPHA FUND LP"), (72, "X")]), "1 MAIN STREET", "DOVER DE 19901", "\u{0C}",
                     Self.padded([(6, "Reporting Owner Name / Address"), (45, "Director"), (55, "10% Owner"), (66, "Officer"), (75, "Other")]),
                     Self.padded([(0, "BETA FUND LP"), (56, "X")]), "2 MAIN STREET", "DOVER DE 19901"]
        var tail = FormTail()
        tail.readOwners(LooseText(lines.joined(separator: "\n")).lines)
        #expect(tail.owners.count == 2)
        #expect(tail.owners.map(\.tenPercent) == [true, true])
        #expect(tail.owners.map(\.director) == [false, false])
        #expect(tail.owners.last?.name.value == "BETA FUND LP")
    }

    @Test func aTitleBelowTheBoxesMayNameABox() throws {
        var lines = try Self.fixtureLines()
        let at = try #require(lines.firstIndex { $0.hasSuffix("Chief Financial Officer") })
        lines[at] = lines[at].replacingOccurrences(of: "Chief Financial Officer", with: "Former Director and 10% Owner")
        let result = try Self.encode(lines)
        let r = try #require(result.document.reportingOwner.first?.reportingOwnerRelationship)
        #expect(r.isDirector == true)
        #expect(r.isTenPercentOwner == false)
        #expect(r.officerTitle == "Former Director and 10% Owner")
    }
}
