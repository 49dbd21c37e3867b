import Foundation
import LibXML
import Testing
import TestSupport
@testable import Form4Core
@testable import Form4Text

/// Encode validates the tree its writer builds instead of parsing the XML it
/// wrote; on every dev text's output that tree must be the parse's, node for node.
@Suite struct EncodeSelfCheckTreeTests {
    @Test(.enabled(if: SharedCorpus.available, "../shared is absent"))
    func devTextOutputs() throws {
        let shared = try #require(Paths.shared)
        var urls: [URL] = []
        for folder in ["dev-texts/rendered", "dev-texts/sec-html"] {
            let dir = shared.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            urls += names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0) }
        }
        #expect(urls.count >= 50)
        var compared = 0
        for url in urls {
            guard let result = try? FormEncoder.encode(try InputFile.read(url.path)) else { continue }
            for mode in [OwnershipXMLWriter.Mode.published, .submission] {
                let tree = XMLTreeBuilder()
                let written = OwnershipXMLWriter.written(result.document, mode: mode, tree: tree)
                guard written.readsBack else { continue }
                let built = try #require(tree.finish(), "\(url.lastPathComponent)")
                let parsed = try ParsedXMLDocument.parse(written.bytes, name: Validator.selfCheckName)
                let b = built.structure, p = parsed.structure
                #expect(b.count == p.count, "\(url.lastPathComponent)")
                if let k = zip(b, p).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                    Issue.record("\(url.lastPathComponent): node \(k) built \(b[k]) parsed \(p[k])")
                }
                if let type = result.document.documentType,
                    let schema = try? SchemaSet.embedded.schema(forDocumentType: type)
                {
                    #expect(built.validate(against: schema) == parsed.validate(against: schema), "\(url.lastPathComponent)")
                }
                compared += 1
            }
        }
        #expect(compared >= urls.count)
    }
}
