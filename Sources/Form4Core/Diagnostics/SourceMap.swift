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
    /// its name; so a path that is not found as written is looked up again
    /// with each step's `[1]` given or taken away.
    public func nearest(_ path: String) -> SourceLocation? {
        Self.nearest(path, in: locations) ?? nearestRespelled(path)
    }

    /// Fills in the location of each diagnostic that has a path and no location yet.
    ///
    /// A diagnostic on an element that has no location of its own and no
    /// located ancestor (`issuer` when the map holds `issuer/issuerName`) points
    /// at the first place its content came from.
    public func locate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var unranked: [(key: String, location: SourceLocation)]?
        return diagnostics.map { d in
            var d = d
            guard d.location == nil, let path = d.path else { return d }
            if let found = nearest(path) {
                d.location = found
                return d
            }
            let keys = unranked ?? locations.map { (Self.withoutFirstRanks($0.key), $0.value) }
            unranked = keys
            d.location = Self.firstContent(enclosing: Self.withoutFirstRanks(path), in: keys)
            return d
        }
    }

    private static func nearest(_ path: String, in locations: [String: SourceLocation]) -> SourceLocation? {
        if let found = locations[path] { return found }
        // Up by "/" on the UTF-8 view: a "/" byte is always a whole character.
        var end = path.utf8.endIndex
        while let slash = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")), slash > path.utf8.startIndex {
            end = slash
            if let found = locations[String(path[..<slash])] { return found }
        }
        return nil
    }

    /// ``nearest(_:)`` over the spellings of `path` whose steps below the root
    /// have `[1]` given or taken away, deepest level first; only for a path not
    /// found as written, and at most 2^6 spellings a level.
    private func nearestRespelled(_ path: String) -> SourceLocation? {
        let steps = Self.steps(of: path)
        guard steps.count > 2, steps.count <= 8 else { return nil }
        var candidate = ""
        candidate.reserveCapacity(path.utf8.count + 3 * steps.count)
        // Steps ranked other than [1] are never respelled: the masks that would
        // respell one are passed over before a candidate is built for them.
        var fixed = 0
        for (i, step) in steps[2...].enumerated() where step.utf8.last == UInt8(ascii: "]") && step.last == "]" && !step.hasSuffix("[1]") {
            fixed |= 1 << i
        }
        for depth in stride(from: steps.count, to: 2, by: -1) {
            let free = steps[2..<depth]
            masks: for mask in 1..<(1 << free.count) where mask & fixed == 0 {
                candidate.removeAll(keepingCapacity: true)
                candidate += "/"
                candidate += steps[1]
                for (i, step) in free.enumerated() {
                    candidate += "/"
                    if mask & (1 << i) == 0 {
                        candidate += step
                    } else if step.hasSuffix("[1]") {
                        candidate += step.dropLast(3)
                    } else if step.last == "]" {
                        continue masks
                    } else {
                        candidate += step
                        candidate += "[1]"
                    }
                }
                if let found = locations[candidate] { return found }
            }
        }
        return nil
    }

    /// `path` split on "/", empty steps kept. An ASCII path (every path the
    /// readers and rules make) is cut at its "/" bytes, which are whole
    /// characters there; cutting it as characters cost most of a respelled lookup.
    private static func steps(of path: String) -> [Substring] {
        let u = path.utf8
        guard u.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/", omittingEmptySubsequences: false) }
        var steps: [Substring] = []
        steps.reserveCapacity(8)
        var start = u.startIndex
        var i = u.startIndex
        while i != u.endIndex {
            if u[i] == UInt8(ascii: "/") {
                steps.append(path[start..<i])
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        steps.append(path[start..<u.endIndex])
        return steps
    }

    /// The earliest place recorded under the closest ancestor of `path` (or
    /// `path` itself) that holds located content; never the root's whole
    /// content, which would point anywhere. `keys` are spelled without `[1]`.
    private static func firstContent(enclosing path: String,
                                     in keys: [(key: String, location: SourceLocation)]) -> SourceLocation? {
        var current = Substring(path)
        while current.dropFirst().contains("/") {
            let prefix = current + "/"
            if let first = keys.lazy.filter({ $0.key.hasPrefix(prefix) }).map(\.location)
                .min(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
                return first
            }
            guard let slash = current.lastIndex(of: "/") else { break }
            current = current[..<slash]
        }
        return nil
    }

    private static func withoutFirstRanks(_ path: String) -> String {
        guard path.contains("[1]") else { return path }
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("[1]") ? $0.dropLast(3) : $0 }
            .joined(separator: "/")
    }
}
