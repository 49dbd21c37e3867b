import Testing
@testable import Form4Core

/// The escape's eight-bytes-at-a-time test must flag a word exactly when one
/// of its bytes would be looked at one by one.
@Suite struct XMLTextBuilderEscapeTests {
    static func looked(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0xEF
    }

    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    @Test func everyByteAtEveryPlace() {
        for filler: UInt8 in [0x20, 0x41, 0x7F, 0x80, 0xC3, 0xEE, 0xF0, 0xFF, 0x21, 0x3D] {
            for b in 0...255 {
                for place in 0..<8 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[place] = UInt8(b)
                    let expected = bytes.contains(where: Self.looked)
                    #expect(XMLTextBuilder.needsLook(Self.word(bytes)) == expected, "\(bytes)")
                }
            }
        }
    }

    @Test func randomWords() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<200_000 {
            let bytes = (0..<8).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            #expect(XMLTextBuilder.needsLook(Self.word(bytes)) == bytes.contains(where: Self.looked), "\(bytes)")
        }
    }

    /// Values long enough for the word test, with every looked-at byte in them
    /// at every place of a word: escaped as one byte at a time would.
    @Test func longValuesEscapeAsByteByByte() {
        let specials: [String] = ["&", "<", ">", "\"", "\n", "\t", "\r", "\u{1}", "\u{FFFE}", "\u{FFFF}", "ï", "é"]
        for s in specials {
            for pad in 0..<9 {
                let value = String(repeating: "a", count: pad) + s + String(repeating: "b", count: 20) + s + "c"
                var out: [UInt8] = []
                let readsBack = XMLTextBuilder.escape(value, into: &out)
                var expected: [UInt8] = []
                // Readers trim: white space at either end does not read back.
                var expectedReadsBack = value.utf8.first! > 0x20 && value.utf8.last! > 0x20
                for scalar in value.unicodeScalars {
                    switch scalar {
                    case "&": expected += Array("&amp;".utf8)
                    case "<": expected += Array("&lt;".utf8)
                    case ">": expected += Array("&gt;".utf8)
                    case "\"": expected += Array("&quot;".utf8)
                    case "\n", "\t": expected += Array(String(scalar).utf8)
                    case "\r":
                        expected += [0x0D]
                        expectedReadsBack = false
                    case "\u{FFFE}", "\u{FFFF}": expectedReadsBack = false
                    default:
                        if scalar.value < 0x20 { expectedReadsBack = false } else { expected += Array(String(scalar).utf8) }
                    }
                }
                #expect(out == expected, "\(Array(value.utf8))")
                #expect(readsBack == expectedReadsBack, "\(Array(value.utf8))")
            }
        }
    }
}
