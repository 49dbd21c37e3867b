/// Gathers the changes of one comparison, in the order the parts are
/// visited (which is document order), applying `--ignore` as it goes.
struct ChangeCollector: Sendable {
    let options: DiffOptions
    let oldNotes: FootnoteIndex
    let newNotes: FootnoteIndex
    private(set) var changes: [Change] = []

    init(options: DiffOptions, oldNotes: FootnoteIndex, newNotes: FootnoteIndex) {
        self.options = options
        self.oldNotes = oldNotes
        self.newNotes = newNotes
    }

    mutating func append(_ change: Change) { changes.append(change) }

    private var comparesFootnotes: Bool {
        !options.ignoresAny(["footnoteId", "footnote", "footnotes"])
    }

    /// Compares two field lists of the same part, element by element.
    /// `prefix` names the part ("Issuer", "Table I row 3 (…)").
    mutating func compare(_ old: [DiffField], _ new: [DiffField], at prefix: String) {
        let newByElement = Dictionary(new.map { ($0.element, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        for o in old {
            seen.insert(o.element)
            let n = newByElement[o.element] ?? DiffField(o.element, nil, group: o.group, isFlag: o.isFlag)
            compare(o, n, at: prefix)
        }
        for n in new where !seen.contains(n.element) {
            compare(DiffField(n.element, nil, group: n.group, isFlag: n.isFlag), n, at: prefix)
        }
    }

    private mutating func compare(_ o: DiffField, _ n: DiffField, at prefix: String) {
        if o.isIgnored(by: options) { return }
        let path = prefix.isEmpty ? capitalized(o.label) : "\(prefix): \(o.label)"
        if !o.sameValue(as: n) {
            let kind: Change.Kind = o.value == nil ? .added : n.value == nil ? .removed : .changed
            changes.append(Change(kind: kind, path: path, old: o.value?.written, new: n.value?.written,
                                  field: o.element, display: o.display))
        }
        if comparesFootnotes && !(o.footnoteIds.isEmpty && n.footnoteIds.isEmpty) {
            compareFootnotes(o.footnoteIds, n.footnoteIds, at: path + " footnote")
        }
    }

    /// Footnotes cited on one field, compared by their text as multisets: the
    /// numbers and the order of citation are layout. A changed text is one
    /// `changed` entry (old text, new text) on this field.
    mutating func compareFootnotes(_ oldIds: [String], _ newIds: [String], at path: String) {
        let oldTexts = oldIds.map { oldNotes.text($0) }
        var newTexts = newIds.map { newNotes.text($0) }
        // Exact spellings pair first, so the text shown is the one each side wrote.
        var unpaired: [String] = []
        for text in oldTexts {
            if let i = newTexts.firstIndex(of: text) { newTexts.remove(at: i) } else { unpaired.append(text) }
        }
        var removed: [String] = []
        for text in unpaired {
            let key = TextFolding.fold(text)
            if let i = newTexts.firstIndex(where: { TextFolding.fold($0) == key }) {
                newTexts.remove(at: i)
            } else {
                removed.append(text)
            }
        }
        let added = newTexts
        for i in 0..<max(removed.count, added.count) {
            let old = i < removed.count ? removed[i] : nil
            let new = i < added.count ? added[i] : nil
            let kind: Change.Kind = old == nil ? .added : new == nil ? .removed : .changed
            changes.append(Change(kind: kind, path: path, old: old, new: new, field: "footnoteId", display: .quoted))
        }
    }

    private func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
