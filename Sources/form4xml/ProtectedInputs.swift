/// The inputs an output must not overwrite, indexed by file name.
///
/// Only an input with the output's file name can be the output (resolving every
/// input for every output would make many inputs quadratic), and even comparing
/// every input's name with every output's was: with a few hundred inputs it cost
/// more than encoding them. The names are cut once, here.
struct ProtectedInputs: Sendable {
    private let paths: [String]
    private let byName: [String: [Int]]

    init(_ paths: [String]) {
        self.paths = paths
        var byName: [String: [Int]] = [:]
        for (k, path) in paths.enumerated() {
            if let name = Self.name(of: path) { byName[name, default: []].append(k) }
        }
        self.byName = byName
    }

    /// The inputs equal to `output` or with its file name, in the inputs' order.
    func candidates(for output: String) -> [String] {
        // An input equal to the output has the output's name, so when the
        // output has a name that list is whole: scanning every input for each
        // output made a bulk run quadratic.
        if let name = Self.name(of: output) { return (byName[name] ?? []).map { paths[$0] } }
        var indexes = Set(byName[output] ?? [])
        for (k, path) in paths.enumerated() where path == output { indexes.insert(k) }
        return indexes.sorted().map { paths[$0] }
    }

    /// The last non-empty `/`-separated part, as `split(separator: "/").last` gives it.
    ///
    /// Found from the end on bytes when the path is ASCII (each byte is then a
    /// character): the `Character` split walked every path whole.
    static func name(of path: String) -> String? {
        let u = path.utf8
        // ASCII asked of the bytes in place (a `contains(where:)` over the view cost a
        // third of a percent of a bulk encode).
        let span = u.span
        var ascii = true
        for i in span.indices where span[i] >= 0x80 {
            ascii = false
            break
        }
        guard !ascii else {
            var end = u.endIndex
            while end > u.startIndex, u[u.index(before: end)] == UInt8(ascii: "/") { end = u.index(before: end) }
            if end == u.startIndex { return nil }
            var start = end
            while start > u.startIndex, u[u.index(before: start)] != UInt8(ascii: "/") { start = u.index(before: start) }
            return String(Substring(u[start..<end]))
        }
        return path.split(separator: "/").last.map(String.init)
    }
}
