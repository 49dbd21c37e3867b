/// The full printed wording of each header label, so that a label wrapped
/// over several lines (pandoc prints the boxes in columns 23 characters wide:
/// "1. Name and Address of" / "Reporting Person*") is recognised from its
/// first line and its other lines are not taken for values.
extension HeaderLabel {
    /// Every wording the form uses for the label (Forms 3, 4 and 5 differ in box 2/3),
    /// as label words; built once, since every header line is asked.
    var wordings: [[String]] { HeaderLabel.allWordings[self] ?? [] }

    private static let allWordings: [HeaderLabel: [[String]]] = Dictionary(
        uniqueKeysWithValues: [HeaderLabel.name, .issuer, .period, .amendment, .relationship, .individual].map { ($0, $0.buildWordings()) })

    private func buildWordings() -> [[String]] {
        let texts: [String]
        switch self {
        case .name: texts = ["Name and Address of Reporting Person*"]
        case .issuer: texts = ["Issuer Name and Ticker or Trading Symbol"]
        case .period:
            texts = ["Date of Earliest Transaction (Month/Day/Year)",
                     "Date of Event Requiring Statement (Month/Day/Year)",
                     "Statement for Issuer's Fiscal Year Ended (Month/Day/Year)"]
        case .amendment: texts = ["If Amendment, Date of Original Filed (Month/Day/Year)", "If Amendment, Date Original Filed (Month/Day/Year)"]
        case .relationship: texts = ["Relationship of Reporting Person(s) to Issuer (Check all applicable)"]
        case .individual: texts = ["Individual or Joint/Group Filing (Check Applicable Line)"]
        }
        return texts.map { $0.split(separator: " ").map { HeaderLabel.labelWord($0) } }
    }

    /// A word as compared with the label's wording: the footnote star in any
    /// spelling ("Person*", "Person^(*)", "Person\*") goes.
    static func labelWord<S: StringProtocol>(_ w: S) -> String {
        var s = String(w)
        if s.hasSuffix("^(*)") { s.removeLast(4) }
        while let last = s.last, last == "*" || last == "^" || last == "\\" { s.removeLast() }
        return s
    }

    /// The words of the label still to come after `text` (a label's first
    /// line, number included), or nil when `text` does not start the label.
    /// With several wordings, the one that matches the most words wins.
    func remainingWords(afterLabelLine text: String) -> ArraySlice<String>? {
        var words = text.split(separator: " ").map { HeaderLabel.labelWord($0) }.filter { !$0.isEmpty }
        if let first = words.first, first.first?.isNumber == true, first.count <= 3 { words.removeFirst() }
        var best: (matched: Int, rest: ArraySlice<String>)? = nil
        for wording in wordings {
            var k = 0
            while k < words.count, k < wording.count, words[k] == wording[k] { k += 1 }
            guard k > 0 else { continue }
            // The line must be the label's start, not a value that shares a first word.
            if best == nil || k > best!.matched { best = (k, wording[k...]) }
        }
        return best?.rest
    }

    /// Where the label that starts at `offset` (its number) ends on the line:
    /// after the last word that follows one of its wordings.
    func end(in text: ColumnText, from offset: Int) -> Int {
        var words: [(word: String, end: Int)] = []
        var x = offset
        while x < text.count, words.count < 12 {
            if text.isSpace(x) { x += 1; continue }
            var e = x
            while e < text.count, !text.isSpace(e) { e += 1 }
            words.append((HeaderLabel.labelWord(text.string(x..<e)), e))
            x = e
        }
        guard words.count > 1 else { return words.first?.end ?? offset }
        var best = 1
        for wording in wordings {
            var k = 0
            while k < wording.count, k + 1 < words.count, words[k + 1].word == wording[k] { k += 1 }
            best = max(best, k + 1)
        }
        return words[best - 1].end
    }

    /// When `text` is the label's wording continued (`rest` its words still to
    /// come), how many of its words belong to the label and what is left of
    /// the label; nil when its first word does not continue the label.
    static func continuation(_ text: String, rest: ArraySlice<String>) -> (words: Int, rest: ArraySlice<String>)? {
        let words = text.split(separator: " ").map { labelWord($0) }
        var k = 0
        var r = rest
        while k < words.count, let next = r.first {
            if words[k].isEmpty { k += 1; continue }
            guard words[k] == next else { break }
            k += 1
            r = r.dropFirst()
        }
        return k == 0 || words[..<k].allSatisfy(\.isEmpty) ? nil : (k, r)
    }

    /// What follows the label's wording on its own line, with its column: the
    /// box printed on one line ("5. Relationship of ... (Check all applicable)
    /// X Director ..."). Nil when nothing follows or the wording is not all there.
    func value(onLabelLine l: BoxLine) -> BoxLine? {
        let pieces = l.text.split(separator: " ")
        var words = pieces.map { HeaderLabel.labelWord($0) }
        var skip = 0
        if let first = words.first, first.first?.isNumber == true, first.count <= 3 { words.removeFirst(); skip = 1 }
        for wording in wordings where words.count > wording.count && Array(words.prefix(wording.count)) == wording {
            let firstValue = pieces[skip + wording.count]
            let offset = l.text.distance(from: l.text.startIndex, to: firstValue.startIndex)
            return BoxLine(text: String(l.text[firstValue.startIndex...]), line: l.line, column: l.column + offset)
        }
        return nil
    }
}
