import CLibXML2

extension ParsedXMLDocument {
    /// Every node of libxml2's tree, one string each in document order: its
    /// depth, type, name, line and content, an element's attributes with
    /// their children, and whatever else a validation could read (namespaces,
    /// a line kept outside `line`).
    ///
    /// For tests that hold a tree built by ``XMLTreeBuilder`` to the tree a
    /// parse of the same text gives: two trees with the same structure are the
    /// same to the schema validator and to the line lookups.
    public var structure: [String] {
        var out: [String] = []
        out.append("document children: \(Self.describe(list: doc.pointee.children))")
        var node = doc.pointee.children
        while let current = node {
            Self.walk(current, depth: 0, into: &out)
            node = current.pointee.next
        }
        return out
    }

    private static func walk(_ node: xmlNodePtr, depth: Int, into out: inout [String]) {
        let n = node.pointee
        var line = "\(depth) type \(n.type.rawValue) name \(string(n.name)) line \(n.line)"
        line += " extra \(n.extra) psvi \(n.psvi != nil) ns \(n.ns != nil)"
        if n.type == XML_ELEMENT_NODE {
            // A text node's `properties` and `nsDef` may hold its text instead
            // (`XML_PARSE_COMPACT`); only an element's are what they say.
            line += " nsDef \(n.nsDef != nil)"
            var attr = n.properties
            while let a = attr {
                let children = UnsafeMutablePointer<xmlNode>(OpaquePointer(a)).pointee.children
                line += " @\(string(a.pointee.name)) atype \(a.pointee.atype.rawValue) ns \(a.pointee.ns != nil)"
                line += " = \(describe(list: children))"
                attr = a.pointee.next
            }
        } else {
            line += " content \(n.content.map { String(reflecting: String(cString: $0)) } ?? "nil")"
        }
        out.append(line)
        if n.type == XML_ELEMENT_NODE {
            var child = n.children
            while let c = child {
                walk(c, depth: depth + 1, into: &out)
                child = c.pointee.next
            }
        }
    }

    /// The types and contents of a list of siblings (an attribute's value, the document's children).
    private static func describe(list: xmlNodePtr?) -> String {
        var parts: [String] = []
        var node = list
        while let current = node {
            let content = current.pointee.type == XML_ELEMENT_NODE ? "" : current.pointee.content.map {
                String(reflecting: String(cString: $0))
            } ?? "nil"
            parts.append("\(current.pointee.type.rawValue):\(string(current.pointee.name))\(content)")
            node = current.pointee.next
        }
        return parts.joined(separator: ",")
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        p.map { String(cString: $0) } ?? "nil"
    }
}
