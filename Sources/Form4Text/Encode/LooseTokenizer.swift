import LibXML

/// Cuts lines into ``LooseToken``s with a hand-written scanner (this is the
/// hot path of `encode`: every table line goes through it).
enum LooseTokenizer {
    static func tokens(of line: LooseLine) -> [LooseToken] {
        var result: [LooseToken] = []
        // A cell row's cells hold a word or two each: room for them at once
        // (reserved cell by cell, the array grew once per cell).
        if line.segments.count > 1 { result.reserveCapacity(2 * line.segments.count) }
        for segment in line.segments {
            tokens(in: segment, line: line.number, into: &result)
        }
        return result
    }

    static func tokens(in segment: LooseSegment, line: Int, into result: inout [LooseToken]) {
        // Columns count Unicode scalars. The scan reads bytes: a scalar starts
        // at every byte that is not a UTF-8 continuation byte, and the
        // separators are ASCII. A word is copied once from its bytes. The
        // span is asked once per segment (`utf8.span` is a runtime call).
        scan(segment.text.utf8.span, segment, line, &result)
    }

    /// The scan of ``tokens(in:line:into:)``, appending to `found` (a parameter,
    /// not a variable a stored closure captures: that cost an exclusivity
    /// check per token).
    private static func scan(_ b: Span<UInt8>, _ segment: LooseSegment, _ line: Int, _ found: inout [LooseToken]) {
        // Room for this segment's words at once (each word a token or more;
        // growing the array token by token copied them over and over).
        // Between words, runs of spaces are passed over eight at a time (layout
        // lines are mostly spaces; they change neither count), and a word's
        // bytes in a loop of their own that asks only for its end.
        var words = 0
        do {
            let n = b.count
            var i = 0
            while i < n {
                if isSeparator(b[i]) {
                    i += 1
                    while i + 8 <= n, b.word(at: i) == 0x2020_2020_2020_2020 { i += 8 }
                    continue
                }
                words += 1
                i += 1
                while i < n, !isSeparator(b[i]) { i += 1 }
            }
        }
        if found.count + words > found.capacity { found.reserveCapacity(max(found.count + words, 2 * found.capacity)) }
        var column = 0
        var sawBreak = false
        let n = b.count
        // Taken once per segment (a global's value is asked through a check
        // that it is made), and its count checked once: a class is asked by a
        // byte, so no index can then pass the table's end.
        let byteClasses = LooseTokenizer.byteClasses
        let classes = byteClasses.span
        precondition(classes.count == 256)
        var k = 0
        while k < n {
            let byte = b[k]
            k += 1
            if isSeparator(byte) {
                if byte == 0x0A { sawBreak = true }
                column += 1
                // Layout lines hold long runs of spaces: eight at a time (each
                // one a column, no word open, nothing else to note).
                while k + 8 <= n, b.word(at: k) == 0x2020_2020_2020_2020 {
                    column += 8
                    k += 8
                }
                continue
            }
            // A word starts here (a string's UTF-8 is valid: a continuation byte
            // only follows its scalar's first byte, inside a word). Its bytes are
            // read to its end in one loop that only looks up each byte's class
            // (``byteClasses``) and gathers them: a rule's stroke among them, and
            // whether any is a continuation byte. Without one (ASCII, nearly every
            // word) each byte is a scalar, a column; with one, the word's columns
            // are counted again, a column per byte that is no continuation byte.
            // (Asking each byte for both in the loop cost more than the rest of it.)
            let wordStart = column, wordByte = k - 1, wordAfterBreak = sawBreak
            sawBreak = false
            var seen = classes[Int(byte)]
            while k < n {
                let c = classes[Int(b[k])]
                if c & LooseTokenizer.separatorClass != 0 { break }
                seen |= c
                k += 1
            }
            if seen & LooseTokenizer.continuationClass == 0 {
                column += k - wordByte
            } else {
                column += 1
                for i in (wordByte + 1)..<k where b[i] & 0xC0 != 0x80 { column += 1 }
            }
            flush(b, from: wordByte, to: k, wordStart: wordStart, column: column, afterBreak: wordAfterBreak,
                  rule: seen & LooseTokenizer.ruleClass != 0, segment, line, &found)
        }
    }

    /// One word of ``scan(_:_:_:_:)``: bytes `wordByte..<end` of `b`, which
    /// start at column `wordStart` and end before column `column`, made into
    /// tokens. A function of its own, every value a parameter: the local
    /// function it was, once it captured a span, was no longer inlined but
    /// called as a closure per word, and marked to inline it boxed its
    /// captures (an allocation and an exclusivity check per word: 24M
    /// instructions more on the bench texts).
    private static func flush(_ b: Span<UInt8>, from wordByte: Int, to end: Int, wordStart: Int, column: Int, afterBreak wordAfterBreak: Bool,
                              rule: Bool, _ segment: LooseSegment, _ line: Int, _ found: inout [LooseToken]) {
        let x = segment.x + wordStart
        var w: String
        var wraps = false
        // `w.hasSuffix("^") && w.count > 1` on bytes when the byte before
        // the `^` is ASCII (it then ends a character of its own, and a
        // `^` after it is one too); otherwise on characters.
        if b[end - 1] != UInt8(ascii: "^") {
            w = LooseTokenizer.string(b.extracting(wordByte..<end))
        } else if end - wordByte >= 2, b[end - 2] < 0x80 {
            w = LooseTokenizer.string(b.extracting(wordByte..<(end - 1)))
            wraps = true
        } else {
            w = String(bytes: b.extracting(wordByte..<end))
            if w.hasSuffix("^"), w.count > 1 { w.removeLast(); wraps = true }
        }
        let tokenColumn = segment.cell >= 0 ? segment.cell + 1 : wordStart + 1
        if rule, let parts = ruleParts(w) {
            for (offset, part) in parts {
                let (kind, text, notes, doubt) = analyze(part)
                let note = "a table rule glued to '\(part)' (OCR of a scanned form) was taken off"
                found.append(LooseToken(kind: kind, text: text, footnotes: notes, x: x + offset, end: x + offset + part.unicodeScalars.count,
                                         cell: segment.cell, line: line, column: segment.cell >= 0 ? tokenColumn : tokenColumn + offset,
                                         doubt: doubt.map { $0 + "; " + note } ?? note, afterBreak: wordAfterBreak))
            }
            return
        }
        // The word's bytes are at hand: the common word is read on them.
        // A word that is not plain is read on the same bytes too (they are `w`'s: the
        // line's UTF-8 is valid, so the string holds them as they are).
        let (kind, text, notes, doubt): (LooseToken.Kind, String, FootnoteMarks, String?)
        if wraps {
            (kind, text, notes, doubt) = analyze(w)
        } else {
            let bytes = b.extracting(wordByte..<end)
            (kind, text, notes, doubt) = plainWord(w, bytes) ?? analyze(w, bytes)
        }
        // The word's scalars span the columns from its start to here.
        found.append(LooseToken(kind: kind, text: text, footnotes: notes, x: x, end: x + (column - wordStart),
                                 cell: segment.cell, line: line, column: tokenColumn, doubt: doubt, wrapsMark: wraps,
                                 afterBreak: wordAfterBreak))
    }

    /// `String(decoding: b, as: UTF8.self)`, the same string. A word of at
    /// most fifteen bytes is a small string: made in place, it is checked for
    /// ASCII by a mask over its two words, where the decoding ran the UTF-8
    /// check over its bytes (on every word of every table line). Other bytes
    /// are repaired as the decoding repairs them.
    @inline(__always) static func string(_ b: Span<UInt8>) -> String {
        String(smallBytes: b)
    }

    /// Each byte's class, for the scan of a word's bytes: ``separatorClass``
    /// (``isSeparator(_:)``), ``continuationClass`` (a UTF-8 continuation byte,
    /// 0x80-0xBF) and ``ruleClass`` (``isRuleByte(_:)``).
    static let byteClasses: [UInt8] = (0...255).map { (c: Int) -> UInt8 in
        let b = UInt8(c)
        return (isSeparator(b) ? separatorClass : 0) | (b & 0xC0 == 0x80 ? continuationClass : 0) | (isRuleByte(b) ? ruleClass : 0)
    }
    static let separatorClass: UInt8 = 1
    static let continuationClass: UInt8 = 2
    static let ruleClass: UInt8 = 4

    /// A space, line feed or tab: what separates two words.
    @inline(__always) static func isSeparator(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// "|", "[", "]", "{" or "}" in three tests instead of five: setting bit
    /// 0x20 maps only "[" and "{" to "{" (0x7B) and only "]" and "}" to "}"
    /// (0x7D); "|" (0x7C) is asked as itself ("\\", 0x5C, would map onto it).
    /// Asked for every byte of every word.
    @inline(__always) static func isRuleByte(_ c: UInt8) -> Bool {
        let folded = c | 0x20
        return folded == 0x7B || folded == 0x7D || c == 0x7C
    }

    /// `inside.split(separator: ",")` (empty runs left out) is at least one
    /// run, and every run one or two digits: a mark's list of numbers ("1,2").
    static func isMarkList(_ inside: Span<UInt8>) -> Bool {
        var runs = 0, run = 0
        for i in inside.indices {
            let c = inside[i]
            if c == UInt8(ascii: ",") {
                if run > 0 { runs += 1 }
                run = 0
                continue
            }
            guard isDigit(c), run < 2 else { return false }
            run += 1
        }
        if run > 0 { runs += 1 }
        return runs > 0
    }

    /// "F0" … "F99", made once: a mark's id was an interpolated string per mark.
    static let footnoteIds: [String] = (0..<100).map { "F\($0)" }

    /// The id of footnote `n` (`"F\(n)"`).
    @inline(__always) static func footnoteId(_ n: Int) -> String {
        n >= 0 && n < footnoteIds.count ? footnoteIds[n] : "F\(n)"
    }

    /// `Int(String(decoding: digits, as: UTF8.self))` for the short runs a
    /// footnote mark holds (at most four bytes; longer runs go through `Int`):
    /// the value when every byte is a digit, nil when one is not or there are none.
    static func digitValue(_ digits: Span<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        guard digits.count <= 4 else { return Int(String(bytes: digits)) }
        var n = 0
        for i in digits.indices {
            let c = digits[i]
            guard isDigit(c) else { return nil }
            n = n * 10 + Int(c - 48)
        }
        return n
    }

    /// "1,072,357|A", "$0.00]", "|D": OCR reads a table's vertical rules as
    /// "|", "]" or "[" and glues them to the value beside them. The parts
    /// around the rule, with their offsets in the word; nil when the word
    /// holds no rule (a "[1]" footnote mark is not one).
    static func ruleParts(_ word: String) -> [(Int, String)]? {
        // "|", and "{" or "}" (never part of a value), are a rule's stroke; a
        // bracket only when it has no partner in the word ("[ TLS ]" is the symbol's).
        func isStroke(_ c: UInt8) -> Bool { c == UInt8(ascii: "|") || c == UInt8(ascii: "{") || c == UInt8(ascii: "}") }
        guard word.utf8.contains(where: { isStroke($0) || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }) else { return nil }
        let hasPipe = word.utf8.contains(where: isStroke)
        let open = word.utf8.contains(UInt8(ascii: "[")), close = word.utf8.contains(UInt8(ascii: "]"))
        guard hasPipe || open != close, word.unicodeScalars.count > 1,
              word.utf8.contains(where: { isDigit($0) || ($0 >= 65 && $0 <= 90) }) else { return nil }
        var parts: [(Int, String)] = []
        var current = "", start = 0, offset = 0
        for c in word.unicodeScalars {
            if c == "|" || c == "{" || c == "}" || (open != close && (c == "[" || c == "]")) {
                if !current.isEmpty { parts.append((start, current)) }
                current = ""
                start = offset + 1
            } else {
                current.unicodeScalars.append(c)
            }
            offset += 1
        }
        if !current.isEmpty { parts.append((start, current)) }
        return parts.isEmpty ? nil : parts
    }

    /// Splits footnote marks off a word and classifies what is left.
    static func analyze(_ word: String) -> (LooseToken.Kind, String, FootnoteMarks, String?) {
        let bytes = word.utf8.span
        return plainWord(word, bytes) ?? analyze(word, bytes)
    }

    /// ``analyze(_:)`` on the word's bytes. Marks are only ever cut off the
    /// end (and a "[(4)]" loses its brackets): what is left is a shorter view
    /// of the same bytes, not a copy (the copy, and each cut of it, cost more
    /// than the reading on the two thousand marked words of a run).
    private static func analyze(_ word: String, _ all: Span<UInt8>) -> (LooseToken.Kind, String, FootnoteMarks, String?) {
        var bytes = all
        // "\(2)": text that only looks like a footnote mark, escaped as decode
        // writes it ("Class B Common Stock \(2)"): the text, without the backslash.
        if bytes.count >= 4, bytes[0] == UInt8(ascii: "\\"), bytes[1] == UInt8(ascii: "("), bytes[bytes.count - 1] == UInt8(ascii: ")") {
            return (.word, String(bytes: bytes.extracting(droppingFirst: 1)), [], nil)
        }
        // "[(4)]": a mark in brackets.
        if bytes.count >= 5, bytes[0] == UInt8(ascii: "["), bytes[bytes.count - 1] == UInt8(ascii: "]"), bytes[1] == UInt8(ascii: "(") {
            bytes = bytes.extracting(1..<(bytes.count - 1))
        }
        // The bytes are the word's until a mark is cut off: the word is then its own text.
        var cut = bytes.count != word.utf8.count
        var notes = FootnoteMarks()
        var doubt: String? = nil
        // Trailing marks, last first: (1) ^(1) [1] ^1, possibly several.
        while let last = bytes.lastByte {
            if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") {
                let open: UInt8 = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
                var j = bytes.count - 2
                while j >= 0, isDigit(bytes[j]) || bytes[j] == UInt8(ascii: ",") || bytes[j] == UInt8(ascii: " ") { j -= 1 }
                // "(2)7)": a mark whose "(" was lost (OCR). Taken, and said to be doubtful.
                if last == UInt8(ascii: ")"), j >= 0, j < bytes.count - 2, bytes.count - 2 - j <= 2,
                   bytes[j] == UInt8(ascii: ")") {
                    if let n = digitValue(bytes.extracting((j + 1)..<(bytes.count - 1))) {
                        notes.append(number: n)
                        doubt = "'\(word)': footnote mark \(n) has lost its opening parenthesis"
                        bytes = bytes.extracting(..<(j + 1))
                        cut = true
                        continue
                    }
                }
                // "Stock^1)": a raised mark whose "(" was lost; "$890.053'24)": one whose "("
                // OCR read as a quote. Taken, and said to be doubtful.
                if last == UInt8(ascii: ")"), j >= 1, bytes[j] == UInt8(ascii: "^") || bytes[j] == UInt8(ascii: "'") || bytes[j] == UInt8(ascii: "`"),
                   bytes.count - 2 - j >= 1, bytes.count - 2 - j <= 2,
                   let n = digitValue(bytes.extracting((j + 1)..<(bytes.count - 1))) {
                    notes.append(number: n)
                    doubt = "'\(word)': footnote mark \(n) has lost its opening parenthesis?"
                    bytes = bytes.extracting(..<j)
                    cut = true
                    continue
                }
                guard j >= 0, bytes[j] == open, j < bytes.count - 2 else { break }
                let inside = bytes.extracting((j + 1)..<(bytes.count - 1))
                guard isMarkList(inside) else { break }
                // `[1]` only counts as a mark when glued to something or alone.
                var start = j
                if start > 0, bytes[start - 1] == UInt8(ascii: "^") { start -= 1 }
                // The numbers last first (each comma ends one; empty runs are none).
                // (`inside` is extracted: its offsets start at 0.)
                var k = inside.count
                while k > 0 {
                    var s = k
                    while s > 0, inside[s - 1] != UInt8(ascii: ",") { s -= 1 }
                    if s < k { notes.append(number: digitValue(inside.extracting(s..<k)) ?? 0) }
                    k = s - 1
                }
                bytes = bytes.extracting(..<start)
                cut = true
            } else if isDigit(last) {
                // ^12 without parentheses
                var j = bytes.count - 1
                while j >= 0, isDigit(bytes[j]) { j -= 1 }
                guard j >= 0, bytes[j] == UInt8(ascii: "^"), bytes.count - 1 - j <= 2 else { break }
                notes.append(number: digitValue(bytes.extracting((j + 1)...)) ?? 0)
                bytes = bytes.extracting(..<j)
                cut = true
            } else {
                break
            }
        }
        notes.reverse()
        let text = cut ? LooseTokenizer.string(bytes) : word
        if bytes.isEmpty { return (.footnoteOnly, "", notes, doubt) }
        if isDate(bytes) { return (.date, text, notes, doubt) }
        // "02/11/20216)": a date glued to a mark that lost its "(". Taken when
        // exactly one split leaves a date, and said to be doubtful.
        if bytes.count >= 8, bytes.lastByte == UInt8(ascii: ")"), !bytes.contains(UInt8(ascii: "(")) {
            // The splits that leave a date: how many bytes the date keeps, and the mark's number.
            var readings: [(Int, Int)] = []
            for d in 1...2 {
                let cut = bytes.count - 1 - d
                guard cut > 0 else { continue }
                let digits = bytes.extracting(cut..<(bytes.count - 1))
                guard digits.allDigits, isDate(bytes.extracting(..<cut)) else { continue }
                readings.append((cut, digitValue(digits) ?? 0))
            }
            if readings.count == 1, let (body, n) = readings.first {
                notes.insert(footnoteId(n), at: 0)
                return (.date, String(bytes: bytes.extracting(..<body)), notes, "'\(word)' looks like a date glued to footnote mark \(n) that lost its opening parenthesis")
            }
        }
        if let glued = lostParenthesisCut(bytes) {
            // A lone "4)" is as often the end of "(Instr. 3 and 4)" in a header:
            // it stays a word, marked doubtful, so a row holding it is reported.
            // Every table head's "(Instr. 3 and 4)" ends so: its doubt, which names
            // the word and the number alone, is made once per word (see `loneMarkDoubt`).
            if glued.body == 0 {
                return (.word, text, notes, cut ? lostParenthesisDoubt(word, glued.n) : loneMarkDoubt(bytes, glued.n))
            }
            notes.insert(footnoteId(glued.n), at: 0)
            let body = String(bytes: bytes.extracting(..<glued.body))
            let doubt = lostParenthesisDoubt(word, glued.n)
            if glued.body == 1 { return (.letter, body, notes, doubt) }
            return (.word, body, notes, doubt)
        }
        // A value ending in `2)` with no opening parenthesis: OCR lost the `(`.
        if bytes.count >= 3, bytes.lastByte == UInt8(ascii: ")"), !bytes.contains(UInt8(ascii: "(")),
           isDigit(bytes[bytes.count - 2]) {
            let body = bytes.extracting(..<(bytes.count - 2))
            let (k, _) = numberKind(body)
            if let k {
                notes.append(number: Int(bytes[bytes.count - 2] - 48))
                doubt = "'\(word)' looks like a value glued to footnote mark \(bytes[bytes.count - 2] - 48))"
                return (k, String(bytes: body), notes, doubt)
            }
        }
        let (kind, ocr) = numberKind(bytes)
        if let kind {
            if let ocr { doubt = doubt.map { $0 + "; " + ocr } ?? ocr }
            return (kind, text, notes, doubt)
        }
        if bytes.count == 1, bytes[0] >= 65, bytes[0] <= 90 { return (.letter, text, notes, doubt) }
        return (.word, text, notes, doubt)
    }

    /// ``analyze(_:)`` for the common word that carries no footnote mark,
    /// read in place (no byte array, no second string); nil when the word
    /// may carry one and the full reading is needed.
    ///
    /// Every mark, and every repair of a lost parenthesis, ends the word in
    /// `)` or `]`, or in digits right after a `^` (at most two of them). A
    /// word that ends otherwise keeps all its bytes, so its text is the word
    /// and only the date, number and letter tests apply, in that order.
    @inline(__always) static func plainWord(_ word: String, _ b: Span<UInt8>) -> (LooseToken.Kind, String, FootnoteMarks, String?)? {
        guard let last = b.lastByte, last != UInt8(ascii: ")"), last != UInt8(ascii: "]") else { return nil }
        if isDigit(last) {
            var j = b.count - 1
            while j >= 0, isDigit(b[j]) { j -= 1 }
            if j >= 0, b[j] == UInt8(ascii: "^"), b.count - 1 - j <= 2 { return nil }
        }
        // A word opening with a letter that no reading of a number starts with (not
        // "s"/"S", OCR's "$", nor "O", "o", "l", "I", its digits) is no date and no
        // number: `isDate` and `numberKind` both stop at that first byte (most words).
        if LooseTokenizer.opensAsText(b[0]) {
            return (b.count == 1 && b[0] >= 65 && b[0] <= 90 ? .letter : .word, word, FootnoteMarks(), nil)
        }
        if isDate(b) { return (.date, word, FootnoteMarks(), nil) }
        let (kind, ocr) = numberKind(b)
        if let kind { return (kind, word, FootnoteMarks(), ocr) }
        if b.count == 1, b[0] >= 65, b[0] <= 90 { return (.letter, word, FootnoteMarks(), nil) }
        return (.word, word, FootnoteMarks(), nil)
    }

    /// An ASCII letter other than "s", "S", "O", "o", "l" and "I".
    @inline(__always) static func opensAsText(_ c: UInt8) -> Bool {
        let lower = c | 0x20
        guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { return false }
        return lower != UInt8(ascii: "s") && lower != UInt8(ascii: "o") && c != UInt8(ascii: "l") && c != UInt8(ascii: "I")
    }

    /// "Stock1)", "D2)", "1)": OCR lost the "(" of a mark glued to a word
    /// or standing alone. Read as that mark, and said to be doubtful: the
    /// digits could also be part of the word.
    static func lostParenthesisMark(_ b: Span<UInt8>, word: String) -> (body: [UInt8], note: String, doubt: String)? {
        guard let cut = lostParenthesisCut(b) else { return nil }
        return (Array(bytes: b.extracting(first: cut.body)), footnoteId(cut.n), lostParenthesisDoubt(word, cut.n))
    }

    /// ``lostParenthesisMark(_:word:)`` as numbers: how many bytes the word
    /// keeps before the mark, and the mark's number. The word's text and its
    /// doubt are made by the caller, only as it needs them (the array and the
    /// interpolated doubt cost more than the reading, on every "4)" of a head).
    static func lostParenthesisCut(_ b: Span<UInt8>) -> (body: Int, n: Int)? {
        guard b.count >= 2, b[b.count - 1] == UInt8(ascii: ")") else { return nil }
        var j = b.count - 2
        while j >= 0, isDigit(b[j]) { j -= 1 }
        let digits = b.count - 2 - j
        guard digits >= 1, digits <= 2 else { return nil }
        // After a letter, "»" or a closed "(ADS)": not after figures (those are values, read elsewhere).
        // A period after a letter ends an abbreviation ("L.P.5)"), never a decimal point.
        let abbreviation = j >= 1 && b[j] == UInt8(ascii: ".") && isLetterByte(b[j - 1])
        guard j < 0 || abbreviation || !(b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: ",") || b[j] == UInt8(ascii: "/")
                         || b[j] == UInt8(ascii: "$") || b[j] == UInt8(ascii: "(") || b[j] == UInt8(ascii: "-")) else { return nil }
        // The word before it has its parentheses closed: the ")" opens nothing.
        var balance = 0
        for i in 0..<(j + 1) { if b[i] == UInt8(ascii: "(") { balance += 1 } else if b[i] == UInt8(ascii: ")") { balance -= 1 } }
        guard balance == 0 else { return nil }
        let n = digitValue(b.extracting((j + 1)..<(b.count - 1))) ?? 0
        return (j + 1, n)
    }

    /// The doubt of a mark that lost its "(" (see ``lostParenthesisMark(_:word:)``).
    static func lostParenthesisDoubt(_ word: String, _ n: Int) -> String {
        "'\(word)': footnote mark \(n) has lost its opening parenthesis?"
    }

    /// ``lostParenthesisDoubt(_:_:)`` for a word that is the mark alone, one or
    /// two digits and ")" ("4)", "04)"): taken from ``loneMarkDoubts``, the same
    /// text made once per process.
    static func loneMarkDoubt(_ b: Span<UInt8>, _ n: Int) -> String {
        if b.count == 2 { return loneMarkDoubts[Int(b[0] - 48)] }
        if b.count == 3 { return loneMarkDoubts[10 + Int(b[0] - 48) * 10 + Int(b[1] - 48)] }
        return lostParenthesisDoubt(String(bytes: b), n)
    }

    /// The doubts of "0)" … "9)", then "00)" … "99)".
    static let loneMarkDoubts: [String] = (0..<10).map { lostParenthesisDoubt("\($0))", $0) }
        + (0..<100).map { lostParenthesisDoubt("\($0 / 10)\($0 % 10))", $0) }

    @inline(__always) static func isLetterByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
    }

    static func isDate(_ b: [UInt8]) -> Bool {
        isDate(b.span)
    }

    static func isDate(_ b: Span<UInt8>) -> Bool {
        // M/D/YY, MM/DD/YYYY, YYYY-MM-DD: the digit count of each of three parts
        // (kept in a tuple: this runs for every word, an array per call shows).
        var parts = (0, 0, 0)
        var count = 0
        var digits = 0
        var sep: UInt8 = 0
        func close() {
            switch count {
            case 0: parts.0 = digits
            case 1: parts.1 = digits
            case 2: parts.2 = digits
            default: break
            }
            count += 1
            digits = 0
        }
        for i in b.indices {
            let c = b[i]
            if isDigit(c) { digits += 1; if digits > 4 { return false } }
            else if c == UInt8(ascii: "/") || c == UInt8(ascii: "-") {
                if sep == 0 { sep = c } else if sep != c { return false }
                guard digits > 0 else { return false }
                close()
            } else { return false }
        }
        guard digits > 0 else { return false }
        close()
        guard count == 3 else { return false }
        if sep == UInt8(ascii: "/") { return parts.0 <= 2 && parts.1 <= 2 && (parts.2 == 2 || parts.2 == 4) }
        return parts.0 == 4 && parts.1 <= 2 && parts.2 <= 2
    }

    /// "§" (OCR's reading of "$"), as UTF-8 (two bytes, asked one by one:
    /// `starts(with:)` on an array cost more than the rest of the test).
    static let section: (UInt8, UInt8) = (0xC2, 0xA7)

    /// `.money` / `.number` when the bytes are one; the second value says which OCR
    /// substitution was needed to read it.
    static func numberKind(_ b: [UInt8]) -> (LooseToken.Kind?, String?) {
        numberKind(b.span)
    }

    static func numberKind(_ b: Span<UInt8>) -> (LooseToken.Kind?, String?) {
        guard !b.isEmpty else { return (nil, nil) }
        // The bytes after a "$" (or what OCR read for it): extracted, so `body`'s offsets start at 0.
        var body = b
        var money = false
        var ocr: String? = nil
        if b[0] == UInt8(ascii: "$") { money = true; body = b.extracting(droppingFirst: 1) }
        else if b.count >= 2, b[0] == section.0, b[1] == section.1 {
            money = true; body = b.extracting(droppingFirst: 2); ocr = "'§' read as '$'"
        } else if (b[0] == UInt8(ascii: "s") || b[0] == UInt8(ascii: "S")), b.count > 1,
                  isDigit(b[1]) {
            money = true; body = b.extracting(droppingFirst: 1); ocr = "'\(Character(Unicode.Scalar(b[0])))' read as '$'"
        }
        guard !body.isEmpty else { return (nil, nil) }
        var digits = 0
        var points = 0
        var swaps = 0
        for i in body.indices {
            let c = body[i]
            if isDigit(c) { digits += 1 }
            else if c == UInt8(ascii: ".") { points += 1 }
            else if c == UInt8(ascii: ",") { }
            else if c == UInt8(ascii: "O") || c == UInt8(ascii: "o") || c == UInt8(ascii: "l") || c == UInt8(ascii: "I") { swaps += 1 }
            else { return (nil, nil) }
        }
        // "$O", "$l": a price of one or two figures, every one misread as a letter.
        if money, digits == 0, swaps == body.count, swaps <= 2 {
            return (.money, (ocr.map { $0 + "; " } ?? "") + "letters read as digits")
        }
        guard digits > 0, points <= 1 else { return (nil, nil) }
        guard isDigit(body[0]) || body[0] == UInt8(ascii: ".") || swaps > 0 else { return (nil, nil) }
        guard body[body.count - 1] != UInt8(ascii: ","), body[body.count - 1] != UInt8(ascii: ".") else { return (nil, nil) }
        if swaps > 0 {
            // 1,O00 or l00: letters that look like digits. Only when digits dominate.
            guard digits >= 2, swaps <= digits else { return (nil, nil) }
            ocr = (ocr.map { $0 + "; " } ?? "") + "letters read as digits"
        }
        return (money ? .money : .number, ocr)
    }
}

extension Span where Element == UInt8 {
    /// The last byte, nil when there is none (a `Span` has no `last`).
    @inline(__always) fileprivate var lastByte: UInt8? {
        isEmpty ? nil : self[count - 1]
    }

    /// Whether every byte is an ASCII digit (`allSatisfy(isDigit)` of a collection).
    fileprivate var allDigits: Bool {
        for i in indices where !LooseTokenizer.isDigit(self[i]) { return false }
        return true
    }
}
