/// An XML document converted out of libxml2's tree into Swift storage.
///
/// The whole tree is copied at once and libxml2's memory is freed right after,
/// so nothing above this module holds a pointer into C memory. The copy is
/// flat (a node table, one byte buffer for all character data, interned
/// names) rather than a tree of Swift objects: a filing has hundreds of
/// elements, and allocating each as its own value cost more than parsing.
final class XMLTreeStorage: Sendable {
    struct Node: Sendable {
        enum Kind: UInt8, Sendable { case element, text, comment, processingInstruction }
        var kind: Kind
        /// Index into `names` (elements and processing instructions).
        var name: Int32
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        var line: Int32
        /// Character data (text and comments) as a range of `bytes`.
        var start: Int32 = 0
        var end: Int32 = 0
        /// Attributes as a range of `attributes`.
        var firstAttribute: Int32 = 0
        var attributeCount: Int32 = 0
    }

    struct Attribute: Sendable {
        var name: Int32
        var start: Int32
        var end: Int32
    }

    let nodes: [Node]
    let names: [String]
    let bytes: [UInt8]
    let attributes: [Attribute]

    init(nodes: [Node], names: [String], bytes: [UInt8], attributes: [Attribute]) {
        self.nodes = nodes
        self.names = names
        self.bytes = bytes
        self.attributes = attributes
    }

    func string(_ start: Int32, _ end: Int32) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(end)]), as: UTF8.self)
        }
    }
}

/// An element of a parsed document: a light view into the converted tree.
public struct XMLElement: Sendable {
    let storage: XMLTreeStorage
    let index: Int32

    private var node: XMLTreeStorage.Node { storage.nodes[Int(index)] }

    /// The local name (EDGAR documents use no namespaces).
    public var name: String { storage.names[Int(node.name)] }

    /// 1-based line of the start tag in the parsed bytes.
    public var line: Int { Int(node.line) }

    /// The index of this element's name in ``documentNames``: equal names have
    /// equal indexes, so a reader can map names to its own vocabulary once per
    /// document instead of comparing strings for every element.
    public var nameIndex: Int { Int(node.name) }

    /// Every distinct element and attribute name of the document.
    public var documentNames: [String] { storage.names }

    /// The value of the attribute `name`, if present.
    public func attribute(_ name: String) -> String? {
        let n = node
        for i in Int(n.firstAttribute)..<Int(n.firstAttribute + n.attributeCount) {
            let a = storage.attributes[i]
            if storage.names[Int(a.name)] == name { return storage.string(a.start, a.end) }
        }
        return nil
    }

    /// The attributes in document order.
    public var attributes: [(name: String, value: String)] {
        let n = node
        return (Int(n.firstAttribute)..<Int(n.firstAttribute + n.attributeCount)).map { i in
            let a = storage.attributes[i]
            return (storage.names[Int(a.name)], storage.string(a.start, a.end))
        }
    }

    /// Child elements, skipping text, comments and processing instructions.
    public var elements: ElementSequence { ElementSequence(storage: storage, first: node.firstChild) }

    /// The first child element called `name`.
    public func element(_ name: String) -> XMLElement? {
        elements.first { $0.name == name }
    }

    /// The character data of this element and its descendants, concatenated.
    public var text: String {
        let n = node
        // The common case, a leaf with one text node, needs no concatenation.
        if n.firstChild >= 0 {
            let child = storage.nodes[Int(n.firstChild)]
            if child.kind == .text && child.nextSibling < 0 { return storage.string(child.start, child.end) }
        } else {
            return ""
        }
        var out: [UInt8] = []
        appendText(of: index, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// ``text`` without XML white space (space, tab, line feed, carriage
    /// return) at either end: how every value is read. A leaf's value is
    /// trimmed in the byte buffer, so only the final string is made.
    public var trimmedText: String {
        let n = node
        guard n.firstChild >= 0 else { return "" }
        let child = storage.nodes[Int(n.firstChild)]
        guard child.kind == .text && child.nextSibling < 0 else {
            return Array(text.utf8).withUnsafeBufferPointer { Self.trimmed($0) }
        }
        return storage.bytes.withUnsafeBufferPointer { buffer in
            Self.trimmed(UnsafeBufferPointer(rebasing: buffer[Int(child.start)..<Int(child.end)]))
        }
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var start = 0
        var end = bytes.count
        while start < end && isSpace(bytes[start]) { start += 1 }
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private func appendText(of index: Int32, to out: inout [UInt8]) {
        var child = storage.nodes[Int(index)].firstChild
        while child >= 0 {
            let c = storage.nodes[Int(child)]
            switch c.kind {
            case .text: out += storage.bytes[Int(c.start)..<Int(c.end)]
            case .element: appendText(of: child, to: &out)
            case .comment, .processingInstruction: break
            }
            child = c.nextSibling
        }
    }

    /// Processing instructions directly inside this element, with their lines.
    public var processingInstructions: [(target: String, line: Int)] {
        var result: [(String, Int)] = []
        var child = node.firstChild
        while child >= 0 {
            let c = storage.nodes[Int(child)]
            if c.kind == .processingInstruction { result.append((storage.names[Int(c.name)], Int(c.line))) }
            child = c.nextSibling
        }
        return result
    }
}

/// The child elements of an element, walked in place without building an array.
public struct ElementSequence: Sequence, Sendable {
    let storage: XMLTreeStorage
    let first: Int32

    public struct Iterator: IteratorProtocol {
        let storage: XMLTreeStorage
        var upcoming: Int32

        public mutating func next() -> XMLElement? {
            while upcoming >= 0 {
                let current = upcoming
                let node = storage.nodes[Int(current)]
                upcoming = node.nextSibling
                if node.kind == .element { return XMLElement(storage: storage, index: current) }
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(storage: storage, upcoming: first) }
}

/// What was found before the root element: declarations EDGAR cares about.
public struct XMLProlog: Sendable {
    /// The `version` of the XML declaration (libxml2 reports 1.0 when there is none).
    public var declaredVersion: String?
    /// The `encoding` of the XML declaration, if any.
    public var declaredEncoding: String?
    /// Processing instructions outside the root element (an `xml-stylesheet`, say), with their lines.
    public var processingInstructions: [(target: String, line: Int)]

    public init(declaredVersion: String? = nil, declaredEncoding: String? = nil,
                processingInstructions: [(target: String, line: Int)] = []) {
        self.declaredVersion = declaredVersion
        self.declaredEncoding = declaredEncoding
        self.processingInstructions = processingInstructions
    }
}
