/// Names a matched part (a row, an owner, a signature) by its place in each
/// file and its content: "Table I row 3 (Common Stock, 11/04/2021, S)",
/// "Table I row 4→3 (…)" when it moved, "(old name → new name)" when the
/// naming content itself changed.
enum PartLabel {
    static func label(_ noun: String, oldPosition: Int?, newPosition: Int?, oldName: String?, newName: String?) -> String {
        var text = noun
        switch (oldPosition, newPosition) {
        case let (o?, n?): text += o == n ? " \(o)" : " \(o)→\(n)"
        case let (o?, nil): text += " \(o)"
        case let (nil, n?): text += " \(n)"
        case (nil, nil): break
        }
        let name: String?
        switch (oldName, newName) {
        case let (o?, n?): name = o == n ? o : "\(o) → \(n)"
        case let (o, n): name = o ?? n
        }
        if let name, !name.isEmpty { text += " (\(name))" }
        return text
    }
}
