import LibXML

/// Why a ``SchemaSet`` could not give a compiled schema.
///
/// `code` is stable, so the CLI and scripts can tell "this documentType has no
/// schema here" from "the schema itself is broken" without reading messages.
public struct SchemaSetError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable, Codable {
        /// No schema for the document's type in this set (or the type is not one of
        /// the six EDGAR knows).
        case noSchemaForDocumentType = "SCHEMA-NO-TYPE"
        /// The `--schema-dir` folder does not exist or holds no schema we recognise.
        case directoryUnusable = "SCHEMA-DIR"
        /// The XSD text could not be compiled (or an embedded include is missing).
        case compileFailed = "SCHEMA-COMPILE"
    }

    public var code: Code
    public var message: String
    /// The documentType asked for, as written, when the error is about one.
    public var documentType: String?
    /// What libxml2 said while compiling, for ``Code/compileFailed``.
    public var diagnostics: [XMLDiagnostic]

    public init(code: Code, message: String, documentType: String? = nil, diagnostics: [XMLDiagnostic] = []) {
        self.code = code
        self.message = message
        self.documentType = documentType
        self.diagnostics = diagnostics
    }

    public var description: String {
        var text = "[\(code.rawValue)] \(message)"
        if let first = diagnostics.first {
            text += " (\(first.line): \(first.message))"
        }
        return text
    }
}
