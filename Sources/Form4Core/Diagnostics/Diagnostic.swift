/// One finding about a document: a schema violation, a broken business rule,
/// a doubtful value read from loose text.
///
/// `rule` is a stable identifier (`XSD`, `XML`, `OWN-RELATIONSHIP`, …) that
/// scripts can match on; messages may be reworded, rule ids are not.
public struct Diagnostic: Error, Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var severity: Severity
    public var rule: String
    public var message: String
    /// Where in the document, as an XPath with 1-based indexes:
    /// `/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionAmounts/transactionShares`.
    public var path: String?
    /// Where in the input the user gave (file, line, column).
    public var location: SourceLocation?

    public init(severity: Severity, rule: String, message: String, path: String? = nil,
                location: SourceLocation? = nil) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.path = path
        self.location = location
    }

    public static func error(_ rule: String, _ message: String, path: String? = nil) -> Diagnostic {
        Diagnostic(severity: .error, rule: rule, message: message, path: path)
    }

    public static func warning(_ rule: String, _ message: String, path: String? = nil) -> Diagnostic {
        Diagnostic(severity: .warning, rule: rule, message: message, path: path)
    }
}

/// A place in an input file. Lines and columns are 1-based; 0 means unknown.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var file: String?
    public var line: Int
    public var column: Int

    public init(file: String? = nil, line: Int, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }
}

extension Diagnostic {
    /// `file:line:col: error: [RULE] message (at /path)`, the form compilers use,
    /// so editors and CI annotate it without configuration.
    public func formatted(defaultFile: String? = nil) -> String {
        let file = location?.file ?? defaultFile ?? "<input>"
        let line = location?.line ?? 0
        let column = location?.column ?? 0
        let severity = severity.rawValue
        // One string with room for all of it, appended to in place: the interpolation
        // grew its buffer as it went, and the path's part was a second string appended after.
        var text = ""
        text.reserveCapacity(file.utf8.count + severity.utf8.count + rule.utf8.count + message.utf8.count
            + (path?.utf8.count ?? 0) + 48)
        text += file
        text += ":"
        text += String(line)
        text += ":"
        text += String(column)
        text += ": "
        text += severity
        text += ": ["
        text += rule
        text += "] "
        text += message
        if let path {
            text += " (at "
            text += path
            text += ")"
        }
        return text
    }
}
