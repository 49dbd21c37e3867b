/// Builds indented XML text, one value per line, escaping as EDGAR asks
/// (`& < > "`). EDGAR counts white space inside an element towards its length,
/// so a value is always written on the same line as its tags.
struct XMLTextBuilder {
    private(set) var text = ""
    private var depth = 0

    init() {
        text.reserveCapacity(8192)
        text += "<?xml version=\"1.0\"?>\n"
    }

    mutating func open(_ name: String) {
        indent()
        text += "<\(name)>\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        text += "</\(name)>\n"
    }

    mutating func leaf(_ name: String, _ value: String) {
        indent()
        text += "<\(name)>"
        Self.escape(value, into: &text)
        text += "</\(name)>\n"
    }

    mutating func empty(_ name: String, attribute: String, value: String) {
        indent()
        text += "<\(name) \(attribute)=\""
        Self.escape(value, into: &text)
        text += "\"/>\n"
    }

    /// An element with an attribute and text content (`<footnote id="F1">…</footnote>`).
    mutating func leaf(_ name: String, attribute: String, value attributeValue: String, text content: String) {
        indent()
        text += "<\(name) \(attribute)=\""
        Self.escape(attributeValue, into: &text)
        text += "\">"
        Self.escape(content, into: &text)
        text += "</\(name)>\n"
    }

    private mutating func indent() {
        text += String(repeating: "    ", count: depth)
    }

    /// Escapes markup characters; drops the control characters XML 1.0 cannot carry at all.
    static func escape(_ value: String, into out: inout String) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
    }
}
