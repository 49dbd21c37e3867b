import Foundation
import Form4Core
@testable import Form4Text

/// The comparison the round-trip laws use: the whole model, field for field,
/// after folding white space in text (the only normalisation allowed:
/// line breaks and runs of spaces in free text carry no meaning in a filing).
enum RoundTrip {
    /// The model as a JSON tree with every string's white space folded.
    static func fields(_ d: OwnershipDocument) -> NSObject {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try! encoder.encode(d)
        let object = try! JSONSerialization.jsonObject(with: data)
        return fold(object) as! NSObject
    }

    private static func fold(_ value: Any) -> Any {
        switch value {
        case let s as String:
            return s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" })
                .joined(separator: " ")
        case let a as [Any]: return a.map(fold)
        case let d as [String: Any]: return d.mapValues(fold)
        default: return value
        }
    }

    /// The first differing path between two field trees, for a readable failure.
    static func firstDifference(_ a: Any, _ b: Any, path: String = "") -> String? {
        switch (a, b) {
        case let (x as [String: Any], y as [String: Any]):
            for key in Set(x.keys).union(y.keys).sorted() {
                guard let xv = x[key] else { return "\(path)/\(key): missing on the left" }
                guard let yv = y[key] else { return "\(path)/\(key): missing on the right" }
                if let d = firstDifference(xv, yv, path: "\(path)/\(key)") { return d }
            }
            return nil
        case let (x as [Any], y as [Any]):
            if x.count != y.count { return "\(path): \(x.count) items vs \(y.count)" }
            for (i, (p, q)) in zip(x, y).enumerated() {
                if let d = firstDifference(p, q, path: "\(path)[\(i)]") { return d }
            }
            return nil
        default:
            return (a as? NSObject) == (b as? NSObject) ? nil : "\(path): \(a) vs \(b)"
        }
    }

    enum Format: CaseIterable { case text, markdown, json }

    static func render(_ d: OwnershipDocument, _ format: Format) -> String {
        switch format {
        case .text: CanonicalTextRenderer.text(d)
        case .markdown: CanonicalTextRenderer.markdown(d)
        case .json: DecodeRenderer.json(d)
        }
    }

    /// Checks both laws for one document and format; nil when they hold, else what broke.
    static func check(_ x: OwnershipDocument, _ format: Format) -> String? {
        let once = render(x, format)
        let read = CanonicalTextReader.readResult(once, name: "rendered")
        if let e = read.diagnostics.first { return "reading back gave: \(e.formatted())" }
        if let diff = firstDifference(fields(x), fields(read.document)) { return "fields differ: \(diff)" }
        let twice = render(read.document, format)
        if twice != once {
            let a = once.split(separator: "\n", omittingEmptySubsequences: false)
            let b = twice.split(separator: "\n", omittingEmptySubsequences: false)
            for (i, (p, q)) in zip(a, b).enumerated() where p != q {
                return "second rendering differs at line \(i + 1):\n  \(p)\n  \(q)"
            }
            return "second rendering differs in length: \(a.count) vs \(b.count) lines"
        }
        return nil
    }
}
