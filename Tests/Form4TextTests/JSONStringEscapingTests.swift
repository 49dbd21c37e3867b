import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// `JSONStream.string` decides eight bytes at a time whether a string needs
/// escaping: each escapable byte, at every position of a word and of the tail,
/// must still be escaped as Foundation escapes it.
@Suite struct JSONStringEscapingTests {
    @Test func everyEscapableByteAtEveryPositionMatchesJSONEncoder() {
        let specials: [Character] = ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "\r", "\u{0C}", "\u{08}"]
        var mismatches: [String] = []
        for length in 1...20 {
            for position in 0..<length {
                for special in specials {
                    var text = String(repeating: "a", count: length)
                    let index = text.index(text.startIndex, offsetBy: position)
                    text.replaceSubrange(index...index, with: String(special))
                    let d = OwnershipDocument(documentType: "4", issuer: Issuer(issuerName: text))
                    if JSONRenderer.json(d) != DecodeRenderer.foundationJSON(d) { mismatches.append(text.debugDescription) }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// Bytes just above the escaped ones (space, `#`, `]`, non-ASCII) stay as they are.
    @Test func neighboursOfEscapableBytesAreWrittenPlain() {
        let text = " #]!~é北 #]!~é北 #]!~"
        let d = OwnershipDocument(documentType: "4", issuer: Issuer(issuerName: text))
        #expect(JSONRenderer.json(d) == DecodeRenderer.foundationJSON(d))
        #expect(JSONRenderer.json(d).contains("\"\(text)\""))
    }
}
