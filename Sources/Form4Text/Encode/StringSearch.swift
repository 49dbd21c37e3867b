/// Substring search over UTF-8 bytes.
///
/// With Foundation imported, `String.contains(_:)` goes through CFString and
/// costs more than everything else `encode` does; every line of a filing is
/// asked about several phrases, so this plain byte loop is used instead.
extension StringProtocol {
    func has(_ needle: String) -> Bool {
        var needleBytes = needle
        return needleBytes.withUTF8 { n -> Bool in
            guard let first = n.first else { return true }
            let count = n.count
            var found = false
            var hay = String(self)
            hay.withUTF8 { h in
                guard h.count >= count else { return }
                var i = 0
                let last = h.count - count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < count && h[i + j] == n[j] { j += 1 }
                        if j == count { found = true; return }
                    }
                    i += 1
                }
            }
            return found
        }
    }
}
