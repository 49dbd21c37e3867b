import Foundation
import Form4Core

/// The output formats of `form4xml decode`.
public enum DecodeFormat: String, Sendable, CaseIterable {
    case text, markdown, json, html

    /// The file name extension of an output in this format.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .json: "json"
        case .html: "html"
        }
    }
}

/// One entry point for every decode format.
public enum DecodeRenderer {
    public static func render(_ document: OwnershipDocument, as format: DecodeFormat) -> String {
        switch format {
        case .text: CanonicalTextRenderer.text(document)
        case .markdown: CanonicalTextRenderer.markdown(document)
        case .json: json(document)
        case .html: HTMLRenderer.html(document)
        }
    }

    /// The output as UTF-8 bytes for a file; JSON is written as bytes from the start.
    public static func bytes(_ document: OwnershipDocument, as format: DecodeFormat) -> [UInt8] {
        format == .json ? JSONRenderer.bytes(document) : Array(render(document, as: format).utf8)
    }

    /// The project's stable JSON: sorted keys, pretty, decimals and dates as strings
    /// (they are `DecimalText`/`DateText`, kept as their exact text). See ``JSONRenderer``.
    public static func json(_ document: OwnershipDocument) -> String {
        JSONRenderer.json(document)
    }

    /// The same JSON through Foundation's `JSONEncoder`, which ``JSONRenderer`` must match byte for byte.
    public static func foundationJSON(_ document: OwnershipDocument) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
