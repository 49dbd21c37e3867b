/// Reads the tokens of one table row in the order the printed form puts its
/// columns, by what each token is (a date, a code letter, an amount, …)
/// rather than by where it is: the same grammar then serves layout text,
/// single-spaced browser dumps, markdown cells and tab-separated rows.
///
/// Table I (Forms 4, 5):  title date [deemed] code [V] amount A|D [price] owned D|I [nature]
/// Table I holding:       title owned D|I [nature]
/// Table II (Forms 4, 5): title [conv] date [deemed] code [V] amount exercisable expiration
///                        underlying-title underlying-amount [price] owned D|I [nature]
/// Table II holding:      title [conv] exercisable expiration underlying-title underlying-amount owned D|I [nature]
/// Table II (Form 3):     title exercisable expiration underlying-title underlying-amount [conv] D|I [nature]
struct RowGrammar {
    static let codes: Set<String> = ["A", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "O", "P", "S", "U", "W", "X", "Z", "V"]
    static let dateWords: Set<String> = ["Immediately", "Immediate", "Immed.", "Immediately.", "N/A", "None", "Immed", "(1)", "Currently",
                                         "immediately", "n/a", "NA", "-", "--"]

    var tokens: [LooseToken]
    var i = 0
    /// The row's columns are set apart by two spaces or more (pdftotext
    /// -layout, OCR of a printed form), so a word one space after another is
    /// in the same cell. In single-spaced dumps (w3m, lynx) it may not be.
    var spaced: Bool

    init(_ tokens: [LooseToken]) {
        self.tokens = RowGrammar.markTextRuns(tokens)
        self.spaced = RowGrammar.columnsSpaced(self.tokens)
    }

    /// True when every two neighbouring values on a line (numbers, dates,
    /// letters; not marks or words) are at least two columns apart.
    static func columnsSpaced(_ t: [LooseToken]) -> Bool {
        var pairs = 0
        for k in t.indices.dropFirst() {
            let a = t[k - 1], b = t[k]
            guard a.line == b.line, a.cell < 0, b.cell < 0, a.kind != .word, b.kind != .word,
                  a.kind != .footnoteOnly, b.kind != .footnoteOnly else { continue }
            if b.x - a.end < 2 { return false }
            pairs += 1
        }
        return pairs > 0
    }

    /// "02/14/2024 (1)", "D (1)": a footnote-only mark one space after a
    /// value, on its line and in its cell, is that value's mark. Where the
    /// columns are themselves one space apart it may be the next cell's
    /// value: it is still taken, with a doubt that names both readings.
    mutating func takeFollowingMark(into t: inout LooseToken) {
        // "D (4) (1)": each mark one space after the one before.
        var end = t.end
        var taken: [String] = []
        while let n = peek, n.kind == .footnoteOnly, n.line == t.line, n.cell == t.cell, n.x - end <= 1 {
            _ = take()
            t.footnotes.append(contentsOf: n.footnotes)
            taken.append(contentsOf: n.footnotes)
            end = n.end
        }
        if !taken.isEmpty, t.cell < 0 && !spaced {
            t.doubt = "footnote mark \(taken.joined(separator: ",")) one space after '\(t.text)' taken as its footnote; it may be the next column's value"
        }
    }

    /// Numbers, money and letters inside running text ("$0.01 par value",
    /// "Venture 2010 Fund", "Class A Common") are text: they become words.
    static func markTextRuns(_ input: [LooseToken]) -> [LooseToken] {
        var t = input
        func close(_ a: LooseToken, _ b: LooseToken) -> Bool { a.cell == b.cell && a.line == b.line && b.x - a.end <= 1 }
        for k in t.indices where t[k].kind != .word && t[k].kind != .date {
            // "2010 Fund, LP" — a number that runs into words is the start of text.
            if (t[k].kind == .number || t[k].kind == .money), t[k].footnotes.isEmpty, k + 1 < t.count, t[k + 1].kind == .word,
               close(t[k], t[k + 1]), t[k + 1].text.first?.isLetter == true, t[k + 1].text.count > 1 {
                t[k].kind = .word
                continue
            }
            // "… Venture 2010" ending a line: a number closing a run of words. So is a
            // short plain number ending a cell's words with another cell after it
            // ("Series 1      footnote").
            if (t[k].kind == .number || t[k].kind == .money), k > 0, t[k - 1].kind == .word, close(t[k - 1], t[k]),
               k + 1 == t.count || !close(t[k], t[k + 1]), t[k].footnotes.isEmpty,
               k + 1 == t.count || t[k + 1].line != t[k].line
                || t[k].kind == .number && t[k].text.utf8.count <= 2 && t[k + 1].kind == .word {
                t[k].kind = .word
                continue
            }
            // "Senior Notes due 2027": a year after "due" is the title's maturity.
            if t[k].kind == .number, t[k].footnotes.isEmpty, k > 0, close(t[k - 1], t[k]),
               t[k - 1].text == "due" || t[k - 1].text == "Due" || t[k - 1].text == "DUE", RowGrammar.isYear(t[k].text) {
                t[k].kind = .word
                continue
            }
            // "par value $0.01": a par value is the title's, wherever the line goes on.
            if t[k].kind == .money, t[k].footnotes.isEmpty, k > 0, close(t[k - 1], t[k]),
               t[k - 1].text == "value" || t[k - 1].text == "Value" || t[k - 1].text == "VALUE" {
                t[k].kind = .word
                continue
            }
            guard k > 0, k + 1 < t.count else { continue }
            // The neighbours asked in place (copies of them cost more than the test).
            guard t[k - 1].kind == .word, t[k - 1].footnotes.isEmpty, t[k + 1].kind == .word, close(t[k - 1], t[k]), close(t[k], t[k + 1]) else { continue }
            if t[k].kind == .footnoteOnly { continue }
            if t[k].kind == .letter && !t[k].footnotes.isEmpty { continue }
            t[k].kind = .word
        }
        return t
    }

    /// Four digits from 1900 to 2099, as a maturity year is written.
    static func isYear(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 4, b.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        return (b[0] == UInt8(ascii: "1") && b[1] == UInt8(ascii: "9")) || (b[0] == UInt8(ascii: "2") && b[1] == UInt8(ascii: "0"))
    }

    var peek: LooseToken? { i < tokens.count ? tokens[i] : nil }
    func peek(_ k: Int) -> LooseToken? { i + k < tokens.count ? tokens[i + k] : nil }

    mutating func take() -> LooseToken {
        defer { i += 1 }
        return tokens[i]
    }

    /// Text tokens up to the next value (numbers, dates, footnote-only marks).
    mutating func takeText(allowLetters: Bool = true) -> [LooseToken] {
        // The run's end found first, then the run copied at once (appended token by
        // token, the array was allocated again as it grew; `peek` copied each token too).
        var end = i
        while end < tokens.count, tokens[end].kind == .word || (allowLetters && tokens[end].kind == .letter) { end += 1 }
        defer { i = end }
        return Array(tokens[i..<end])
    }

    /// Everything up to the end, as text.
    mutating func takeRest() -> [LooseToken] {
        // Copied at once (see `takeText`).
        guard i < tokens.count else { return [] }
        defer { i = tokens.count }
        return Array(tokens[i...])
    }

    func isAmount(_ t: LooseToken?) -> Bool {
        guard let t else { return false }
        return t.kind == .number || t.kind == .money || t.kind == .footnoteOnly
    }

    func isCode(_ t: LooseToken?) -> Bool {
        guard let t else { return false }
        if t.kind == .letter { return RowGrammar.codes.contains(t.text) }
        return false
    }

    /// Values up to the D/I letter that ends the amounts; the letter itself is not taken.
    mutating func takeValuesUntilOwnership() -> [LooseToken] {
        // Amounts and dates up to the D/I letter (which is none of them), copied at once (see `takeText`).
        var end = i
        while end < tokens.count, case let k = tokens[end].kind, k == .number || k == .money || k == .footnoteOnly || k == .date { end += 1 }
        var values = Array(tokens[i..<end])
        i = end
        // "13,031,306 (4)": a mark set apart from the last amount belongs to it.
        if values.count >= 2, let last = values.last, last.kind == .footnoteOnly, values[values.count - 2].kind == .number,
           last.line == values[values.count - 2].line, last.cell == values[values.count - 2].cell {
            values.removeLast()
            values[values.count - 1].footnotes.append(contentsOf: last.footnotes)
            values[values.count - 1].doubt = "footnote mark \(last.footnotes.joined(separator: ",")) stands apart from '\(values[values.count - 1].text)'; taken as its footnote"
        }
        return values
    }

    mutating func takeOwnershipAndNature(into f: inout RowFields) {
        if let t = peek, t.kind == .letter, t.text == "D" || t.text == "I" {
            f.directIndirect = take()
            takeFollowingMark(into: &f.directIndirect!)
        }
        f.nature = takeRest()
    }

    /// The exercisable and expiration cells. A mark set after the exercisable
    /// date ("03/14/2019 (1)", "03/14/2019(1) (1)") with no expiration cell
    /// after it is the expiration date given by footnote alone: a filing
    /// never leaves the expiration date with neither a date nor a footnote,
    /// and single-spaced dumps (lynx, w3m) print an empty cell as nothing,
    /// so its mark lands right after the date before it. The reading is
    /// still a guess, and is said so on the expiration date.
    mutating func takeExerciseAndExpiration(into f: inout RowFields) {
        let start = i
        f.exercise = takeDateSlot()
        let tookMarks = f.exercise.first?.kind == .date && i - start > 1
        let marksEnd = i
        f.expiration = takeDateSlot()
        if tookMarks, f.expiration.isEmpty, f.exercise.count == 1 {
            // The date as it stood before its following marks were taken.
            let date = tokens[start]
            var mark = tokens[start + 1]
            for m in tokens[(start + 2)..<marksEnd] {
                mark.footnotes.append(contentsOf: m.footnotes)
                mark.end = m.end
            }
            let ids = mark.footnotes.joined(separator: ",")
            let note = "footnote mark \(ids) after exercisable date '\(date.text)' with no expiration date printed taken as the expiration date's; it may be the exercisable date's own"
            mark.doubt = mark.doubt.map { $0 + "; " + note } ?? note
            f.exercise = [date]
            f.expiration = [mark]
        }
    }

    /// One exercisable/expiration cell: a date, a footnote-only mark or a known word.
    mutating func takeDateSlot() -> [LooseToken] {
        guard let t = peek else { return [] }
        if t.kind == .footnoteOnly { return [take()] }
        if t.kind == .date {
            var d = take()
            takeFollowingMark(into: &d)
            return [d]
        }
        if t.kind == .word, RowGrammar.dateWords.contains(t.text) { return [take()] }
        // "a)" where "(7)" was printed: OCR's reading of a mark it could not read. It
        // holds the date's place (a mark with no number), so the cells after it keep theirs.
        if t.kind == .word, t.text.utf8.count == 2, t.text.utf8.last == UInt8(ascii: ")"), t.text.first?.isLetter == true {
            var mark = take()
            mark.kind = .footnoteOnly
            mark.doubt = "'\(mark.text)' in a date's place is a footnote mark OCR could not read; the date's footnote is not cited"
            return [mark]
        }
        return []
    }

    mutating func parse(_ kind: TableKind) -> RowFields {
        var f = RowFields()
        f.line = tokens.first?.line ?? 0
        // The title: everything before the first value. In Table I nothing priced
        // stands before the date: "Stock, $0.0001" over "par value" is the title's.
        // (The title is the first thing read: it holds a token exactly when its end has moved past `i`.)
        var end = i
        while end < tokens.count, !tokens[end].isValue || (!kind.derivative && kind.form != 3 && tokens[end].kind == .money && end > i
                                                            && end + 1 < tokens.count && tokens[end + 1].kind == .date) {
            end += 1
        }
        f.title = Array(tokens[i..<end])
        i = end
        if !kind.derivative {
            if kind.form != 3, peek?.kind == .date {
                f.isTransaction = true
                f.date = take()
                takeFollowingMark(into: &f.date!)
                if peek?.kind == .date || (peek?.kind == .footnoteOnly && isCode(peek(1))) {
                    f.deemed = take()
                    if f.deemed!.kind == .date { takeFollowingMark(into: &f.deemed!) }
                }
                if isCode(peek) {
                    f.code = take()
                    // "G (1)": a mark one space after the code letter is the code's.
                    if let n = peek, n.kind == .footnoteOnly, let c = f.code, n.line == c.line, n.cell == c.cell, n.x - c.end <= 1 {
                        f.code!.footnotes.append(contentsOf: take().footnotes)
                    }
                    if let v = peek, v.kind == .letter, v.text == "V", isAmount(peek(1)) { f.voluntary = take() }
                }
                if isAmount(peek) { f.amount = take() }
                if let t = peek, t.kind == .letter, t.text == "A" || t.text == "D" { f.acquiredDisposed = take() }
                takeLateCode(into: &f)
                let values = takeValuesUntilOwnership()
                assignPriceAndOwned(values, into: &f)
            } else {
                let values = takeValuesUntilOwnership()
                if let last = values.last { f.owned = last }
                f.extra = Array(values.dropLast())
            }
            takeOwnershipAndNature(into: &f)
            takeLateAcquiredDisposed(into: &f)
            return f
        }
        if kind.form == 3 {
            takeExerciseAndExpiration(into: &f)
            f.underlyingTitle = takeText()
            attachApartMarks(to: &f.underlyingTitle)
            if isAmount(peek) { f.underlyingShares = take() }
            let values = takeValuesUntilOwnership()
            if let first = values.first { f.conversion = first }
            f.extra = Array(values.dropFirst())
            takeOwnershipAndNature(into: &f)
            return f
        }
        // Conversion or exercise price: values before the first date.
        // The values before the underlying security's title: for a transaction
        // [conv] date [deemed] code …; for a holding [conv] exercisable expiration.
        var run = 0
        while let t = peek(run), t.isValue { run += 1 }
        let codeAt = (0..<min(run + 2, tokens.count - i)).first { isCode(peek($0)) }
        let looksLikeTransaction: Bool = {
            guard let c = codeAt, c >= 1, c <= 3 else { return false }
            return (0..<c).contains { peek($0)?.kind == .date }
        }()
        if looksLikeTransaction {
            if let t = peek, t.kind != .date { f.conversion = take() }
            while let t = peek, t.kind != .date, isAmount(t) { f.extra.append(take()) }
        } else if run >= 3 || (run == 2 && (peek?.kind == .number || peek?.kind == .money)) {
            f.conversion = take()
        }
        if looksLikeTransaction {
            f.isTransaction = true
            f.date = take()
            takeFollowingMark(into: &f.date!)
            if !isCode(peek) {
                f.deemed = take()
                if f.deemed!.kind == .date { takeFollowingMark(into: &f.deemed!) }
            }
            f.code = take()
            if let v = peek, v.kind == .letter, v.text == "V", isAmount(peek(1)) { f.voluntary = take() }
            if isAmount(peek) { f.amount = take() }
            // An amount printed in both (A) and (D) would be a second number here; the
            // exercisable date that follows is never a plain number.
            if let t = peek, t.kind == .letter, t.text == "A" || t.text == "D" { f.acquiredDisposed = take() }
        }
        takeExerciseAndExpiration(into: &f)
        if f.expiration.isEmpty, !f.exercise.isEmpty, peek?.kind == .word {
            // Only one of the two dates is printed: which one is not known here.
            f.expiration = []
        }
        f.underlyingTitle = takeText()
        attachApartMarks(to: &f.underlyingTitle)
        if isAmount(peek) { f.underlyingShares = take() }
        let values = takeValuesUntilOwnership()
        if f.isTransaction {
            assignPriceAndOwned(values, into: &f)
        } else {
            if let last = values.last { f.owned = last }
            f.extra.append(contentsOf: values.dropLast())
        }
        takeOwnershipAndNature(into: &f)
        return f
    }

    /// "12/09/2024" / "628,553 A" / "C" / "$4.10": pdftotext without
    /// `-layout` follows the PDF's drawing order, which may draw the code
    /// column after the amounts. A row with no code after its date, and a
    /// code letter right after its (A)/(D), has that letter as its code; it
    /// is taken with a doubt. Not A, D, I or V: those letters have columns
    /// of their own there.
    mutating func takeLateCode(into f: inout RowFields) {
        guard f.code == nil, f.amount != nil, f.acquiredDisposed != nil, let t = peek, isCode(t),
              !["A", "D", "I", "V"].contains(t.text) else { return }
        var code = take()
        if let n = peek, n.kind == .footnoteOnly, n.line == code.line, n.cell == code.cell, n.x - code.end <= 1 {
            code.footnotes.append(contentsOf: take().footnotes)
        }
        code.doubt = "code '\(code.text)' printed after the amount and (A)/(D), not after the date, taken as the transaction code"
        f.code = code
    }

    /// "33,000" / "$52.82 169,745" / "D" / "D": the (A)/(D) column drawn
    /// after the D/I (pdftotext without `-layout` follows the PDF's drawing
    /// order). A transaction with an amount and no (A)/(D), whose "nature" is
    /// one letter A, D or I alone, has its two letters in the wrong order:
    /// an A is the (A)/(D), an I the D/I, and of two D's both read the same.
    /// Taken with a doubt.
    mutating func takeLateAcquiredDisposed(into f: inout RowFields) {
        guard f.isTransaction, f.amount != nil, f.acquiredDisposed == nil, let di = f.directIndirect,
              f.nature.count == 1, var late = f.nature.first, late.kind == .letter, late.footnotes.isEmpty,
              ["A", "D", "I"].contains(late.text) else { return }
        let note = "(A)/(D) and D/I letters '\(di.text)', '\(late.text)' printed after the amounts in that order; read as (A)/(D) \(late.text == "I" ? di.text : late.text), D/I \(late.text == "I" ? "I" : di.text)"
        if late.text == "I" {
            var ad = di
            ad.doubt = note
            late.doubt = note
            f.acquiredDisposed = ad
            f.directIndirect = late
        } else {
            late.doubt = note
            f.acquiredDisposed = late
        }
        f.nature = []
    }

    /// "Class B Common Stock      (2)(3)" then the amount: marks set apart from
    /// a title, followed by the amount itself, belong to the title.
    mutating func attachApartMarks(to title: inout [LooseToken]) {
        guard !title.isEmpty, let m = peek, m.kind == .footnoteOnly, let n = peek(1),
              n.kind == .number || n.kind == .money, m.line == title[title.count - 1].line else { return }
        title[title.count - 1].footnotes.append(contentsOf: take().footnotes)
    }

    func assignPriceAndOwned(_ values: [LooseToken], into f: inout RowFields) {
        switch values.count {
        case 0: break
        case 1:
            if values[0].kind == .money { f.price = values[0] } else { f.owned = values[0] }
        default:
            f.price = values[0]
            f.owned = values[1]
            f.extra.append(contentsOf: values.dropFirst(2))
        }
    }
}
