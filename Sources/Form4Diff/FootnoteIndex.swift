import Form4Core

/// The text of each footnote of one document, by id, so fields can be
/// compared by what their footnotes say rather than by their numbers: a 4/A
/// that renumbers F1..Fn says the same thing as the original.
struct FootnoteIndex: Sendable {
    private var texts: [String: (text: String, folded: String)] = [:]

    init(_ footnotes: [Footnote]) {
        for note in footnotes {
            let id = TextFolding.fold(note.id)
            if texts[id] == nil { texts[id] = (note.text, TextFolding.fold(note.text)) }
        }
    }

    /// The text with white space folded, computed once per footnote.
    func folded(_ id: String) -> String {
        let key = TextFolding.fold(id)
        return texts[key]?.folded ?? "[\(key): no such footnote]"
    }

    /// The text as written, or a marker for an id the document does not define
    /// (a dangling reference is content too, and must not vanish).
    func text(_ id: String) -> String {
        let key = TextFolding.fold(id)
        return texts[key]?.text ?? "[\(key): no such footnote]"
    }

    func contains(_ id: String) -> Bool { texts[TextFolding.fold(id)] != nil }
}
