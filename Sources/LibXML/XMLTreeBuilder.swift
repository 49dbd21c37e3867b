import CLibXML2

/// libxml2's tree of a document, built node by node by the code that writes
/// the document's text, so that the text need not be parsed back to be
/// validated.
///
/// `encode` checks the XML it has just written against the XSD; parsing that
/// XML again cost more than validating it. A writer that knows what every
/// line holds can hand the same facts to this builder as it writes them, and
/// the tree comes out as ``ParsedXMLDocument/parse(_:name:)`` would make it of
/// the text (its tests compare the two node by node): elements with their
/// names taken from the document's dictionary, each with the line it starts
/// on; one text node for each run of character content, holding the text as
/// a parse gives it (entities already replaced, nothing normalised: the
/// caller hands over only text that reads back as written); an attribute's
/// value as one text node; and no text nodes for the white space between
/// elements, which the parse (`XML_PARSE_NOBLANKS`) drops too, except in an
/// element whose content is white space only, which the parse keeps.
///
/// What the builder does not track (lines past 65535, where a parse keeps
/// the line elsewhere) the caller must not hand it: ``finish()`` then gives
/// nil, and the caller parses the text instead.
///
/// The builder owns libxml2 memory until ``finish()`` hands it over, and frees
/// it if it is dropped unfinished; use it from one thread at a time.
public final class XMLTreeBuilder {
    private var doc: xmlDocPtr?
    private let dict: xmlDictPtr?
    /// The innermost element opened and not yet closed; nil before the root.
    private var current: xmlNodePtr?
    private var depth = 0
    private var failed = false

    private let names: XMLNameTable?

    /// Starts a document. It has no URL: a parse's is its file name, which
    /// only libxml2's error records carry, and ``DiagnosticSink`` does not read.
    /// Its dictionary looks names up in `names` first, when given.
    public init(names: XMLNameTable? = nil) {
        LibXML2.initialize()
        self.names = names
        doc = xmlNewDoc("1.0")
        if let parent = names?.dict {
            dict = xmlDictCreateSub(parent)
        } else {
            dict = xmlDictCreate()
        }
        guard let doc, let dict else {
            failed = true
            return
        }
        // The document owns the dictionary (xmlFreeDoc frees it), as a parsed one owns its parser's.
        doc.pointee.dict = dict
    }

    deinit {
        if let doc { xmlFreeDoc(doc) }
        cache.deallocate()
    }

    /// Opens an element on `line`, as the last child of the open one (or as the root).
    public func open(_ name: StaticString, line: Int) {
        guard !failed, let doc else { return }
        guard line > 0, line < 65535 else {
            // A parse keeps such lines outside `line`; this builder does not.
            failed = true
            return
        }
        guard let interned = interned(name),
            let node = xmlNewDocNodeEatName(doc, nil, UnsafeMutablePointer(mutating: interned), nil)
        else {
            failed = true
            return
        }
        node.pointee.line = UInt16(line)
        if let parent = current {
            append(node, to: parent)
        } else {
            guard doc.pointee.children == nil else {
                // A second root: no parse gives that.
                xmlFreeNode(node)
                failed = true
                return
            }
            // What xmlAddChild does for a root: the document is its parent.
            node.pointee.parent = UnsafeMutablePointer<xmlNode>(OpaquePointer(doc))
            doc.pointee.children = node
            doc.pointee.last = node
        }
        current = node
        depth += 1
    }

    /// Character content of the open element, as a parse hands it over
    /// (entities replaced), written from `line` on by a writer that escapes
    /// `& < > "` and nothing else.
    ///
    /// Short text is kept inside the node, as a parse with
    /// `XML_PARSE_COMPACT` keeps it (one allocation fewer to make and free).
    ///
    /// `lineFeeds` says whether the text holds a line feed; when it does not,
    /// the text node's line is `line` without looking.
    public func text(_ span: Span<UInt8>, line: Int, lineFeeds: Bool = true) {
        span.withUnsafeBufferPointer { text($0, line: line, lineFeeds: lineFeeds) }
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, lineFeeds: Bool) {
        guard !failed, let doc, let current, let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let compact = bytes.count < 2 * MemoryLayout<UnsafeRawPointer>.size
        guard let node = xmlNewDocTextLen(doc, compact ? nil : base, compact ? 0 : Int32(bytes.count)) else {
            failed = true
            return
        }
        if compact {
            // Where xmlSAX2TextNode puts it: over `properties` and `nsDef`, which a text node does not use.
            let inline = (UnsafeMutableRawPointer(node) + Self.inlineTextOffset).assumingMemoryBound(to: UInt8.self)
            inline.initialize(from: base, count: bytes.count)
            inline[bytes.count] = 0
            node.pointee.content = inline
        }
        let textLine = lineFeeds ? Self.parsedLine(of: bytes, from: line) : line
        guard textLine < 65535 else {
            xmlFreeNode(node)
            failed = true
            return
        }
        node.pointee.line = UInt16(textLine)
        append(node, to: current)
    }

    private static let inlineTextOffset = MemoryLayout<xmlNode>.offset(of: \xmlNode.properties)!

    /// The line a parse gives the text node of `bytes` written from `line` on:
    /// the line it has reached when it hands over the first piece of the text,
    /// which is where the node is made. (Only elements' lines reach
    /// diagnostics; this keeps the tree the parse's in every field.)
    ///
    /// libxml2 2.9 hands character data over in pieces: ASCII up to the first
    /// entity (`&`, which the writer writes for `& < > "`) or the first byte
    /// past ASCII; from a byte past ASCII on, up to the next entity or until
    /// 300 bytes are gathered (the line moved on past each character taken).
    /// A piece that starts at an entity is the entity's one character.
    static func parsedLine(of bytes: UnsafeBufferPointer<UInt8>, from line: Int) -> Int {
        @inline(__always) func escaped(_ b: UInt8) -> Bool { b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 }
        var lineFeeds = 0
        var i = 0
        let n = bytes.count
        while i < n, bytes[i] < 0x80, !escaped(bytes[i]) {
            if bytes[i] == 0x0A { lineFeeds += 1 }
            i += 1
        }
        // A piece of ASCII, handed over at the entity or the byte that ends it.
        if i > 0 || i == n || escaped(bytes[i]) { return line + lineFeeds }
        // The text starts past ASCII: gathered into a buffer of 300 bytes.
        var gathered = 0
        while i < n, !escaped(bytes[i]) {
            let lead = bytes[i]
            let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            gathered += width
            if lead == 0x0A { lineFeeds += 1 }
            if gathered >= 300 { return line + lineFeeds }
            i += width
        }
        return line + lineFeeds
    }

    /// An attribute of the open element, its value as a parse hands it over
    /// (entities replaced, white space already normalised).
    public func attribute(_ name: StaticString, value span: Span<UInt8>) {
        span.withUnsafeBufferPointer { attribute(name, value: $0) }
    }

    private func attribute(_ name: StaticString, value: UnsafeBufferPointer<UInt8>) {
        guard !failed, let doc, let current else { return }
        // xmlNewProp takes the name from the document's dictionary itself.
        guard let attr = xmlNewProp(current, name.utf8Start, nil),
            let text = xmlNewDocTextLen(doc, value.baseAddress, Int32(value.count))
        else {
            failed = true
            return
        }
        // As a parse has it: the value as the attribute's one text child.
        text.pointee.parent = UnsafeMutablePointer<xmlNode>(OpaquePointer(attr))
        attr.pointee.children = text
        attr.pointee.last = text
    }

    /// `name` from the document's dictionary (or its parent's, the name
    /// table's). A document has a few dozen names and some hundreds of
    /// elements, and the names are static strings, so each is looked up once,
    /// by its address, and remembered here: the dictionary's hashing cost
    /// more than making the element.
    private func interned(_ name: StaticString) -> UnsafePointer<xmlChar>? {
        let key = UInt(bitPattern: name.utf8Start)
        var slot = Int(truncatingIfNeeded: (key >> 3) ^ (key >> 11)) & (Self.cacheSize - 1)
        for _ in 0..<Self.cacheSize {
            let held = cache[slot]
            if held.key == key { return held.name }
            if held.key == 0 {
                let found = names?.find(name)
                    ?? name.withUTF8Buffer { xmlDictLookup(dict, $0.baseAddress, Int32($0.count)) }
                if found != nil, filled < Self.cacheSize / 2 {
                    cache[slot] = (key, found)
                    filled += 1
                }
                return found
            }
            slot = (slot + 1) & (Self.cacheSize - 1)
        }
        return name.withUTF8Buffer { xmlDictLookup(dict, $0.baseAddress, Int32($0.count)) }
    }

    private static let cacheSize = 128
    /// Open addressing on the name's address; a key of 0 is a free slot. Not
    /// an array: an array in a class is checked for exclusive access on every
    /// write, which cost as much as the look-up.
    private let cache: UnsafeMutablePointer<(key: UInt, name: UnsafePointer<xmlChar>?)> = {
        let table = UnsafeMutablePointer<(key: UInt, name: UnsafePointer<xmlChar>?)>.allocate(capacity: XMLTreeBuilder.cacheSize)
        table.initialize(repeating: (0, nil), count: XMLTreeBuilder.cacheSize)
        return table
    }()
    private var filled = 0

    /// Closes the open element.
    public func close() {
        guard !failed, let node = current else {
            failed = true
            return
        }
        depth -= 1
        let parent = node.pointee.parent
        current = depth == 0 ? nil : parent
    }

    /// The document built, or nil when something was handed over that the
    /// builder cannot build as a parse would (the caller then parses the text).
    public func finish() -> ParsedXMLDocument? {
        guard !failed, depth == 0, let built = doc, xmlDocGetRootElement(built) != nil else { return nil }
        doc = nil
        return ParsedXMLDocument(doc: built)
    }

    /// Links `node` in as the last child of `parent`. Done here rather than by
    /// `xmlAddChild`, which also merges adjacent text nodes and moves nodes
    /// between documents: neither can happen to nodes made here.
    private func append(_ node: xmlNodePtr, to parent: xmlNodePtr) {
        node.pointee.parent = parent
        if let last = parent.pointee.last {
            last.pointee.next = node
            node.pointee.prev = last
        } else {
            parent.pointee.children = node
        }
        parent.pointee.last = node
    }
}
