import Form4Core
import Foundation
import TestSupport

/// The documents the diff tests run on: the project's fixtures, documents
/// from the seeded generator, and (when ../shared is present) the corpus.
enum Samples {
    struct Sample: Sendable {
        var name: String
        var document: OwnershipDocument
        /// The XML text it was read from, for variants made on the text.
        var xml: String
    }

    static func read(_ url: URL) throws -> Sample {
        let bytes = try [UInt8](Data(contentsOf: url))
        let read = try OwnershipXMLReader.read(bytes: bytes, name: url.lastPathComponent)
        return Sample(name: url.lastPathComponent, document: read.document, xml: String(decoding: bytes, as: UTF8.self))
    }

    static func parse(_ xml: String, name: String = "variant.xml") throws -> OwnershipDocument {
        try OwnershipXMLReader.read(bytes: Array(xml.utf8), name: name).document
    }

    static var diffFixtures: URL { Paths.fixtures.appendingPathComponent("diff") }

    static func fixtures() throws -> [Sample] {
        try ["original.xml", "amendment.xml"].map { try read(diffFixtures.appendingPathComponent($0)) }
    }

    /// Generated documents, written and read back so they hold what a file would.
    static func generated(count: Int = 96) throws -> [Sample] {
        try (0..<UInt64(count)).map { seed in
            let xml = OwnershipXMLWriter.xml(DocumentGenerator.document(seed: seed))
            return Sample(name: "generated seed \(seed)", document: try parse(xml), xml: xml)
        }
    }

    /// Every corpus document (empty without ../shared).
    static func corpus() throws -> [Sample] {
        try SharedCorpus.xmlFiles().map(read)
    }

    static func all() throws -> [Sample] {
        try fixtures() + generated() + corpus()
    }
}
