/// Word wrapping as a PDF or HTML table cell does it: breaks only at spaces,
/// and a word longer than the width stays whole (the column grows instead).
enum TextWrapping {
    static func wrap(_ text: String, width: Int) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty else { return text.isEmpty ? [] : [""] }
        var lines: [String] = []
        var current = ""
        for w in words {
            if current.isEmpty { current = String(w) }
            else if current.count + 1 + w.count <= width { current += " " + w }
            else { lines.append(current); current = String(w) }
        }
        lines.append(current)
        return lines
    }

    /// The longest word: the narrowest a column can be.
    static func longestWord(_ text: String) -> Int {
        text.split(separator: " ").map(\.count).max() ?? 0
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func padLeft(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }
}
