import Form4Core

/// A doubt about the input, found while reading it, with the input line and
/// column it is about. Becomes a ``Diagnostic`` (severity warning) at the end.
struct EncodeWarning: Sendable, Hashable {
    var rule: String
    var message: String
    var line: Int
    var column: Int
    var path: String?

    init(rule: String, message: String, line: Int, column: Int = 0, path: String? = nil) {
        self.rule = rule
        self.message = message
        self.line = line
        self.column = column
        self.path = path
    }

    func diagnostic(file: String?) -> Diagnostic {
        Diagnostic(severity: .warning, rule: rule, message: message, path: path,
                   location: SourceLocation(file: file, line: line, column: column))
    }
}
