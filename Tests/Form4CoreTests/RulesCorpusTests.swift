import Foundation
import Testing
import TestSupport
@testable import Form4Core

/// Every corpus document was accepted by EDGAR, so as a published document
/// (not for submission) none may break a rule EDGAR enforces.
@Suite(.enabled(if: SharedCorpus.available, "needs ../shared"))
struct RulesCorpusTests {
    /// The corpus read once for all tests of the suite: file name and what the reader made of it (nil: unreadable).
    static let corpus: [(name: String, read: ReadDocument?)] = SharedCorpus.xmlFiles().map { url in
        let bytes = (try? Data(contentsOf: url)).map(Array.init) ?? []
        return (url.lastPathComponent, try? OwnershipXMLReader.read(bytes: bytes, name: url.lastPathComponent))
    }

    /// The readable documents.
    static var documents: [(name: String, read: ReadDocument)] {
        corpus.compactMap { entry in entry.read.map { (entry.name, $0) } }
    }

    @Test func noCorpusDocumentBreaksARule() throws {
        #expect(Self.corpus.count == 500)
        var errors: [String] = []
        var warnings: [String: Int] = [:]
        for (name, read) in Self.documents {
            for d in BusinessRules.check(read.document) {
                if d.severity == .error {
                    errors.append("\(name): [\(d.rule)] \(d.message) (at \(d.path ?? "-"))")
                } else {
                    warnings[d.rule, default: 0] += 1
                }
            }
        }
        #expect(Self.documents.count == Self.corpus.count, "every corpus file reads")
        #expect(errors == [])
        // The only warning published documents draw: a Form 4 reporting a single holding
        // and no transaction (0084, accepted by EDGAR in 2022).
        #expect(warnings == ["HOLDINGS-ONLY": 1])
    }

    /// The same documents judged as submissions: they carry what EDGAR filled in,
    /// so EDGAR-FILLED warns, and they lack the CCC EDGAR removed, so OWNER-CCC fires.
    @Test func publishedDocumentsAreNotSubmissions() throws {
        let document = try #require(Self.documents.first).read.document
        let rules = Set(BusinessRules.check(document, options: RuleOptions(forSubmission: true)).map(\.rule))
        #expect(rules.contains("EDGAR-FILLED"))
        #expect(rules.contains("OWNER-CCC"))
    }

    /// The paths rules build name the elements the reader recorded: every row,
    /// every footnote-carrying field, every footnote reference and every amount
    /// of the 500 documents is found in the source map, so each diagnostic gets a line.
    @Test func rulePathsNameRealElements() throws {
        var checked = 0
        var missing: [String] = []
        var codingReferences: [String] = []
        for (name, read) in Self.documents {
            var paths: [String] = []
            for row in read.document.tableRows {
                paths.append(row.path)
                paths += row.decimalFields.filter { $0.field.value != nil }.map { row.path + "/" + $0.relative }
                for site in row.footnoteSites {
                    paths.append(site.path)
                    paths += site.footnoteId.indices.map(site.referencePath)
                }
            }
            paths += read.document.footnotes.indices.map(RulePath.footnote)
            paths += read.document.reportingOwner.indices.map(RulePath.owner)
            let map = read.sourceMap
            for path in paths where map[path] == nil {
                if path.contains("/transactionCoding/footnoteId[") {
                    codingReferences.append("\(name): \(path)")
                } else {
                    missing.append("\(name): \(path)")
                }
            }
            checked += paths.count
        }
        #expect(checked > 20_000)
        #expect(missing.prefix(20) == [])
        // References inside transactionCoding are indexed like every other reference.
        #expect(codingReferences.prefix(5) == [])
    }

    /// Real documents broken on purpose: a footnote nobody uses, and the first
    /// footnote taken away, are found with the exact count and places.
    @Test func brokenCorpusFootnotesAreFound() throws {
        var documents = 0
        for (name, read) in Self.documents {
            var document = read.document
            guard let first = document.footnotes.first else { continue }
            documents += 1
            document.footnotes.append(Footnote(id: "F98", text: "Added by the test."))
            let added = BusinessRules.check(document).filter { $0.severity == .error }
            #expect(added.map(\.rule) == ["FOOTNOTE-UNREFERENCED"], "\(name)")
            #expect(added.first?.path == RulePath.footnote(document.footnotes.count - 1))

            document = read.document
            document.footnotes.removeFirst()
            let references = document.footnoteSites.flatMap { site in
                site.footnoteId.indices.filter { site.footnoteId[$0] == first.id }.map(site.referencePath)
            }
            let unresolved = BusinessRules.check(document).filter { $0.rule == "FOOTNOTE-UNRESOLVED" }
            #expect(unresolved.compactMap(\.path) == references, "\(name)")
            #expect(!references.isEmpty)
            // Each one points at a line of the file.
            let map = read.sourceMap
            #expect(unresolved.allSatisfy { map[$0.path ?? ""] != nil })
        }
        #expect(documents > 400)
    }
}
