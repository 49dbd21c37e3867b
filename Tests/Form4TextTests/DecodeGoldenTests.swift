import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// The fictional Form 4 in Fixtures/decoded, decoded in each format, against
/// golden files that were checked line by line against the XML.
@Suite struct DecodeGoldenTests {
    static let directory = Paths.fixtures.appendingPathComponent("decoded")

    static func document() throws -> OwnershipDocument {
        let bytes = try Array(Data(contentsOf: directory.appendingPathComponent("northwind-form4.xml")))
        return try OwnershipXMLReader.read(bytes: bytes, name: "northwind-form4.xml").document
    }

    static func golden(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(arguments: [(DecodeFormat.text, "northwind-form4.txt"), (.markdown, "northwind-form4.md"),
                      (.json, "northwind-form4.json"), (.html, "northwind-form4.html")])
    func matchesGolden(_ format: DecodeFormat, _ file: String) throws {
        let rendered = DecodeRenderer.render(try Self.document(), as: format)
        #expect(rendered == (try Self.golden(file)))
    }

    @Test func htmlKeepsValuesVerbatimAndEscapes() throws {
        let html = HTMLRenderer.html(try Self.document())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("$130.6886<sup>"))
        #expect(html.contains(">37400.00<"))
        #expect(html.contains("$42.50"))
        #expect(html.contains("<sup><a href=\"#F4\">(4)</a></sup>"))
        #expect(html.contains("reporting person &amp; spouse"))
        #expect(html.contains("03/12/2024"))
        #expect(!html.contains("130.69<"))
    }

    @Test func htmlEscapesMarkupInValues() {
        var d = OwnershipDocument(documentType: "4", issuer: Issuer(issuerName: "Zeta <Holdings> & \"Co\""))
        d.remarks = "<script>alert(1)</script>"
        let html = HTMLRenderer.html(d)
        #expect(html.contains("Zeta &lt;Holdings&gt; &amp; &quot;Co&quot;"))
        #expect(!html.contains("<script>"))
    }

    @Test func textShowsEveryHeaderBoxInOrder() throws {
        let text = CanonicalTextRenderer.text(try Self.document())
        let boxes = ["1. Name and Address", "2. Issuer Name", "3. Date of Earliest Transaction", "4. If Amendment",
                     "5. Relationship", "6. Individual or Joint", "Table I -", "Table II -", "Explanation of Responses:",
                     "Remarks:", "Signatures:"]
        let positions = boxes.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
    }
}
