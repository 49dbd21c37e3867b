/// Resolves the `xs:include`s of the embedded schemas without a file system.
///
/// libxml2 can only follow an include by loading a file or URL, and the
/// embedded schemas have neither. The included file's declarations are pasted
/// in place of the `<xs:include …/>` element instead: with no target namespace
/// on either side, that is the same schema to the compiler.
///
/// It reads this project's own schemas only, so it expects the `xs:` prefix
/// they use and an included file that is a whole `<xs:schema>` document.
enum SchemaIncludeInliner {
    /// Includes nested deeper than this are taken for a cycle.
    static let maximumDepth = 8

    /// The text of `name` from `files` with every include replaced by the
    /// declarations of the file it names.
    static func inline(_ name: String, files: [String: String]) throws(SchemaSetError) -> [UInt8] {
        try inline(name, files: files, depth: 0)
    }

    private static func inline(_ name: String, files: [String: String], depth: Int) throws(SchemaSetError)
        -> [UInt8]
    {
        guard depth <= maximumDepth else {
            throw failure("schema includes nest deeper than \(maximumDepth) levels at \(name) (a cycle?)")
        }
        guard let text = files[name] else {
            throw failure("embedded schema \(name) is missing")
        }
        var bytes = Array(text.utf8)
        var position = 0
        while let start = SchemaTextSearch.firstTag(SchemaTextSearch.includeOpening, in: bytes, from: position) {
            guard let end = SchemaTextSearch.first(SchemaTextSearch.emptyTagClose, in: bytes, from: start) else {
                throw failure("unterminated xs:include in \(name)")
            }
            let tagEnd = end + SchemaTextSearch.emptyTagClose.count
            guard let location = SchemaTextSearch.attribute("schemaLocation", in: bytes[start..<tagEnd]) else {
                throw failure("xs:include without schemaLocation in \(name)")
            }
            let included = try inline(lastPathComponent(location), files: files, depth: depth + 1)
            guard let body = declarations(in: included) else {
                throw failure("\(location), included by \(name), is not an xs:schema document")
            }
            bytes.replaceSubrange(start..<tagEnd, with: body)
            position = start + body.count
        }
        return bytes
    }

    /// What lies between `<xs:schema …>` and `</xs:schema>`.
    static func declarations(in bytes: [UInt8]) -> ArraySlice<UInt8>? {
        guard let open = SchemaTextSearch.firstTag(SchemaTextSearch.schemaOpening, in: bytes, from: 0),
              let openEnd = bytes[open...].firstIndex(of: UInt8(ascii: ">")),
              let close = SchemaTextSearch.last(SchemaTextSearch.schemaClosing, in: bytes),
              close > openEnd
        else { return nil }
        return bytes[(openEnd + 1)..<close]
    }

    /// `./ownershipCommon.xsd` and `ownershipCommon.xsd` name the same embedded file.
    private static func lastPathComponent(_ location: String) -> String {
        String(location.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(location))
    }

    private static func failure(_ message: String) -> SchemaSetError {
        SchemaSetError(code: .compileFailed, message: message)
    }
}
