import LibXML
import Testing
@testable import Form4Core

/// The tree the writer builds while writing (``XMLTreeBuilder``) must be the
/// tree a parse of the written XML gives, node for node: encode validates it
/// in place of the parse.
@Suite struct XMLTreeBuilderTests {
    /// Builds and parses `document`'s XML and compares the two trees and what
    /// the schema says of each; returns false when the XML does not read back
    /// as written (the tree is then not used, and not compared).
    @discardableResult
    static func compare(_ document: OwnershipDocument, mode: OwnershipXMLWriter.Mode, _ label: String) throws -> Bool {
        let tree = XMLTreeBuilder(names: label.hasSuffix("base") ? nil : OwnershipXMLWriter.names)
        let written = OwnershipXMLWriter.written(document, mode: mode, tree: tree)
        #expect(written.bytes == OwnershipXMLWriter.written(document, mode: mode).bytes, "\(label)")
        guard written.readsBack else { return false }
        let built = try #require(tree.finish(), "\(label)")
        let parsed = try ParsedXMLDocument.parse(written.bytes, name: Validator.selfCheckName)
        let b = built.structure, p = parsed.structure
        #expect(b.count == p.count, "\(label)")
        if let k = zip(b, p).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("\(label): node \(k) built \(b[k]) parsed \(p[k])")
        }
        if let type = document.documentType, let schema = try? SchemaSet.embedded.schema(forDocumentType: type) {
            #expect(built.validate(against: schema) == parsed.validate(against: schema), "\(label)")
        }
        return true
    }

    @Test(arguments: [OwnershipXMLWriter.Mode.published, .submission])
    func generatedDocuments(mode: OwnershipXMLWriter.Mode) throws {
        var compared = 0
        for seed in UInt64(0)..<200 {
            for (name, document) in ValidatorSelfCheckTests.variants(seed: seed) {
                if try Self.compare(document, mode: mode, "seed \(seed) \(name)") { compared += 1 }
            }
        }
        #expect(compared >= 40)
    }

    /// Every element and attribute name in the writer's output is in its name table.
    @Test func nameTableHoldsEveryWrittenName() throws {
        let table = Set(OwnershipXMLWriter.names.names)
        var seen = Set<String>()
        for seed in UInt64(0)..<200 {
            for mode in [OwnershipXMLWriter.Mode.published, .submission] {
                let xml = OwnershipXMLWriter.written(DocumentGenerator.document(seed: seed), mode: mode).bytes
                let parsed = try ParsedXMLDocument.parse(xml, name: "x")
                for line in parsed.structure where line.contains(" type 1 ") {
                    let words = line.split(separator: " ")
                    if let k = words.firstIndex(of: "name") { seen.insert(String(words[k + 1])) }
                    for word in words where word.hasPrefix("@") { seen.insert(String(word.dropFirst())) }
                }
            }
        }
        #expect(seen.count > 60)
        #expect(seen.subtracting(table).isEmpty, "\(seen.subtracting(table).sorted())")
    }

    /// Values that a parse turns back into text in more than one piece (entities,
    /// line feeds, text past the parser's buffer of 300 bytes, non-ASCII).
    @Test func awkwardValues() throws {
        var d = try OwnershipXMLReader.read(bytes: Array(XMLReadWriteTests.sample.utf8), name: "x").document
        d.issuer.issuerCik = nil
        #expect(!d.footnotes.isEmpty)
        let long = String(repeating: "Lantern & Pike <Corp> \"x\" é—§ ", count: 40) + "end"
        var values = ["a\nb", "a\n\nb\tc", "x & y", "<&>\"", long, long + "\n" + long, "é—§\u{2500}",
                      String(repeating: "a", count: 299) + "&b", "é\na & b\nc", "\"q\"\nr",
                      "é" + String(repeating: "ab\n", count: 150) + "z", "é" + String(repeating: "ab\n", count: 150) + "&z"]
        // Past ASCII from the start the parse gathers 300 bytes at a time: line feeds on either side of that.
        for k in 295...300 {
            values.append("é" + String(repeating: "a", count: k) + "\n\nz")
            values.append("—" + String(repeating: "\n", count: k) + "z")
        }
        var compared = 0
        for v in values {
            var e = d
            e.remarks = v
            e.footnotes[0].text = v + " " + v
            e.issuer.issuerName = v
            for mode in [OwnershipXMLWriter.Mode.published, .submission] {
                if try Self.compare(e, mode: mode, "\(Array(v.utf8.prefix(20)))") { compared += 1 }
            }
        }
        #expect(compared == 2 * values.count)
    }

    /// Past line 65535 a parse keeps an element's line elsewhere; the builder
    /// gives up there, and the check parses instead, with the same result.
    @Test func longDocumentsFallBackToTheParse() throws {
        var d = try OwnershipXMLReader.read(bytes: Array(XMLReadWriteTests.sample.utf8), name: "x").document
        d.remarks = "start" + String(repeating: "\nline", count: 70_000)
        let tree = XMLTreeBuilder()
        let written = OwnershipXMLWriter.written(d, mode: .published, tree: tree)
        #expect(written.readsBack)
        #expect(tree.finish() == nil)
        let validator = Validator()
        let (xml, checked) = validator.checkedXML(d)
        let full = validator.validate(bytes: xml, name: Validator.selfCheckName).diagnostics
        #expect(checked == ValidatorSelfCheckTests.withoutLocations(full))
    }
}
