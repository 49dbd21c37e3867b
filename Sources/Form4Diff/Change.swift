/// One difference in what two filings say.
///
/// `path` names the place in form terms ("Table I row 3 (Common Stock,
/// 11/04/2021, S): price") rather than as an XPath, because the people who read
/// a diff of a Form 4 think in the form's boxes and rows. `old` and `new` are
/// the values as written in each file (nil when the value is absent there).
public struct Change: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case added, removed, changed, moved
    }

    /// How the text report decorates a value; the JSON report never does.
    public enum Display: String, Sendable, Hashable, Codable {
        case plain, money, quoted
        /// A whole row, owner or signature added, removed or moved: the
        /// value is its content, shown after a colon.
        case part
    }

    public var kind: Kind
    public var path: String
    public var old: String?
    public var new: String?
    /// The EDGAR element the change is about (`transactionPricePerShare`,
    /// `nonDerivativeTransaction`, `footnoteId`), for scripts and `--ignore`.
    public var field: String
    public var display: Display

    public init(kind: Kind, path: String, old: String?, new: String?, field: String, display: Display = .plain) {
        self.kind = kind
        self.path = path
        self.old = old
        self.new = new
        self.field = field
        self.display = display
    }
}
