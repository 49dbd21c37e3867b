import CLibXML2

/// A well-formed XML document read straight into Swift storage, for callers
/// that only read it (decode, diff, encode's XML input).
///
/// ``ParsedXMLDocument`` keeps libxml2's tree because schema validation runs
/// on it; building that tree, copying it into ``XMLTreeStorage`` and freeing
/// it again cost more than parsing itself. This parse uses the same parser,
/// options and guards (no network, no DTD, no entities, DOCTYPE refused before
/// parsing, libxml2's depth limit, its diagnostics and line numbers), but its
/// SAX callbacks (``StreamingTreeBuilder``) fill the Swift storage directly and
/// libxml2 builds no element tree at all. The resulting tree is the one
/// ``ParsedXMLDocument/root`` gives, node for node (tested on the corpus).
public struct ParsedXMLTree: Sendable {
    /// The root element and all below it.
    public let root: XMLElement
    /// The XML declaration and any processing instructions outside the root.
    public let prolog: XMLProlog
    /// Warnings libxml2 gave while parsing a document it accepted.
    public let warnings: [XMLDiagnostic]

    /// Parses `bytes`. `name` appears in libxml2's messages only.
    ///
    /// - Throws: ``XMLParseFailure`` with every diagnostic libxml2 gave, when the
    ///   bytes are not a well-formed document this module accepts.
    public static func parse(_ bytes: some Collection<UInt8>, name: String = "input") throws(XMLParseFailure)
        -> ParsedXMLTree
    {
        let array = try XMLParseFailure.guardedInput(bytes)
        let sink = DiagnosticSink(domain: .parser)
        var builder = StreamingTreeBuilder()
        let outcome: (doc: xmlDocPtr?, wellFormed: Bool) = sink.capturingGlobalErrors {
            array.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    withUnsafeMutablePointer(to: &builder) { builderPointer in
                        StreamingTreeBuilder.run(chars, builder: builderPointer)
                    }
                }
            }
        }
        guard outcome.wellFormed, let doc = outcome.doc else {
            if let doc = outcome.doc { xmlFreeDoc(doc) }
            throw XMLParseFailure.notWellFormed(sink)
        }
        defer { xmlFreeDoc(doc) }
        try XMLParseFailure.checkNoDoctype(doc)
        guard let root = builder.finish() else { throw XMLParseFailure.noRootElement }
        var prolog = XMLProlog()
        prolog.declaredVersion = TreeConverter.declaredVersion(doc)
        if let encoding = doc.pointee.encoding {
            prolog.declaredEncoding = String(cString: encoding)
        }
        prolog.processingInstructions = builder.outerProcessingInstructions
        return ParsedXMLTree(root: root, prolog: prolog, warnings: sink.diagnostics.filter { $0.level == .warning })
    }
}
