/// Builds indented XML text, one value per line, escaping as EDGAR asks
/// (`& < > "`). EDGAR counts white space inside an element towards its length,
/// so a value is always written on the same line as its tags.
///
/// It appends UTF-8 bytes: element names are static, and most values need no
/// escaping at all, so a value is usually one bulk copy. Building a `String`
/// piece by piece cost more than validating the document did.
struct XMLTextBuilder {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether every value written so far reads back as written (see ``escape(_:into:)``).
    private(set) var readsBack = true

    init() {
        bytes.reserveCapacity(8192)
        raw("<?xml version=\"1.0\"?>\n")
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func open(_ name: StaticString) {
        indent()
        tag(name)
        bytes.append(0x0A)
        depth += 1
    }

    mutating func close(_ name: StaticString) {
        depth -= 1
        indent()
        closingTag(name)
        bytes.append(0x0A)
    }

    mutating func leaf(_ name: StaticString, _ value: String) {
        indent()
        tag(name)
        readsBack = Self.escape(value, into: &bytes) && readsBack
        closingTag(name)
        bytes.append(0x0A)
    }

    mutating func empty(_ name: StaticString, attribute: StaticString, value: String) {
        indent()
        bytes.append(0x3C)
        raw(name)
        bytes.append(0x20)
        raw(attribute)
        raw("=\"")
        readsBack = Self.escape(value, into: &bytes, attribute: true) && readsBack
        raw("\"/>\n")
    }

    /// An element with an attribute and text content (`<footnote id="F1">…</footnote>`).
    mutating func leaf(_ name: StaticString, attribute: StaticString, value attributeValue: String, text content: String) {
        indent()
        bytes.append(0x3C)
        raw(name)
        bytes.append(0x20)
        raw(attribute)
        raw("=\"")
        readsBack = Self.escape(attributeValue, into: &bytes, attribute: true) && readsBack
        raw("\">")
        readsBack = Self.escape(content, into: &bytes) && readsBack
        closingTag(name)
        bytes.append(0x0A)
    }

    private mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func tag(_ name: StaticString) {
        bytes.append(0x3C)
        raw(name)
        bytes.append(0x3E)
    }

    private mutating func closingTag(_ name: StaticString) {
        raw("</")
        raw(name)
        bytes.append(0x3E)
    }

    private mutating func indent() {
        // One copy of the whole indentation (four spaces a level) instead of a
        // copy per level.
        let width = depth * 4
        if width <= Self.spaces.count {
            Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<width])) }
        } else {
            for _ in 0..<depth { raw("    ") }
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    /// Escapes markup characters; drops the control characters XML 1.0 cannot
    /// carry at all (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF,
    /// which are EF BF BE and EF BF BF in UTF-8).
    ///
    /// Returns whether a reader gets `value` back unchanged: it is not empty,
    /// has no XML white space at either end (readers trim), and holds no C0
    /// control (dropped here, or normalised by the parser: CR to LF, and in an
    /// `attribute` value tab and LF to a space) other than a tab or LF inside
    /// text, and no U+FFFE or U+FFFF. Where unsure it says false, which only
    /// costs the caller a slower check.
    @discardableResult
    static func escape(_ value: String, into out: inout [UInt8], attribute: Bool = false) -> Bool {
        var value = value
        return value.withUTF8 { u -> Bool in
            var clean = true
            for b in u where b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0xEF {
                clean = false
                break
            }
            guard let first = u.first, let last = u.last else { return false }
            let trimmed = first > 0x20 && last > 0x20
            if clean {
                out.append(contentsOf: u)
                return trimmed
            }
            var readsBack = trimmed
            var i = 0
            while i < u.count {
                let b = u[i]
                switch b {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                case 0x09, 0x0A:
                    out.append(b)
                    if attribute { readsBack = false }
                case 0x0D:
                    out.append(b)
                    readsBack = false
                case 0..<0x20: readsBack = false
                case 0xEF where i + 2 < u.count && u[i + 1] == 0xBF && (u[i + 2] == 0xBE || u[i + 2] == 0xBF):
                    i += 2
                    readsBack = false
                default: out.append(b)
                }
                i += 1
            }
            return readsBack
        }
    }
}
