import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// The HTML page printed: tables in pieces that fit a page, each with its
/// headings; figures kept on the line of the word before them.
@Suite struct DecodeHTMLPrintedTableTests {
    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func aLongTableIsCutIntoPiecesEachWithItsHeadings() throws {
        var d = try DecodeGoldenTests.document()
        let rows = try #require(d.nonDerivativeTable?.nonDerivativeTransaction)
        d.nonDerivativeTable?.nonDerivativeTransaction = Array(repeating: rows, count: 60).flatMap { $0 }
        let html = HTMLRenderer.html(d)
        let tableI = try #require(html.range(of: "Table I - Non-Derivative")).lowerBound
        let tableII = try #require(html.range(of: "Table II - Derivative")).lowerBound
        let part = String(html[tableI..<tableII])
        let pieces = Self.occurrences(of: "<div class=\"keep\"><table class=\"data\">", in: part)
        #expect(pieces >= 3)
        #expect(Self.occurrences(of: "<thead>", in: part) == pieces)
        #expect(Self.occurrences(of: "<caption>", in: html) == 2)
        #expect(Self.occurrences(of: "<tr><td>Common Stock</td><td>03/12/2024</td>", in: part) == 60 * rows.count)
    }

    @Test func aShortTableIsOnePiece() throws {
        let html = HTMLRenderer.html(try DecodeGoldenTests.document())
        #expect(Self.occurrences(of: "<div class=\"keep\"><table class=\"data\">", in: html) == 2)
        #expect(html.contains("div.keep, p.footnote { page-break-inside: avoid; }"))
    }

    @Test func piecesStayUnderTheBudget() {
        let row = ["Class B Common Stock", "$6.13", "05/11/2021", "", "X", "", "536445", "", "(25)", "01/01/2025",
                   "Class B Common Stock", "536445", "$0.00", "0", "I", "By a trust for the benefit of the reporting person's children"]
        let table = HTMLPrintedTable(caption: "Table II", columns: [11, 5, 5, 5, 4, 4, 5, 5, 5, 4, 8, 7, 6, 6, 5, 15],
                                     head: [[.init(text: "1. Title of Derivative Security (Instr. 3)", rowspan: 2)]],
                                     rows: Array(repeating: row, count: 40))
        let pieces = table.pieces
        #expect(pieces.count > 1)
        #expect(pieces.map(\.count).reduce(0, +) == 40)
        for p in pieces {
            let height = table.headHeight + p.map(table.rowHeight).reduce(0, +)
            #expect(height <= HTMLPrintedTable.budget)
        }
        // "Class B Common Stock" in an 11% column wraps once.
        #expect(HTMLPrintedTable.lines("Class B Common Stock", width: 11 * HTMLPrintedTable.pageWidth / 100,
                                       charWidth: HTMLPrintedTable.cellChar) == 2)
        #expect(HTMLPrintedTable.lines("A<br>B &amp; C<sup><a href=\"#F1\">(1)</a></sup>", width: 500, charWidth: 7) == 2)
    }

    /// Only trailing figures: a span inside a cell changes how pdftotext groups the printed line.
    @Test(arguments: [
        ("2.0% Convertible Senior Notes due 2027", "2.0% Convertible Senior Notes <span class=\"nw\">due 2027</span>"),
        ("Class B Common Stock (2)", "Class B Common <span class=\"nw\">Stock (2)</span>"),
        ("Series 2 2021 Notes", "Series 2 2021 Notes"),
        ("Notes due 2 2027", "Notes <span class=\"nw\">due 2 2027</span>"),
        ("A&B 5", "<span class=\"nw\">A&amp;B 5</span>"),
        ("Common Stock", "Common Stock"),
        ("2027", "2027"),
    ])
    func figuresStayWithTheWordBefore(_ value: String, _ html: String) {
        #expect(HTMLRenderer.keepFiguresAttached(value) == html)
    }

    @Test func ownersHaveOneHeadingRowAndNoCaption() throws {
        var d = try DecodeGoldenTests.document()
        d.reportingOwner.append(d.reportingOwner[0])
        let html = HTMLRenderer.html(d)
        #expect(html.contains("<tr><th>Reporting Owner Name / Address</th><th>Director</th><th>10% Owner</th><th>Officer</th><th>Other</th></tr>"))
        #expect(!html.contains("<caption>Reporting Owners</caption>"))
    }
}
