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
        let name = Self.name(of: output) ?? output
        var indexes = Set(byName[name] ?? [])
        for (k, path) in paths.enumerated() where path.utf8.count == output.utf8.count && path == output {
            indexes.insert(k)
        }
        return indexes.sorted().map { paths[$0] }
    }

    /// The last non-empty `/`-separated part, as `split(separator: "/").last` gives it.
    static func name(of path: String) -> String? {
        path.split(separator: "/").last.map(String.init)
    }
}
