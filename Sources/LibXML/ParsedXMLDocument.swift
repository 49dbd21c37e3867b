import CLibXML2

/// A well-formed XML document held by libxml2, ready to be validated or
/// converted into Swift values.
///
/// Parsing is deliberately strict about what it will not do: it never touches
/// the network, never loads a DTD, never substitutes entities, and refuses a
/// `<!DOCTYPE` outright, because no EDGAR ownership document has one and every
/// entity attack needs one. The parser's own limits (depth, text size) stay on.
///
/// The instance owns libxml2 memory and frees it on deinit; use it from one
/// thread at a time and let it go once ``root`` has been taken.
public final class ParsedXMLDocument {
    let doc: xmlDocPtr

    init(doc: xmlDocPtr) {
        self.doc = doc
    }

    deinit {
        xmlFreeDoc(doc)
    }

    /// Parses `bytes`. `name` appears in libxml2's messages only.
    ///
    /// - Throws: ``XMLParseFailure`` with every diagnostic libxml2 gave, when the
    ///   bytes are not a well-formed document this module accepts.
    public static func parse(_ bytes: some Collection<UInt8>, name: String = "input") throws(XMLParseFailure)
        -> ParsedXMLDocument
    {
        let array = try XMLParseFailure.guardedInput(bytes)
        let sink = DiagnosticSink(domain: .parser)
        let doc: xmlDocPtr? = sink.capturingGlobalErrors {
            array.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlReadMemory(chars.baseAddress, Int32(chars.count), name, nil, LibXML2.parseOptions)
                }
            }
        }
        guard let doc else {
            throw XMLParseFailure.notWellFormed(sink)
        }
        let parsed = ParsedXMLDocument(doc: doc)
        try XMLParseFailure.checkNoDoctype(doc)
        if xmlDocGetRootElement(doc) == nil { throw XMLParseFailure.noRootElement }
        parsed.warnings = sink.diagnostics.filter { $0.level == .warning }
        return parsed
    }

    /// Warnings libxml2 gave while parsing a document it accepted.
    public private(set) var warnings: [XMLDiagnostic] = []

    /// The root element and all below it, as Swift values.
    public var root: XMLElement {
        TreeConverter.convert(xmlDocGetRootElement(doc)!)
    }

    /// The XML declaration and any processing instructions outside the root.
    public var prolog: XMLProlog {
        var prolog = XMLProlog()
        prolog.declaredVersion = TreeConverter.declaredVersion(doc)
        if let encoding = doc.pointee.encoding {
            prolog.declaredEncoding = String(cString: encoding)
        }
        var node = doc.pointee.children
        while let current = node {
            if current.pointee.type == XML_PI_NODE {
                prolog.processingInstructions.append(
                    (target: String(cString: current.pointee.name), line: Int(xmlGetLineNo(current))))
            }
            node = current.pointee.next
        }
        return prolog
    }

    /// Validates the document against `schema` and returns what it reported;
    /// an empty array means the document is valid.
    public func validate(against schema: XMLSchema) -> [XMLDiagnostic] {
        schema.validate(doc)
    }
}

/// The bytes could not be accepted as an XML document.
public struct XMLParseFailure: Error, Sendable {
    public var diagnostics: [XMLDiagnostic]

    public init(diagnostics: [XMLDiagnostic]) {
        self.diagnostics = diagnostics
    }
}
