/// The verdict on one input file.
public struct ValidationReport: Sendable, Hashable, Codable {
    /// The input's name as the user gave it.
    public var file: String
    /// The documentType found in it, when it could be read that far.
    public var documentType: String?
    /// The schema it was checked against (an embedded name or a path).
    public var schema: String?
    /// False when the file could not be read at all (exit status 2).
    public var readable: Bool
    public var diagnostics: [Diagnostic]

    public init(file: String, documentType: String? = nil, schema: String? = nil, readable: Bool = true,
                diagnostics: [Diagnostic] = []) {
        self.file = file
        self.documentType = documentType
        self.schema = schema
        self.readable = readable
        self.diagnostics = diagnostics
    }

    /// Valid means no errors; warnings are allowed.
    public var isValid: Bool { readable && !diagnostics.contains { $0.severity == .error } }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
