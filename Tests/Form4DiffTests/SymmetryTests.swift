import Form4Core
import Form4Diff
import Foundation
import Testing
import TestSupport

/// diff(A, B) and diff(B, A) list the same changes with old and new swapped;
/// diff(A, A) is empty.
@Suite struct SymmetryTests {
    /// A change as seen from the other side: added ↔ removed, old ↔ new.
    struct Seen: Hashable, CustomStringConvertible {
        var kind: Change.Kind
        var field: String
        var old: String?
        var new: String?
        var description: String { "\(kind) \(field) \(old ?? "nil") → \(new ?? "nil")" }
    }

    static func forward(_ c: Change) -> Seen { Seen(kind: c.kind, field: c.field, old: c.old, new: c.new) }

    static func backward(_ c: Change) -> Seen {
        let kind: Change.Kind = c.kind == .added ? .removed : c.kind == .removed ? .added : c.kind
        return Seen(kind: kind, field: c.field, old: c.new, new: c.old)
    }

    static func expectSymmetric(_ a: OwnershipDocument, _ b: OwnershipDocument, _ name: String,
                                options: DiffOptions = DiffOptions()) {
        let ab = FilingComparer.compare(a, b, options: options)
        let ba = FilingComparer.compare(b, a, options: options)
        let forward = ab.map(forward).sorted { $0.description < $1.description }
        let backward = ba.map(backward).sorted { $0.description < $1.description }
        let onlyForward = forward.filter { !backward.contains($0) }, onlyBackward = backward.filter { !forward.contains($0) }
        #expect(forward == backward, "\(name): only in diff(A,B): \(onlyForward); only in diff(B,A) seen back: \(onlyBackward)")
        #expect(ab.count == ba.count, "\(name)")
    }

    @Test func realChangesBothWays() throws {
        let samples = try Samples.all()
        var pairs = 0
        for s in samples {
            for (name, make) in RealChanges.all {
                guard let change = make(s.document) else { continue }
                Self.expectSymmetric(s.document, change.document, "\(s.name), \(name)")
                pairs += 1
            }
        }
        #expect(pairs > 100)
    }

    @Test func differentFilingsBothWays() throws {
        // Unrelated documents: the hardest case for matching rows.
        let generated = try Samples.generated(count: 64)
        for (a, b) in zip(generated, generated.dropFirst()) {
            Self.expectSymmetric(a.document, b.document, "\(a.name) vs \(b.name)")
            Self.expectSymmetric(a.document, b.document, "\(a.name) vs \(b.name), strict",
                                 options: DiffOptions(strictOrder: true))
        }
        let fixtures = try Samples.fixtures()
        Self.expectSymmetric(fixtures[0].document, fixtures[1].document, "fixture and its amendment")
    }

    @Test(.enabled(if: SharedCorpus.available, "needs ../shared/corpus"))
    func consecutiveCorpusFilingsBothWays() throws {
        let corpus = try Samples.corpus()
        for (a, b) in zip(corpus, corpus.dropFirst()) {
            Self.expectSymmetric(a.document, b.document, "\(a.name) vs \(b.name)")
        }
    }

    @Test(.enabled(if: SharedCorpus.available, "needs ../shared/corpus"))
    func identityOnEveryCorpusFile() throws {
        let files = SharedCorpus.xmlFiles()
        #expect(files.count == 500)
        for url in files {
            let a = try Samples.read(url), b = try Samples.read(url)
            #expect(FilingComparer.compare(a.document, b.document).isEmpty, "\(url.lastPathComponent)")
            #expect(FilingComparer.compare(a.document, a.document, options: DiffOptions(strictOrder: true)).isEmpty)
        }
    }

    @Test func identityOnGeneratedDocuments() throws {
        for s in try Samples.generated(count: 200) {
            #expect(FilingComparer.compare(s.document, s.document, options: DiffOptions(strictOrder: true)).isEmpty,
                    "\(s.name)")
        }
    }
}
