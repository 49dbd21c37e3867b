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
            get { entries.first(where: { $0.path == path })?.location }
            set {
                if let k = entries.firstIndex(where: { $0.path == path }) {
                    if let newValue { entries[k].location = newValue } else { entries.remove(at: k) }
                } else if let newValue {
                    entries.append((path, newValue))
                }
            }
        }

        mutating func removeAll(keepingCapacity: Bool) {
            entries.removeAll(keepingCapacity: keepingCapacity)
        }
    }
}
