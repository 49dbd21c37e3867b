import Foundation
import Testing
import TestSupport
import Form4Core
@testable import Form4Text

/// The price-range reader that cuts words as it goes must answer as the one
/// that cuts every word first.
@Suite struct CrossChecksRangeTests {
    static func show(_ r: (DecimalText, DecimalText)?) -> String {
        r.map { "\($0.0.text)–\($0.1.text)" } ?? "none"
    }

    static func bothWays(_ text: String) -> (String, String) {
        (show(CrossChecks.range(in: text)), show(CrossChecks.wordListRange(in: text)))
    }

    @Test func statedRanges() {
        let cases: [(String, String)] = [
            ("The price reported is a weighted average. The shares were sold at prices ranging from $13.00 to $13.1063, inclusive. The reporting person undertakes to provide full information.", "13.00–13.1063"),
            ("Sold in multiple trades at prices BETWEEN $1,020.50 AND $1,000.25.", "1000.25–1020.50"),
            ("Prices ranged from $5.10 - $5.30.", "5.10–5.30"),
            ("No range here: $5.10, $5.30 paid.", "none"),
            ("Range $5.10 then $5.20 then to $5.30.", "5.20–5.30"),
            ("The shares were held by a trust.", "none"),
            ("Ranging from $7 to $8.", "7–8"),
        ]
        for (text, want) in cases {
            let (now, slow) = Self.bothWays(text)
            #expect(now == want, "\(text)")
            #expect(now == slow, "\(text)")
        }
    }

    /// Texts the byte cut leaves to the character cut (a combining mark after a
    /// space, CR LF), non-ASCII amounts, and words that only look like prices.
    @Test func unusualTexts() {
        let texts = [
            "prices ranging from $1.00 to \u{301}$2.00",
            "prices ranging from\r\n$1.00 to $2.00",
            "prices ranging from $1.00\nto $2.00",
            "prices ranging from $１.00 to $2.00",
            "prices ranging from $1.00é to $2.00",
            "prices ranging from $ to $ and $3 to $4",
            "prices ranging from $1,2,3 to $4.",
            "from $\u{301}1 to $2 and $3",
            "",
            "$1 to $2",
        ]
        for text in texts {
            let (now, slow) = Self.bothWays(text)
            #expect(now == slow, "\(Array(text.unicodeScalars))")
        }
    }

    /// The byte cut applies unless a space or line feed is followed by a byte
    /// past ASCII or a carriage return by a line feed; the scan passes eight
    /// bytes at a time over text with neither, so put them at every offset.
    @Test func byteCutAppliesExactlyWhenItShould() {
        func applies(_ text: String) -> Bool {
            let b = Array(text.utf8)
            for i in b.indices where b[i] == 0x20 || b[i] == 0x0A {
                if i + 1 < b.count && b[i + 1] >= 0x80 { return false }
                if b[i] == 0x0A && i > 0 && b[i - 1] == 0x0D { return false }
            }
            return true
        }
        let pieces = [" é", "\né", "é", "\r\n", "\r", "\n\r", "a\u{301}", " \u{301}", "\r\r\n", "—"]
        var checked = 0
        for piece in pieces {
            for k in 0..<20 {
                for tail in ["", " ranging from $1 to $2", "abcdefghijklmnopq"] {
                    let text = String(repeating: "x", count: k) + piece + tail
                    #expect((CrossChecks.byteCutRange(in: text) != nil) == applies(text), "\(Array(text.utf8))")
                    checked += 1
                }
            }
        }
        #expect(checked == 600)
    }

    @Test(.enabled(if: SharedCorpus.available)) func corpusFootnotes() throws {
        var compared = 0, ranges = 0
        for url in SharedCorpus.xmlFiles() {
            let read = try OwnershipXMLReader.read(bytes: Array(try Data(contentsOf: url)), name: url.lastPathComponent)
            for text in read.document.footnotes.map(\.text) + [read.document.remarks ?? ""] {
                let (now, slow) = Self.bothWays(text)
                #expect(now == slow, "\(url.lastPathComponent): \(text.prefix(80))")
                compared += 1
                if now != "none" { ranges += 1 }
            }
        }
        #expect(compared > 500 && ranges > 20)
    }
}
