import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// The hand-written JSON writer must be byte-identical to Foundation's encoder
/// of the Codable model, so there is one project JSON whichever writes it.
@Suite struct DecodeJSONTests {
    @Test func generatedDocumentsMatchJSONEncoder() {
        var mismatches: [UInt64] = []
        for seed: UInt64 in 0..<300 {
            let d = DocumentGenerator.document(seed: seed)
            if JSONRenderer.json(d) != DecodeRenderer.foundationJSON(d) { mismatches.append(seed) }
        }
        #expect(mismatches.isEmpty, "seeds \(mismatches.prefix(10))")
    }

    @Test(.enabled(if: SharedCorpus.available, "../shared is absent"))
    func corpusDocumentsMatchJSONEncoder() throws {
        var mismatches: [String] = []
        var count = 0
        for url in SharedCorpus.xmlFiles() {
            let d = try OwnershipXMLReader.read(bytes: Array(Data(contentsOf: url)), name: url.lastPathComponent).document
            count += 1
            if JSONRenderer.json(d) != DecodeRenderer.foundationJSON(d) { mismatches.append(url.lastPathComponent) }
        }
        #expect(count >= 500)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func escapesControlCharactersAndKeepsNonASCII() throws {
        var d = OwnershipDocument(documentType: "4", issuer: Issuer(issuerName: "Tab\there \"q\" \\ /slash é 北 \u{01}"))
        d.remarks = "line 1\nline 2\r\u{0C}"
        #expect(JSONRenderer.json(d) == DecodeRenderer.foundationJSON(d))
        let back = try JSONDecoder().decode(OwnershipDocument.self, from: Data(JSONRenderer.json(d).utf8))
        #expect(back == d)
    }
}
