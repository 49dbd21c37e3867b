import LibXML

/// Supplies the column of a diagnostic that has only a line.
///
/// libxml2 keeps a line per node but no column, and users' editors jump
/// better to `line:col`. The element a diagnostic is about is known (from its
/// path or libxml2's message), so its start tag is looked up on that line.
struct ColumnFinder {
    let bytes: [UInt8]

    func fill(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnostics.contains(where: { ($0.location?.column ?? 1) == 0 }) else { return diagnostics }
        let starts = lineStarts()
        return diagnostics.map { d in
            guard var location = d.location, location.column == 0, location.line > 0,
                location.line <= starts.count
            else { return d }
            let start = starts[location.line - 1]
            let end = location.line < starts.count ? starts[location.line] : bytes.count
            location.column = column(of: elementName(d), in: start..<end) ?? firstNonSpace(in: start..<end)
            var d = d
            d.location = location
            return d
        }
    }

    /// Where each line begins. Line feeds are found with `memchr` (this runs on every
    /// document `encode` checks, and a byte loop cost more than the rest of the filling).
    private func lineStarts() -> [Int] {
        var starts = [0]
        let b = bytes.span
        var i = 0
        while let at = b.firstOffset(of: 0x0A, from: i) {
            starts.append(at + 1)
            i = at + 1
        }
        return starts
    }

    /// The element named by the diagnostic: libxml2 says "Element 'x': …"; rules give a path.
    private func elementName(_ d: Diagnostic) -> String? {
        if d.message.hasPrefix("Element '") {
            let rest = d.message.dropFirst("Element '".count)
            if let end = rest.firstIndex(of: "'") { return String(rest[..<end]) }
        }
        guard let path = d.path, let last = path.split(separator: "/").last else { return nil }
        return String(last.split(separator: "[").first ?? last)
    }

    private func column(of name: String?, in range: Range<Int>) -> Int? {
        guard let name else { return nil }
        let pattern = Array(("<" + name).utf8)
        var i = range.lowerBound
        while i + pattern.count <= range.upperBound {
            if bytes[i] == pattern[0], Array(bytes[i..<i + pattern.count]) == pattern {
                let after = i + pattern.count
                if after >= range.upperBound || [0x20, 0x3E, 0x2F, 0x09, 0x0A, 0x0D].contains(bytes[after]) {
                    return characterColumn(from: range.lowerBound, to: i)
                }
            }
            i += 1
        }
        return nil
    }

    private func firstNonSpace(in range: Range<Int>) -> Int {
        var i = range.lowerBound
        while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        return i < range.upperBound ? characterColumn(from: range.lowerBound, to: i) : 1
    }

    /// 1-based column counted in characters (UTF-8 continuation bytes do not count).
    private func characterColumn(from start: Int, to index: Int) -> Int {
        var column = 1
        for i in start..<index where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return column
    }
}
