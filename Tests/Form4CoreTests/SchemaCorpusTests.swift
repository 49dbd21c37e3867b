import Foundation
import LibXML
import Testing
import TestSupport
@testable import Form4Core

/// Every corpus document was accepted by EDGAR, so every one must be valid
/// against the project's schema for its own documentType.
@Suite struct SchemaCorpusTests {
    @Test(.enabled(if: SharedCorpus.available))
    func everyCorpusDocumentIsValidForItsDocumentType() throws {
        let files = SharedCorpus.xmlFiles()
        #expect(files.count >= 500)
        var perType: [String: Int] = [:]
        var failures: [String] = []
        for file in files {
            let bytes = Array(try Data(contentsOf: file))
            let header = try SchemaTesting.header(of: bytes)
            do {
                let schema = try SchemaSet.embedded.schema(forDocumentType: header.documentType)
                let errors = try SchemaTesting.errors(bytes, against: schema, name: file.lastPathComponent)
                if let first = errors.first {
                    failures.append("\(file.lastPathComponent) (\(header.documentType)): \(first)")
                } else {
                    perType[header.documentType, default: 0] += 1
                }
            } catch {
                failures.append("\(file.lastPathComponent): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) invalid: \(failures.prefix(5).joined(separator: "\n"))")
        #expect(perType.values.reduce(0, +) == files.count)
        // The corpus has Forms 3, 4, 4/A and 5: each schema family was exercised.
        for type in ["3", "4", "4/A", "5"] {
            #expect((perType[type] ?? 0) > 0, "no valid corpus document of type \(type)")
        }
    }

    /// The SEC's own specification samples (the only 3/A and 5/A specimens,
    /// kept out of the corpus for their placeholder CIKs) and the reference
    /// samples up to X0609 are valid too.
    @Test(.enabled(if: SharedCorpus.available))
    func specificationAndReferenceSamplesAreValid() throws {
        let shared = try #require(Paths.shared)
        let specSamples = SharedCorpus.files(in: shared.appendingPathComponent("corpus/excluded"), ending: ".xml")
            .filter { $0.lastPathComponent.contains("joeychilson_doc") }
        let references = SharedCorpus.files(in: shared.appendingPathComponent("reference/edgar-ownership/samples"),
                                            ending: ".xml")
        var seenTypes = Set<String>()
        for file in specSamples + references {
            let bytes = Array(try Data(contentsOf: file))
            let header = try SchemaTesting.header(of: bytes)
            let schema = try SchemaSet.embedded.schema(forDocumentType: header.documentType)
            let errors = try SchemaTesting.errors(bytes, against: schema)
            #expect(errors.isEmpty, "\(file.lastPathComponent): \(errors.first.map(String.init(describing:)) ?? "")")
            seenTypes.insert(header.documentType)
        }
        #expect(specSamples.count == 6)
        #expect(seenTypes == Set(DocumentType.allCases.map(\.rawValue)), "all six types among the samples")
    }

    /// The same documents relabelled as another form must fail: a schema that
    /// accepted everything would pass the test above.
    @Test(.enabled(if: SharedCorpus.available))
    func corpusDocumentsFailUnderAnotherTypesSchema() throws {
        var checked = 0
        for file in SharedCorpus.xmlFiles() {
            let bytes = Array(try Data(contentsOf: file))
            let header = try SchemaTesting.header(of: bytes)
            guard let own = DocumentType(rawValue: header.documentType) else { continue }
            let other: DocumentType = own.baseForm == 4 ? .form3 : .form4
            let errors = try SchemaTesting.errors(bytes, against: try SchemaSet.embedded.schema(for: other))
            #expect(!errors.isEmpty, "\(file.lastPathComponent) (\(own.rawValue)) passed the \(other.rawValue) schema")
            checked += 1
        }
        #expect(checked >= 500)
    }
}
