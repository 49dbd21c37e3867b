import Form4Core

/// A character of the canonical text after backslash escapes are resolved,
/// remembering whether it was escaped (an escaped `|` is text, not a cell border;
/// an escaped `(` never starts a footnote reference).
struct EscapedChar: Equatable {
    var character: Character
    var escaped: Bool
}

/// The escaping rules shared by the text and markdown forms.
///
/// One rule covers both: a backslash before ASCII punctuation makes that
/// character literal. The text form escapes only what would otherwise be
/// misread (`\`, `|`, a trailing `(1)` that is part of a name); the markdown
/// form also escapes what markdown would format (`*`, `_`, `<`, …).
enum CanonicalEscaping {
    static func isASCIIPunctuation(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return (33...47).contains(a) || (58...64).contains(a) || (91...96).contains(a) || (123...126).contains(a)
    }

    static let markdownSpecials: Set<Character> = ["\\", "|", "*", "_", "`", "<", ">", "[", "]", "#"]

    /// Resolves escapes.
    static func unescape(_ s: some StringProtocol) -> [EscapedChar] {
        var out: [EscapedChar] = []
        var pendingBackslash = false
        for c in s {
            if pendingBackslash {
                pendingBackslash = false
                if isASCIIPunctuation(c) {
                    out.append(EscapedChar(character: c, escaped: true))
                    continue
                }
                out.append(EscapedChar(character: "\\", escaped: true))
            }
            if c == "\\" { pendingBackslash = true; continue }
            out.append(EscapedChar(character: c, escaped: false))
        }
        if pendingBackslash { out.append(EscapedChar(character: "\\", escaped: true)) }
        return out
    }

    static func string(_ chars: some Collection<EscapedChar>) -> String {
        String(chars.map(\.character))
    }

    /// White space folded to single spaces: what a one-line field can hold.
    static func fold(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
    }

    /// Escapes the characters that are special inside a value.
    static func escapeInline(_ s: String, markdown: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            if c == "\\" || c == "|" || (markdown && markdownSpecials.contains(c)) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// A table cell holding text: folded, escaped, and protected from being
    /// read as a footnote reference or as one of the `-` / `""` markers.
    static func escapeCellText(_ raw: String, markdown: Bool) -> String {
        let s = fold(raw)
        if s == "-" { return "\\-" }
        if s == "\"\"" { return "\\\"\"" }
        var escaped = escapeInline(s, markdown: markdown)
        if let open = trailingReferenceStart(escaped) {
            escaped.insert("\\", at: open)
        }
        return escaped
    }

    /// Where a trailing `(12)` or `(^id)` starts, if the text ends with one that a reader would take as a reference.
    static func trailingReferenceStart(_ s: String) -> String.Index? {
        guard s.last == ")", let open = s.lastIndex(of: "(") else { return nil }
        if open > s.startIndex, s[s.index(before: open)] == "\\" { return nil }
        let inner = s[s.index(after: open)..<s.index(before: s.endIndex)]
        return FootnoteReference.id(fromInner: inner) != nil ? open : nil
    }

    /// A line of free text (footnote, remarks): escaped, and protected from
    /// being read as a heading, a footnote start, a list item or a table row.
    /// The reader drops one leading backslash from every free-text line, so a
    /// protected line is simply prefixed with one.
    static func escapeFreeLine(_ line: String, markdown: Bool) -> String {
        let escaped = escapeInline(line, markdown: markdown)
        guard let first = escaped.first else { return escaped }
        let special: Set<Character> = ["\\", "(", "-", "*", "+", "#", "[", ">", "|", "!", "="]
        if special.contains(first) || first.isNumber || CanonicalHeading.classify(line) != nil {
            return "\\" + escaped
        }
        return escaped
    }
}

/// Footnote references as the canonical text writes them: `F3` is `(3)`;
/// an id that is not `F` and digits is written `(^id)` so it survives unchanged.
enum FootnoteReference {
    static func text(_ id: String) -> String {
        let digits = id.dropFirst()
        if id.first == "F", !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.first != "0" {
            return "(\(digits))"
        }
        return "(^\(id))"
    }

    static func text(_ ids: [String]) -> String {
        ids.map(text).joined(separator: " ")
    }

    /// The id inside `(…)`: `12` → `F12`, `F12` → `F12`, `^x` → `x`; nil when it is not a reference.
    static func id(fromInner inner: some StringProtocol) -> String? {
        if inner.hasPrefix("^") {
            let rest = inner.dropFirst()
            return !rest.isEmpty && !rest.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) ? String(rest) : nil
        }
        var body = Substring(inner)
        if body.first == "F" || body.first == "f" { body = body.dropFirst() }
        guard !body.isEmpty, body.count <= 3, body.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return "F" + body
    }
}
