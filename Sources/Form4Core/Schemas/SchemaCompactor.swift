/// Drops what libxml2's schema compiler reads and then throws away: comments
/// and the indentation between tags.
///
/// The XSD compiler parses the schema text into a tree, then removes every
/// comment and white-space text node before it reads the declarations; so the
/// compiled schema, and every message validation gives, are the same without
/// them. Compiling an embedded schema is done once per document type in a
/// process, and the comments and indentation were a sizeable share of that
/// parse (the embedded XSDs are commented for people, not for the parser).
///
/// Only safe cuts are made: a comment, and a run of XML white space between a
/// `>` and a `<` (a `<` cannot stand inside an attribute value, so such a run
/// is never part of one). A text with a CDATA section, a DOCTYPE or any other
/// `<!` but a comment (where this reasoning would not hold) is left unchanged.
enum SchemaCompactor {
    static func compacted(_ bytes: [UInt8]) -> [UInt8] {
        compacted(bytes.span) ?? bytes
    }

    /// One pass that gives what removing the comments and then the white space
    /// between a `>` and a `<` would give; nil when a comment is not closed or
    /// the text has any other `<!` (a CDATA section, a DOCTYPE).
    private static func compacted(_ p: Span<UInt8>) -> [UInt8]? {
        let n = p.count
        var o: [UInt8] = []
        o.reserveCapacity(n)
        var i = 0
        // Where in the output a run of white space after a ">" began: cut back
        // to it when the next character kept is a "<".
        var runStart = -1
        while i < n {
            let b = p[i]
            if b == 0x3C {  // <
                if i + 3 < n, p[i + 1] == 0x21, p[i + 2] == 0x2D, p[i + 3] == 0x2D {  // <!--
                    var j = i + 4
                    while j + 2 < n, !(p[j] == 0x2D && p[j + 1] == 0x2D && p[j + 2] == 0x3E) { j += 1 }
                    // A comment not closed: the text is left as it is.
                    guard j + 2 < n else { return nil }
                    i = j + 3
                    continue
                }
                // <! that opens no comment (a CDATA section, a DOCTYPE): left as it is.
                if i + 1 < n, p[i + 1] == 0x21 { return nil }
                if runStart >= 0 { o.removeLast(o.count - runStart) }
                runStart = -1
            } else if isSpace(b) {
                if runStart < 0, let last = o.last, last == 0x3E { runStart = o.count }
            } else {
                runStart = -1
            }
            o.append(b)
            i += 1
        }
        return o
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }
}
