import Foundation
import LibXML
import Testing
import TestSupport
@testable import Form4Core

/// The project's Form 4 schema against the SEC's official X0306 one: the same
/// verdict on every X0306 Form 4 of the corpus, and on invalid variants made
/// from each by editing its text, which both must reject.
@Suite struct SchemaAgreementTests {
    /// One way of breaking a document; nil when the document lacks what it edits.
    struct Variant: Sendable, CustomStringConvertible {
        var description: String
        var make: @Sendable (String) -> String?
    }

    static let variants: [Variant] = [
        Variant(description: "missing issuerCik") { XMLTextEdit.removing("issuerCik", in: $0) },
        Variant(description: "missing postTransactionAmounts") {
            XMLTextEdit.removing("postTransactionAmounts", in: $0)
        },
        Variant(description: "transaction code K (derived, not a code)") {
            XMLTextEdit.replacingContent(of: "transactionCode", with: "K", in: $0)
        },
        Variant(description: "amount with a thousands separator") {
            XMLTextEdit.replacingValue(inside: "transactionShares", with: "1,500", in: $0)
                ?? XMLTextEdit.replacingValue(inside: "sharesOwnedFollowingTransaction", with: "1,500", in: $0)
        },
        Variant(description: "impossible date 2021-02-30") {
            XMLTextEdit.replacingContent(of: "periodOfReport", with: "2021-02-30", in: $0)
        },
        Variant(description: "unknown element after issuer") {
            XMLTextEdit.inserting("<issuerMood>calm</issuerMood>", after: "issuer", in: $0)
        },
        Variant(description: "signatureName and signatureDate swapped") {
            XMLTextEdit.swapping("signatureName", "signatureDate", in: $0)
        },
    ]

    static func x0306Form4Files() throws -> [URL] {
        try SharedCorpus.xmlFiles().filter { file in
            let header = try SchemaTesting.header(of: Array(try Data(contentsOf: file)))
            return header.documentType == "4" && header.schemaVersion == "X0306"
        }
    }

    @Test(.enabled(if: SharedCorpus.available))
    func sameVerdictOnEveryX0306Form4AndItsInvalidVariants() throws {
        let official = try #require(SchemaTesting.officialForm4, "the official X0306 schema did not compile")
        let ours = try SchemaSet.embedded.schema(for: .form4)
        let files = try Self.x0306Form4Files()
        #expect(files.count >= 300, "expected the corpus's 326 X0306 Form 4s, found \(files.count)")
        var agreements = 0
        var variantsMade = [Int](repeating: 0, count: Self.variants.count)
        var disagreements: [String] = []
        for file in files {
            let text = try SchemaTesting.text(of: file)
            let ourErrors = try SchemaTesting.errors(text, against: ours)
            let officialErrors = try SchemaTesting.errors(text, against: official)
            if ourErrors.isEmpty == officialErrors.isEmpty { agreements += 1 } else {
                disagreements.append("\(file.lastPathComponent): ours \(ourErrors.first.map(String.init(describing:)) ?? "valid"), official \(officialErrors.first.map(String.init(describing:)) ?? "valid")")
            }
            #expect(officialErrors.isEmpty, "\(file.lastPathComponent) fails the official schema")
            for (index, variant) in Self.variants.enumerated() {
                guard let broken = variant.make(text) else { continue }
                #expect(broken != text)
                variantsMade[index] += 1
                let oursRejects = try !SchemaTesting.errors(broken, against: ours).isEmpty
                let officialRejects = try !SchemaTesting.errors(broken, against: official).isEmpty
                if oursRejects == officialRejects { agreements += 1 } else {
                    disagreements.append("\(file.lastPathComponent) with \(variant): ours rejects \(oursRejects), official rejects \(officialRejects)")
                }
                #expect(oursRejects && officialRejects, "\(file.lastPathComponent) with \(variant) was accepted")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements: \(disagreements.prefix(5).joined(separator: "\n"))")
        // Every kind of variant was made from most documents, not silently skipped.
        for (index, count) in variantsMade.enumerated() {
            #expect(count >= files.count / 2, "variant '\(Self.variants[index])' made from only \(count) files")
        }
        #expect(agreements == files.count + variantsMade.reduce(0, +))
    }

    /// The edits themselves must do what they say on a document both accept.
    @Test func variantEditsChangeTheText() throws {
        let sample = SchemaSamples.document(for: .form4)
        for variant in Self.variants {
            let broken = try #require(variant.make(sample), "\(variant) found nothing to edit")
            #expect(broken != sample)
            let errors = try SchemaTesting.errors(broken, against: try SchemaSet.embedded.schema(for: .form4))
            #expect(!errors.isEmpty, "\(variant) left the sample valid")
        }
    }
}
