/// The report for people: a header naming both inputs, then one line per
/// change, "kind  path old → new", values decorated for reading ($ on
/// money, quotes on free text) and folded onto one line.
extension FilingDiff {
    /// `colour` adds ANSI colours; the caller decides (a terminal, not a pipe).
    public func text(colour: Bool = false) -> String {
        var out = "--- \(oldName)\n+++ \(newName)\n"
        if changes.isEmpty {
            out += "same: the two filings say the same thing\n"
            return out
        }
        for change in changes {
            out += Self.line(change, colour: colour) + "\n"
        }
        out += changes.count == 1 ? "1 change\n" : "\(changes.count) changes\n"
        return out
    }

    static func line(_ change: Change, colour: Bool) -> String {
        let word = change.kind.rawValue + String(repeating: " ", count: max(0, 8 - change.kind.rawValue.count))
        let kind = colour ? ansi(change.kind) + word + "\u{1B}[0m" : word
        let old = change.old.map { show($0, change.display) }
        let new = change.new.map { show($0, change.display) }
        switch change.kind {
        case .moved:
            return "\(kind) \(change.path)"
        case .added:
            return "\(kind) \(change.path)\(separator(change))\(new ?? "")"
        case .removed:
            return "\(kind) \(change.path)\(separator(change))\(old ?? "")"
        case .changed:
            return "\(kind) \(change.path)\(separator(change))\(old ?? "") → \(new ?? "")"
        }
    }

    private static func separator(_ change: Change) -> String { change.display == .part ? ": " : " " }

    private static func show(_ value: String, _ display: Change.Display) -> String {
        let folded = TextFolding.fold(value)
        switch display {
        case .plain, .part: return folded
        case .money: return "$" + folded
        case .quoted: return "\"" + folded + "\""
        }
    }

    private static func ansi(_ kind: Change.Kind) -> String {
        switch kind {
        case .added: "\u{1B}[32m"
        case .removed: "\u{1B}[31m"
        case .changed: "\u{1B}[33m"
        case .moved: "\u{1B}[36m"
        }
    }
}
