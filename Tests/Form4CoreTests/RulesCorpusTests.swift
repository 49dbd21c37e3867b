import Foundation
import Testing
import TestSupport
@testable import Form4Core

/// Every corpus document was accepted by EDGAR, so as a published document
/// (not for submission) none may break a rule EDGAR enforces.
@Suite(.enabled(if: SharedCorpus.available, "needs ../shared"))
struct RulesCorpusTests {
    @Test func noCorpusDocumentBreaksARule() throws {
        let files = SharedCorpus.xmlFiles()
        #expect(files.count == 500)
        var errors: [String] = []
        var warnings: [String: Int] = [:]
        var read = 0
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            guard let document = try? OwnershipXMLReader.read(bytes: bytes, name: url.lastPathComponent).document
            else { continue }
            read += 1
            for d in BusinessRules.check(document) {
                if d.severity == .error {
                    errors.append("\(url.lastPathComponent): [\(d.rule)] \(d.message) (at \(d.path ?? "-"))")
                } else {
                    warnings[d.rule, default: 0] += 1
                }
            }
        }
        #expect(read == files.count, "every corpus file reads")
        #expect(errors == [])
        // The only warning published documents draw: a Form 4 reporting a single holding
        // and no transaction (0084, accepted by EDGAR in 2022).
        #expect(warnings == ["HOLDINGS-ONLY": 1])
    }

    /// The same documents judged as submissions: they carry what EDGAR filled in,
    /// so EDGAR-FILLED warns, and they lack the CCC EDGAR removed, so OWNER-CCC fires.
    @Test func publishedDocumentsAreNotSubmissions() throws {
        let url = try #require(SharedCorpus.xmlFiles().first)
        let document = try OwnershipXMLReader.read(bytes: Array(try Data(contentsOf: url)),
                                                   name: url.lastPathComponent).document
        let rules = Set(BusinessRules.check(document, options: RuleOptions(forSubmission: true)).map(\.rule))
        #expect(rules.contains("EDGAR-FILLED"))
        #expect(rules.contains("OWNER-CCC"))
    }
}
