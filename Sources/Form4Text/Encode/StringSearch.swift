import LibXML

/// Substring search over UTF-8 bytes.
///
/// With Foundation imported, `String.contains(_:)` goes through CFString and
/// costs more than everything else `encode` does; every line of a filing is
/// asked about several phrases, so this plain byte loop is used instead.
extension StringProtocol {
    func has(_ needle: String) -> Bool {
        // The needle is read in place (it is a literal: no array per call).
        let n = needle.utf8.span
        guard !n.isEmpty else { return true }
        if let found = withByteSpan({ h in StringSearch.find(n, n[0], in: h) }) { return found }
        let bytes = Array(utf8)
        return StringSearch.find(n, n[0], in: bytes.span)
    }
}

/// ``StringProtocol/has(_:)`` on the two concrete types it is asked of
/// most (no cast to find the bytes).
extension String {
    func has(_ needle: String) -> Bool {
        let n = needle.utf8.span
        guard !n.isEmpty else { return true }
        return StringSearch.find(n, n[0], in: utf8.span)
    }
}

extension Substring {
    func has(_ needle: String) -> Bool {
        let n = needle.utf8.span
        guard !n.isEmpty else { return true }
        return StringSearch.find(n, n[0], in: utf8.span)
    }
}

enum StringSearch {
    @inline(__always)
    static func find(_ n: Span<UInt8>, _ first: UInt8, in h: Span<UInt8>) -> Bool {
        firstOffset(of: n, first, in: h) != nil
    }

    /// The byte offset in `h` where `n` (whose first byte is `first`) first occurs.
    ///
    /// The needle's first byte is looked for with ``Swift/Span/firstOffset(of:from:through:)``
    /// (a byte loop here was the largest single cost of reading a text's lines).
    @inline(__always)
    static func firstOffset(of n: Span<UInt8>, _ first: UInt8, in h: Span<UInt8>) -> Int? {
        let count = n.count
        guard h.count >= count, count > 0 else { return nil }
        let last = h.count - count
        var i = 0
        while let hit = h.firstOffset(of: first, from: i, through: last) {
            var j = 1
            while j < count && h[hit + j] == n[j] { j += 1 }
            if j == count { return hit }
            i = hit + 1
        }
        return nil
    }
}

extension StringProtocol {
    /// `firstRange(of:)` for an ASCII phrase, found on bytes.
    ///
    /// A byte match is the `Character` match unless a non-ASCII byte touches
    /// it (a combining mark after it makes its last character another one);
    /// then the `Character` search decides.
    func firstRange(ofPhrase phrase: String) -> Range<Index>? {
        firstRange(ofPhrase: phrase, bytes: Array(phrase.utf8))
    }

    /// ``firstRange(ofPhrase:)`` with the phrase's bytes made once by the
    /// caller (`n` is `phrase.utf8`), for phrases asked of many lines.
    func firstRange(ofPhrase phrase: String, bytes n: [UInt8]) -> Range<Index>? {
        let scan = { (h: Span<UInt8>) -> Int?? in
            guard let first = n.first, h.count >= n.count else { return .some(nil) }
            var i = 0
            while i <= h.count - n.count {
                if h[i] == first {
                    var j = 1
                    while j < n.count && h[i + j] == n[j] { j += 1 }
                    if j == n.count {
                        if (i > 0 && h[i - 1] >= 0x80) || (i + n.count < h.count && h[i + n.count] >= 0x80) { return nil }
                        return .some(i)
                    }
                }
                i += 1
            }
            return .some(nil)
        }
        if let scanned = withByteSpan(scan), let found = scanned {
            guard let offset = found else { return nil }
            let lo = utf8.index(startIndex, offsetBy: offset)
            return lo..<utf8.index(lo, offsetBy: n.count)
        }
        return firstRange(of: phrase)
    }
}

extension String {
    /// `self == word` for a short ASCII word ("O", "|", "due", "Code"), asked of
    /// the tokens of every row: the byte counts first. Only three characters
    /// outside ASCII are canonically equivalent to ASCII ones (the Kelvin sign
    /// to "K", the Greek question mark to ";", the Greek varia to "`"), so for
    /// a word without those a string of another byte count never equals it;
    /// the library's comparison of two unequal strings is a call into the runtime.
    @inline(__always) func isASCIIWord(_ word: String) -> Bool {
        utf8.count == word.utf8.count && self == word
    }
}
