/// What the user supplies beside the text: the identifiers the printed form
/// does not show, and values to fill in or override by EDGAR element name.
public struct EncodeOptions: Sendable {
    public var issuerCik: String?
    /// One per reporting owner, in the order the form lists them.
    public var ownerCiks: [String]
    public var ownerCccs: [String]
    /// `--set ELEMENT[=N]=VALUE`, applied last, in order.
    public var overrides: [ElementOverride]
    /// Schema version to write; by default the one the form's layout implies.
    public var schemaVersion: String?

    public init(issuerCik: String? = nil, ownerCiks: [String] = [], ownerCccs: [String] = [],
                overrides: [ElementOverride] = [], schemaVersion: String? = nil) {
        self.issuerCik = issuerCik
        self.ownerCiks = ownerCiks
        self.ownerCccs = ownerCccs
        self.overrides = overrides
        self.schemaVersion = schemaVersion
    }
}

/// The result of encoding one input: the document, where each value came
/// from, and every doubt met on the way.
public struct EncodeResult: Sendable {
    public var document: OwnershipDocument
    public var sourceMap: SourceMap
    /// Warnings about the input (misreadings, cross-check failures, values left out).
    public var diagnostics: [Diagnostic]
    /// `json`, `canonical`, `markdown`, `cells` or `layout`.
    public var inputStyle: String

    public init(document: OwnershipDocument, sourceMap: SourceMap, diagnostics: [Diagnostic], inputStyle: String) {
        self.document = document
        self.sourceMap = sourceMap
        self.diagnostics = diagnostics
        self.inputStyle = inputStyle
    }
}

/// The input is not a Form 3, 4 or 5 (or not text at all): nothing is written.
public struct EncodeFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map { $0.formatted() }.joined(separator: "\n") }
}

import Form4Core
