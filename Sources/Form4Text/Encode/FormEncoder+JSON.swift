import Form4Core
import Foundation

extension FormEncoder {
    /// The project's JSON form of a document (the model's `Codable`).
    static func decodeJSON(_ text: String, name: String) throws(EncodeFailure) -> EncodeResult {
        do {
            let document = try JSONDecoder().decode(OwnershipDocument.self, from: Data(text.utf8))
            return EncodeResult(document: document, sourceMap: SourceMap(), diagnostics: [], inputStyle: "json")
        } catch {
            throw EncodeFailure(diagnostics: [Diagnostic(severity: .error, rule: "ENC-JSON",
                message: "not the project's JSON form of an ownership document: \(error)",
                location: SourceLocation(file: name, line: 1, column: 1))])
        }
    }
}
