import LibXML

/// `encode`'s check of the XML it has just written, without reading it back.
///
/// ``Validator/validate(bytes:name:forSubmission:)`` converts libxml2's tree
/// into Swift values, reads the model back out of them and locates the rules'
/// diagnostics on that tree; for a document the writer made from a model, the
/// model read back is that model, so all of this only costs (it was a third of
/// the check). Here the XSD is run on libxml2's tree as there, the business
/// rules on the model given, and a rule diagnostic's line (which orders the
/// diagnostics and pairs a rule with the XSD error on the same element) is
/// looked up on libxml2's tree. The diagnostics are the ones `validate` gives,
/// in the same order; whatever this path does not handle (a parse that fails
/// or warns, a documentType that is not exactly one of the six, a schema that
/// will not compile) goes through `validate` instead.
extension Validator {
    static let selfCheckName = "<document>"

    /// The diagnostics `validate(bytes: xml, …)` would give, or nil when this
    /// path does not apply and `validate` must be asked.
    ///
    /// `built` is libxml2's tree of `xml` as the writer built it while writing
    /// (``XMLTreeBuilder``), the same tree a parse gives; without it `xml` is parsed.
    func selfCheck(_ xml: [UInt8], built: ParsedXMLDocument? = nil, of document: OwnershipDocument,
                   forSubmission: Bool) -> [Diagnostic]? {
        // The reader trims the documentType it reads; an exact raw value reads back unchanged.
        guard let written = document.documentType, DocumentType(rawValue: written) != nil,
            let schema = try? schemas.schema(forDocumentType: written),
            let parsed = built ?? (try? ParsedXMLDocument.parse(xml, name: Self.selfCheckName)),
            parsed.warnings.isEmpty
        else { return nil }
        let name = Self.selfCheckName
        let found = parsed.validate(against: schema).map { xml in
            var d = Diagnostic(xml: xml, file: name, lineOffset: 0)
            d.path = xml.path
            return d
        }
        return Self.merged(found, rulesOn: document, forSubmission: forSubmission) { Self.line(of: $0, in: parsed) }
    }

    /// ``selfCheck(_:built:of:forSubmission:)`` without libxml2: the XSD's
    /// facts checked on the record of what the writer wrote (``SchemaFacts``),
    /// and the rules' lines taken from that record. Nil when the facts do not
    /// model some part of the document, or its documentType is not exactly
    /// one of the six; the caller then asks libxml2.
    func factsCheck(_ written: WrittenElements, of document: OwnershipDocument, forSubmission: Bool) -> [Diagnostic]? {
        guard let typeText = document.documentType, let type = DocumentType(rawValue: typeText),
            var facts = SchemaFacts(written), let findings = facts.check(type)
        else { return nil }
        let name = Self.selfCheckName
        let found = findings.map { f in
            Diagnostic(severity: .error, rule: "XSD", message: f.message, path: f.path,
                       location: SourceLocation(file: name, line: f.line, column: 0))
        }
        return Self.merged(found, rulesOn: document, forSubmission: forSubmission) { facts.line(of: $0) }
    }

    /// The business rules' diagnostics on `document`, each placed on the line
    /// `line` gives its path (which orders it and pairs it with an XSD error on
    /// the same element), merged with the XSD's `found` as `validate` does.
    private static func merged(_ found: [Diagnostic], rulesOn document: OwnershipDocument, forSubmission: Bool,
                               line: (String) -> Int?) -> [Diagnostic] {
        let ruled = BusinessRules.check(document, options: RuleOptions(forSubmission: forSubmission)).map { d in
            var d = d
            if d.location == nil, let path = d.path, let at = line(path) {
                d.location = SourceLocation(file: selfCheckName, line: at, column: 0)
            }
            return d
        }
        // `validate` fills in columns before sorting, but in the writer's XML every
        // element starts a line of its own (values are escaped, so no other "<"
        // opens a name on it), so all diagnostics on one line get one column:
        // sorting by line and then as found gives the same order.
        return inDocumentOrder(droppingSchemaDuplicates(of: ruled, from: found) + ruled)
    }

    /// The line of the element at `path` (or of its deepest ancestor present),
    /// read the way `TreeLocator.locate` reads a path: steps split on "/", the
    /// first naming the root, `name[n]` the n-th child of that name, a rank
    /// that is not a number counting as 1.
    static func line(of path: String, in parsed: ParsedXMLDocument) -> Int? {
        guard let (root, steps) = steps(of: path) else { return nil }
        return parsed.line(root: root, steps: steps.lazy.map { ParsedXMLDocument.Step(name: $0.name, rank: $0.rank) })
    }

    /// A path's root and its steps below the root, as ``line(of:in:)`` reads them.
    static func steps(of path: String) -> (root: Substring, steps: [(name: Substring, rank: Int)])? {
        var parts = path.split(separator: "/")
        guard let root = parts.first else { return nil }
        parts.removeFirst()
        return (root, parts.map { step in
            if let bracket = step.firstIndex(of: "["), step.last == "]" {
                let rank = Int(step[step.index(after: bracket)..<step.index(before: step.endIndex)]) ?? 1
                return (step[..<bracket], rank)
            }
            return (step, 1)
        })
    }
}
