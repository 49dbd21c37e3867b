/// A problem libxml2 reported while parsing or validating, with where it is.
///
/// `code` is libxml2's own error number (an `xmlParserErrors` value), stable
/// across releases, so callers can tell kinds of failure apart without matching
/// message text.
public struct XMLDiagnostic: Error, Sendable, Hashable {
    public enum Level: String, Sendable, Hashable, Codable {
        case warning, error
    }

    public enum Domain: String, Sendable, Hashable, Codable {
        /// Well-formedness, encoding, limits: the bytes are not a usable XML document.
        case parser
        /// XSD validation of a well-formed document.
        case schema
        /// A check this module makes itself (a DOCTYPE, an empty input).
        case guardrail
    }

    public var level: Level
    public var domain: Domain
    public var code: Int
    public var message: String
    /// 1-based line, 0 when unknown.
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
    /// The XPath of the node at fault (schema validation only), as libxml2 writes it.
    public var path: String?

    public init(level: Level, domain: Domain, code: Int, message: String, line: Int, column: Int,
                path: String? = nil) {
        self.path = path
        self.level = level
        self.domain = domain
        self.code = code
        self.message = message
        self.line = line
        self.column = column
    }
}

extension XMLDiagnostic: CustomStringConvertible {
    public var description: String {
        "\(line):\(column): \(level.rawValue): \(message)"
    }
}
