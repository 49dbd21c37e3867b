import LibXML
import Testing
import TestSupport
@testable import Form4Core

/// Each of the six schemas accepts a document of its own type and rejects it
/// under every other type's schema; relabelled documents show that the forms
/// differ in structure, not only in the documentType value.
@Suite struct SchemaDocumentTypeTests {
    @Test(arguments: DocumentType.allCases)
    func acceptsItsOwnTypeAndRejectsItUnderTheOthers(type: DocumentType) throws {
        let text = SchemaSamples.document(for: type)
        let own = try SchemaTesting.errors(text, against: try SchemaSet.embedded.schema(for: type))
        #expect(own.isEmpty, "\(type.rawValue) sample: \(own.first.map(String.init(describing:)) ?? "")")
        for other in DocumentType.allCases where other != type {
            let errors = try SchemaTesting.errors(text, against: try SchemaSet.embedded.schema(for: other))
            #expect(!errors.isEmpty, "a \(type.rawValue) document passed the \(other.rawValue) schema")
        }
    }

    /// A document whose structure belongs to `built` but whose documentType says
    /// `label` must fail the `label` schema.
    @Test(arguments: [
        (DocumentType.form3, DocumentType.form4),   // derivative holding without amounts owned
        (.form4, .form3),                           // transactions on a Form 3
        (.form4, .form5),                           // timeliness footnote on a Form 5
        (.form5, .form4),                           // holding coded as a late Form 3 on a Form 4
        (.form4, .form4A),                          // amendment without dateOfOriginalSubmission
        (.form4A, .form4),                          // dateOfOriginalSubmission on an original
        (.form3A, .form3),
        (.form5, .form5A),
        (.form5, .form3),
    ])
    func structureOfOneFormFailsAnothersSchema(built: DocumentType, label: DocumentType) throws {
        let text = SchemaSamples.document(for: built, labelledAs: label)
        let errors = try SchemaTesting.errors(text, against: try SchemaSet.embedded.schema(for: label))
        #expect(!errors.isEmpty, "a \(built.rawValue) body labelled \(label.rawValue) was accepted")
        #expect(!errors.contains { $0.message.contains("documentType") },
                "only the structure should be at fault: \(errors)")
    }

    @Test func documentTypeMustBeExactlyTheType() throws {
        let schema = try SchemaSet.embedded.schema(for: .form4)
        let sample = SchemaSamples.document(for: .form4)
        for wrong in [" 4", "4 ", "", "4/a", "Form 4"] {
            let text = try #require(XMLTextEdit.replacingContent(of: "documentType", with: wrong, in: sample))
            #expect(try !SchemaTesting.isValid(text, against: schema), "documentType \"\(wrong)\" accepted")
        }
    }
}
