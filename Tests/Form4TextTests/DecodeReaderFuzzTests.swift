import Form4Core
import Testing
@testable import Form4Text

/// The reader never crashes or hangs, whatever a person (or a broken tool) does to the text,
/// and every diagnostic it gives points at a line that exists.
@Suite struct DecodeReaderFuzzTests {
    static let noise: [String] = ["|", "||", "\\", "(", ")", "(1)", "(^", "[X]", "[ ]", ":", "-", "\"\"", "$", "#", "- ",
                                  "Reporting person 0", "Reporting person 99999999999999999999", "Table I - x",
                                  "Transactions:", "Holdings:", "(none)", "(omitted)", "Not stated: Director, Nobody",
                                  "Date:", "Good address: maybe", "3. Date (MM/DD/YYYY): 99/99/9999", "é", "\u{0}", "\r"]

    static func mutate(_ text: String, seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<random.int(1...12) {
            guard !lines.isEmpty else { break }
            let i = random.below(lines.count)
            switch random.below(6) {
            case 0: lines.remove(at: i)
            case 1: lines.insert(lines[random.below(lines.count)], at: i)
            case 2: lines[i] = random.pick(noise) + lines[i]
            case 3: lines[i] += random.pick(noise)
            case 4:
                var chars = Array(lines[i])
                if !chars.isEmpty { chars.remove(at: random.below(chars.count)) }
                lines[i] = String(chars)
            default: lines.swapAt(i, random.below(lines.count))
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func mutatedTextsReadWithoutCrashing() {
        var diagnosticsSeen = 0
        for seed: UInt64 in 0..<150 {
            let d = DocumentGenerator.document(seed: seed)
            for markdown in [false, true] {
                let text = Self.mutate(CanonicalTextRenderer(markdown: markdown).render(d), seed: seed &* 31 &+ (markdown ? 1 : 0))
                let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
                let read = CanonicalTextReader.readResult(text, name: "fuzz")
                diagnosticsSeen += read.diagnostics.count
                for diagnostic in read.diagnostics {
                    let line = diagnostic.location?.line ?? 0
                    #expect(line >= 1 && line <= lineCount, "seed \(seed): \(diagnostic.formatted())")
                }
                // What was read renders and reads again without trouble.
                let again = CanonicalTextReader.readResult(CanonicalTextRenderer.text(read.document), name: "again")
                #expect(RoundTrip.firstDifference(RoundTrip.fields(read.document), RoundTrip.fields(again.document)) == nil,
                        "seed \(seed) markdown \(markdown)")
            }
        }
        #expect(diagnosticsSeen > 0, "the mutations produce texts the reader reports on")
    }

    @Test func randomBytesReadWithoutCrashing() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let bytes = (0..<random.int(0...400)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            _ = CanonicalTextReader.readResult(String(decoding: bytes, as: UTF8.self), name: "bytes")
            _ = CanonicalTextReader.looksCanonical(String(decoding: bytes, as: UTF8.self))
        }
        let deep = String(repeating: "[", count: 100_000)
        #expect(CanonicalTextReader.readResult("{\"a\":" + deep, name: "deep.json").diagnostics.first?.rule == "JSON")
    }
}
