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
    /// The phrases' bytes one after the other: phrase k is `bytes[offsets[k]..<offsets[k + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]
    /// The phrase indexes ordered by first byte: those starting with byte c
    /// are `order[starts[c]..<starts[c + 1]]`, in the order listed.
    private let order: [Int]
    private let starts: [Int]
    /// 1 at byte c when a phrase starts with c (a line's other bytes are passed over at once).
    private let firstBytes: [UInt8]

    init(_ phrases: [String]) {
        precondition(phrases.count <= 64, "allMatches reports at most 64 phrases")
        self.phrases = phrases.map { Array($0.utf8) }
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        for p in self.phrases {
            bytes.append(contentsOf: p)
            offsets.append(bytes.count)
        }
        var order: [Int] = []
        var starts: [Int] = []
        var firsts = [UInt8](repeating: 0, count: 256)
        for c in 0..<256 {
            starts.append(order.count)
            for (k, p) in self.phrases.enumerated() where p.first == UInt8(c) {
                order.append(k)
                firsts[c] = 1
            }
        }
        starts.append(order.count)
        self.bytes = bytes
        self.offsets = offsets
        self.order = order
        self.starts = starts
        firstBytes = firsts
    }

    /// True when the text holds at least one of the phrases.
    func matchesAny(in text: some StringProtocol) -> Bool {
        if let found = text.withByteSpan({ firstMatch(in: $0) }) { return found != nil }
        let copy = Array(text.utf8)
        return firstMatch(in: copy.span) != nil
    }

    /// ``matchesAny(in:)`` for a `String`.
    func matchesAny(in text: String) -> Bool {
        firstMatch(in: text.utf8.span) != nil
    }

    /// Which phrases the text holds, as a set of their indexes (bit k for
    /// phrase k; at most 64 phrases).
    func allMatches(in text: some StringProtocol) -> UInt64 {
        if let found = text.withByteSpan({ allMatches(bytes: $0) }) { return found }
        let copy = Array(text.utf8)
        return allMatches(bytes: copy.span)
    }

    /// ``allMatches(in:)`` for a `String`.
    func allMatches(in text: String) -> UInt64 {
        allMatches(bytes: text.utf8.span)
    }

    /// The set of ``allMatches(in:)`` on bytes.
    func allMatches(bytes h: Span<UInt8>) -> UInt64 {
        let all = bytes.span, offsets = offsets.span, order = order.span, starts = starts.span, firsts = firstBytes.span
        var found: UInt64 = 0
        let count = h.count
        for i in h.indices where firsts[Int(h[i])] != 0 {
            let c = Int(h[i])
            for j in starts[c]..<starts[c + 1] {
                let k = order[j]
                guard found & (1 << UInt64(k)) == 0 else { continue }
                let lo = offsets[k], length = offsets[k + 1] - lo
                guard i + length <= count else { continue }
                var m = 1
                while m < length && h[i + m] == all[lo + m] { m += 1 }
                if m == length { found |= 1 << UInt64(k) }
            }
        }
        return found
    }

    /// The index (in `phrases`) of the phrase found first scanning from the
    /// start; at one position, the first listed.
    func firstMatch(in h: Span<UInt8>) -> Int? {
        let all = bytes.span, offsets = offsets.span, order = order.span, starts = starts.span, firsts = firstBytes.span
        let count = h.count
        for i in h.indices where firsts[Int(h[i])] != 0 {
            let c = Int(h[i])
            for j in starts[c]..<starts[c + 1] {
                let k = order[j]
                let lo = offsets[k], length = offsets[k + 1] - lo
                guard i + length <= count else { continue }
                var m = 1
                while m < length && h[i + m] == all[lo + m] { m += 1 }
                if m == length { return k }
            }
        }
        return nil
    }
}
