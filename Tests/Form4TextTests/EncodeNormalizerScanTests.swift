import Testing
@testable import Form4Text

/// `LooseNormalizer.workOnBytes` passes over eight bytes at a time: every byte
/// the line test acts on, at every position of a word and of the tail, and the
/// `$^{` opening across a word boundary, must give the byte-by-byte answer.
@Suite struct EncodeNormalizerScanTests {
    static func bothAnswers(_ bytes: [UInt8]) -> (LooseNormalizer.Work, LooseNormalizer.Work) {
        (LooseNormalizer.workOnBytes(bytes.span), LooseNormalizer.work(bytes))
    }

    @Test func everyActedOnByteAtEveryPositionMatchesTheByteScan() {
        let specials: [UInt8] = [0x80, 0xC3, 0xFF, 0x5C, 0x3C, 0x5B, 0x5F, 0x0C, 0x7B, 0x2A]
        var mismatches: [[UInt8]] = []
        var fullSeen = 0, starsSeen = 0
        for length in 1...26 {
            for position in 0..<length {
                for special in specials {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = special
                    let (fast, slow) = Self.bothAnswers(bytes)
                    if fast != slow { mismatches.append(bytes) }
                    if slow == .full { fullSeen += 1 }
                    if slow == .stars { starsSeen += 1 }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        // The cases cover all three answers.
        #expect(fullSeen > 0 && starsSeen > 0)
    }

    /// "$^{" opens markup wherever it falls, across word boundaries too; "{"
    /// without it, and "$^" without "{", do not.
    @Test func dollarCaretBraceAcrossWordBoundaries() {
        for length in 3...24 {
            for start in 0...(length - 3) {
                var bytes = [UInt8](repeating: UInt8(ascii: " "), count: length)
                bytes[start] = UInt8(ascii: "$")
                bytes[start + 1] = UInt8(ascii: "^")
                bytes[start + 2] = UInt8(ascii: "{")
                let (fast, slow) = Self.bothAnswers(bytes)
                #expect(fast == slow && slow == .full, "\(bytes)")
                bytes[start + 1] = UInt8(ascii: "x")
                let (fast2, slow2) = Self.bothAnswers(bytes)
                #expect(fast2 == slow2 && slow2 == .none, "\(bytes)")
            }
        }
    }

    @Test func randomLinesMatchTheByteScan() {
        let alphabet: [UInt8] = Array("ab $^{*<[_\\ 12,.".utf8) + [0x0C, 0xC3, 0xA9]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<length).map { _ in
                // Mostly plain letters, so that clean words occur between the others.
                Int.random(in: 0..<4, using: &generator) == 0
                    ? alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] : UInt8(ascii: "a")
            }
            let (fast, slow) = Self.bothAnswers(bytes)
            #expect(fast == slow, "\(bytes)")
        }
    }
}
