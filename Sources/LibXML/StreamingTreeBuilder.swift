import CLibXML2

/// Fills an ``XMLTreeStorage`` from libxml2's SAX2 callbacks, for ``ParsedXMLTree``.
///
/// The result must equal what ``TreeConverter`` makes of the tree libxml2's
/// own SAX2 handler would have built with the same options, so two of that
/// handler's behaviours are reproduced here:
/// - adjacent character data (text, CDATA sections, character references)
///   is one text node;
/// - `XML_PARSE_NOBLANKS` drops white space that libxml2's `areBlanks`
///   heuristic calls ignorable. That heuristic looks at the element built so
///   far, which a SAX handler that builds no libxml2 tree does not have, so
///   libxml2 hands every blank run to `characters`; ``isIgnorable(_:_:_:)``
///   applies the same rules to this builder's nodes instead.
///
/// The builder is reached from the callbacks through the parser context's
/// `_private` pointer, and lives on the caller's stack for the parse.
struct StreamingTreeBuilder {
    private var nodes: [XMLTreeStorage.Node] = []
    private var names: [String] = []
    /// `names` by libxml2's pointer (libxml2 interns names, so one name is
    /// one pointer throughout a document); see ``intern(_:)``.
    private var tableKeys = [UnsafeRawPointer?](repeating: nil, count: 256)
    private var tableValues = [Int32](repeating: 0, count: 256)
    private var bytes: [UInt8] = []
    private var attributes: [XMLTreeStorage.Attribute] = []
    /// The open elements, innermost last, and the last child of each so far.
    private var open: [Int32] = []
    private var lastChild: [Int32] = []
    private var root: Int32 = -1
    /// libxml2 marks an element's white-space state "-2" (keep all further
    /// blanks) after it hands over a blank run it did not find ignorable; it
    /// does so here for runs this builder then drops. The slot to restore, if any.
    private var spaceSlotToRestore: Int32 = -1
    /// Processing instructions before or after the root element, with their lines.
    private(set) var outerProcessingInstructions: [(target: String, line: Int)] = []

    init() {
        nodes.reserveCapacity(1024)
        bytes.reserveCapacity(16384)
    }

    /// The tree, once parsing succeeded; nil when no element was seen.
    func finish() -> XMLElement? {
        guard root >= 0 else { return nil }
        let storage = XMLTreeStorage(nodes: nodes, names: names, bytes: bytes, attributes: attributes)
        return XMLElement(storage: storage, index: root)
    }

    // MARK: - Running the parser

    /// Parses `chars` with `LibXML2.parseOptions`, feeding `builder`. Returns
    /// libxml2's document node (version, encoding, DTD subsets; no elements),
    /// which the caller frees, and whether the input was well-formed.
    static func run(_ chars: UnsafeBufferPointer<CChar>, builder: UnsafeMutablePointer<StreamingTreeBuilder>)
        -> (doc: xmlDocPtr?, wellFormed: Bool)
    {
        guard let ctxt = xmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return (nil, false) }
        defer { xmlFreeParserCtxt(ctxt) }
        xmlCtxtUseOptions(ctxt, LibXML2.parseOptions)
        if let sax = ctxt.pointee.sax {
            // Document start and end (and the DTD callbacks, for a DOCTYPE that
            // got past the guard) stay libxml2's: they build the document node only.
            sax.pointee.startElement = nil
            sax.pointee.endElement = nil
            sax.pointee.startElementNs = startElementCallback
            sax.pointee.endElementNs = endElementCallback
            sax.pointee.characters = charactersCallback
            sax.pointee.comment = commentCallback
            sax.pointee.processingInstruction = processingInstructionCallback
            // Only entities a DTD declares produce references, and DTDs are refused.
            sax.pointee.reference = nil
        }
        ctxt.pointee._private = UnsafeMutableRawPointer(builder)
        xmlParseDocument(ctxt)
        let doc = ctxt.pointee.myDoc
        ctxt.pointee.myDoc = nil
        return (doc, ctxt.pointee.wellFormed != 0)
    }

    private static func context(_ ctx: UnsafeMutableRawPointer?) -> (xmlParserCtxtPtr, UnsafeMutablePointer<StreamingTreeBuilder>) {
        let ctxt = ctx!.assumingMemoryBound(to: xmlParserCtxt.self)
        let builder = ctxt.field(\._private)!.assumingMemoryBound(to: StreamingTreeBuilder.self)
        builder.pointee.restoreSpace(ctxt)
        return (ctxt, builder)
    }

    private static let startElementCallback: startElementNsSAX2Func = {
        ctx, localname, _, _, _, _, attributeCount, _, attributes in
        let (ctxt, builder) = context(ctx)
        builder.pointee.startElement(localname!, line: ctxt.field(\.input)!.field(\.line),
                                     attributes: attributes, count: Int(attributeCount))
    }

    private static let endElementCallback: endElementNsSAX2Func = { ctx, _, _, _ in
        let (_, builder) = context(ctx)
        builder.pointee.endElement()
    }

    private static let charactersCallback: charactersSAXFunc = { ctx, ch, length in
        let (ctxt, builder) = context(ctx)
        guard let ch, length > 0 else { return }
        builder.pointee.characters(UnsafeBufferPointer(start: ch, count: Int(length)), ctxt)
    }

    private static let commentCallback: commentSAXFunc = { ctx, value in
        let (_, builder) = context(ctx)
        builder.pointee.comment(value)
    }

    private static let processingInstructionCallback: processingInstructionSAXFunc = { ctx, target, _ in
        let (ctxt, builder) = context(ctx)
        builder.pointee.processingInstruction(target!, line: ctxt.field(\.input)!.field(\.line))
    }

    // MARK: - Building

    /// Names by libxml2's interned pointer, in an open-addressing table
    /// (a document has a few dozen distinct names; hashing through
    /// `Dictionary` for each element showed up in profiles).
    private mutating func intern(_ name: UnsafePointer<xmlChar>) -> Int32 {
        let key = UnsafeRawPointer(name)
        let bits = UInt(bitPattern: Int(bitPattern: key))
        let mask = tableKeys.count - 1
        var slot = Int(truncatingIfNeeded: ((bits >> 3) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while let present = tableKeys[slot] {
            if present == key { return tableValues[slot] }
            slot = (slot + 1) & mask
        }
        let index = Int32(names.count)
        names.append(String(cString: name))
        tableKeys[slot] = key
        tableValues[slot] = index
        if names.count * 2 > tableKeys.count { growTable() }
        return index
    }

    private mutating func growTable() {
        let oldKeys = tableKeys, oldValues = tableValues
        tableKeys = Array(repeating: nil, count: oldKeys.count * 2)
        tableValues = Array(repeating: 0, count: oldKeys.count * 2)
        let mask = tableKeys.count - 1
        for (k, key) in oldKeys.enumerated() {
            guard let key else { continue }
            let bits = UInt(bitPattern: Int(bitPattern: key))
            var slot = Int(truncatingIfNeeded: ((bits >> 3) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
            while tableKeys[slot] != nil { slot = (slot + 1) & mask }
            tableKeys[slot] = key
            tableValues[slot] = oldValues[k]
        }
    }

    /// Makes `child` the next child of the innermost open element.
    private mutating func link(_ child: Int32) {
        let last = lastChild[lastChild.count - 1]
        if last >= 0 {
            nodes[Int(last)].nextSibling = child
        } else {
            nodes[Int(open[open.count - 1])].firstChild = child
        }
        lastChild[lastChild.count - 1] = child
    }

    /// `attributes` holds five pointers per attribute: local name, prefix, URI, value start, value end.
    mutating func startElement(_ name: UnsafePointer<xmlChar>, line: Int32,
                               attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int)
    {
        let index = Int32(nodes.count)
        var node = XMLTreeStorage.Node(kind: .element, name: intern(name), line: line)
        node.firstAttribute = Int32(self.attributes.count)
        node.attributeCount = Int32(count)
        if let attributes {
            for k in 0..<count {
                let attributeName = intern(attributes[5 * k]!)
                let start = Int32(bytes.count)
                if let value = attributes[5 * k + 3], let end = attributes[5 * k + 4] {
                    appendAttributeValue(UnsafeBufferPointer(start: value, count: end - value))
                }
                self.attributes.append(XMLTreeStorage.Attribute(name: attributeName, start: start, end: Int32(bytes.count)))
            }
        }
        nodes.append(node)
        if open.isEmpty {
            if root < 0 { root = index }
        } else {
            link(index)
        }
        open.append(index)
        lastChild.append(-1)
    }

    /// libxml2 hands over an attribute value with every `&` (written `&amp;`
    /// or `&#38;`) as the text `&#38;`, which its tree builder turns back into `&`.
    private mutating func appendAttributeValue(_ value: UnsafeBufferPointer<xmlChar>) {
        var start = 0
        var i = 0
        while i < value.count {
            if value[i] == UInt8(ascii: "&"), i + 5 <= value.count, value[i + 1] == UInt8(ascii: "#"),
                value[i + 2] == UInt8(ascii: "3"), value[i + 3] == UInt8(ascii: "8"), value[i + 4] == UInt8(ascii: ";")
            {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[start..<i]))
                bytes.append(UInt8(ascii: "&"))
                i += 5
                start = i
            } else {
                i += 1
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[start..<value.count]))
    }

    mutating func endElement() {
        open.removeLast()
        lastChild.removeLast()
    }

    mutating func characters(_ text: UnsafeBufferPointer<xmlChar>, _ ctxt: xmlParserCtxtPtr) {
        guard !open.isEmpty else { return }
        if isIgnorable(text, ctxt) {
            if let space = ctxt.field(\.space), space.pointee == -1 {
                spaceSlotToRestore = ctxt.field(\.spaceNr) - 1
            }
            return
        }
        let last = lastChild[lastChild.count - 1]
        if last >= 0, nodes[Int(last)].kind == .text, nodes[Int(last)].end == Int32(bytes.count) {
            bytes.append(contentsOf: text)
            nodes[Int(last)].end = Int32(bytes.count)
            return
        }
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text)
        nodes.append(XMLTreeStorage.Node(kind: .text, name: -1, line: 0, start: start, end: Int32(bytes.count)))
        link(Int32(nodes.count - 1))
    }

    mutating func comment(_ value: UnsafePointer<xmlChar>?) {
        // Comments outside the root element are not part of the tree.
        guard !open.isEmpty else { return }
        let start = Int32(bytes.count)
        if let value {
            var length = 0
            while value[length] != 0 { length += 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: length))
        }
        nodes.append(XMLTreeStorage.Node(kind: .comment, name: -1, line: 0, start: start, end: Int32(bytes.count)))
        link(Int32(nodes.count - 1))
    }

    mutating func processingInstruction(_ target: UnsafePointer<xmlChar>, line: Int32) {
        guard !open.isEmpty else {
            outerProcessingInstructions.append((target: String(cString: target), line: Int(line)))
            return
        }
        nodes.append(XMLTreeStorage.Node(kind: .processingInstruction, name: intern(target), line: line))
        link(Int32(nodes.count - 1))
    }

    // MARK: - Ignorable white space

    /// libxml2's `areBlanks` with `XML_PARSE_NOBLANKS` and no DTD, on this builder's nodes.
    ///
    /// libxml2 asks it only for runs of character data, never for a character
    /// reference (the input before the parser's position is then `;`) or a
    /// CDATA section (`>`): a run counts only when the input before the
    /// position is white space. The position (`RAW`) is the character after the run.
    private func isIgnorable(_ text: UnsafeBufferPointer<xmlChar>, _ ctxt: xmlParserCtxtPtr) -> Bool {
        guard let input = ctxt.field(\.input), let cur = input.field(\.cur), let base = input.field(\.base),
            cur > base, Self.isBlank(cur[-1])
        else { return false }
        let raw = cur[0]
        guard raw == UInt8(ascii: "<") || raw == 0x0D else { return false }
        // Indentation is mostly spaces: eight at a time.
        let spaces: UInt64 = 0x2020_2020_2020_2020
        let raw8 = UnsafeRawPointer(text.baseAddress!)
        var i = 0
        while i < text.count {
            if i + 8 <= text.count, raw8.loadUnaligned(fromByteOffset: i, as: UInt64.self) == spaces {
                i += 8
                continue
            }
            if !Self.isBlank(text[i]) { return false }
            i += 1
        }
        guard let space = ctxt.field(\.space), space.pointee != 1, space.pointee != -2 else { return false }
        let element = open[open.count - 1]
        let first = nodes[Int(element)].firstChild
        if first < 0 {
            // An element whose content so far is only this run, and which ends right here, keeps it.
            return !(raw == UInt8(ascii: "<") && cur[1] == UInt8(ascii: "/"))
        }
        let last = lastChild[lastChild.count - 1]
        if nodes[Int(last)].kind == .text || nodes[Int(first)].kind == .text { return false }
        return true
    }

    private static func isBlank(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
    }

    /// Undoes libxml2's "-2" mark left after a run this builder dropped (see `spaceSlotToRestore`).
    mutating func restoreSpace(_ ctxt: xmlParserCtxtPtr) {
        guard spaceSlotToRestore >= 0 else { return }
        if spaceSlotToRestore < ctxt.field(\.spaceNr), let table = ctxt.field(\.spaceTab),
            table[Int(spaceSlotToRestore)] == -2
        {
            table[Int(spaceSlotToRestore)] = -1
        }
        spaceSlotToRestore = -1
    }
}

extension UnsafeMutablePointer {
    /// One field of the pointee, read in place: `pointee.field` may copy the
    /// whole struct first, and libxml2's parser context is several hundred bytes.
    @inline(__always)
    fileprivate func field<T>(_ path: KeyPath<Pointee, T>) -> T {
        pointer(to: path)!.pointee
    }
}
