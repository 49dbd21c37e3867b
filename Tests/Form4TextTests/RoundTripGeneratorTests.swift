import Form4Core
import Testing
@testable import Form4Text

/// Both round-trip laws on a few hundred generated documents, each format:
/// read(render(x)) has x's fields, and render(read(render(x))) is render(x) byte for byte.
@Suite struct RoundTripGeneratorTests {
    static let seeds: [UInt64] = Array(0..<300)

    @Test(arguments: RoundTrip.Format.allCases)
    func generatedDocumentsRoundTrip(_ format: RoundTrip.Format) {
        var failures: [String] = []
        for seed in Self.seeds {
            let x = DocumentGenerator.document(seed: seed)
            if let problem = RoundTrip.check(x, format) { failures.append("seed \(seed): \(problem)") }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.seeds.count) failed; first: \(failures.prefix(3).joined(separator: "\n"))")
    }
}
