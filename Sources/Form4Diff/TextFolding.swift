/// Small text helpers that the comparison and its labels share, written over
/// UTF-8 bytes or characters without `Regex`, since they run on every field.
enum TextFolding {
    /// Collapses every run of XML white space (space, tab, CR, LF) to one
    /// space and trims both ends: line breaks and indentation inside a
    /// footnote or a remark are layout, not content.
    static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for byte in s.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Folded and lower-cased, for matching names and titles where case is noise.
    static func key(_ s: String) -> String { fold(s).lowercased() }

    static func strippingLeadingZeros(_ s: String) -> String {
        let trimmed = s.drop { $0 == "0" }
        return trimmed.isEmpty && !s.isEmpty ? "0" : String(trimmed)
    }

    /// `37400.00` → `37,400.00`: the integer part grouped in thousands the way
    /// the form prints amounts, the fraction kept as written.
    static func grouped(_ number: String) -> String {
        var body = Substring(number)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        let point = body.firstIndex(of: ".")
        let integer = Array(point.map { body[..<$0] } ?? body)
        let rest = point.map { String(body[$0...]) } ?? ""
        var out = ""
        for (i, ch) in integer.enumerated() {
            if i > 0 && (integer.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return sign + out + rest
    }
}
