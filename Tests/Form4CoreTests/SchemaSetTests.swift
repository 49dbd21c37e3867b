import Foundation
import LibXML
import Testing
import TestSupport
@testable import Form4Core

/// Choosing, compiling and caching schemas: embedded, from a folder, and the
/// errors with their stable codes.
@Suite struct SchemaSetTests {
    @Test func embeddedSetHasAllSixTypesAndCompilesEachOnce() throws {
        let set = SchemaSet.embedded
        #expect(set.documentTypes == DocumentType.allCases)
        #expect(set.origin == "embedded")
        for type in DocumentType.allCases {
            let first = try set.schema(for: type)
            let second = try set.schema(for: type)
            #expect(first === second, "\(type.rawValue) compiled twice")
            #expect(set.schemaName(for: type) == type.projectSchemaFileName)
        }
        #expect(try set.schema(for: .form4) !== set.schema(for: .form4A))
    }

    @Test func concurrentCallersShareOneCompiledSchema() async throws {
        let set = try SchemaSet(directory: Paths.schemas.path)
        let identities = try await withThrowingTaskGroup(of: ObjectIdentifier.self) { group in
            for index in 0..<32 {
                group.addTask {
                    ObjectIdentifier(try set.schema(for: index.isMultiple(of: 2) ? .form5 : .form5A))
                }
            }
            var seen = Set<ObjectIdentifier>()
            for try await identity in group { seen.insert(identity) }
            return seen
        }
        #expect(identities.count == 2)
    }

    @Test func unknownDocumentTypeHasNoSchema() {
        for written in ["4/B", "", "6"] {
            do {
                _ = try SchemaSet.embedded.schema(forDocumentType: written)
                Issue.record("documentType \"\(written)\" got a schema")
            } catch {
                #expect(error.code == .noSchemaForDocumentType)
                #expect(error.code.rawValue == "SCHEMA-NO-TYPE")
                #expect(error.documentType == written)
            }
        }
        #expect(throws: Never.self) { try SchemaSet.embedded.schema(forDocumentType: " 4/A\n") }
    }

    @Test func projectFolderGivesTheSameVerdictsAsTheEmbeddedCopy() throws {
        let folder = try SchemaSet(directory: Paths.schemas.path)
        #expect(folder.documentTypes == DocumentType.allCases)
        for type in DocumentType.allCases {
            #expect(folder.schemaName(for: type) == Paths.schemas.path + "/" + type.projectSchemaFileName)
            for sampleType in DocumentType.allCases {
                let text = SchemaSamples.document(for: sampleType)
                #expect(try SchemaTesting.isValid(text, against: folder.schema(for: type))
                        == SchemaTesting.isValid(text, against: SchemaSet.embedded.schema(for: type)))
            }
        }
    }

    @Test func missingOrEmptyFolderIsUnusable() throws {
        let empty = try TemporaryDirectory()
        for path in [empty.url.path, empty.url.path + "/absent"] {
            do {
                _ = try SchemaSet(directory: path)
                Issue.record("\(path) was accepted as a schema folder")
            } catch {
                #expect(error.code == .directoryUnusable)
            }
        }
    }

    @Test func brokenSchemaFailsToCompileEveryTime() throws {
        let folder = try TemporaryDirectory()
        _ = try folder.file("ownership3.xsd", contents: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>")
        let set = try SchemaSet(directory: folder.url.path)
        #expect(set.documentTypes == [.form3])
        for _ in 0..<2 {
            do {
                _ = try set.schema(for: .form3)
                Issue.record("a broken schema compiled")
            } catch {
                #expect(error.code == .compileFailed)
            }
        }
        do {
            _ = try set.schema(for: .form4)
            Issue.record("a type without a file got a schema")
        } catch {
            #expect(error.code == .noSchemaForDocumentType)
        }
    }

    @Test func officialFileNamesArePreferredOverProjectNames() throws {
        let folder = try TemporaryDirectory()
        let permissive = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"ownershipDocument\"/></xs:schema>"
        let strict = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"other\"/></xs:schema>"
        _ = try folder.file("ownership4ADocument.xsd", contents: permissive)
        _ = try folder.file("ownership4A.xsd", contents: strict)
        let set = try SchemaSet(directory: folder.url.path)
        #expect(set.schemaName(for: .form4A)?.hasSuffix("ownership4ADocument.xsd") == true)
        #expect(try SchemaTesting.isValid(SchemaSamples.document(for: .form4), against: set.schema(for: .form4A)))
    }

    @Test(.enabled(if: SharedCorpus.available))
    func officialFolderServesForm4Only() throws {
        let directory = try #require(SchemaTesting.officialSchemaDirectory)
        let set = try SchemaSet(directory: directory)
        #expect(set.documentTypes == [.form4])
        #expect(set.schemaName(for: .form4)?.hasSuffix("ownership4Document.xsd.xml") == true)
        let schema = try set.schema(for: .form4)
        let x0306 = try #require(XMLTextEdit.removing("aff10b5One", in: SchemaSamples.document(for: .form4)))
        #expect(try SchemaTesting.isValid(x0306, against: schema))
        #expect(throws: SchemaSetError.self) { try set.schema(for: .form4A) }
    }
}
