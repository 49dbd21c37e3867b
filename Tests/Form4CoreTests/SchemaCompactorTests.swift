import Foundation
import LibXML
import Testing
@testable import Form4Core

/// The embedded schemas are compiled without their comments and indentation;
/// the compiled schema must judge documents exactly as the full text does.
@Suite struct SchemaCompactorTests {
    @Test func dropsCommentsAndIndentationOnly() {
        let text = """
            <?xml version="1.0"?>
            <a>
              <!-- a comment -->
              <b x="1 >  2 "/>  text <c/>
              <d>
                kept  </d><!--x-->  <e/>
            </a>
            """
        let out = String(decoding: SchemaCompactor.compacted(Array(text.utf8)), as: UTF8.self)
        #expect(out == """
            <?xml version="1.0"?><a><b x="1 >  2 "/>  text <c/><d>
                kept  </d><e/></a>
            """)
    }

    @Test func leavesTextWithCDATAOrUnclosedCommentAlone() {
        for text in ["<a>\n  <![CDATA[ x ]]>\n</a>", "<a>\n  <!-- open\n</a>", "<!DOCTYPE a>\n<a>\n  <b/>\n</a>"] {
            #expect(SchemaCompactor.compacted(Array(text.utf8)) == Array(text.utf8))
        }
    }

    @Test(arguments: DocumentType.allCases)
    func compiledSchemaJudgesAsTheFullText(_ type: DocumentType) throws {
        let name = type.projectSchemaFileName
        let full = try SchemaIncludeInliner.inline(name, files: EmbeddedSchemas.files)
        let compact = SchemaCompactor.compacted(full)
        #expect(compact.count < full.count)
        #expect(SchemaTextSearch.first(Array("<!--".utf8), in: compact, from: 0) == nil)
        let fullSchema = try XMLSchema(source: full, baseURL: name)
        let compactSchema = try XMLSchema(source: compact, baseURL: name)
        let valid = SchemaSamples.document(for: type)
        // Valid, a bad date, a bad decimal, an unknown element, an element missing.
        let variants = [
            valid,
            valid.replacingOccurrences(of: "<periodOfReport>2024-03-15<", with: "<periodOfReport>2024-13-45<"),
            valid.replacingOccurrences(of: "<value>", with: "<value>-1.23456", maxReplacements: 1),
            valid.replacingOccurrences(of: "<periodOfReport>", with: "<bogus/><periodOfReport>"),
            valid.replacingOccurrences(of: "<issuerCik>", with: "<issuerCikX>").replacingOccurrences(of: "</issuerCik>", with: "</issuerCikX>"),
        ]
        var invalid = 0
        for text in variants {
            let document = try ParsedXMLDocument.parse(Array(text.utf8))
            let expected = document.validate(against: fullSchema)
            #expect(document.validate(against: compactSchema) == expected)
            if !expected.isEmpty { invalid += 1 }
        }
        #expect(invalid >= 3)
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String, maxReplacements: Int) -> String {
        guard maxReplacements > 0, let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
