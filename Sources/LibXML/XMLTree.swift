/// An XML element converted out of libxml2's tree into plain Swift values.
///
/// The whole tree is copied at once and libxml2's memory is freed right after,
/// so nothing above this module ever holds a pointer into C memory, and the
/// values can cross threads freely.
public struct XMLElement: Sendable, Hashable {
    /// The local name (namespace prefixes are dropped; EDGAR documents have none).
    public var name: String
    /// Attributes in document order.
    public var attributes: [XMLAttribute]
    /// Child nodes in document order.
    public var children: [XMLNode]
    /// 1-based line of the start tag in the parsed bytes.
    public var line: Int

    public init(name: String, attributes: [XMLAttribute] = [], children: [XMLNode] = [], line: Int = 0) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the attribute `name`, if present.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Child elements, skipping text, comments and processing instructions.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// The first child element called `name`.
    public func element(_ name: String) -> XMLElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    /// The concatenated character data of this element and its descendants.
    public var text: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let s): out += s
            case .element(let e): e.appendText(to: &out)
            case .comment, .processingInstruction: break
            }
        }
    }
}

/// One attribute of an element.
public struct XMLAttribute: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A node inside an element.
public enum XMLNode: Sendable, Hashable {
    case element(XMLElement)
    /// Character data (CDATA sections arrive merged into text).
    case text(String)
    case comment(String)
    /// A processing instruction; kept because EDGAR rejects documents carrying them.
    case processingInstruction(target: String, line: Int)
}

/// What was found before the root element: declarations EDGAR cares about.
public struct XMLProlog: Sendable, Hashable {
    /// The `version` of the XML declaration, if there was one.
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

    public static func == (a: XMLProlog, b: XMLProlog) -> Bool {
        a.declaredVersion == b.declaredVersion && a.declaredEncoding == b.declaredEncoding
            && a.processingInstructions.map(\.target) == b.processingInstructions.map(\.target)
            && a.processingInstructions.map(\.line) == b.processingInstructions.map(\.line)
    }

    public func hash(into h: inout Hasher) {
        h.combine(declaredVersion)
        h.combine(declaredEncoding)
        for pi in processingInstructions {
            h.combine(pi.target)
            h.combine(pi.line)
        }
    }
}
