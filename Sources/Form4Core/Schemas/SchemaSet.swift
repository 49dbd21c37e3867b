#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LibXML
import Synchronization

/// The XSDs to validate ownership documents with, one per document type,
/// each compiled the first time it is needed and then shared by every thread.
///
/// Two sources: ``embedded``, the project's own schemas compiled into the binary
/// (so a `form4xml` copied alone to another machine still validates), and
/// ``init(directory:)``, a folder of XSDs the user supplies, such as the SEC's
/// official `ownership4Document.xsd.xml` with its common file beside it.
public final class SchemaSet: Sendable {
    /// Where one document type's schema comes from.
    private enum Source: Sendable {
        /// A file in the embedded set, compiled after its includes are inlined.
        case embedded(name: String)
        /// A file on disk, compiled by libxml2 with its includes beside it.
        case file(path: String)
    }

    /// `embedded` or the folder given, to name the set in messages.
    public let origin: String
    private let embeddedFiles: [String: String]
    private let sources: [DocumentType: Source]
    private let compiled = Mutex<[DocumentType: Result<XMLSchema, SchemaSetError>]>([:])

    /// The project's schemas (`Schemas/*.xsd`), as compiled into the binary.
    public static let embedded = SchemaSet(embeddedFiles: EmbeddedSchemas.files)

    private init(embeddedFiles files: [String: String]) {
        origin = "embedded"
        embeddedFiles = files
        var sources: [DocumentType: Source] = [:]
        for type in DocumentType.allCases where files[type.projectSchemaFileName] != nil {
            sources[type] = .embedded(name: type.projectSchemaFileName)
        }
        self.sources = sources
    }

    /// The schemas in `directory`, chosen per document type by file name:
    /// `ownership4Document.xsd.xml`, `ownership4Document.xsd` or `ownership4.xsd`
    /// for a `4`, `ownership4ADocument.xsd.xml` … for a `4/A`, and so on. Types
    /// with no such file have no schema in this set (``schema(for:)`` says so).
    ///
    /// - Throws: ``SchemaSetError`` with ``SchemaSetError/Code/directoryUnusable``
    ///   when the folder does not exist or holds no schema for any type.
    public init(directory: String) throws(SchemaSetError) {
        guard Self.isDirectory(directory) else {
            throw SchemaSetError(code: .directoryUnusable, message: "schema folder \(directory) does not exist")
        }
        origin = directory
        embeddedFiles = [:]
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        var sources: [DocumentType: Source] = [:]
        for type in DocumentType.allCases {
            if let name = type.schemaFileNames.first(where: { Self.isReadableFile(folder + $0) }) {
                sources[type] = .file(path: folder + name)
            }
        }
        guard !sources.isEmpty else {
            let examples = DocumentType.form4.schemaFileNames.joined(separator: ", ")
            throw SchemaSetError(code: .directoryUnusable,
                                 message: "no ownership schema in \(directory) (looked for names such as \(examples))")
        }
        self.sources = sources
    }

    /// The document types this set has a schema for.
    public var documentTypes: [DocumentType] {
        DocumentType.allCases.filter { sources[$0] != nil }
    }

    /// The file the schema for `type` comes from (an embedded name or a path).
    public func schemaName(for type: DocumentType) -> String? {
        switch sources[type] {
        case .embedded(let name): name
        case .file(let path): path
        case nil: nil
        }
    }

    /// The compiled schema for `type`, compiled on first use and cached; a
    /// schema that failed to compile keeps failing with the same error.
    public func schema(for type: DocumentType) throws(SchemaSetError) -> XMLSchema {
        guard let source = sources[type] else {
            throw SchemaSetError(code: .noSchemaForDocumentType,
                                 message: "no schema for documentType \(type.rawValue) in \(origin) schemas",
                                 documentType: type.rawValue)
        }
        let result = compiled.withLock { cache -> Result<XMLSchema, SchemaSetError> in
            if let done = cache[type] { return done }
            let fresh = compile(source, for: type)
            cache[type] = fresh
            return fresh
        }
        return try result.get()
    }

    /// The schema for a documentType as written in a document; one that is not
    /// among the six EDGAR types has no schema.
    public func schema(forDocumentType written: String) throws(SchemaSetError) -> XMLSchema {
        guard let type = DocumentType(rawValue: written.trimmingXMLWhitespace()) else {
            throw SchemaSetError(code: .noSchemaForDocumentType,
                                 message: "documentType \"\(written)\" is not one of 3, 3/A, 4, 4/A, 5, 5/A",
                                 documentType: written)
        }
        return try schema(for: type)
    }

    private func compile(_ source: Source, for type: DocumentType) -> Result<XMLSchema, SchemaSetError> {
        do {
            switch source {
            case .embedded(let name):
                // Without the comments and indentation the compiler would parse and drop.
                let inlined = try SchemaIncludeInliner.inline(name, files: embeddedFiles)
                let text = SchemaCompactor.compacted(inlined)
                return .success(try Self.compileSchema { () throws(XMLSchemaError) in
                    try XMLSchema(source: text, baseURL: name)
                })
            case .file(let path):
                return .success(try Self.compileSchema { () throws(XMLSchemaError) in
                    try XMLSchema(contentsOfFile: path)
                })
            }
        } catch {
            return .failure(error)
        }
    }

    private static func compileSchema(_ body: () throws(XMLSchemaError) -> XMLSchema) throws(SchemaSetError)
        -> XMLSchema
    {
        do {
            return try body()
        } catch {
            throw SchemaSetError(code: .compileFailed, message: error.description,
                                 diagnostics: error.diagnostics)
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func isReadableFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && access(path, R_OK) == 0
    }
}
