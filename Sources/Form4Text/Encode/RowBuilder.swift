import Form4Core
import LibXML

/// Turns a grouped table row into model values: runs the grammar on the
/// row's value line, places the wrapped text around it, converts tokens to
/// `DecimalText`/`DateText` (exactly as written) and notes every doubt.
struct RowBuilder {
    var kind: TableKind
    var header: TableLines.Header
    /// The last derivative row's (A)/(D) was taken from its code, not from
    /// a column: ``LooseTextEncoder/acquiredByConversion(_:guessed:)`` may
    /// correct it from the rows around it.
    var acquiredDisposedFromCode = false
    var warnings: [EncodeWarning] = []
    /// Relative element path → input location, for the row being built.
    var sources = Sources()

    init(kind: TableKind, header: TableLines.Header) {
        self.kind = kind
        self.header = header
    }

    // MARK: grouping wrapped text

    /// Fragments of a wrapped line: tokens closer than two columns (same cell) belong together.
    static func fragments(_ tokens: [LooseToken]) -> [[LooseToken]] {
        var result: [[LooseToken]] = []
        for t in tokens {
            if let last = result.last?.last, last.cell == t.cell, t.x - last.end < 2 {
                result[result.count - 1].append(t)
            } else {
                result.append([t])
            }
        }
        return result
    }

    /// A word that is neither text nor a value: digits mixed with letters
    /// ("1l/09/2008", "4,6O0"), a mark with a letter in it ("(l)", "S(b)"),
    /// rule characters. OCR output has them where it misread; a row with one
    /// is reported, since what it should have been cannot be known.
    static func looksDamaged(_ t: LooseToken) -> Bool {
        looksDamaged(kind: t.kind, doubtful: t.doubt != nil, text: t.text)
    }

    /// `looksDamaged(line[i])`, the token asked in place: handing it over
    /// copied the whole token (and retained its strings) for every token of
    /// every row.
    @inline(__always) static func looksDamaged(_ line: [LooseToken], at i: Int) -> Bool {
        looksDamaged(kind: line[i].kind, doubtful: line[i].doubt != nil, text: line[i].text)
    }

    /// ``looksDamaged(_:)`` on the parts of the token it reads.
    static func looksDamaged(kind: LooseToken.Kind, doubtful: Bool, text s: String) -> Bool {
        guard kind == .word || kind == .letter else { return doubtful }
        // Asked of every token of every row: ASCII words, nearly all, are read as bytes.
        if let answer = looksDamagedASCII(s.utf8.span) { return answer }
        if s.contains(where: { "§|[]{}¢£¥~_".contains($0) }) { return true }
        let digits = s.filter(\.isNumber).count
        let letters = s.filter(\.isLetter).count
        if digits > 0 && letters > 0 && (s.contains("/") || s.contains(",") || s.hasPrefix("$")) { return true }
        if digits >= 2 && letters == 1 && s.count <= 10 { return true }
        // "7l", "O5": a short figure with a letter OCR confuses with a digit.
        if digits >= 1 && letters >= 1 && s.count <= 4 && s.allSatisfy({ $0.isNumber || "lIOoSB".contains($0) }) { return true }
        // A glued parenthesised single character that is not a digit: a damaged mark?
        if s.count >= 4, s.hasSuffix(")"), let open = s.lastIndex(of: "("), s.distance(from: open, to: s.endIndex) == 3 {
            let inner = s[s.index(after: open)]
            if "lIOoSsBbZz".contains(inner) { return true }
        }
        return false
    }

    /// `looksDamaged` for a word whose bytes are all ASCII (where a byte is a
    /// character, a letter is A-Z or a-z and a number 0-9); nil for other words.
    static func looksDamagedASCII(_ b: Span<UInt8>) -> Bool? {
        var digits = 0, letters = 0
        var damaged = false, slashOrComma = false, onlyLookalikes = true
        for i in b.indices {
            let c = b[i]
            if c >= 0x80 || c == 0x0D { return nil }
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                letters += 1
                switch c {
                case UInt8(ascii: "l"), UInt8(ascii: "I"), UInt8(ascii: "O"), UInt8(ascii: "o"), UInt8(ascii: "S"), UInt8(ascii: "B"): break
                default: onlyLookalikes = false
                }
                continue
            case UInt8(ascii: "|"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "~"), UInt8(ascii: "_"):
                damaged = true
            case UInt8(ascii: "/"), UInt8(ascii: ","): slashOrComma = true
            default: break
            }
            if !(c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) { onlyLookalikes = false }
        }
        if damaged { return true }
        let n = b.count
        if digits > 0 && letters > 0 && (slashOrComma || (!b.isEmpty && b[0] == UInt8(ascii: "$"))) { return true }
        if digits >= 2 && letters == 1 && n <= 10 { return true }
        // "7l", "O5": a short figure with a letter OCR confuses with a digit.
        if digits >= 1 && letters >= 1 && n <= 4 && onlyLookalikes { return true }
        // A glued parenthesised single character that is not a digit: a damaged mark?
        if n >= 4, b[n - 1] == UInt8(ascii: ")"), b[n - 3] == UInt8(ascii: "("), b.extracting((n - 2)...).firstOffset(of: UInt8(ascii: "(")) == nil {
            if "lIOoSsBbZz".utf8.contains(b[n - 2]) { return true }
        }
        return false
    }

    mutating func fields(of input: TableLines.Row) -> RowFields {
        let row = RowBuilder.joiningWrappedWordMarks(RowBuilder.joiningWrappedDates(input))
        warnings += row.warnings
        // The row's lines, anchor first: the checks below walk its tokens in this
        // order (an array of the lines, not a flat copy of every token).
        let allLines = [row.anchor] + row.above + row.below
        // Each token asked in place (index loops: a `for t in line` copied every token of the row).
        for line in allLines {
            for i in line.indices where RowBuilder.looksDamaged(line, at: i) && line[i].doubt == nil {
                let t = line[i]
                warnings.append(EncodeWarning(rule: "ENC-DAMAGED", message: "'\(t.text)' looks damaged (a misread value or footnote mark?); the row may be misread",
                                              line: t.line, column: t.column))
            }
        }
        // A lone "O" or "l" in a column of its own is a "0" or "1" OCR misread as often
        // as a word: the row's columns may shift around it.
        // On a wrapped line too: a row whose only value was misread is no row, and merges into its neighbour.
        for line in allLines {
          for k in line.indices where line[k].text.utf8.count == 1 && (line[k].text == "O" || line[k].text == "o" || line[k].text == "l") {
            let t = line[k]
            let before = k > 0 ? line[k - 1] : nil
            let after = k + 1 < line.count ? line[k + 1] : nil
            let apart = (before.map { $0.line != t.line || t.x - $0.end >= 2 } ?? true) || (after.map { $0.line != t.line || $0.x - t.end >= 2 } ?? true)
            if apart || t.cell >= 0 && before?.cell != t.cell && after?.cell != t.cell {
                warnings.append(EncodeWarning(rule: "ENC-DAMAGED", message: "'\(t.text)' stands alone where a value may be (a misread 0 or 1?); the row may be misread",
                                              line: t.line, column: t.column))
            }
          }
        }
        if row.aboveMayEndRowBefore {
            for line in row.above {
                if let t = line.first(where: { !$0.footnotes.isEmpty }) {
                    warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "wrapped text with footnote marks between two rows was given to the row below; it may end the row above",
                                                  line: t.line, column: t.column))
                }
            }
        }
        // A lone "1)" (a mark that lost its "(") stays a word: wherever it lands, the row is reported.
        for line in allLines {
            for i in line.indices where line[i].kind == .word && line[i].footnotes.isEmpty && line[i].doubt != nil {
                let t = line[i]
                warnings.append(EncodeWarning(rule: "ENC-DAMAGED", message: t.doubt! + "; the row may be misread", line: t.line, column: t.column))
            }
        }
        var grammar = RowGrammar(RowBuilder.withOCRLetters(RowBuilder.withoutLoosePoints(row.anchor)))
        var f = grammar.parse(kind)
        let firstValueX = row.anchor.first(where: { $0.isValue })?.x ?? Int.max
        let natureX = f.nature.first?.x ?? header.natureX.map { $0 - 2 } ?? Int.max
        let lastNumberEnd = row.anchor.last(where: { $0.kind == .number || $0.kind == .money })?.end ?? Int.max
        // Whether a line number is one of the row's anchor or above lines: asked
        // only for marks above a row (rare), so the lines are searched when asked
        // instead of hashed into a set for every row.
        func isRowLine(_ n: Int) -> Bool {
            TableLines.any(row.anchor) { $0.line == n } || row.above.contains { TableLines.any($0) { $0.line == n } }
        }
        func place(_ line: [LooseToken], before: Bool) {
            for var frag in RowBuilder.fragments(line) {
                // "ordinaires (3)" under "Actions  09/25/2018 (6) (1)", "Common ^(1)" under
                // "628,553^(1)": marks one space after a word of a wrapped text cell, standing
                // right under a value, are that value's wrapped marks (attachNotes reports it).
                let tail = frag.reversed().prefix { $0.kind == .footnoteOnly }.count
                if tail > 0, tail < frag.count, case let mark = frag[frag.count - tail],
                   row.anchor.contains(where: { $0.isValue && $0.kind != .footnoteOnly && abs($0.x - mark.x) <= 1 }) {
                    attachNotes(Array(frag.suffix(tail)), to: &f)
                    frag.removeLast(tail)
                }
                let x = frag[0].x
                if x < firstValueX && (f.title.isEmpty || x < (f.title.last?.end ?? 0) + 2 || x <= f.title[0].x + 2) {
                    if !before, !f.nature.isEmpty, RowBuilder.endsAnEntityName(frag), let t = frag.first {
                        // "LLC(8)" at the margin under "By FF Affirm Growth,": the end of the nature
                        // of ownership whose indent OCR lost; a security's title does not end so.
                        f.nature.append(contentsOf: frag)
                        warnings.append(EncodeWarning(rule: "ENC-FOOTNOTE-PLACE", message: "'\(RowBuilder.text(frag))' at the margin was taken as the end of the nature of ownership, not of the title",
                                                      line: t.line, column: t.column))
                        continue
                    }
                    if !before, RowBuilder.endsUnderlyingTitle(frag, title: f.title, underlying: f.underlyingTitle), let t = frag.first {
                        // "Stock(2)(3)" at the margin under "Series E Preferred Stock … Class B Common":
                        // the underlying title's last word, which OCR set at the margin.
                        f.underlyingTitle.append(contentsOf: frag)
                        warnings.append(EncodeWarning(rule: "ENC-FOOTNOTE-PLACE", message: "'\(RowBuilder.text(frag))' at the margin was taken as the end of the underlying security's title, which lacks its noun, not of the title, which has one",
                                                      line: t.line, column: t.column))
                        continue
                    }
                    // Marks at the margin above a row, a blank line away from it (OCR may
                    // have lost the indent of the last line of a nature above): they may end the row above.
                    if before, let mark = frag.first(where: { !$0.footnotes.isEmpty }), !isRowLine(mark.line + 1) {
                        warnings.append(EncodeWarning(rule: "ENC-FOOTNOTE-PLACE", message: "'\(RowBuilder.text(frag))' above the row, a blank line away from it, was taken as the start of its title; it may end the row above",
                                                      line: mark.line, column: mark.column))
                    }
                    if before { f.title.insert(contentsOf: frag, at: 0) } else { f.title.append(contentsOf: frag) }
                } else if x >= natureX - 2 {
                    if before { f.nature.insert(contentsOf: frag, at: 0) } else { f.nature.append(contentsOf: frag) }
                } else if frag.allSatisfy({ $0.kind == .footnoteOnly }),
                          row.anchor.contains(where: { $0.isValue && $0.kind != .footnoteOnly && abs($0.x - x) <= 1 }) {
                    // Marks alone, right under a value: the value's wrapped marks.
                    attachNotes(frag, to: &f)
                } else if let u = f.underlyingTitle.first, abs(x - u.x) <= 8 {
                    if before { f.underlyingTitle.insert(contentsOf: frag, at: 0) } else { f.underlyingTitle.append(contentsOf: frag) }
                } else if x < firstValueX {
                    if before { f.title.insert(contentsOf: frag, at: 0) } else { f.title.append(contentsOf: frag) }
                } else if frag.allSatisfy({ $0.kind == .footnoteOnly }) {
                    attachNotes(frag, to: &f)
                } else if let u = f.underlyingTitle.first, case let end = frag[frag.count - 1].end,
                          case let lo = row.anchor.last(where: { $0.isValue && $0.end <= u.x })?.end ?? u.x,
                          case let hi = row.anchor.first(where: { $0.isValue && $0.x > u.x })?.x ?? Int.max,
                          end > lo, x < hi {
                    // A wrapped word of the underlying security's title that OCR set off its
                    // title's start ("Common" twelve columns left of "Class A"), still within
                    // the room between the values on either side of that column.
                    if before { f.underlyingTitle.insert(contentsOf: frag, at: 0) } else { f.underlyingTitle.append(contentsOf: frag) }
                    warnings.append(EncodeWarning(rule: "ENC-FOOTNOTE-PLACE", message: "'\(RowBuilder.text(frag))', off the underlying security's column but between its neighbours, was taken as part of its title",
                                                  line: frag[0].line, column: frag[0].column))
                } else if kind.derivative, f.underlyingTitle.isEmpty, let shares = f.underlyingShares,
                          case let dates = f.expiration.isEmpty ? f.exercise : f.expiration, let date = dates.last,
                          x > date.end, frag[frag.count - 1].end <= shares.x {
                    // The underlying title printed wholly on another line ("Common Stock^" over
                    // its mark): words between the row's dates and the underlying amount.
                    if before { f.underlyingTitle.insert(contentsOf: frag, at: 0) } else { f.underlyingTitle.append(contentsOf: frag) }
                    warnings.append(EncodeWarning(rule: "ENC-FOOTNOTE-PLACE", message: "'\(RowBuilder.text(frag))', between the row's dates and the underlying amount, was taken as the underlying security's title",
                                                  line: frag[0].line, column: frag[0].column))
                } else if !f.nature.isEmpty, x > lastNumberEnd {
                    // Text right of the row's last figure can only be the nature's (the D/I
                    // column holds a letter, never wrapped text); OCR drifted its start left.
                    if before { f.nature.insert(contentsOf: frag, at: 0) } else { f.nature.append(contentsOf: frag) }
                    warnings.append(EncodeWarning(rule: "ENC-FOOTNOTE-PLACE", message: "'\(RowBuilder.text(frag))', left of the nature of ownership's column but right of the row's figures, was taken as part of the nature",
                                                  line: frag[0].line, column: frag[0].column))
                } else {
                    warnings.append(EncodeWarning(rule: "ENC-UNPLACED", message: "text '\(RowBuilder.text(frag))' in the table was not placed in any column",
                                                  line: frag[0].line, column: frag[0].column))
                }
            }
        }
        for line in row.above.reversed() { place(line, before: true) }
        var below = row.below[...]
        // A browser dump with single-spaced cells (lynx) wraps the whole row at
        // the page width: the next line, back at the left margin, goes on with
        // the last cell ("… Venture 2010 Fund," / "L.P.(2)(3)(4)"), not the title.
        if let first = below.first, case let line = RowGrammar.markTextRuns(first),
           RowBuilder.continuesLastCell(line, anchor: row.anchor, spaced: grammar.spaced, nature: f.nature, directIndirect: f.directIndirect) {
            f.nature.append(contentsOf: line)
            below = below.dropFirst()
        }
        // OCR loses a nature's indent, so its wrapped lines come out at the margin. When a
        // later margin line ends an owner's name ("(Q), LP)") and the row's title already
        // ends as a title does, every margin line before it goes on with the nature too.
        if !f.nature.isEmpty, let t = f.title.last(where: { $0.kind != .footnoteOnly }),
           t.text.hasSuffix(")") || RowBuilder.titleNouns.contains(t.text.lowercased()),
           let end = below.lastIndex(where: { line in
               RowBuilder.fragments(line).count == 1 && (line.first?.x ?? Int.max) < firstValueX && RowBuilder.endsAnEntityName(line)
           }), end > below.startIndex,
           below[below.startIndex..<end].allSatisfy({ line in
               RowBuilder.fragments(line).count == 1 && (line.first?.x ?? Int.max) < firstValueX
                   && RowGrammar.markTextRuns(line).allSatisfy { $0.kind == .word || $0.kind == .footnoteOnly || $0.kind == .letter }
           }) {
            for line in below[below.startIndex..<end] {
                f.nature.append(contentsOf: line)
                warnings.append(EncodeWarning(rule: "ENC-FOOTNOTE-PLACE", message: "'\(RowBuilder.text(line))' at the margin, above the end of an owner's name, was taken as part of the nature of ownership, not of the title",
                                              line: line[0].line, column: line[0].column))
            }
            below = below[end...]
        }
        for line in below { place(line, before: false) }
        return f
    }

    /// A scanned form read by OCR: a table's vertical rules come out as "|"
    /// between the values (taken out; the row is reported as damaged by
    /// `looksDamaged`; a "|" in the title is the title's), an "I" in the D/I
    /// column as "|", and a code letter
    /// with its footnote mark as "JM", "Jo)" or "Cc". Where such a word
    /// stands in the code or the D/I column, it is read as that letter, with
    /// a doubt that reports it.
    static func withOCRLetters(_ tokens: [LooseToken]) -> [LooseToken] {
        guard tokens.contains(where: { $0.kind == .word && $0.text.utf8.count <= 4 }) else { return tokens }
        // Most rows keep every token as it is: the tokens are read in place, and
        // the row is copied (up to the token) only when one is read anew or left
        // out. Until then the tokens kept are `tokens[..<k]`, unchanged.
        var out: [LooseToken] = []
        var copying = false
        for k in tokens.indices {
            let kind = tokens[k].kind
            // The kinds around the token (the next one as read, the last one as kept).
            let nextKind: LooseToken.Kind? = k + 1 < tokens.count ? tokens[k + 1].kind : nil
            let lastKind: LooseToken.Kind? = copying ? (out.isEmpty ? nil : out[out.count - 1].kind) : (k > 0 ? tokens[k - 1].kind : nil)
            let afterAmount = lastKind == .number || lastKind == .money
            let beforeText = nextKind.map { $0 == .word } ?? true
            // The word read as a letter, with why that is doubtful and any mark OCR
            // made of its footnote; or left out (`letter` nil).
            var change: (letter: String?, doubt: String, mark: String?)? = nil
            // (One byte first: no other character equals one of these signs, and most words are longer.)
            if kind == .word, tokens[k].text.utf8.count == 1, tokens[k].text == "|" || tokens[k].text == "{" || tokens[k].text == "}",
               tokens[k].footnotes.isEmpty, let lastKind,
               lastKind == .number || lastKind == .money || lastKind == .date || lastKind == .footnoteOnly || lastKind == .letter {
                // After the title: a rule between two values (a brace is never more),
                // or the I of the D/I column.
                if tokens[k].text == "|", afterAmount, beforeText {
                    change = ("I", "'|' in the D/I column read as I", nil)
                } else {
                    change = (nil, "", nil)
                }
            } else if kind == .word || kind == .letter, lastKind == .date, let r = ocrLetter(tokens[k].text, among: RowGrammar.codes) {
                change = (r.letter, r.doubt, r.mark)
            } else if kind == .word, lastKind == .letter, case let text = tokens[k].text, text == "Vv" || text == "VV" || text == "vv" || text == "v",
                      tokens[k].footnotes.isEmpty, RowGrammar.codes.contains(copying ? out[out.count - 1].text : tokens[k - 1].text) {
                // The V column's mark, echoed or in lower case.
                change = ("V", "'\(text)' in the V column read as V", nil)
            } else if kind == .word, afterAmount, nextKind == .money || nextKind == .number,
                      let r = ocrLetter(tokens[k].text, among: RowBuilder.acquiredDisposedLetters) {
                // The (A) or (D) column, between the amount and the price.
                change = (r.letter, r.doubt, r.mark)
            } else if kind == .word, afterAmount, beforeText, let r = ocrLetter(tokens[k].text, among: RowBuilder.directIndirectLetters) {
                change = (r.letter, r.doubt, r.mark)
            }
            guard let change else {
                if copying { out.append(tokens[k]) }
                continue
            }
            if !copying {
                out.reserveCapacity(tokens.count)
                out.append(contentsOf: tokens[..<k])
                copying = true
            }
            guard let letter = change.letter else { continue }
            var t = tokens[k]
            t.kind = .letter
            t.text = letter
            t.doubt = change.doubt
            if let mark = change.mark { t.footnotes.insert(mark, at: 0) }
            out.append(t)
        }
        return copying ? out : tokens
    }

    /// The letters of the (A)/(D) and the D/I columns, made once (a set literal
    /// in the call was built, and its letters hashed, on every call).
    static let acquiredDisposedLetters: Set<String> = ["A", "D"]
    static let directIndirectLetters: Set<String> = ["D", "I"]

    /// "Cc" (a letter and its echo), "JM", "Jo)", "DQ)" (a letter and a mark
    /// OCR could not read): the letter, and why it is doubtful.
    static func ocrLetter(_ word: String, among letters: Set<String>) -> (letter: String, doubt: String, mark: String?)? {
        // A capital ASCII letter alone is itself, read right (asked of the code after every
        // row's date): what follows would find it so after grapheme and case work and a hash.
        if word.utf8.count == 1, let b = word.utf8.first, b >= UInt8(ascii: "A"), b <= UInt8(ascii: "Z") { return nil }
        guard let first = word.first, letters.contains(first.uppercased()) else { return nil }
        let letter = first.uppercased()
        let rest = String(word.dropFirst())
        if rest.isEmpty { return first.isLowercase ? (letter, "'\(word)' read as \(letter)", nil) : nil }
        // "Cc", and "D-" or "D_" (a speck of the rule beside it).
        if rest == letter.lowercased() || rest == "-" || rest == "_" { return (letter, "'\(word)' read as \(letter)", nil) }
        // "s(t)": the mark's "1" read as a letter that looks like it.
        if ["(t)", "(l)", "(i)", "(I)", "(|)", "(])"].contains(rest) {
            return (letter, "'\(word)' read as \(letter)(1)", "F1")
        }
        // "MQ)", "Je)", "Ji)": a mark, "(2)" say, whose digits OCR read as other signs.
        let markLike = rest.count <= 3 && rest.last == ")" && rest.dropLast().allSatisfy { $0.isLetter || $0.isNumber || $0 == "(" || $0 == "|" }
        if markLike || ["M", "Q", "O", "o", "0", "(1"].contains(rest) {
            return (letter, "'\(word)' read as \(letter) followed by a footnote mark that could not be read", nil)
        }
        return nil
    }

    /// "12/18/" over "2012": a date cut at its last "/" by a narrow column
    /// (w3m wraps the deemed execution date so) is the date "12/18/2012" where
    /// the year stands.
    static func joiningWrappedDates(_ input: TableLines.Row) -> TableLines.Row {
        guard let up = input.above.last, up.contains(where: { $0.text.hasSuffix("/") }) else { return input }
        var row = input
        var upLine = up
        for k in row.anchor.indices where row.anchor[k].kind == .number && row.anchor[k].text.count == 4 && row.anchor[k].text.allSatisfy(\.isNumber) {
            let year = row.anchor[k]
            guard let j = upLine.firstIndex(where: { abs($0.x - year.x) <= 1 && $0.kind == .word && $0.footnotes.isEmpty }),
                  case let head = upLine[j].text, head.hasSuffix("/"), head.filter({ $0 == "/" }).count == 2,
                  LooseValues.date(head + year.text).value != nil else { continue }
            row.anchor[k].kind = .date
            row.anchor[k].text = head + year.text
            upLine.remove(at: j)
        }
        row.above[row.above.count - 1] = upLine
        row.above.removeAll { $0.isEmpty }
        return row
    }

    /// "Common Stock^" over "(1)": w3m prints a word's mark that did not fit on
    /// the next line, which may be the row's line of values. There, under the
    /// cell of words that says its mark wrapped, it is that cell's mark and not
    /// a value given by footnote; the move is reported.
    static func joiningWrappedWordMarks(_ input: TableLines.Row) -> TableLines.Row {
        guard let up = input.above.last, let w = up.lastIndex(where: { $0.kind == .word && $0.wrapsMark }) else { return input }
        let word = up[w]
        // Right of the row's figures (a nature's "See Footnote^") the mark is read the same either way.
        guard let lastFigure = input.anchor.last(where: { $0.kind == .number || $0.kind == .money }), word.x < lastFigure.x else { return input }
        // The word's cell: the run of words, one space apart, that ends with it.
        var start = w
        while start > 0, up[start - 1].kind == .word, up[start - 1].line == word.line, up[start].x - up[start - 1].end <= 1 { start -= 1 }
        let lo = up[start].x - 1, hi = word.end
        let under = input.anchor.indices.filter { input.anchor[$0].x >= lo && input.anchor[$0].x <= hi }
        guard under.count == 1, case let m = under[0], input.anchor[m].kind == .footnoteOnly else { return input }
        var row = input
        let mark = row.anchor.remove(at: m)
        row.above[row.above.count - 1][w].footnotes.append(contentsOf: mark.footnotes)
        row.above[row.above.count - 1][w].wrapsMark = false
        row.warnings.append(EncodeWarning(
            rule: "ENC-DOUBT", message: "footnote mark \(mark.footnotes.joined(separator: ",")) under '\(word.text)^' (its mark wrapped) taken as that cell's, not as a value",
            line: mark.line, column: mark.column))
        return row
    }

    /// The last words of an owner's name (a fund, a trust, a company), which end
    /// a nature of ownership and never a security's title.
    /// "LLC(8)", "Venture 2010 Fund, LP()", "(Q), LP)": the wrapped end of an
    /// owner's name (the nature of ownership), a mark or what is left of one
    /// after it. A security's title does not end in "LP" or "Trust".
    static func endsAnEntityName(_ frag: [LooseToken]) -> Bool {
        guard let last = frag.last(where: { $0.kind != .footnoteOnly }) else { return false }
        var word = Substring(last.text)
        var junk = false
        while let c = word.last, c == ")" || c == "(" { word = word.dropLast(); junk = true }
        let marked = frag.contains { !$0.footnotes.isEmpty } || junk
        guard marked, entityWords.contains(String(word)) else { return false }
        // All entity words, or a name's words before one ("Venture 2010 Fund, LP").
        return frag.allSatisfy { $0.kind == .footnoteOnly || entityWords.contains($0.text) } || frag.count >= 2
    }

    /// A lone "Stock" or "Shares" under a derivative row whose underlying
    /// title stops at "Common", "Preferred" or "Ordinary" while the row's own
    /// title already ends as a title does (in its noun, "… Stock", "… Units",
    /// or a closing parenthesis, "(right to buy)"): the word ends the underlying
    /// title wherever it stands. When the row's title lacks its end too
    /// ("Restricted" over "Stock" / "Units"), the word could end either, and the
    /// margin (the title's) wins as before.
    static func endsUnderlyingTitle(_ frag: [LooseToken], title: [LooseToken], underlying: [LooseToken]) -> Bool {
        let words = frag.filter { $0.kind != .footnoteOnly }
        guard words.count == 1, ["Stock", "Shares"].contains(words[0].text),
              let u = underlying.last(where: { $0.kind != .footnoteOnly }), adjectives.contains(u.text),
              let t = title.last(where: { $0.kind != .footnoteOnly }),
              t.text.hasSuffix(")") || titleNouns.contains(t.text.lowercased())
        else { return false }
        return true
    }

    /// The last words of derivative securities' titles in the corpus (with a
    /// closing parenthesis, they end 96% of its 656 titles).
    static let titleNouns: Set<String> = ["stock", "units", "unit", "shares", "note", "notes", "value", "warrant", "warrants",
                                          "option", "options", "award", "awards", "right", "rights"]

    /// Two letters or more in a row: a word, not a mark or a letter with a stray.
    static func isWord(_ text: String) -> Bool {
        var run = 0
        for b in text.utf8 {
            run = (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ? run + 1 : 0
            if run >= 2 { return true }
        }
        return false
    }

    static let adjectives: Set<String> = ["Common", "Preferred", "Ordinary"]

    static let entityWords: Set<String> = ["LLC", "LLC,", "L.L.C.", "LP", "LP,", "L.P.", "L.P.,", "Inc.", "Inc", "Ltd.", "Ltd", "Trust", "Fund", "Fund,", "Partners"]

    /// "$4588<br>.": pymupdf4llm sometimes prints a figure's decimal point on a
    /// line of its own in the cell. Where the point belongs is lost: the lone
    /// "." is taken out and the figure marked doubtful, so that the row is
    /// still read as a row and the figure is reported.
    ///
    /// "23795<br>,": the same for a thousands separator. The digits are all
    /// there, but the glyphs were printed out of order, so the figure is
    /// marked doubtful too (a lone "," left in the row made the cells after it
    /// one run of words).
    static func withoutLoosePoints(_ tokens: [LooseToken]) -> [LooseToken] {
        guard tokens.contains(where: { $0.text.utf8.count == 1 && ($0.text == "." || $0.text == ",") }) else { return tokens }
        var result: [LooseToken] = []
        for t in tokens {
            if t.text == "." || t.text == ",", t.kind == .word, t.footnotes.isEmpty, t.cell >= 0, var last = result.last, last.cell == t.cell,
               last.kind == .number || last.kind == .money, t.text == "." || t.afterBreak {
                let note = t.text == "." ? "a lone '.' follows '\(last.text)' in its cell: the figure's decimal point is lost"
                    : "a lone ',' follows '\(last.text)' in its cell: the figure's glyphs were printed out of order"
                last.doubt = last.doubt.map { $0 + "; " + note } ?? note
                result[result.count - 1] = last
                continue
            }
            result.append(t)
        }
        return result
    }

    /// True when `line` is the rest of a row line cut at the page width: the
    /// row flows as one paragraph (every cell one space from the next, as lynx
    /// prints a table it cannot fit; w3m pads its columns), ends in a nature
    /// cell, and `line` is one run of words (with marks; numbers inside the
    /// words, "Venture 2010 Fund", are words) starting where the row starts.
    /// A row cut right after its "I" has all of its nature (which an indirect
    /// holding must state) on that line.
    static func continuesLastCell(_ line: [LooseToken], anchor: [LooseToken], spaced: Bool, nature: [LooseToken],
                                  directIndirect: LooseToken? = nil) -> Bool {
        guard !spaced, let start = anchor.first else { return false }
        if let last = nature.last {
            return last.line == start.line && mayContinueFlowingRow(line, anchor: anchor)
        }
        guard let di = directIndirect, di.text == "I", di.line == start.line, let end = anchor.last,
              end.line == di.line, end.x == di.x else { return false }
        return mayContinueFlowingRow(line, anchor: anchor)
    }

    /// The shape half of ``continuesLastCell(_:anchor:spaced:nature:)``, for
    /// `TableLines` to give such a line to the row above rather than the one below.
    static func mayContinueFlowingRow(_ line: [LooseToken], anchor raw: [LooseToken]) -> Bool {
        let anchor = RowGrammar.markTextRuns(raw)
        guard let first = line.first, let start = anchor.first, let last = anchor.last,
              last.kind == .word || (last.kind == .letter && last.text == "I"), last.footnotes.isEmpty, first.x <= start.x + 1,
              zip(anchor, anchor.dropFirst()).allSatisfy({ $0.line != $1.line || $1.x - $0.end <= 1 }),
              RowBuilder.fragments(line).count == 1
        else { return false }
        return line.allSatisfy { $0.kind == .word || $0.kind == .footnoteOnly || ($0.kind == .letter && $0.x > first.x) }
    }

    /// A footnote mark printed under a value belongs to the value above it.
    mutating func attachNotes(_ frag: [LooseToken], to f: inout RowFields) {
        let x = frag[0].x
        // The slot nearest the mark, the first listed among equals: what a stable
        // sort by distance puts first, with each slot read once (the sort read two
        // tokens through key paths per comparison), in place by its index (a key
        // path per slot, made and read through the runtime, cost more than the rest).
        var bestIndex = 0
        var bestDistance = Int.max
        for i in 0..<RowBuilder.noteSlotCount {
            let distance = abs((RowBuilder.noteSlotX(f, i) ?? Int.max / 2) - x)
            if distance < bestDistance { bestIndex = i; bestDistance = distance }
        }
        let best = RowBuilder.noteSlot(bestIndex)
        for d in frag where d.doubt != nil {
            warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: d.doubt!, line: d.line, column: d.column))
        }
        /// The marks given to `t`. A mark from a line above the value is read before
        /// the value's own ("^(2)^" over "(3)": "(2)(3)").
        func attach(to t: inout LooseToken) {
            if frag[0].line < t.line {
                t.footnotes.insert(contentsOf: frag.flatMap(\.footnotes), at: 0)
            } else {
                t.footnotes.append(contentsOf: frag.flatMap(\.footnotes))
            }
            if !t.wrapsMark { warnings.append(EncodeWarning(rule: "ENC-FOOTNOTE-PLACE", message: "footnote mark on its own line attached to '\(t.text)' above it",
                                          line: frag[0].line, column: frag[0].column)) }
        }
        // A date exercisable or expiration date nearer still: w3m wraps a date's
        // mark onto the next line under it ("07/14/2017^" over "(1)").
        for dates in [\RowFields.exercise, \RowFields.expiration] {
            guard var t = f[keyPath: dates].last, t.kind != .footnoteOnly, abs(t.x - x) < bestDistance, abs(t.x - x) <= 4 else { continue }
            attach(to: &t)
            f[keyPath: dates][f[keyPath: dates].count - 1] = t
            return
        }
        if var t = f[keyPath: best], abs(t.x - x) <= 4 {
            attach(to: &t)
            f[keyPath: best] = t
        } else {
            // No value close enough above or below: the mark is not silently lost.
            warnings.append(EncodeWarning(rule: "ENC-UNPLACED", message: "footnote mark \(frag.flatMap(\.footnotes).joined(separator: ",")) on its own line was not placed in any column",
                                          line: frag[0].line, column: frag[0].column))
        }
    }

    /// The slots a mark on its own line may belong to, in the order that
    /// breaks ties: conversion price, date, deemed date, code, amount, (A)/(D),
    /// price, amount owned, D/I, underlying shares.
    static let noteSlotCount = 10

    /// The column of the value in note slot `i` (see ``noteSlotCount``), if any.
    static func noteSlotX(_ f: RowFields, _ i: Int) -> Int? {
        switch i {
        case 0: return f.conversion?.x
        case 1: return f.date?.x
        case 2: return f.deemed?.x
        case 3: return f.code?.x
        case 4: return f.amount?.x
        case 5: return f.acquiredDisposed?.x
        case 6: return f.price?.x
        case 7: return f.owned?.x
        case 8: return f.directIndirect?.x
        default: return f.underlyingShares?.x
        }
    }

    /// Note slot `i` (see ``noteSlotCount``).
    static func noteSlot(_ i: Int) -> WritableKeyPath<RowFields, LooseToken?> {
        switch i {
        case 0: return \.conversion
        case 1: return \.date
        case 2: return \.deemed
        case 3: return \.code
        case 4: return \.amount
        case 5: return \.acquiredDisposed
        case 6: return \.price
        case 7: return \.owned
        case 8: return \.directIndirect
        default: return \.underlyingShares
        }
    }

    // MARK: text and values

    /// Words joined by single spaces; a line ending in a hyphen joins the next without one.
    static func text(_ tokens: [LooseToken]) -> String {
        var s = ""
        var previousLine = -1
        // The tokens are read in place, by index (no regrouped copies of them).
        func add(_ i: Int) {
            guard tokens[i].kind != .footnoteOnly else { return }
            if !s.isEmpty {
                if tokens[i].line != previousLine || tokens[i].afterBreak, s.hasSuffix("-"), let p = s.dropLast().last, p.isLetter || p.isNumber {
                } else { s += " " }
            }
            s += tokens[i].text
            previousLine = tokens[i].line
        }
        // Markdown converters repeat a spanning cell under several column heads: keep one.
        // A group is a run of tokens of one cell on one line; one whose texts are those
        // of the group kept before it is left out.
        if tokens.contains(where: { $0.cell >= 0 }) {
            var kept: Range<Int>? = nil
            var start = 0
            while start < tokens.count {
                var end = start + 1
                while end < tokens.count, tokens[end].cell == tokens[end - 1].cell, tokens[end].line == tokens[end - 1].line { end += 1 }
                defer { start = end }
                if let k = kept, k.count == end - start, zip(k, start..<end).allSatisfy({ tokens[$0].text == tokens[$1].text }) { continue }
                kept = start..<end
                for i in start..<end { add(i) }
            }
        } else {
            for i in tokens.indices { add(i) }
        }
        return s
    }

    static func notes(_ tokens: [LooseToken]) -> [String] {
        var seen: [String] = []
        // The tokens asked in place (a copy of each retained and released its strings).
        for k in tokens.indices { for n in tokens[k].footnotes where !seen.contains(n) { seen.append(n) } }
        return seen
    }

    mutating func note(_ path: String, _ t: LooseToken?) {
        guard let t else { return }
        sources[path] = SourceLocation(line: t.line, column: t.column)
        if let d = t.doubt {
            warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: d, line: t.line, column: t.column, path: path))
        }
    }

    mutating func textField(_ path: String, _ tokens: [LooseToken]) -> Footnoted<String>? {
        guard !tokens.isEmpty else { return nil }
        let tokens = RowBuilder.withoutRuleBetweenWords(tokens, path: path, warnings: &warnings)
        note(path, tokens[0])
        for k in tokens.indices.dropFirst() {
            guard let d = tokens[k].doubt else { continue }
            warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: d, line: tokens[k].line, column: tokens[k].column, path: path))
        }
        let s = RowBuilder.text(tokens)
        return Footnoted(s.isEmpty ? nil : s, footnoteId: RowBuilder.notes(tokens))
    }

    mutating func decimalField(_ path: String, _ t: LooseToken?) -> Footnoted<DecimalText>? {
        guard let t else { return nil }
        note(path, t)
        if t.kind == .footnoteOnly { return Footnoted(nil, footnoteId: Array(t.footnotes)) }
        let (value, doubt) = LooseValues.decimal(t)
        if let doubt, doubt != t.doubt {
            warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: doubt, line: t.line, column: t.column, path: path))
        }
        if value == nil {
            warnings.append(EncodeWarning(rule: "ENC-UNREADABLE", message: "'\(t.text)' is not a number; left out", line: t.line, column: t.column, path: path))
        }
        return Footnoted(value, footnoteId: Array(t.footnotes))
    }

    mutating func dateField(_ path: String, _ tokens: [LooseToken]) -> Footnoted<DateText>? {
        guard let t = tokens.first else { return nil }
        note(path, t)
        let notes = RowBuilder.notes(tokens)
        if t.kind == .date {
            let (value, doubt) = LooseValues.date(t.text)
            if let doubt {
                warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: doubt, line: t.line, column: t.column, path: path))
            }
            return Footnoted(value, footnoteId: notes)
        }
        return Footnoted(nil, footnoteId: notes)
    }

    mutating func letterField(_ path: String, _ t: LooseToken?) -> Footnoted<String>? {
        guard let t else { return nil }
        note(path, t)
        return Footnoted(t.text, footnoteId: Array(t.footnotes))
    }

    mutating func coding(_ f: RowFields, form: Int) -> TransactionCoding? {
        guard let code = f.code else {
            if f.isTransaction {
                warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "transaction code not found in the row", line: f.line))
            }
            return f.isTransaction ? TransactionCoding(transactionFormType: form == 5 ? "5" : "4", equitySwapInvolved: false) : nil
        }
        note("transactionCoding/transactionCode", code)
        var text = code.text
        var swap = false
        if text.count == 2, text.hasSuffix("K") { text = String(text.prefix(1)); swap = true }
        note("transactionCoding/transactionFormType", f.voluntary)
        let formType = f.voluntary != nil ? "5" : (form == 5 ? "5" : "4")
        return TransactionCoding(transactionFormType: formType, transactionCode: text, equitySwapInvolved: swap, footnoteId: Array(code.footnotes))
    }

    /// "See Footnote(®)", "(?)", "(”)", "LP()", "LP)": a footnote mark whose number OCR
    /// read as a sign, or did not read at all, ends the nature's last word. It is no part of the nature's text; it is
    /// left out, and the mark it stood for is reported as unread.
    static func withoutUnreadableMark(_ nature: [LooseToken], warnings: inout [EncodeWarning]) -> [LooseToken] {
        guard let last = nature.last, last.kind == .word, last.text.hasSuffix(")") else { return nature }
        // "Fund, LP()": a mark OCR read as nothing at all, its parentheses left empty.
        if last.text.hasSuffix("()"), case let kept = String(last.text.dropLast(2)), kept.contains(where: \.isLetter) {
            return cuttingLastWord(of: nature, to: kept, warnings: &warnings,
                                   because: "'()' after '\(kept)' is a footnote mark OCR could not read")
        }
        // "Fund (Q), LP)", "See Footnote)": a mark whose "(" and number OCR lost, leaving
        // a ")" that closes nothing the nature opened (a parenthesis of the text is kept).
        if case let kept = String(last.text.dropLast()), kept.last?.isLetter == true, !kept.contains("("),
           case let opens = nature.reduce(0, { $0 + $1.text.utf8.count(where: { $0 == UInt8(ascii: "(") }) }),
           case let closes = nature.reduce(0, { $0 + $1.text.utf8.count(where: { $0 == UInt8(ascii: ")") }) }), closes > opens {
            return cuttingLastWord(of: nature, to: kept, warnings: &warnings,
                                   because: "')' after '\(kept)' closes no parenthesis of the nature: what OCR left of a footnote mark")
        }
        guard case let chars = Array(last.text), chars.count >= 4, chars[chars.count - 3] == "(",
              case let sign = chars[chars.count - 2], !sign.isLetter, !sign.isNumber, sign != " ",
              chars[..<(chars.count - 3)].contains(where: \.isLetter) else { return nature }
        let mark = String(chars[(chars.count - 3)...])
        let kept = String(chars[..<(chars.count - 3)])
        return cuttingLastWord(of: nature, to: kept, warnings: &warnings,
                               because: "'\(mark)' after '\(kept)' is a footnote mark OCR could not read")
    }

    /// The nature with its last word cut to `kept`, the mark cut off reported as unread.
    private static func cuttingLastWord(of nature: [LooseToken], to kept: String, warnings: inout [EncodeWarning],
                                        because reason: String) -> [LooseToken] {
        var out = nature
        out[out.count - 1].text = kept
        let last = out[out.count - 1]
        warnings.append(EncodeWarning(rule: "ENC-DAMAGED", message: reason + "; left out of the nature, and its footnote is not cited",
                                      line: last.line, column: last.column, path: "ownershipNature/natureOfOwnership"))
        return out
    }

    mutating func ownership(_ f: RowFields) -> OwnershipNature {
        var n = OwnershipNature()
        let path = "ownershipNature/directOrIndirectOwnership"
        n.directOrIndirectOwnership = letterField(path, f.directIndirect)
        n.natureOfOwnership = textField("ownershipNature/natureOfOwnership", RowBuilder.withoutUnreadableMark(f.nature, warnings: &warnings))
        // Column 7 is the nature of *indirect* ownership: every corpus row that
        // names one is I, and every I row names one. A lost D/I (OCR drops the
        // "|" it reads for I) is I where the nature stands, and a D beside a
        // nature is a misreading of one of the two.
        // A nature that is words beside the row's last figure, on its line and
        // right of it, in a row with a title: not a stray letter a misread row
        // left in that column, nor text a stream of cells (pdftotext without
        // -layout) gave the column, nor the pieces of a row that fell apart.
        let nature = f.nature.first { $0.kind != .footnoteOnly }.flatMap { first -> LooseToken? in
            // The row's last figure: the amount owned, or in a Form 3's Table II
            // (which has no such column) the conversion price or the underlying amount.
            // The rightmost (the first of equals), found without arrays of copies.
            var owned: (line: Int, x: Int)? = nil
            func consider(_ t: LooseToken?) {
                guard let t, t.kind != .footnoteOnly else { return }
                if owned.map({ $0.x < t.x }) ?? true { owned = (t.line, t.x) }
            }
            consider(f.owned)
            consider(f.conversion)
            consider(f.price)
            consider(f.underlyingShares)
            guard let owned,
                  first.line == owned.line, first.x > owned.x, !f.title.isEmpty,
                  f.nature.contains(where: { RowBuilder.isWord($0.text) }) else { return nil }
            return first
        }
        if f.directIndirect == nil, let nature {
            n.directOrIndirectOwnership = Footnoted("I", footnoteId: [])
            sources[path] = SourceLocation(line: nature.line, column: nature.column)
            warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: "direct/indirect ownership (D or I) not found in the row; read as I, as the row names a nature of ownership, which only indirect holdings have",
                                          line: nature.line, column: nature.column, path: path))
        } else if f.directIndirect == nil {
            warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "direct/indirect ownership (D or I) not found in the row", line: f.line))
        } else if let di = f.directIndirect, di.text == "D", nature != nil {
            warnings.append(EncodeWarning(rule: "ENC-NATURE-DI", message: "the row says D (direct) but names a nature of ownership, which only indirect holdings have; one of them may be misread",
                                          line: di.line, column: di.column, path: path))
        }
        return n
    }

    mutating func post(_ f: RowFields) -> PostTransactionAmounts {
        var p = PostTransactionAmounts()
        if let t = f.owned, t.kind == .money {
            p.valueOwnedFollowingTransaction = decimalField("postTransactionAmounts/valueOwnedFollowingTransaction", t)
        } else {
            p.sharesOwnedFollowingTransaction = decimalField("postTransactionAmounts/sharesOwnedFollowingTransaction", f.owned)
        }
        if f.owned == nil {
            warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "amount owned after the transaction not found in the row", line: f.line))
        }
        return p
    }

    mutating func flagExtras(_ f: RowFields) {
        for t in f.extra {
            warnings.append(EncodeWarning(rule: "ENC-UNPLACED", message: "value '\(t.text)' in the row could not be placed in a column; left out",
                                          line: t.line, column: t.column))
        }
    }

    // MARK: Table I

    mutating func nonDerivative(_ f: RowFields) -> Either<NonDerivativeTransaction, NonDerivativeHolding> {
        flagExtras(f)
        if f.isTransaction {
            var r = NonDerivativeTransaction()
            r.securityTitle = textField("securityTitle", f.title)
            r.transactionDate = dateField("transactionDate", f.date.map { [$0] } ?? [])
            r.deemedExecutionDate = dateField("deemedExecutionDate", f.deemed.map { [$0] } ?? [])
            r.transactionCoding = coding(f, form: kind.form)
            var a = TransactionAmounts()
            if let t = f.amount, t.kind == .money {
                a.transactionTotalValue = decimalField("transactionAmounts/transactionTotalValue", t)
            } else {
                a.transactionShares = decimalField("transactionAmounts/transactionShares", f.amount)
            }
            a.transactionPricePerShare = decimalField("transactionAmounts/transactionPricePerShare", f.price)
            a.transactionAcquiredDisposedCode = letterField("transactionAmounts/transactionAcquiredDisposedCode", f.acquiredDisposed)
            if f.amount == nil { warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "transaction amount not found in the row", line: f.line)) }
            if f.acquiredDisposed == nil { warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "(A) or (D) not found in the row", line: f.line)) }
            if f.price == nil { warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "price not found in the row", line: f.line)) }
            r.transactionAmounts = a
            r.postTransactionAmounts = post(f)
            r.ownershipNature = ownership(f)
            return .first(r)
        }
        var h = NonDerivativeHolding()
        h.securityTitle = textField("securityTitle", f.title)
        h.postTransactionAmounts = post(f)
        h.ownershipNature = ownership(f)
        return .second(h)
    }

    // MARK: Table II

    /// Fewer shares owned after the row than its amount, both plain figures: an
    /// acquisition leaves at least its amount owned, so the row is a disposal.
    static func ownedLessThanAmount(_ f: RowFields) -> Bool {
        guard let amount = f.amount, amount.kind == .number, let owned = f.owned, owned.kind == .number,
              let a = LooseValues.decimal(amount).value, let o = LooseValues.decimal(owned).value else { return false }
        return o < a
    }

    /// (A) or (D): the column the amount was printed under.
    mutating func derivativeAcquiredDisposed(_ f: RowFields) -> Footnoted<String>? {
        if let t = f.acquiredDisposed { return letterField("transactionAmounts/transactionAcquiredDisposedCode", t) }
        guard let amount = f.amount else { return nil }
        if let span = header.markSpans.first(where: { $0.lo < amount.x && amount.end <= $0.hi }) {
            // A box-drawing table: the amount sits between the rules of its column.
            sources["transactionAmounts/transactionAcquiredDisposedCode"] = SourceLocation(line: amount.line, column: amount.column)
            return Footnoted(span.acquired ? "A" : "D")
        }
        if amount.cell >= 0, let headCode = header.codeCell, let code = f.code, code.cell >= 0, code.cell != headCode,
           let mark = header.marks.first(where: { $0.cell - headCode == amount.cell - code.cell }) {
            // A sub-head row that starts at "Code": compare positions relative to the code.
            sources["transactionAmounts/transactionAcquiredDisposedCode"] = SourceLocation(line: amount.line, column: amount.column)
            return Footnoted(mark.acquired ? "A" : "D")
        }
        if amount.cell >= 0, header.codeCell != nil, let code = f.code, amount.cell == code.cell + 1,
           let a = header.marks.first(where: { $0.acquired }), let d = header.marks.first(where: { !$0.acquired }), d.cell == a.cell + 1,
           case let sub = (amount.x - amount.cell * LooseLine.cellWidth) / 100, sub == 0 || sub == 1 {
            // The same, where the row's cells are grouped under the main heads (markitdown:
            // "5. Number of Derivative Securities Acquired (A) or Disposed of (D)" spans the
            // (A) and (D) grid columns): the amount's grid column within that group.
            sources["transactionAmounts/transactionAcquiredDisposedCode"] = SourceLocation(line: amount.line, column: amount.column)
            return Footnoted(sub == 0 ? "A" : "D")
        }
        if !header.marks.isEmpty {
            // pdftotext lays out each page apart: a row on a page without the
            // column heads may sit elsewhere. The cells between the code and
            // the amount keep their distances better than their columns do, so
            // such a row's amount is compared with the heads moved as far as
            // its code stands from the "Code" head.
            var shift = 0
            if amount.cell < 0, let codeX = header.codeX, let code = f.code, abs(code.x - codeX) > 6 { shift = code.x - codeX }
            // Compare centres: a right-aligned amount and a centred heading start apart.
            let centre = (amount.x + amount.end) / 2 - shift
            let best = header.marks.min { a, b in
                if amount.cell >= 0 { return abs(a.cell - amount.cell) < abs(b.cell - amount.cell) }
                return abs(a.x + 1 - centre) < abs(b.x + 1 - centre)
            }!
            let distance = amount.cell >= 0 ? abs(best.cell - amount.cell) * 20 : abs(best.x + 1 - centre)
            if distance <= 16 {
                sources["transactionAmounts/transactionAcquiredDisposedCode"] = SourceLocation(line: amount.line, column: amount.column)
                var letter = best.acquired ? "A" : "D"
                // The column is then still a guess, and said so; where the figures rule
                // out an acquisition, they win over it.
                if shift != 0, letter == "A", RowBuilder.ownedLessThanAmount(f) {
                    letter = "D"
                    warnings.append(EncodeWarning(rule: "ENC-DERIVATIVE-AD", message: "the row's columns do not line up with the table's heads; 'D' taken because the amount owned after the row is less than its amount",
                                                  line: amount.line, column: amount.column, path: "transactionAmounts/transactionAcquiredDisposedCode"))
                } else if shift != 0, let codeX = header.codeX, let code = f.code {
                    warnings.append(EncodeWarning(rule: "ENC-DERIVATIVE-AD", message: "the row's columns do not line up with the table's heads (code '\(code.text)' at column \(code.column), the heads' at \(codeX + 1)): '\(letter)' taken from where the amount stands beside the code may be wrong",
                                                  line: amount.line, column: amount.column, path: "transactionAmounts/transactionAcquiredDisposedCode"))
                }
                return Footnoted(letter)
            }
        }
        // No column to go by (single-spaced dumps). An acquisition leaves at least its
        // amount owned, so fewer owned after the row than its amount is a disposal.
        if RowBuilder.ownedLessThanAmount(f), let owned = f.owned {
            sources["transactionAmounts/transactionAcquiredDisposedCode"] = SourceLocation(line: amount.line, column: amount.column)
            warnings.append(EncodeWarning(rule: "ENC-DERIVATIVE-AD", message: "the (A)/(D) column of the amount cannot be seen; 'D' taken because the \(owned.text) owned after the row is less than its amount \(amount.text)",
                                          line: amount.line, column: amount.column, path: "transactionAmounts/transactionAcquiredDisposedCode"))
            return Footnoted("D")
        }
        // Else the code usually says it.
        acquiredDisposedFromCode = true
        let code = f.code?.text ?? ""
        let guess: String? = ["M", "C", "S", "F", "X", "D", "E", "H", "O", "U"].contains(code) ? "D" : (["A", "P", "L"].contains(code) ? "A" : nil)
        warnings.append(EncodeWarning(rule: "ENC-DERIVATIVE-AD", message: guess.map { "the (A)/(D) column of the amount cannot be seen; '\($0)' taken from transaction code \(code)" }
                                          ?? "the (A)/(D) column of the amount cannot be seen and code '\(code)' does not tell",
                                      line: amount.line, column: amount.column, path: "transactionAmounts/transactionAcquiredDisposedCode"))
        return guess.map { Footnoted($0) }
    }

    mutating func underlying(_ f: RowFields) -> UnderlyingSecurity {
        var u = UnderlyingSecurity()
        u.underlyingSecurityTitle = textField("underlyingSecurity/underlyingSecurityTitle", f.underlyingTitle)
        if let t = f.underlyingShares, t.kind == .money {
            u.underlyingSecurityValue = decimalField("underlyingSecurity/underlyingSecurityValue", t)
        } else {
            u.underlyingSecurityShares = decimalField("underlyingSecurity/underlyingSecurityShares", f.underlyingShares)
        }
        return u
    }

    mutating func derivative(_ f: RowFields) -> Either<DerivativeTransaction, DerivativeHolding> {
        flagExtras(f)
        if f.isTransaction {
            var r = DerivativeTransaction()
            r.securityTitle = textField("securityTitle", f.title)
            r.conversionOrExercisePrice = decimalField("conversionOrExercisePrice", f.conversion)
            r.transactionDate = dateField("transactionDate", f.date.map { [$0] } ?? [])
            r.deemedExecutionDate = dateField("deemedExecutionDate", f.deemed.map { [$0] } ?? [])
            r.transactionCoding = coding(f, form: kind.form)
            var a = TransactionAmounts()
            if let t = f.amount, t.kind == .money {
                a.transactionTotalValue = decimalField("transactionAmounts/transactionTotalValue", t)
            } else {
                a.transactionShares = decimalField("transactionAmounts/transactionShares", f.amount)
            }
            a.transactionPricePerShare = decimalField("transactionAmounts/transactionPricePerShare", f.price)
            a.transactionAcquiredDisposedCode = derivativeAcquiredDisposed(f)
            r.transactionAmounts = a
            r.exerciseDate = dateField("exerciseDate", f.exercise)
            r.expirationDate = dateField("expirationDate", f.expiration)
            r.underlyingSecurity = underlying(f)
            r.postTransactionAmounts = post(f)
            r.ownershipNature = ownership(f)
            return .first(r)
        }
        var h = DerivativeHolding()
        h.securityTitle = textField("securityTitle", f.title)
        h.conversionOrExercisePrice = decimalField("conversionOrExercisePrice", f.conversion)
        h.exerciseDate = dateField("exerciseDate", f.exercise)
        h.expirationDate = dateField("expirationDate", f.expiration)
        h.underlyingSecurity = underlying(f)
        if kind.form != 3 || f.owned != nil { h.postTransactionAmounts = post(f) }
        h.ownershipNature = ownership(f)
        return .second(h)
    }
}

/// One of two row kinds (a transaction or a holding).
enum Either<A, B> {
    case first(A)
    case second(B)
}
