import CLibXML2

/// The checks both parses make, the DOM one (`ParsedXMLDocument`, for XSD
/// validation) and the streaming one (`ParsedXMLTree`, for reading): one
/// place for the guards, so the two cannot drift apart.
extension XMLParseFailure {
    /// The bytes to hand libxml2, after the guards that run before it sees
    /// them (DOCTYPE, UTF-16, size; see ``InputGuard``).
    static func guardedInput(_ bytes: some Collection<UInt8>) throws(XMLParseFailure) -> [UInt8] {
        LibXML2.initialize()
        let array = Array(bytes)
        if let refusal = InputGuard.check(array) {
            throw XMLParseFailure(diagnostics: [refusal])
        }
        return array
    }

    /// What libxml2 said about input it rejected, or a plain message when it said nothing.
    static func notWellFormed(_ sink: DiagnosticSink) -> XMLParseFailure {
        var diagnostics = sink.diagnostics
        if diagnostics.isEmpty {
            diagnostics.append(
                XMLDiagnostic(level: .error, domain: .parser, code: 0,
                              message: "the input is not a well-formed XML document", line: 1, column: 1))
        }
        return XMLParseFailure(diagnostics: diagnostics)
    }

    /// A DOCTYPE that got past ``InputGuard`` (written in a way it does not scan for).
    static func checkNoDoctype(_ doc: xmlDocPtr) throws(XMLParseFailure) {
        if doc.pointee.intSubset != nil || doc.pointee.extSubset != nil {
            throw XMLParseFailure(diagnostics: [InputGuard.doctypeRefusal(line: 1, column: 1)])
        }
    }

    static let noRootElement = XMLParseFailure(diagnostics: [
        XMLDiagnostic(level: .error, domain: .parser, code: 0, message: "the document has no root element", line: 1, column: 1)
    ])
}
