import CLibXML2

/// Copies libxml2's node tree into an ``XMLTreeStorage`` in one pass.
///
/// libxml2 interns element names in a dictionary, so the same name is the
/// same pointer throughout a document; names are turned into Swift strings
/// once per distinct pointer. Depth is bounded by libxml2's own nesting limit
/// (256 without `XML_PARSE_HUGE`), so the recursion here is bounded too.
struct TreeConverter {
    private var nodes: [XMLTreeStorage.Node] = []
    private var names: [String] = []
    private var nameIndex: [UnsafeRawPointer: Int32] = [:]
    /// A direct-mapped cache in front of `nameIndex`: a document has a few
    /// dozen distinct names, and hashing a pointer per element showed up.
    private var cacheKeys = [UnsafeRawPointer?](repeating: nil, count: 256)
    private var cacheValues = [Int32](repeating: 0, count: 256)
    private var bytes: [UInt8] = []
    private var attributes: [XMLTreeStorage.Attribute] = []

    static func convert(_ root: xmlNodePtr) -> XMLElement {
        var converter = TreeConverter()
        converter.nodes.reserveCapacity(1024)
        converter.bytes.reserveCapacity(16384)
        let index = converter.add(root)
        let storage = XMLTreeStorage(nodes: converter.nodes, names: converter.names, bytes: converter.bytes,
                                     attributes: converter.attributes)
        return XMLElement(storage: storage, index: index)
    }

    private mutating func intern(_ name: UnsafePointer<xmlChar>) -> Int32 {
        let key = UnsafeRawPointer(name)
        let slot = (Int(bitPattern: key) >> 4) & 255
        if cacheKeys[slot] == key { return cacheValues[slot] }
        let index: Int32
        if let known = nameIndex[key] {
            index = known
        } else {
            index = Int32(names.count)
            names.append(String(cString: name))
            nameIndex[key] = index
        }
        cacheKeys[slot] = key
        cacheValues[slot] = index
        return index
    }

    private mutating func appendBytes(_ content: UnsafePointer<xmlChar>?) -> (Int32, Int32) {
        let start = Int32(bytes.count)
        if let content {
            var length = 0
            while content[length] != 0 { length += 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
        }
        return (start, Int32(bytes.count))
    }

    /// Adds `node` and its subtree; returns its index.
    private mutating func add(_ node: xmlNodePtr) -> Int32 {
        let index = Int32(nodes.count)
        nodes.append(XMLTreeStorage.Node(kind: .element, name: intern(node.pointee.name),
                                         line: Int32(truncatingIfNeeded: xmlGetLineNo(node))))
        var firstAttribute = Int32(attributes.count)
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = intern(current.pointee.name)
            let (start, end) = appendBytes(current.pointee.children?.pointee.content)
            attributes.append(XMLTreeStorage.Attribute(name: name, start: start, end: end))
            attribute = current.pointee.next
        }
        nodes[Int(index)].firstAttribute = firstAttribute
        nodes[Int(index)].attributeCount = Int32(attributes.count) - firstAttribute
        firstAttribute = 0

        var previous: Int32 = -1
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            var added: Int32 = -1
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                added = add(current)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                // Adjacent text (text, then a CDATA section) merges into one node.
                if previous >= 0, nodes[Int(previous)].kind == .text, nodes[Int(previous)].end == Int32(bytes.count) {
                    nodes[Int(previous)].end = appendBytes(current.pointee.content).1
                    continue
                }
                let (start, end) = appendBytes(current.pointee.content)
                added = Int32(nodes.count)
                nodes.append(XMLTreeStorage.Node(kind: .text, name: -1, line: 0, start: start, end: end))
            case XML_COMMENT_NODE:
                let (start, end) = appendBytes(current.pointee.content)
                added = Int32(nodes.count)
                nodes.append(XMLTreeStorage.Node(kind: .comment, name: -1, line: 0, start: start, end: end))
            case XML_PI_NODE:
                added = Int32(nodes.count)
                nodes.append(XMLTreeStorage.Node(kind: .processingInstruction, name: intern(current.pointee.name),
                                                 line: Int32(truncatingIfNeeded: xmlGetLineNo(current))))
            default:
                // Entity references other than the predefined ones need a DTD,
                // which is refused before parsing; nothing else carries content.
                continue
            }
            if previous >= 0 {
                nodes[Int(previous)].nextSibling = added
            } else {
                nodes[Int(index)].firstChild = added
            }
            previous = added
        }
        return index
    }

    static func declaredVersion(_ doc: xmlDocPtr) -> String? {
        doc.pointee.version.map { String(cString: $0) }
    }
}
