/// How strictly a document is judged.
///
/// A document published by EDGAR legitimately carries fields EDGAR filled in
/// (`schemaVersion`, `issuerName`, …) and no CCC; a document about to be filed
/// must not carry the former and must carry the latter. The same model is
/// judged both ways, so the difference is an option rather than two rule sets.
public struct RuleOptions: Sendable, Hashable {
    /// Judge the document as a filer's submission: warn about fields EDGAR fills
    /// in, and turn on the rules that only concern input (CCC, lengths, one line).
    public var forSubmission: Bool

    public init(forSubmission: Bool = false) {
        self.forSubmission = forSubmission
    }
}
