/// EDGAR's business rules for ownership documents: the checks the XML schema
/// cannot express (SPEC-NOTES §6; technical specification §3.3, §4, §5).
///
/// The rules judge the model, not XML, so they serve every producer of a
/// document: the reader, `encode`, hand-built documents. XML-level matters
/// (processing instructions, well-formedness, schema conformance) belong to
/// the reader and the schema.
public enum BusinessRules {
    /// All diagnostics for `document`, each with its stable rule id, the
    /// specification's severity and the XPath of the element at fault.
    public static func check(_ document: OwnershipDocument, options: RuleOptions = RuleOptions()) -> [Diagnostic] {
        var context = RuleContext(document: document, options: options)
        context.checkHeader()
        context.checkOwners()
        context.checkSignatures()
        context.checkTableContent()
        context.checkTransactionCoding()
        context.checkOwnershipNature()
        context.checkSharesOrValue()
        context.checkValueOrFootnote()
        context.checkDecimals()
        context.checkFootnotes()
        context.checkLengths()
        if options.forSubmission {
            context.checkEdgarFilled()
            context.checkOwnerCCC()
            context.checkObsoleteState()
            context.checkOneLine()
        }
        return context.diagnostics
    }
}

/// What every rule family needs: the document, the options, the table rows
/// computed once, and the diagnostics found so far.
struct RuleContext {
    let document: OwnershipDocument
    let options: RuleOptions
    /// Nil when documentType is none of the six; form-dependent rules then stay silent.
    let type: DocumentType?
    let rows: [TableRow]
    private(set) var diagnostics: [Diagnostic] = []

    init(document: OwnershipDocument, options: RuleOptions) {
        self.document = document
        self.options = options
        type = document.type
        rows = document.tableRows
    }

    mutating func report(_ rule: RuleID, _ message: String, at path: String?) {
        diagnostics.append(rule.diagnostic(message, path: path))
    }
}
