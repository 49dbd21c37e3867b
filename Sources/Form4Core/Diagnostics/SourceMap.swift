/// Where each element of a document came from in the input, keyed by the
/// element's XPath (1-based indexes on repeated elements).
///
/// Readers fill it as they go; diagnostics computed on the model look their
/// path up here to point the user at the right line. A path that is missing
/// falls back to its nearest recorded ancestor, so a rule about a missing
/// element still points at the row that lacks it.
public struct SourceMap: Sendable, Hashable, Codable {
    public var locations: [String: SourceLocation]

    public init(locations: [String: SourceLocation] = [:]) {
        self.locations = locations
    }

    public subscript(path: String) -> SourceLocation? {
        get { locations[path] }
        set { locations[path] = newValue }
    }

    /// The location of `path` or of its closest ancestor that has one.
    public func nearest(_ path: String) -> SourceLocation? {
        var current = Substring(path)
        while !current.isEmpty {
            if let found = locations[String(current)] { return found }
            guard let slash = current.lastIndex(of: "/") else { break }
            current = current[..<slash]
        }
        return nil
    }

    /// Fills in the location of each diagnostic that has a path and no location yet.
    public func locate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { d in
            var d = d
            if d.location == nil, let path = d.path { d.location = nearest(path) }
            return d
        }
    }
}
