/// One business rule of EDGAR's ownership filings: a stable identifier, the
/// severity the specification gives a violation, and what it checks.
///
/// Identifiers never change once published: scripts match on them, and
/// `--format json` reports them. Severity follows the Ownership XML Technical
/// Specification: SUSPENSE is an ``Diagnostic/Severity/error``, WARNING a
/// ``Diagnostic/Severity/warning``.
public struct RuleID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Short upper-case identifier such as `OWNER-RELATIONSHIP`.
    public let id: String
    public let severity: Diagnostic.Severity
    /// One line saying what the rule checks.
    public let summary: String
    /// Where the rule comes from (section of the technical specification).
    public let reference: String
    /// True for rules that only apply to a document about to be filed.
    public let submissionOnly: Bool

    public init(_ id: String, _ severity: Diagnostic.Severity, _ summary: String, reference: String,
                submissionOnly: Bool = false) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.reference = reference
        self.submissionOnly = submissionOnly
    }

    public var description: String { id }

    /// A diagnostic of this rule at `path`, with the rule's severity.
    public func diagnostic(_ message: String, path: String?) -> Diagnostic {
        Diagnostic(severity: severity, rule: id, message: message, path: path)
    }
}
