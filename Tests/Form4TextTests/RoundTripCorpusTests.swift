import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// Both round-trip laws on every real filing of ../shared/corpus/xml (skipped without it)
/// and on the project's own fixtures.
@Suite struct RoundTripCorpusTests {
    static func documents(_ files: [URL]) -> [(String, OwnershipDocument)] {
        files.compactMap { url in
            guard let bytes = try? Array(Data(contentsOf: url)),
                let read = try? OwnershipXMLReader.read(bytes: bytes, name: url.lastPathComponent)
            else { return nil }
            return (url.lastPathComponent, read.document)
        }
    }

    @Test(.enabled(if: SharedCorpus.available, "../shared is absent"), arguments: RoundTrip.Format.allCases)
    func corpusRoundTrips(_ format: RoundTrip.Format) {
        let files = SharedCorpus.xmlFiles()
        let docs = Self.documents(files)
        #expect(docs.count == files.count, "every corpus file reads")
        #expect(docs.count >= 500)
        var failures: [String] = []
        for (name, x) in docs {
            if let problem = RoundTrip.check(x, format) { failures.append("\(name): \(problem)") }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(docs.count) failed; first: \(failures.prefix(3).joined(separator: "\n"))")
    }

    @Test(arguments: RoundTrip.Format.allCases)
    func fixturesRoundTrip(_ format: RoundTrip.Format) {
        let files = SharedCorpus.files(in: Paths.fixtures, ending: ".xml")
            + SharedCorpus.files(in: Paths.fixtures.appendingPathComponent("xml"), ending: ".xml")
        for (name, x) in Self.documents(files) {
            #expect(RoundTrip.check(x, format) == nil, "\(name)")
        }
    }
}
