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
        precondition(phrases.count <= 64, "allMatches reports at most 64 phrases")
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

    /// Which phrases the text holds, as a set of their indexes (bit k for
    /// phrase k; at most 64 phrases).
    func allMatches(in text: some StringProtocol) -> UInt64 {
        func scan(_ h: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var found: UInt64 = 0
            let count = h.count
            for i in 0..<count {
                for k in byFirstByte[Int(h[i])] where found & (1 << UInt64(k)) == 0 {
                    let p = phrases[k]
                    guard i + p.count <= count else { continue }
                    var j = 1
                    while j < p.count && h[i + j] == p[j] { j += 1 }
                    if j == p.count { found |= 1 << UInt64(k) }
                }
            }
            return found
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
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
