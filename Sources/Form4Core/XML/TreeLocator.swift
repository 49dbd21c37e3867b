import LibXML

/// Finds where an element of a read document was in the input, given its XPath.
///
/// Locations are looked up only for the few paths that need one (those of
/// diagnostics), by walking the tree, rather than recorded for every element
/// while reading: recording cost more than reading itself.
struct TreeLocator: Sendable {
    let root: XMLElement
    let file: String
    let lineOffset: Int

    /// Elements EDGAR repeats; their paths always carry a 1-based index.
    static let repeated: Set<String> = [
        "reportingOwner", "ownerSignature", "footnote", "footnoteId", "nonDerivativeTransaction",
        "nonDerivativeHolding", "derivativeTransaction", "derivativeHolding",
    ]

    /// The line of the element at `path`, or of its deepest ancestor present.
    func locate(_ path: String) -> SourceLocation? {
        var steps = path.split(separator: "/")
        guard let first = steps.first, first == root.name else { return nil }
        steps.removeFirst()
        var current = root
        for step in steps {
            var name = step
            var wanted = 1
            if let bracket = step.firstIndex(of: "["), step.last == "]" {
                name = step[..<bracket]
                wanted = Int(step[step.index(after: bracket)..<step.index(before: step.endIndex)]) ?? 1
            }
            var seen = 0
            var found: XMLElement?
            for child in current.elements where child.name == name {
                seen += 1
                if seen == wanted {
                    found = child
                    break
                }
            }
            guard let found else { break }
            current = found
        }
        return SourceLocation(file: file, line: current.line + lineOffset, column: 0)
    }

    func locate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { d in
            var d = d
            if d.location == nil, let path = d.path { d.location = locate(path) }
            return d
        }
    }

    /// Every element's location, keyed by its path.
    func fullMap() -> SourceMap {
        var map = SourceMap()
        walk(root, path: "/" + root.name, into: &map)
        return map
    }

    private func walk(_ element: XMLElement, path: String, into map: inout SourceMap) {
        map[path] = SourceLocation(file: file, line: element.line + lineOffset, column: 0)
        var counts: [String: Int] = [:]
        for child in element.elements {
            let name = child.name
            var childPath = path + "/" + name
            if Self.repeated.contains(name) {
                counts[name, default: 0] += 1
                childPath += "[\(counts[name]!)]"
            }
            walk(child, path: childPath, into: &map)
        }
    }
}
