import Foundation
import LibXML
import TestSupport
@testable import Form4Core

/// Helpers shared by the Schema*Tests suites: validating text, reading a
/// corpus file's documentType, the official X0306 oracle, and the text edits
/// that make invalid variants.
enum SchemaTesting {
    /// Parses `text` and validates it; nil when the text is not even well-formed.
    static func errors(_ text: String, against schema: XMLSchema) throws -> [XMLDiagnostic] {
        try errors(Array(text.utf8), against: schema)
    }

    static func errors(_ bytes: [UInt8], against schema: XMLSchema, name: String = "input") throws
        -> [XMLDiagnostic]
    {
        let document = try ParsedXMLDocument.parse(bytes, name: name)
        return document.validate(against: schema).filter { $0.level == .error }
    }

    static func isValid(_ text: String, against schema: XMLSchema) throws -> Bool {
        try errors(text, against: schema).isEmpty
    }

    /// documentType and schemaVersion of a parsed document, as written.
    static func header(of bytes: [UInt8]) throws -> (documentType: String, schemaVersion: String?) {
        let root = try ParsedXMLDocument.parse(bytes).root
        return (root.element("documentType")?.text ?? "", root.element("schemaVersion")?.text)
    }

    /// The SEC's X0306 Form 4 schema in ../shared, compiled once for all tests.
    static let officialForm4: XMLSchema? = {
        guard let shared = Paths.shared else { return nil }
        let path = shared.appendingPathComponent(
            "reference/edgar-ownership/schemas/X0306-cjavdev/ownership4Document.xsd.xml").path
        return try? XMLSchema(contentsOfFile: path)
    }()

    static var officialSchemaDirectory: String? {
        Paths.shared?.appendingPathComponent("reference/edgar-ownership/schemas/X0306-cjavdev").path
    }

    static func text(of url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }
}

/// Small edits of XML text, each returning nil when the text lacks what it edits.
enum XMLTextEdit {
    /// The range of the first `<name>…</name>` element (these never nest in ownership XML).
    static func elementRange(_ name: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let searchStart = start ?? text.startIndex
        let candidates = [text.range(of: "<\(name)>", range: searchStart..<text.endIndex),
                          text.range(of: "<\(name) ", range: searchStart..<text.endIndex)].compactMap { $0 }
        guard let open = candidates.min(by: { $0.lowerBound < $1.lowerBound }),
              let close = text.range(of: "</\(name)>", range: open.upperBound..<text.endIndex)
        else { return nil }
        return open.lowerBound..<close.upperBound
    }

    /// Removes the first `<name>` element.
    static func removing(_ name: String, in text: String) -> String? {
        guard let range = elementRange(name, in: text) else { return nil }
        var copy = text
        copy.removeSubrange(range)
        return copy
    }

    /// Replaces the content of the first `<name>` element.
    static func replacingContent(of name: String, with content: String, in text: String) -> String? {
        guard let range = elementRange(name, in: text),
              let openEnd = text.range(of: ">", range: range)
        else { return nil }
        let closeStart = text.index(range.upperBound, offsetBy: -("</\(name)>".count))
        var copy = text
        copy.replaceSubrange(openEnd.upperBound..<closeStart, with: content)
        return copy
    }

    /// Replaces the content of the first `<value>` inside the first `<container>`.
    static func replacingValue(inside container: String, with content: String, in text: String) -> String? {
        guard let outer = elementRange(container, in: text),
              let inner = elementRange("value", in: text, from: outer.lowerBound),
              inner.upperBound <= outer.upperBound
        else { return nil }
        let openEnd = text.index(inner.lowerBound, offsetBy: "<value>".count)
        let closeStart = text.index(inner.upperBound, offsetBy: -"</value>".count)
        var copy = text
        copy.replaceSubrange(openEnd..<closeStart, with: content)
        return copy
    }

    /// Inserts `fragment` right after the first `</name>`.
    static func inserting(_ fragment: String, after name: String, in text: String) -> String? {
        guard let close = text.range(of: "</\(name)>") else { return nil }
        var copy = text
        copy.insert(contentsOf: fragment, at: close.upperBound)
        return copy
    }

    /// Swaps the first `<first>` and the first `<second>` element after it.
    static func swapping(_ first: String, _ second: String, in text: String) -> String? {
        guard let a = elementRange(first, in: text),
              let b = elementRange(second, in: text, from: a.upperBound)
        else { return nil }
        let aText = String(text[a]), bText = String(text[b]), between = String(text[a.upperBound..<b.lowerBound])
        var copy = text
        copy.replaceSubrange(a.lowerBound..<b.upperBound, with: bText + between + aText)
        return copy
    }
}
