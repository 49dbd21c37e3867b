import LibXML

/// Where the parts of a printed Form 3, 4 or 5 are in a loose text: the
/// header boxes, the two tables, the explanation of responses, remarks,
/// the reporting owners table and the signatures.
struct FormLayout: Sendable {
    /// 3, 4 or 5.
    var form: Int
    var formLine: Int?
    var headerRange: Range<Int>
    var tableI: Range<Int>?
    var tableII: Range<Int>?
    var explanation: Range<Int>?
    var tail: Range<Int>
    /// The line of "Explanation of Responses:" when it was drawn among Table II's
    /// cells (``footnotesAfterStrayHeading(_:tableStart:in:)``): inside `tableII`, not a cell.
    var strayExplanationHeading: Int? = nil

    /// Finds the parts, or nil when the text is not a Form 3, 4 or 5.
    static func find(in lines: [LooseLine]) -> FormLayout? {
        var form: Int? = nil
        var formLine: Int? = nil
        var tableI: Int? = nil
        var tableII: Int? = nil
        var explanation: Int? = nil
        var ends: [Int] = []
        var evidence = 0
        for (i, line) in lines.enumerated() {
            // The line's text is its segments joined by two spaces (`plain`). No landmark
            // holds two spaces, and a table title is told the same at a segment's ends as
            // beside two spaces, so the segments are read one by one, without the join;
            // only the form's number, whose check reads on past its words, needs the join.
            let segments = line.segments
            if segments.isEmpty || segments.count == 1 && segments[0].text.isEmpty { continue }
            if form == nil, i < 60 {
                if let f = formNumber(in: line.plain) { form = f; formLine = i }
            }
            var seen: UInt64 = 0
            var table: Int? = nil
            for segment in segments {
                let b = segment.text.utf8.span
                let (f, t) = (landmarks(in: b), table == nil ? tableNumber(bytes: b) : nil)
                seen |= f
                if table == nil { table = t }
            }
            let found = seen
            func has(_ m: Landmark) -> Bool { found & (1 << UInt64(m.rawValue)) != 0 }
            if let n = table {
                if n == 2 {
                    if tableII == nil, tableI != nil || has(.derivative) { tableII = i }
                } else if tableI == nil, has(.derivative) || has(.derivativeUpper) {
                    tableI = i
                }
            }
            if explanation == nil, has(.explanation) { explanation = i }
            if has(.statementOfChanges) || has(.statementOfOwnership) || has(.statementOfChangesTitle) { evidence += 1 }
            if has(.nameAndAddress) { evidence += 1 }
            if has(.signature) { ends.append(i) }
        }
        guard let tI = tableI, evidence > 0 || tableII != nil else { return nil }
        let f: Int
        if let form { f = form } else {
            let top = lines.prefix(40).map(\.plain).joined(separator: " ")
            if top.has("INITIAL STATEMENT") { f = 3 }
            else if top.has("ANNUAL STATEMENT") { f = 5 }
            else { f = 4 }
        }
        // The explanation's heading drawn among Table II's cells: the table ends at the first footnote.
        var strayHeading: Int? = nil
        var footnotesStart = explanation.map { $0 + 1 }
        var tIIEnd = explanation ?? (ends.first ?? lines.count)
        if let e = explanation, let t2 = tableII, e > t2,
           let f = FormLayout.footnotesAfterStrayHeading(e, tableStart: t2 + 1, in: lines) {
            strayHeading = e
            footnotesStart = f
            tIIEnd = f
        }
        let tIEnd = tableII ?? tIIEnd
        let tII = tableII.map { ($0 + 1)..<max($0 + 1, tIIEnd) }
        let exp = footnotesStart.map { $0..<lines.count }
        let tailStart = tII?.upperBound ?? tIEnd
        var layout = FormLayout(form: f, formLine: formLine, headerRange: 0..<tI, tableI: (tI + 1)..<max(tI + 1, tIEnd),
                                tableII: tII, explanation: exp, tail: tailStart..<lines.count)
        layout.strayExplanationHeading = strayHeading
        return layout
    }

    /// The phrases that place the parts, looked for in every line in one pass.
    enum Landmark: Int, CaseIterable {
        case derivative, derivativeUpper, explanation,
             statementOfChanges, statementOfOwnership, statementOfChangesTitle, nameAndAddress, signature

        var phrase: String { staticPhrase.description }

        /// The phrase as a constant.
        var staticPhrase: StaticString {
            switch self {
            case .derivative: "Derivative"
            case .derivativeUpper: "DERIVATIVE"
            case .explanation: "Explanation of Responses"
            case .statementOfChanges: "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP"
            case .statementOfOwnership: "STATEMENT OF BENEFICIAL OWNERSHIP"
            case .statementOfChangesTitle: "Statement of Changes in Beneficial Ownership"
            case .nameAndAddress: "Name and Address of Reporting Person"
            case .signature: "Signature of Reporting Person"
            }
        }

        static let phrases = PhraseSet(allCases.map(\.phrase))

        /// The phrases' bytes one after the other, for ``FormLayout/landmarks(in:)``:
        /// landmark m is `bytes[starts[m.rawValue]..<starts[m.rawValue + 1]]` (one
        /// flat array read as a span: an array per phrase cost a retain per compare).
        static let bytes: [UInt8] = allCases.flatMap { Array($0.phrase.utf8) }
        static let starts: [Int] = allCases.reduce(into: [0]) { $0.append($0.last! + $1.phrase.utf8.count) }
    }

    /// `Landmark.phrases.allMatches(in:)` on a line's bytes: every landmark
    /// starts with "D", "E", "N" or "S"; ``Swift/Span/firstOffset(of:from:)``
    /// finds each of these first bytes (passing over the rest several at a
    /// time) and only there are the landmarks that start with it compared.
    static func landmarks(in b: Span<UInt8>) -> UInt64 {
        let bytes = Landmark.bytes, starts = Landmark.starts
        let p = bytes.span, s = starts.span
        return landmarks(b, p, s, UInt8(ascii: "D"), .derivative, .derivativeUpper)
            | landmarks(b, p, s, UInt8(ascii: "E"), .explanation)
            | landmarks(b, p, s, UInt8(ascii: "N"), .nameAndAddress)
            | landmarks(b, p, s, UInt8(ascii: "S"), .statementOfChanges, .statementOfOwnership, .statementOfChangesTitle, .signature)
    }

    /// The landmarks among `a`, `b`, `c`, `d` (all starting with the byte `first`) found in the bytes.
    /// (`p`, `s`: ``Landmark/bytes`` and ``Landmark/starts``.)
    private static func landmarks(_ h: Span<UInt8>, _ p: Span<UInt8>, _ s: Span<Int>, _ first: UInt8,
                                  _ a: Landmark, _ b: Landmark? = nil, _ c: Landmark? = nil, _ d: Landmark? = nil) -> UInt64 {
        let count = h.count
        @inline(__always) func bit(_ m: Landmark?) -> UInt64 { m.map { 1 << UInt64($0.rawValue) } ?? 0 }
        @inline(__always) func at(_ i: Int, _ m: Landmark) -> Bool {
            let lo = s[m.rawValue], n = s[m.rawValue + 1] - lo
            guard i + n <= count else { return false }
            var j = 0
            while j < n && h[i + j] == p[lo + j] { j += 1 }
            return j == n
        }
        let all = bit(a) | bit(b) | bit(c) | bit(d)
        var found: UInt64 = 0
        var i = 0
        while i < count, found != all {
            guard let hit = h.firstOffset(of: first, from: i) else { break }
            i = hit
            if found & bit(a) == 0, at(i, a) { found |= bit(a) }
            if let b, found & bit(b) == 0, at(i, b) { found |= bit(b) }
            if let c, found & bit(c) == 0, at(i, c) { found |= bit(c) }
            if let d, found & bit(d) == 0, at(i, d) { found |= bit(d) }
            i += 1
        }
        return found
    }

    /// 1 for "Table I", 2 for "Table II", in any case, and as OCR reads the
    /// numeral of a scanned form: "Table |", "Table l", "Table Il", "Table 11".
    static func tableNumber(in text: String) -> Int? {
        tableNumber(bytes: text.utf8.span)
    }

    static func tableNumber(bytes b: Span<UInt8>) -> Int? {
        var i = 0
        while i + 6 < b.count {
            // The next "T" (passing over the rest several bytes at a time).
            guard let hit = b.firstOffset(of: UInt8(ascii: "T"), from: i, through: b.count - 7) else { return nil }
            i = hit
            defer { i += 1 }
            // "table " in any case: the lowercased bytes (a byte outside ASCII, alone or in a
            // character, lowercases to no ASCII letter of these), and the space itself.
            guard i == 0 || b[i - 1] == UInt8(ascii: " ") || b[i - 1] == UInt8(ascii: "*"),
                  b[i + 1] | 0x20 == UInt8(ascii: "a"), b[i + 2] | 0x20 == UInt8(ascii: "b"), b[i + 3] | 0x20 == UInt8(ascii: "l"),
                  b[i + 4] | 0x20 == UInt8(ascii: "e"), b[i + 5] == UInt8(ascii: " ") else { continue }
            var j = i + 6, n = 0
            while j < b.count, n < 3, b[j] == UInt8(ascii: "I") || b[j] == UInt8(ascii: "l") || b[j] == UInt8(ascii: "1") || b[j] == UInt8(ascii: "|") {
                n += 1
                j += 1
            }
            guard n == 1 || n == 2, j == b.count || b[j] == UInt8(ascii: " ") || b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: ":") else { continue }
            return n
        }
        return nil
    }

    /// "FORM 4", "Form 4", "FORM 3" near the top of the page.
    static func formNumber(in text: String) -> Int? {
        // Read in place (the first lines of every text are asked, most of them holding no "F").
        formNumber(bytes: text.utf8.span)
    }

    static func formNumber(bytes: Span<UInt8>) -> Int? {
        var i = 0
        while i + 5 < bytes.count {
            if (bytes[i] == UInt8(ascii: "F") || bytes[i] == UInt8(ascii: "f")),
               isFormWord(bytes.extracting(i..<(i + 4))),
               i == 0 || bytes[i - 1] == UInt8(ascii: " ") || bytes[i - 1] == UInt8(ascii: "*") || bytes[i - 1] == UInt8(ascii: "#") {
                var j = i + 4
                while j < bytes.count, bytes[j] == UInt8(ascii: " ") { j += 1 }
                if j < bytes.count, bytes[j] >= UInt8(ascii: "3"), bytes[j] <= UInt8(ascii: "5"),
                   j + 1 == bytes.count || !(bytes[j + 1] >= 48 && bytes[j + 1] <= 57) && bytes[j + 1] != UInt8(ascii: ".") {
                    // "Form 4 or Form 5 obligations" is a sentence, not the title; "Form 3
                    // Holdings Reported" and "Form 4 Transactions Reported" are Form 5's check
                    // boxes, which OCR prints above a title it could not read ("F Oo RM 5").
                    let rest = String(bytes: bytes.extracting(j..<min(bytes.count, j + 24)))
                    if rest.has(" or Form") || rest.has(" obligations") || rest.has(" Holdings Reported")
                        || rest.has(" Transactions Reported") { i += 1; continue }
                    return Int(bytes[j] - 48)
                }
            }
            i += 1
        }
        return nil
    }

    /// `String(decoding: w, as: UTF8.self).uppercased() == "FORM"` for four
    /// bytes. When all four are ASCII each is a character and uppercases alone,
    /// so a byte compare in either case answers; otherwise the string decides
    /// (a string and its uppercasing made for every "F" cost more than the search).
    static func isFormWord(_ w: Span<UInt8>) -> Bool {
        if w[0] < 0x80, w[1] < 0x80, w[2] < 0x80, w[3] < 0x80 {
            return w[0] | 0x20 == UInt8(ascii: "f") && w[1] | 0x20 == UInt8(ascii: "o")
                && w[2] | 0x20 == UInt8(ascii: "r") && w[3] | 0x20 == UInt8(ascii: "m")
        }
        return String(bytes: w).uppercased() == "FORM"
    }
}
