import Form4Core

/// `--report`: for each input, every value written with the input line and
/// column it came from, and every warning and error.
public struct EncodeReport: Sendable, Codable {
    public struct Field: Sendable, Codable {
        public var path: String
        public var value: String
        public var line: Int?
        public var column: Int?
    }

    public var file: String
    public var style: String?
    public var exitStatus: Int
    public var fields: [Field]
    public var diagnostics: [Diagnostic]

    public init(file: String, result: EncodeResult?, exitStatus: Int, diagnostics: [Diagnostic], withFields: Bool = true) {
        self.file = file
        self.style = result?.inputStyle
        self.exitStatus = exitStatus
        self.diagnostics = diagnostics
        var fields: [Field] = []
        if let result, withFields {
            EncodeReport.flatten(result.document, path: "/ownershipDocument", into: &fields)
            for k in fields.indices {
                let l = result.sourceMap.nearest(fields[k].path)
                fields[k].line = l?.line
                fields[k].column = l?.column
            }
        }
        self.fields = fields
    }

    /// Walks the model by reflection: property names are EDGAR element names,
    /// arrays are repeated elements (1-based indexes), `Footnoted` becomes
    /// `value` plus `footnoteId` entries.
    static func flatten(_ value: Any, path: String, into fields: inout [Field]) {
        switch value {
        case let s as String: fields.append(Field(path: path, value: s))
        case let d as DecimalText: fields.append(Field(path: path, value: d.text))
        case let d as DateText: fields.append(Field(path: path, value: d.text))
        case let b as Bool: fields.append(Field(path: path, value: b ? "1" : "0"))
        default:
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                if let child = mirror.children.first { flatten(child.value, path: path, into: &fields) }
                return
            }
            if mirror.displayStyle == .collection {
                let isNotes = path.hasSuffix("/footnoteId")
                for (k, child) in mirror.children.enumerated() {
                    if isNotes, let id = child.value as? String {
                        fields.append(Field(path: "\(path)[\(k + 1)]", value: id))
                    } else {
                        flatten(child.value, path: "\(path)[\(k + 1)]", into: &fields)
                    }
                }
                return
            }
            for child in mirror.children {
                guard let label = child.label else { continue }
                let name = label == "footnotes" ? "footnotes/footnote" : label
                flatten(child.value, path: "\(path)/\(name)", into: &fields)
            }
        }
    }
}
