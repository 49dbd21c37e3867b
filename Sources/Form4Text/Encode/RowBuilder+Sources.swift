import Form4Core

extension RowBuilder {
    /// Where each value a row sets was read, by the value's path relative to
    /// the row, in the order set. A row sets a dozen or so, each once or
    /// twice: a short list searched by path stands in for a dictionary that
    /// hashed every path of every row (and was emptied and filled again per
    /// row). ``LooseTextEncoder/record(_:_:_:)`` files the entries under the
    /// row's path; their order is not read (each path is there once).
    struct Sources {
        private(set) var entries: [(path: String, location: SourceLocation)] = []

        /// As a dictionary's: the location set last for the path; setting one
        /// replaces it, setting nil removes it.
        subscript(path: String) -> SourceLocation? {
            get { index(of: path).map { entries[$0].location } }
            set {
                if let k = index(of: path) {
                    if let newValue { entries[k].location = newValue } else { entries.remove(at: k) }
                } else if let newValue {
                    entries.append((path, newValue))
                }
            }
        }

        /// Where `path` is in the list. Paths are element names, ASCII: two of
        /// them are equal only with as many bytes, asked first (most paths a row
        /// sets differ in length; comparing them cost more than the rest of the
        /// lookup), and the entries are asked in place (the library's search
        /// handed the test a copy of each, its strings retained).
        private func index(of path: String) -> Int? {
            let n = path.utf8.count
            for k in entries.indices where entries[k].path.utf8.count == n && entries[k].path == path { return k }
            return nil
        }

        mutating func removeAll(keepingCapacity: Bool) {
            entries.removeAll(keepingCapacity: keepingCapacity)
        }
    }
}
