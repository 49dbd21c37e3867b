import CLibXML2

extension ParsedXMLDocument {
    /// One step of a walk down from the root: a child element's name and its
    /// 1-based rank among its parent's children of that name.
    public struct Step {
        public var name: Substring
        public var rank: Int

        public init(name: Substring, rank: Int) {
            self.name = name
            self.rank = rank
        }
    }

    /// The line of the element reached from the root by `steps`, or of the
    /// deepest one of them that is present; nil when the root is not named `root`.
    ///
    /// This is the lookup `Form4Core`'s tree locator makes on the Swift tree,
    /// made on libxml2's tree instead, so that a caller that only needs the lines
    /// of a few elements (encode's check of the XML it wrote) need not convert
    /// the whole tree into Swift values first. The line is the one that tree
    /// would carry (`xmlGetLineNo`, truncated to 32 bits the same way).
    public func line(root: Substring, steps: some Sequence<Step>) -> Int? {
        guard let top = xmlDocGetRootElement(doc), Self.named(top, root) else { return nil }
        var current = top
        for step in steps {
            var seen = 0
            var found: xmlNodePtr?
            var child = current.pointee.children
            while let node = child {
                if node.pointee.type == XML_ELEMENT_NODE, Self.named(node, step.name) {
                    seen += 1
                    if seen == step.rank {
                        found = node
                        break
                    }
                }
                child = node.pointee.next
            }
            guard let found else { break }
            current = found
        }
        return Int(Int32(truncatingIfNeeded: xmlGetLineNo(current)))
    }

    /// Whether the element's name is `name`, byte for byte.
    private static func named(_ node: xmlNodePtr, _ name: Substring) -> Bool {
        guard let cName = node.pointee.name else { return false }
        var i = 0
        for byte in name.utf8 {
            if cName[i] != byte { return false }
            i += 1
        }
        return cName[i] == 0
    }
}
