/// A fixed list of phrases looked for in a text in one pass over its UTF-8
/// bytes.
///
/// Several readers ask every line "does it hold any of these phrases?"
/// (header phrases, box labels). Asking phrase by phrase through
/// Foundation's `contains` cost more than the rest of `encode`; here the
/// phrases are indexed by their first byte once, and each byte of the line
/// is looked at once, comparing only the phrases that start with it.
///
/// The match is on bytes: an ASCII phrase is found wherever its bytes are,
/// as `StringProtocol.has(_:)` does.
struct PhraseSet: Sendable {
    let phrases: [[UInt8]]
    /// For each byte value, the indexes of the phrases that start with it.
    private let byFirstByte: [[Int]]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.utf8) }
        var index = Array(repeating: [Int](), count: 256)
        for (k, p) in self.phrases.enumerated() {
            if let first = p.first { index[Int(first)].append(k) }
        }
        byFirstByte = index
    }

    /// True when the text holds at least one of the phrases.
    func matchesAny(in text: some StringProtocol) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ firstMatch(in: $0) }) { return found != nil }
        return Array(text.utf8).withUnsafeBufferPointer { firstMatch(in: $0) } != nil
    }

    /// The index (in `phrases`) of the phrase found first scanning from the
    /// start; at one position, the first listed.
    func firstMatch(in h: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = h.count
        var i = 0
        while i < count {
            for k in byFirstByte[Int(h[i])] {
                let p = phrases[k]
                guard i + p.count <= count else { continue }
                var j = 1
                while j < p.count && h[i + j] == p[j] { j += 1 }
                if j == p.count { return k }
            }
            i += 1
        }
        return nil
    }
}
