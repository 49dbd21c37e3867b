import LibXML

/// Checks ownership documents the way EDGAR does: well-formedness and the
/// hostile-input guards, the XSD for the document's type, then the business
/// rules of the technical specification that no XSD can express.
///
/// A validator is cheap to copy and safe to share between threads; the
/// compiled schemas live in its ``SchemaSet`` and are compiled once each.
public struct Validator: Sendable {
    public let schemas: SchemaSet

    public init(schemas: SchemaSet = .embedded) {
        self.schemas = schemas
    }

    /// Validates one input: bare XML or a full EDGAR submission.
    public func validate(_ input: InputFile, forSubmission: Bool = false) -> ValidationReport {
        validate(bytes: input.bytes, name: input.name, forSubmission: forSubmission)
    }

    public func validate(bytes: [UInt8], name: String, forSubmission: Bool = false) -> ValidationReport {
        var report = ValidationReport(file: name)
        let columns = ColumnFinder(bytes: bytes)
        let parsed: ParsedInput
        do {
            parsed = try OwnershipXMLReader.parse(bytes: bytes, name: name)
        } catch {
            report.diagnostics = columns.fill(error.diagnostics)
            return report
        }
        var diagnostics: [Diagnostic] = parsed.warnings
        let written = parsed.root.element("documentType")?.text.trimmingXMLWhitespace()
        report.documentType = written

        var schemaErrors = false
        if let written, !written.isEmpty {
            do {
                let schema = try schemas.schema(forDocumentType: written)
                report.schema = schemas.schemaName(forDocumentType: written)
                let found = parsed.document.validate(against: schema).map { xml in
                    var d = Diagnostic(xml: xml, file: name, lineOffset: parsed.lineOffset)
                    d.path = xml.path
                    return d
                }
                schemaErrors = found.contains { $0.severity == .error }
                diagnostics += found
            } catch {
                // A documentType that is none of the six is the DOCUMENT-TYPE rule's to report;
                // here only a schema set that lacks or cannot compile a known type is.
                if DocumentType(rawValue: written) != nil {
                    let line = (parsed.root.element("documentType")?.line ?? 1) + parsed.lineOffset
                    diagnostics.append(Diagnostic(
                        severity: .error, rule: "SCHEMA", message: error.message,
                        path: "/ownershipDocument/documentType",
                        location: SourceLocation(file: name, line: line, column: 0)))
                }
            }
        }

        let read = OwnershipXMLReader.read(parsed)
        // Values the model cannot hold are schema violations too; when the schema
        // already said so, the reader's version of the same fact is noise.
        diagnostics += read.diagnostics.filter { !(schemaErrors && $0.rule == "XML-VALUE") }
        let ruled = read.locate(BusinessRules.check(read.document, options: RuleOptions(forSubmission: forSubmission)))
        diagnostics = Self.droppingSchemaDuplicates(of: ruled, from: diagnostics) + ruled
        report.diagnostics = Self.inDocumentOrder(columns.fill(diagnostics))
        return report
    }

    /// Some business rules restate a schema facet (a transaction code outside the
    /// pick-list, a decimal with five places). When both fire on the same element,
    /// the rule's message, which says what EDGAR expects, is kept and the XSD's dropped.
    static func droppingSchemaDuplicates(of ruled: [Diagnostic], from found: [Diagnostic]) -> [Diagnostic] {
        let ruledElements = Set(ruled.compactMap { d -> String? in
            guard d.severity == .error, let line = d.location?.line, let path = d.path,
                let last = path.split(separator: "/").last else { return nil }
            return "\(line) \(last.split(separator: "[").first ?? last)"
        })
        guard !ruledElements.isEmpty else { return found }
        return found.filter { d in
            guard d.rule == "XSD", d.message.hasPrefix("Element '"), let line = d.location?.line else { return true }
            let name = d.message.dropFirst("Element '".count).prefix { $0 != "'" }
            return !ruledElements.contains("\(line) \(name)")
        }
    }

    /// Sorted by position, as compilers list them; ties keep the order found.
    static func inDocumentOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let x = (a.element.location?.line ?? 0, a.element.location?.column ?? 0, a.offset)
            let y = (b.element.location?.line ?? 0, b.element.location?.column ?? 0, b.offset)
            return x < y
        }.map(\.element)
    }

    /// Checks a model (one that `encode` built, say): writes it as XML, validates
    /// that against the schema for its type and runs the business rules. The
    /// diagnostics carry paths but no locations; the caller maps paths back to
    /// its own input.
    public func check(_ document: OwnershipDocument, forSubmission: Bool = false) -> [Diagnostic] {
        checkedXML(document, forSubmission: forSubmission).diagnostics
    }

    /// ``check(_:forSubmission:)`` that also returns the XML it checked, so that a
    /// caller about to write that XML does not write it a second time.
    ///
    /// When every value of the XML reads back as written, the check skips the
    /// reading back, and libxml2 too: the schema's facts are checked on what
    /// the writer recorded as it wrote (``factsCheck(_:of:forSubmission:)``);
    /// what they do not model goes to libxml2's XSD on a parse of the XML
    /// (``selfCheck(_:built:of:forSubmission:)``); the diagnostics are the same
    /// either way.
    public func checkedXML(_ document: OwnershipDocument, forSubmission: Bool = false)
        -> (xml: [UInt8], diagnostics: [Diagnostic])
    {
        let mode: OwnershipXMLWriter.Mode = forSubmission ? .submission : .published
        // The schema's facts stand for the embedded schemas only; a set read
        // from a folder is checked by libxml2, on the tree built while writing.
        let facts = schemas === SchemaSet.embedded
        let elements = facts ? WrittenElements() : nil
        let tree = facts ? nil : XMLTreeBuilder(names: OwnershipXMLWriter.names)
        let (xml, readsBack) = OwnershipXMLWriter.written(document, mode: mode, tree: tree, elements: elements)
        var found: [Diagnostic]?
        if readsBack {
            let model = OwnershipXMLWriter.readBack(document, mode: mode)
            if let elements { found = factsCheck(elements, of: model, forSubmission: forSubmission) }
            if found == nil { found = selfCheck(xml, built: tree?.finish(), of: model, forSubmission: forSubmission) }
        }
        let diagnostics = (found ?? validate(bytes: xml, name: Self.selfCheckName, forSubmission: forSubmission).diagnostics)
            .map { d in
                var d = d
                d.location = nil
                return d
            }
        return (xml, diagnostics)
    }
}

extension SchemaSet {
    func schemaName(forDocumentType written: String) -> String? {
        DocumentType(rawValue: written.trimmingXMLWhitespace()).flatMap { schemaName(for: $0) }
    }
}
