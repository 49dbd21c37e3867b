import LibXML

/// Builds indented XML text, one value per line, escaping as EDGAR asks
/// (`& < > "`). EDGAR counts white space inside an element towards its length,
/// so a value is always written on the same line as its tags.
///
/// It appends UTF-8 bytes: element names are static, and most values need no
/// escaping at all, so a value is usually one bulk copy. Building a `String`
/// piece by piece cost more than validating the document did.
///
/// The bytes go into a ``ByteBuffer`` (LibXML's), grown by doubling, with the
/// space a line needs made sure of once: appending to an `Array` piece by piece
/// (a uniqueness and capacity check for every tag, name and value) cost more
/// than the writing itself.
///
/// Given a ``XMLTreeBuilder``, it also hands it every element, attribute and
/// text as it writes them, each with the line it is written on, so that the
/// tree a parse of these bytes would give is built without the parse (see
/// `Validator+SelfCheck`). The text handed over is the value as given, which
/// is what a parse gives back only when the value reads back as written; when
/// it does not, the caller must not use the tree.
struct XMLTextBuilder: ~Copyable {
    private var out = ByteBuffer(capacity: 8192)
    private var depth = 0
    /// Whether every value written so far reads back as written (see ``escape(_:into:attribute:)``).
    private(set) var readsBack = true
    private let tree: XMLTreeBuilder?
    /// The record of the elements written, for ``SchemaFacts`` (see `Validator+SelfCheck`).
    private let elements: WrittenElements?
    /// The line the next byte goes on (the declaration is line 1).
    private var line = 1
    /// Where the content of the element opened last starts (the line feed
    /// after its start tag), while nothing has been written into it; else -1.
    private var openContent = -1

    init(tree: XMLTreeBuilder? = nil, elements: WrittenElements? = nil) {
        self.tree = tree
        self.elements = elements
        raw("<?xml version=\"1.0\"?>\n")
        line = 2
    }

    /// The XML written, and whether every value in it reads back as written.
    consuming func finish() -> (bytes: [UInt8], readsBack: Bool) {
        (out.array, readsBack)
    }

    mutating func open(_ name: StaticString) {
        tree?.open(name, line: line)
        elements?.open(name, line: line)
        reserve(depth * 4 + name.utf8CodeUnitCount + 3)
        indent()
        tag(name)
        put(0x0A)
        openContent = out.count - 1
        line += 1
        depth += 1
    }

    mutating func close(_ name: StaticString) {
        depth -= 1
        reserve(depth * 4 + name.utf8CodeUnitCount + 4)
        indent()
        if let tree {
            // An element written with nothing in it holds the line feed and
            // indentation before its end tag: white space a parse keeps as text.
            if openContent >= 0 {
                out.withSpan(from: openContent) { tree.text($0, line: line - 1) }
            }
            tree.close()
        }
        elements?.close()
        openContent = -1
        closingTag(name)
        put(0x0A)
        line += 1
    }

    mutating func leaf(_ name: StaticString, _ value: String) {
        tree?.open(name, line: line)
        if let elements {
            elements.open(name, line: line)
            elements.text(value)
        }
        reserve(depth * 4 + 2 * name.utf8CodeUnitCount + 6)
        indent()
        tag(name)
        readsBack = escape(value, attribute: nil) && readsBack
        reserve(name.utf8CodeUnitCount + 4)
        closingTag(name)
        put(0x0A)
        tree?.close()
        elements?.close()
        openContent = -1
        line += 1
    }

    mutating func empty(_ name: StaticString, attribute: StaticString, value: String) {
        tree?.open(name, line: line)
        if let elements {
            elements.open(name, line: line)
            elements.attribute(value)
        }
        reserve(depth * 4 + name.utf8CodeUnitCount + attribute.utf8CodeUnitCount + 4)
        indent()
        put(0x3C)
        raw(name)
        put(0x20)
        raw(attribute)
        raw("=\"")
        readsBack = escape(value, attribute: attribute) && readsBack
        raw("\"/>\n")
        tree?.close()
        elements?.close()
        openContent = -1
        line += 1
    }

    /// An element with an attribute and text content (`<footnote id="F1">…</footnote>`).
    mutating func leaf(_ name: StaticString, attribute: StaticString, value attributeValue: String, text content: String) {
        tree?.open(name, line: line)
        if let elements {
            elements.open(name, line: line)
            elements.attribute(attributeValue)
            elements.text(content)
        }
        reserve(depth * 4 + name.utf8CodeUnitCount + attribute.utf8CodeUnitCount + 4)
        indent()
        put(0x3C)
        raw(name)
        put(0x20)
        raw(attribute)
        raw("=\"")
        readsBack = escape(attributeValue, attribute: attribute) && readsBack
        raw("\">")
        readsBack = escape(content, attribute: nil) && readsBack
        reserve(name.utf8CodeUnitCount + 4)
        closingTag(name)
        put(0x0A)
        tree?.close()
        elements?.close()
        openContent = -1
        line += 1
    }

    /// Makes room for `extra` more bytes, so that a line's pieces grow the buffer once.
    private mutating func reserve(_ extra: Int) {
        out.reserve(extra)
    }

    private mutating func put(_ byte: UInt8) {
        out.append(byte)
    }

    private mutating func raw(_ s: StaticString) {
        out.append(s)
    }

    private mutating func tag(_ name: StaticString) {
        put(0x3C)
        raw(name)
        put(0x3E)
    }

    private mutating func closingTag(_ name: StaticString) {
        put(0x3C)
        put(0x2F)
        raw(name)
        put(0x3E)
    }

    /// The indentation, four spaces a level.
    private mutating func indent() {
        out.append(spaces: depth * 4)
    }

    /// ``escape(_:into:attribute:)`` into the buffer, each run of bytes that
    /// need no escaping copied at once.
    ///
    /// The value goes to the tree too: as the text of the open element, or as
    /// the value of the open element's `attribute`. The line feeds it holds
    /// move the line on.
    private mutating func escape(_ value: String, attribute: StaticString?) -> Bool {
        var lineFeeds = 0
        let u = value.utf8.span
        let readsBack = Self.escape(u, attribute: attribute != nil, lineFeeds: &lineFeeds) { out.append(bytes: $0) }
        if let tree {
            if let attribute {
                tree.attribute(attribute, value: u)
            } else {
                tree.text(u, line: line, lineFeeds: lineFeeds > 0)
            }
        }
        line += lineFeeds
        return readsBack
    }

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
        var lineFeeds = 0
        return escape(value.utf8.span, attribute: attribute, lineFeeds: &lineFeeds) { out.append(bytes: $0) }
    }

    /// ``escape(_:into:attribute:)`` on a value's bytes, handing `emit` the
    /// output in pieces: the runs that need no escaping as they stand, and each
    /// entity. An empty value emits nothing. `lineFeeds` counts the line feeds kept.
    @inline(__always)
    static func escape(_ u: Span<UInt8>, attribute: Bool, lineFeeds: inout Int,
                       emit: (Span<UInt8>) -> Void) -> Bool {
        let n = u.count
        guard n > 0 else { return false }
        var readsBack = u[0] > 0x20 && u[n - 1] > 0x20
        var runStart = 0
        var i = 0
        while i < n {
            // Eight bytes at a time while none of them needs a look (footnotes
            // and remarks run to hundreds of bytes without one).
            while i + 8 <= n, !needsLook(u.word(at: i)) { i += 8 }
            guard i < n else { break }
            let b = u[i]
            // Bytes kept as they are (almost all) only extend the current run.
            if b >= 0x20 && b != 0x26 && b != 0x3C && b != 0x3E && b != 0x22 && b != 0xEF {
                i += 1
                continue
            }
            var skip = 1
            var entity: StaticString? = nil
            var keep = false
            switch b {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x09, 0x0A:
                keep = true
                if b == 0x0A { lineFeeds += 1 }
                if attribute { readsBack = false }
            case 0x0D:
                keep = true
                readsBack = false
            case 0..<0x20: readsBack = false
            case 0xEF where i + 2 < n && u[i + 1] == 0xBF && (u[i + 2] == 0xBE || u[i + 2] == 0xBF):
                skip = 3
                readsBack = false
            default: keep = true  // any other 0xEF
            }
            if keep {
                i += 1
                continue
            }
            if runStart < i { emit(u.extracting(runStart..<i)) }
            if let entity { entity.withByteSpan { emit($0) } }
            i += skip
            runStart = i
        }
        if runStart < n { emit(u.extracting(runStart..<n)) }
        return readsBack
    }

    /// Whether any of the eight bytes in `w` is one ``escape(_:attribute:lineFeeds:emit:)``
    /// must look at: a C0 control, `"`, `&`, `<`, `>` or 0xEF. Exact as to
    /// whether there is one (the usual has-zero-byte tests: a false flag can
    /// only come from a borrow out of a byte below that is flagged rightly).
    @inline(__always)
    static func needsLook(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let below20 = (w &- 0x20 &* ones) & ~w & highs
        return below20 | hasZero(w ^ (0x22 &* ones)) | hasZero(w ^ (0x26 &* ones)) | hasZero(w ^ (0x3C &* ones))
            | hasZero(w ^ (0x3E &* ones)) | hasZero(w ^ (0xEF &* ones)) != 0
    }
}
