import Foundation
import Form4Core

/// What ``CanonicalTextReader`` read: the model, where each field came from, and what it could not read.
public struct CanonicalReadResult: Sendable {
    public var document: OwnershipDocument
    public var sourceMap: SourceMap
    public var diagnostics: [Diagnostic]
}

/// Reads the canonical text that `form4xml decode` writes (and its markdown
/// twin, and the project's JSON) back into the model, exactly.
///
/// It is tolerant of what a person does in a text editor — re-aligned or
/// re-ordered columns, extra spaces and blank lines, changed case, a box
/// ticked with `x` — and says where (line and column) anything it cannot read
/// is, rather than guessing.
public enum CanonicalTextReader {
    /// True when `text` is the canonical text, its markdown form, or the project's JSON.
    public static func looksCanonical(_ text: String) -> Bool {
        var sawTitle = false
        var checked = 0
        for raw in text.split(separator: "\n", maxSplits: 400, omittingEmptySubsequences: true) {
            let line = raw.trimmedSpaces()
            if line.isEmpty { continue }
            checked += 1
            if checked == 1 {
                if line.hasPrefix("{") { return text.contains("\"reportingOwner\"") && text.contains("\"issuer\"") }
                guard CanonicalHeading.classify(line) == .title else { return false }
                sawTitle = true
                continue
            }
            let stripped = line.hasPrefix("- ") ? line.dropFirst(2) : Substring(line)
            if sawTitle, stripped.lowercased().hasPrefix("document type:") { return true }
            if sawTitle, CanonicalHeading.classify(line) == .owners { return true }
            if checked > 12 { break }
        }
        return false
    }

    public static func read(_ text: String, name: String) -> (document: OwnershipDocument, sourceMap: SourceMap, diagnostics: [Diagnostic]) {
        let r = readResult(text, name: name)
        return (r.document, r.sourceMap, r.diagnostics)
    }

    public static func readResult(_ text: String, name: String) -> CanonicalReadResult {
        if text.drop(while: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{FEFF}" }).first == "{" {
            return readJSON(text, name: name)
        }
        var parser = CanonicalTextParser(name: name)
        parser.parse(text)
        return CanonicalReadResult(document: parser.document, sourceMap: parser.sourceMap, diagnostics: parser.diagnostics)
    }

    static func readJSON(_ text: String, name: String) -> CanonicalReadResult {
        do {
            let document = try JSONDecoder().decode(OwnershipDocument.self, from: Data(text.utf8))
            return CanonicalReadResult(document: document, sourceMap: SourceMap(), diagnostics: [])
        } catch {
            let d = Diagnostic(severity: .error, rule: "JSON", message: "not the project's JSON of a document: \(describe(error))",
                               location: SourceLocation(file: name, line: 1, column: 1))
            return CanonicalReadResult(document: OwnershipDocument(), sourceMap: SourceMap(), diagnostics: [d])
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c), DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return c.debugDescription + " at " + c.codingPath.map(\.stringValue).joined(separator: "/")
        case DecodingError.keyNotFound(let key, let c):
            return "missing \(key.stringValue) at " + c.codingPath.map(\.stringValue).joined(separator: "/")
        default:
            return "\(error)"
        }
    }
}
