import Foundation
import Testing
import TestSupport
@testable import Form4Core

/// The schemas compiled into the binary must be exactly `Schemas/*.xsd`, so
/// that editing a schema without running `scripts/embed-schemas` fails here.
@Suite struct SchemaEmbeddingTests {
    static func schemaFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Paths.schemas.path)
            .filter { $0.hasSuffix(".xsd") }.sorted()
    }

    @Test func embeddedCopyHasExactlyTheSchemaFiles() throws {
        let files = try Self.schemaFiles()
        #expect(files.count == 7, "six per-type schemas and the common file")
        #expect(EmbeddedSchemas.files.keys.sorted() == files,
                "Schemas/ and EmbeddedSchemas.swift differ: run scripts/embed-schemas")
    }

    @Test(arguments: try SchemaEmbeddingTests.schemaFiles())
    func embeddedCopyEqualsTheFileByteForByte(name: String) throws {
        let onDisk = Array(try Data(contentsOf: Paths.schemas.appendingPathComponent(name)))
        let embedded = Array((EmbeddedSchemas.files[name] ?? "").utf8)
        #expect(embedded.count == onDisk.count, "\(name): run scripts/embed-schemas")
        let firstDifference = zip(embedded, onDisk).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(firstDifference == nil && embedded == onDisk,
                "\(name) differs from its embedded copy at byte \(firstDifference ?? min(embedded.count, onDisk.count))")
    }

    @Test func everyTypeSchemaNamesTheCommonFileAndInliningRemovesTheInclude() throws {
        for type in DocumentType.allCases {
            let name = type.projectSchemaFileName
            let text = try #require(EmbeddedSchemas.files[name], "\(name) is not embedded")
            #expect(text.contains("<xs:include schemaLocation=\"ownershipCommon.xsd\"/>"))
            let inlined = String(decoding: try SchemaIncludeInliner.inline(name, files: EmbeddedSchemas.files),
                                 as: UTF8.self)
            #expect(!inlined.contains("<xs:include"))
            #expect(inlined.contains("<xs:complexType name=\"AmountOrFootnote\">"),
                    "the common declarations were pasted in")
            #expect(inlined.components(separatedBy: "<xs:schema ").count == 2, "one schema element remains")
        }
    }

    @Test func inlinerRefusesMissingAndCyclicIncludes() {
        let including = #"<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="./b.xsd"/></xs:schema>"#
        let cyclic = #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="a.xsd"/></xs:schema>"#
        #expect(throws: SchemaSetError.self) { try SchemaIncludeInliner.inline("a.xsd", files: ["a.xsd": including]) }
        do {
            _ = try SchemaIncludeInliner.inline("a.xsd", files: ["a.xsd": including, "b.xsd": cyclic])
            Issue.record("a cycle of includes was accepted")
        } catch {
            #expect(error.code == .compileFailed)
        }
    }

    @Test func inlinerPastesOnlyTheDeclarations() throws {
        let main = #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="b.xsd"/><x/></xs:schema>"#
        let part = #"<?xml version="1.0"?><!-- c --><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><y/></xs:schema>"#
        let result = String(decoding: try SchemaIncludeInliner.inline("a.xsd", files: ["a.xsd": main, "b.xsd": part]),
                            as: UTF8.self)
        #expect(result == #"<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><y/><x/></xs:schema>"#)
    }
}
