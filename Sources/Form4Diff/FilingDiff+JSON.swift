/// The report for programs: `{"changes": [...], "new": ..., "old": ..., "same": ...}`
/// with keys sorted and values as written in each file, written by hand so
/// the bytes are the same on every run and every platform.
extension FilingDiff {
    public func json() -> String {
        var out = "{\n  \"changes\" : ["
        for (i, change) in changes.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            out += "    {\n"
            out += "      \"kind\" : \(Self.quote(change.kind.rawValue)),\n"
            out += "      \"new\" : \(change.new.map(Self.quote) ?? "null"),\n"
            out += "      \"old\" : \(change.old.map(Self.quote) ?? "null"),\n"
            out += "      \"path\" : \(Self.quote(change.path))\n"
            out += "    }"
        }
        out += changes.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"new\" : \(Self.quote(newName)),\n"
        out += "  \"old\" : \(Self.quote(oldName)),\n"
        out += "  \"same\" : \(isSame)\n}\n"
        return out
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
