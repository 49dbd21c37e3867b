/// Substring search over UTF-8 bytes.
///
/// With Foundation imported, `String.contains(_:)` goes through CFString and
/// costs more than everything else `encode` does; every line of a filing is
/// asked about several phrases, so this plain byte loop is used instead.
extension StringProtocol {
    func has(_ needle: String) -> Bool {
        // The needle is read in place (it is a literal: no array per call).
        if let found = needle.utf8.withContiguousStorageIfAvailable({ n in hasBytes(n) }) { return found }
        return Array(needle.utf8).withUnsafeBufferPointer { hasBytes($0) }
    }

    private func hasBytes(_ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = n.first else { return true }
        if let found = utf8.withContiguousStorageIfAvailable({ h in StringSearch.find(n, first, in: h) }) {
            return found
        }
        return Array(utf8).withUnsafeBufferPointer { StringSearch.find(n, first, in: $0) }
    }
}

enum StringSearch {
    @inline(__always)
    static func find(_ n: UnsafeBufferPointer<UInt8>, _ first: UInt8, in h: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = n.count
        guard h.count >= count else { return false }
        var i = 0
        let last = h.count - count
        while i <= last {
            if h[i] == first {
                var j = 1
                while j < count && h[i + j] == n[j] { j += 1 }
                if j == count { return true }
            }
            i += 1
        }
        return false
    }
}
