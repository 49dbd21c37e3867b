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
    ///
    /// Readers record a repeated element with its rank (`reportingOwner[1]`),
    /// while libxml2 names an element without one when it has no sibling of
    /// its name; so a path that is not found as written is looked up again with
    /// every `[1]` left out on both sides.
    public func nearest(_ path: String) -> SourceLocation? {
        if let found = Self.nearest(path, in: locations) { return found }
        guard locations.keys.contains(where: { $0.contains("[1]") }) || path.contains("[1]") else { return nil }
        return Self.nearest(Self.withoutFirstRanks(path), in: firstRanksDropped())
    }

    /// Fills in the location of each diagnostic that has a path and no location yet.
    ///
    /// A diagnostic on an element that has no location of its own and no
    /// located ancestor (`issuer` when the map holds `issuer/issuerName`) points
    /// at the first place its content came from.
    public func locate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var dropped: [String: SourceLocation]?
        return diagnostics.map { d in
            var d = d
            guard d.location == nil, let path = d.path else { return d }
            if let found = Self.nearest(path, in: locations) {
                d.location = found
                return d
            }
            let canonical = dropped ?? firstRanksDropped()
            dropped = canonical
            let key = Self.withoutFirstRanks(path)
            d.location = Self.enclosingPlace(of: key, in: canonical)
            return d
        }
    }

    private static func nearest(_ path: String, in locations: [String: SourceLocation]) -> SourceLocation? {
        var current = Substring(path)
        while !current.isEmpty {
            if let found = locations[String(current)] { return found }
            guard let slash = current.lastIndex(of: "/") else { break }
            current = current[..<slash]
        }
        return nil
    }

    /// The place of `path` or, going up, of the first element that has one of
    /// its own or holds located content (then the earliest of that content);
    /// never the root's whole content, which would point anywhere.
    private static func enclosingPlace(of path: String, in locations: [String: SourceLocation]) -> SourceLocation? {
        var current = Substring(path)
        while current.dropFirst().contains("/") {
            if let found = locations[String(current)] { return found }
            let prefix = current + "/"
            if let first = locations.lazy.filter({ $0.key.hasPrefix(prefix) }).map(\.value)
                .min(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
                return first
            }
            guard let slash = current.lastIndex(of: "/") else { break }
            current = current[..<slash]
        }
        return locations[String(current)]
    }

    private func firstRanksDropped() -> [String: SourceLocation] {
        var result: [String: SourceLocation] = [:]
        for (key, location) in locations {
            let canonical = Self.withoutFirstRanks(key)
            // Two keys that differ only by a "[1]" name one element; keep the earlier place.
            if let held = result[canonical], (held.line, held.column) <= (location.line, location.column) { continue }
            result[canonical] = location
        }
        return result
    }

    private static func withoutFirstRanks(_ path: String) -> String {
        guard path.contains("[1]") else { return path }
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("[1]") ? $0.dropLast(3) : $0 }
            .joined(separator: "/")
    }
}
