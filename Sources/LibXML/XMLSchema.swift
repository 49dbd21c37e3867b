import CLibXML2

/// A compiled XSD, shared by every validation that uses it.
///
/// Compiling a schema is far costlier than validating one document, so a
/// schema is compiled once and handed to many threads: libxml2 only reads a
/// compiled schema during validation, and each validation gets its own context.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// Compiles a schema from its text. `baseURL` names it in messages and is
    /// where relative `xs:include`s would be looked for.
    public init(source: [UInt8], baseURL: String) throws(XMLSchemaError) {
        LibXML2.initialize()
        let context = source.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count))
            }
        }
        schema = try Self.compile(context, name: baseURL)
    }

    /// Compiles the schema in the file at `path`, with its includes beside it.
    public init(contentsOfFile path: String) throws(XMLSchemaError) {
        LibXML2.initialize()
        schema = try Self.compile(xmlSchemaNewParserCtxt(path), name: path)
    }

    deinit {
        xmlSchemaFree(schema)
    }

    private static func compile(_ context: xmlSchemaParserCtxtPtr?, name: String) throws(XMLSchemaError)
        -> xmlSchemaPtr
    {
        guard let context else {
            throw XMLSchemaError(name: name, diagnostics: [])
        }
        defer { xmlSchemaFreeParserCtxt(context) }
        let sink = DiagnosticSink(domain: .schema)
        xmlSchemaSetParserStructuredErrors(context, DiagnosticSink.callback, sink.context)
        let compiled = sink.capturingGlobalErrors { xmlSchemaParse(context) }
        guard let compiled else {
            throw XMLSchemaError(name: name, diagnostics: sink.diagnostics)
        }
        return compiled
    }

    func validate(_ doc: xmlDocPtr) -> [XMLDiagnostic] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [XMLDiagnostic(level: .error, domain: .schema, code: -1,
                                  message: "could not create a validation context", line: 0, column: 0)]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let sink = DiagnosticSink(domain: .schema)
        xmlSchemaSetValidStructuredErrors(context, DiagnosticSink.callback, sink.context)
        let result = sink.capturingGlobalErrors { xmlSchemaValidateDoc(context, doc) }
        var diagnostics = sink.diagnostics
        if result != 0 && diagnostics.isEmpty {
            diagnostics.append(
                XMLDiagnostic(level: .error, domain: .schema, code: Int(result),
                              message: "the document is not valid against the schema", line: 0, column: 0))
        }
        return diagnostics
    }
}

/// A schema that could not be compiled.
public struct XMLSchemaError: Error, Sendable, CustomStringConvertible {
    public var name: String
    public var diagnostics: [XMLDiagnostic]

    public var description: String {
        let details = diagnostics.map { "\($0.line): \($0.message)" }.joined(separator: "; ")
        return "cannot compile schema \(name)" + (details.isEmpty ? "" : ": \(details)")
    }
}
