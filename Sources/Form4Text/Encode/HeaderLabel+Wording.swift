import LibXML

/// The full printed wording of each header label, so that a label wrapped
/// over several lines (pandoc prints the boxes in columns 23 characters wide:
/// "1. Name and Address of" / "Reporting Person*") is recognised from its
/// first line and its other lines are not taken for values.
extension HeaderLabel {
    /// Every wording the form uses for the label (Forms 3, 4 and 5 differ in box 2/3),
    /// as label words; built once, since every header line is asked.
    var wordings: [[String]] { HeaderLabel.allWordings[index] }

    /// The same words as bytes, for the byte paths.
    var wordingBytes: [[[UInt8]]] { HeaderLabel.allWordingBytes[index] }

    /// The label's place in ``allWordings`` (a switch, not a hashed lookup).
    private var index: Int {
        switch self {
        case .name: 0
        case .issuer: 1
        case .period: 2
        case .amendment: 3
        case .relationship: 4
        case .individual: 5
        }
    }

    private static let allWordings: [[[String]]] =
        [HeaderLabel.name, .issuer, .period, .amendment, .relationship, .individual].map { $0.buildWordings() }

    private static let allWordingBytes: [[[[UInt8]]]] = allWordings.map { $0.map { $0.map { Array($0.utf8) } } }

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
        if let fast = remainingWords(scanning: text.utf8.span) { return fast }
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
    /// after the last word that follows one of its wordings. Words are
    /// compared on the line's units, each as ``labelWord(_:)`` has it.
    func end(in text: ColumnText, from offset: Int) -> Int {
        do {
            let u = text.units.span
            // (start, end of the label word, end of the word), at most 12.
            var words: [(start: Int, cut: Int, end: Int)] = []
            words.reserveCapacity(12)
            var x = offset
            while x < u.count, words.count < 12 {
                if u[x] == 0x20 { x += 1; continue }
                var e = x
                while e < u.count, u[e] != 0x20 { e += 1 }
                words.append((x, HeaderLabel.labelWordEnd(u, x, e), e))
                x = e
            }
            guard words.count > 1 else { return words.first?.end ?? offset }
            var best = 1
            for wording in wordingBytes {
                var k = 0
                while k < wording.count, k + 1 < words.count, HeaderLabel.equal(u, words[k + 1].start, words[k + 1].cut, wording[k]) { k += 1 }
                best = max(best, k + 1)
            }
            return words[best - 1].end
        }
    }

    /// Where ``labelWord(_:)`` of the word `start..<end` ends: a trailing
    /// "^(*)" goes, then any trailing "*", "^" and "\\".
    @inline(__always)
    static func labelWordEnd(_ u: Span<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = end
        if e - start >= 4, u[e - 4] == UInt8(ascii: "^"), u[e - 3] == UInt8(ascii: "("), u[e - 2] == UInt8(ascii: "*"), u[e - 1] == UInt8(ascii: ")") {
            e -= 4
        }
        while e > start, u[e - 1] == UInt8(ascii: "*") || u[e - 1] == UInt8(ascii: "^") || u[e - 1] == UInt8(ascii: "\\") { e -= 1 }
        return e
    }

    @inline(__always)
    static func equal(_ u: Span<UInt8>, _ start: Int, _ end: Int, _ word: [UInt8]) -> Bool {
        guard end - start == word.count else { return false }
        var i = 0
        while i < word.count {
            if u[start + i] != word[i] { return false }
            i += 1
        }
        return true
    }

    /// When `text` is the label's wording continued (`rest` its words still to
    /// come), how many of its words belong to the label and what is left of
    /// the label; nil when its first word does not continue the label.
    static func continuation(_ text: String, rest: ArraySlice<String>) -> (words: Int, rest: ArraySlice<String>)? {
        if let fast = HeaderBoxes.plainBytes(text, { continuation(bytes: $0, rest: rest) }) { return fast }
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
        if let fast = HeaderBoxes.plainBytes(l.text, { value(onLabelLine: l, bytes: $0) }) { return fast }
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

    // MARK: the same on the bytes of an ASCII line (each byte one character)

    /// The words of a line split at its spaces, each as (start, end of its
    /// ``labelWord(_:)``, end), empty words of `split` left out.
    @inline(__always)
    private static func forEachWord(_ u: Span<UInt8>, _ body: (Int, Int, Int) -> Bool) {
        var x = 0
        while x < u.count {
            if u[x] == 0x20 { x += 1; continue }
            var e = x
            while e < u.count, u[e] != 0x20 { e += 1 }
            if !body(x, labelWordEnd(u, x, e), e) { return }
            x = e
        }
    }

    /// ``remainingWords(afterLabelLine:)`` read on bytes: each wording's
    /// matched prefix counted word by word (no word copied), up to where every
    /// wording has stopped matching. Nil (`.none`) when a byte read, or the two
    /// after the last word read, is outside ASCII or a carriage return: then a
    /// byte may not be a character, and the `Character` reading decides.
    private func remainingWords(scanning u: Span<UInt8>) -> ArraySlice<String>?? {
        let bytes = wordingBytes
        var matched = [Int](repeating: 0, count: bytes.count)
        var alive = bytes.count
        var index = 0
        var first = true
        var x = 0
        while x < u.count, alive > 0 {
            if u[x] == 0x20 { x += 1; continue }
            var e = x
            while e < u.count, u[e] != 0x20 { e += 1 }
            let start = x, cut = HeaderLabel.labelWordEnd(u, x, e)
            x = e
            if cut == start { continue }
            if first {
                first = false
                if u[start] >= 0x30 && u[start] <= 0x39 && cut - start <= 3 { continue }
            }
            for w in bytes.indices where matched[w] == index {
                if index < bytes[w].count, HeaderLabel.equal(u, start, cut, bytes[w][index]) { matched[w] += 1 } else { alive -= 1 }
            }
            index += 1
        }
        // (x + 2: the space after the last word read, and the byte after it, which could join it.)
        guard ColumnText.isPlain(u.extracting(0..<min(u.count, x + 2))) else { return nil }
        var best: (matched: Int, rest: ArraySlice<String>)? = nil
        for (w, wording) in wordings.enumerated() {
            let k = matched[w]
            guard k > 0 else { continue }
            if best == nil || k > best!.matched { best = (k, wording[k...]) }
        }
        return .some(best?.rest)
    }

    /// ``continuation(_:rest:)`` of an ASCII line.
    private static func continuation(bytes u: Span<UInt8>, rest: ArraySlice<String>) -> (words: Int, rest: ArraySlice<String>)? {
        var k = 0
        var r = rest
        var any = false
        forEachWord(u) { start, cut, _ in
            guard let next = r.first else { return false }
            if cut == start { k += 1; return true }
            guard next.utf8.span.elementsEqual(u.extracting(start..<cut)) else { return false }
            k += 1
            any = true
            r = r.dropFirst()
            return true
        }
        return k == 0 || !any ? nil : (k, r)
    }

    /// ``value(onLabelLine:)`` of an ASCII line.
    private func value(onLabelLine l: BoxLine, bytes u: Span<UInt8>) -> BoxLine? {
        var pieces: [(start: Int, cut: Int)] = []
        HeaderLabel.forEachWord(u) { start, cut, _ in pieces.append((start, cut)); return true }
        var skip = 0
        if let first = pieces.first, first.cut > first.start, u[first.start] >= 0x30 && u[first.start] <= 0x39, first.cut - first.start <= 3 { skip = 1 }
        for wording in wordingBytes where pieces.count - skip > wording.count {
            var k = 0
            while k < wording.count, HeaderLabel.equal(u, pieces[skip + k].start, pieces[skip + k].cut, wording[k]) { k += 1 }
            guard k == wording.count else { continue }
            let offset = pieces[skip + wording.count].start
            return BoxLine(text: String(bytes: u.extracting(offset...)), line: l.line, column: l.column + offset)
        }
        return nil
    }
}
