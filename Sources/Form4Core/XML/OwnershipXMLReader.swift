import LibXML

/// A document read from XML, with where each element was in the input.
public struct ReadDocument: Sendable {
    /// The input's name as the user gave it.
    public var name: String
    public var document: OwnershipDocument
    /// Problems found while reading that the schema does not report
    /// (processing instructions, values the model cannot hold).
    public var diagnostics: [Diagnostic]
    let locator: TreeLocator

    /// Where each element was in the input, keyed by XPath (built on demand).
    public var sourceMap: SourceMap { locator.fullMap() }

    /// The input location of the element at `path` (or of its nearest ancestor present).
    public func location(of path: String) -> SourceLocation? { locator.locate(path) }

    /// Fills in the location of each diagnostic that has a path and no location yet.
    public func locate(_ diagnostics: [Diagnostic]) -> [Diagnostic] { locator.locate(diagnostics) }
}

/// The input is not an ownership document that can be read at all.
public struct ReadFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map { $0.formatted() }.joined(separator: "\n")
    }
}

/// Reads EDGAR ownership XML (bare, or inside a full submission) into the model.
public enum OwnershipXMLReader {
    public static func read(_ input: InputFile) throws(ReadFailure) -> ReadDocument {
        try read(bytes: input.bytes, name: input.name)
    }

    /// Reads without keeping libxml2's tree (``ParsedXMLTree``): reading needs
    /// only the Swift tree, and building libxml2's first cost more than parsing.
    /// ``parse(bytes:name:)`` keeps it for schema validation.
    public static func read(bytes: [UInt8], name: String) throws(ReadFailure) -> ReadDocument {
        let body = try extract(bytes: bytes, name: name)
        let tree: ParsedXMLTree
        do {
            tree = try ParsedXMLTree.parse(body.bytes, name: name)
        } catch {
            throw ReadFailure(diagnostics: error.diagnostics.map {
                Diagnostic(xml: $0, file: name, lineOffset: body.lineOffset)
            })
        }
        try checkRoot(tree.root, name: name, lineOffset: body.lineOffset)
        return read(name: name, root: tree.root, prolog: tree.prolog, lineOffset: body.lineOffset,
                    warnings: tree.warnings.map { Diagnostic(xml: $0, file: name, lineOffset: body.lineOffset) })
    }

    private static func extract(bytes: [UInt8], name: String) throws(ReadFailure) -> ExtractedBody {
        switch SubmissionExtractor.extract(bytes) {
        case .success(let b): return b
        case .failure(var d):
            d.location = SourceLocation(file: name, line: 1, column: 1)
            throw ReadFailure(diagnostics: [d])
        }
    }

    /// Bytes → well-formed XML, with line numbers shifted to point into the original file.
    public static func parse(bytes: [UInt8], name: String) throws(ReadFailure) -> ParsedInput {
        let body = try extract(bytes: bytes, name: name)
        let document: ParsedXMLDocument
        do {
            document = try ParsedXMLDocument.parse(body.bytes, name: name)
        } catch {
            throw ReadFailure(diagnostics: error.diagnostics.map {
                Diagnostic(xml: $0, file: name, lineOffset: body.lineOffset)
            })
        }
        let root = document.root
        try checkRoot(root, name: name, lineOffset: body.lineOffset)
        return ParsedInput(name: name, document: document, root: root, lineOffset: body.lineOffset,
                           warnings: document.warnings.map { Diagnostic(xml: $0, file: name, lineOffset: body.lineOffset) })
    }

    private static func checkRoot(_ root: XMLElement, name: String, lineOffset: Int) throws(ReadFailure) {
        guard root.name == "ownershipDocument" else {
            throw ReadFailure(diagnostics: [
                Diagnostic(severity: .error, rule: "NOT-OWNERSHIP",
                           message: "the root element is <\(root.name)>, not <ownershipDocument>: "
                               + "this is not a Form 3, 4 or 5 ownership document",
                           path: "/\(root.name)",
                           location: SourceLocation(file: name, line: root.line + lineOffset, column: 1))
            ])
        }
    }

    /// The model of an already parsed input.
    public static func read(_ input: ParsedInput) -> ReadDocument {
        read(name: input.name, root: input.root, prolog: input.document.prolog, lineOffset: input.lineOffset,
             warnings: input.warnings)
    }

    private static func read(name: String, root: XMLElement, prolog: XMLProlog, lineOffset: Int,
                             warnings: [Diagnostic]) -> ReadDocument
    {
        var reader = TreeReader(file: name, lineOffset: lineOffset)
        let document = reader.document(root)
        var diagnostics = warnings
        for pi in prolog.processingInstructions where pi.target != "xml" {
            diagnostics.append(reader.processingInstruction(pi.target, line: pi.line))
        }
        diagnostics += reader.diagnostics
        return ReadDocument(name: name, document: document, diagnostics: diagnostics,
                            locator: TreeLocator(root: root, file: name, lineOffset: lineOffset))
    }
}

/// A parsed input, before it is turned into the model: what validation needs.
public struct ParsedInput {
    public var name: String
    public var document: ParsedXMLDocument
    public var root: XMLElement
    /// Lines of the submission wrapper before the XML body.
    public var lineOffset: Int
    public var warnings: [Diagnostic]
}

extension Diagnostic {
    /// A libxml2 diagnostic in the input's coordinates.
    init(xml: XMLDiagnostic, file: String, lineOffset: Int) {
        let rule: String
        switch xml.domain {
        case .parser: rule = "XML"
        case .schema: rule = "XSD"
        case .guardrail: rule = "XML-REFUSED"
        }
        self.init(severity: xml.level == .warning ? .warning : .error, rule: rule, message: xml.message,
                  location: SourceLocation(file: file, line: xml.line > 0 ? xml.line + lineOffset : 0,
                                           column: xml.column))
    }
}
