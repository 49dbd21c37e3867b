#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import Form4Core
import LibXML

/// The part of the form below the tables: Explanation of Responses
/// (footnote texts as written), Remarks, the Reporting Owners table and
/// the signatures.
struct FormTail: Sendable {
    var footnotes: [Located<Footnote>] = []
    var remarks: Located<String>?
    var signatures: [Located<OwnerSignature>] = []
    var owners: [OwnerEntry] = []
    /// Lines of marks read where the owners table has no heads to place them by.
    var loneMarkRuns: [OwnerMarksWithoutHeads.Run] = []
    var warnings: [EncodeWarning] = []

    /// One row of the Reporting Owners table.
    struct OwnerEntry: Sendable {
        var name: Located<String>
        var street1: String?
        var street2: String?
        var city: String?
        var state: String?
        var zip: String?
        var director = false
        var tenPercent = false
        var officer = false
        var other = false
        var officerTitle: String?
        var otherText: String?
        var marksSeen = false
        /// Where each of the row's "X" marks stands (its `x`), in the order read, and whether
        /// any mark was text (an officer's title); for placing marks by another owner's columns.
        var checkMarks: [Int] = []
        var textMarks = false
        /// A check mark read as OCR reads a ticked box ("Xx").
        var ocrMarks = false

        /// Takes the parts that were read; the name only when one was.
        mutating func apply(_ p: OwnerParts) {
            if let n = p.name { name.value = n } else { name.value = "" }
            street1 = p.street1; street2 = p.street2
            city = p.city; state = p.state; zip = p.zip
        }
    }

    static func lineText(_ line: LooseLine) -> String {
        // One segment (free text): the same text without the arrays.
        if line.segments.count == 1 {
            // No line feed (nearly every line): `replacingNewlines` would give the text itself.
            let text = line.segments[0].text
            let trimmed = { (b: Span<UInt8>) -> String? in
                if b.isEmpty { return "" }
                guard b.firstOffset(of: 0x0A) == nil else { return nil }
                // `trimmingSpaces`, inline: spaces and tabs off both ends, unless a byte outside
                // ASCII touches a cut (a combining mark would join the space), or nothing to cut.
                var lo = 0, hi = b.count
                while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
                if lo == hi { return "" }
                while b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
                if lo == 0, hi == b.count { return text }
                if (lo > 0 && b[lo] >= 0x80) || (hi < b.count && b[hi - 1] >= 0x80) { return text.trimmingSpaces() }
                return String(bytes: b.extracting(lo..<hi))
            }(text.utf8.span)
            if let trimmed { return trimmed }
            return text.replacingNewlines().trimmingSpaces()
        }
        return line.segments.map { $0.text.replacingNewlines() }.filter { !$0.isEmpty }.joined(separator: "  ").trimmingSpaces()
    }

    /// The owners table's heading, also as pymupdf4llm glues it ("ReportingOwnerName/Address").
    static func headsOwners(_ t: String) -> Bool {
        // Both spellings start with "Reporting": each of its places tried for either rest (on
        // bytes, as `has` matches), one pass instead of two.
        headsOwners(bytes: t.utf8.span)
    }

    static func headsOwners(bytes h: Span<UInt8>) -> Bool {
        let heads = ownersHeadBytes
        let head = heads.head.span, spaced = heads.spaced.span, glued = heads.glued.span
        let n = head.count
        guard h.count >= n + glued.count else { return false }
        func matches(_ p: Span<UInt8>, at i: Int) -> Bool {
            let m = p.count
            guard i + m <= h.count else { return false }
            for j in 0..<m where h[i + j] != p[j] { return false }
            return true
        }
        var i = 0
        while i + n <= h.count {
            guard let hit = h.firstOffset(of: UInt8(ascii: "R"), from: i, through: h.count - n) else { return false }
            i = hit
            if matches(head, at: i), matches(spaced, at: i + n) || matches(glued, at: i + n) { return true }
            i += 1
        }
        return false
    }

    /// ``isStop(_:)`` of a line known not to hold "Signature of Reporting Person"
    /// (the footnotes all stand above the first line that does); a line whose
    /// first byte is not "R" has none of the prefixes.
    static func isStop(_ t: String, signatureLabel: Bool) -> Bool {
        let r = t.utf8.first == UInt8(ascii: "R")
        return (r && (t.hasPrefix("Remarks") || t.hasPrefix("Reminder:"))) || signatureLabel
            || FormTail.headsOwners(t) || (r && t.hasPrefix("Reporting Owners"))
    }

    static func isStop(_ t: String) -> Bool {
        t.hasPrefix("Remarks") || t.has("Signature of Reporting Person") || t.hasPrefix("Reminder:")
            || FormTail.headsOwners(t) || t.hasPrefix("Reporting Owners")
    }

    /// A footnote's number when the line starts one: `1.`, `1)`, `(1)`, `[1]`, `- 1.`, `^(1)`.
    static func footnoteStart(_ text: String) -> (number: Int, rest: String)? {
        // A start is a digit, or one of "-*•^([" before it: a line whose first
        // byte can begin none of these (most lines) is no footnote start.
        guard let lead = text.utf8.first else { return nil }
        switch lead {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), 0xE2, UInt8(ascii: "^"), UInt8(ascii: "("), UInt8(ascii: "["),
             UInt8(ascii: "0")...UInt8(ascii: "9"): break
        default: return nil
        }
        if let fast = HeaderBoxes.plainBytes(text, footnoteStart(bytes:)) { return fast }
        var t = Substring(text)
        if t.hasPrefix("- ") || t.hasPrefix("* ") || t.hasPrefix("• ") { t = t.dropFirst(2).drop { $0 == " " } }
        if t.hasPrefix("^") { t = t.dropFirst() }
        var open: Character? = nil
        if t.first == "(" || t.first == "[" { open = t.first; t = t.dropFirst() }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let n = Int(digits) else { return nil }
        t = t.dropFirst(digits.count)
        if let open {
            guard t.first == (open == "(" ? ")" : "]") else { return nil }
            t = t.dropFirst()
            if t.first == "." { t = t.dropFirst() }
        } else {
            guard t.first == "." || t.first == ")" else { return nil }
            t = t.dropFirst()
        }
        guard t.isEmpty || t.first == " " else { return nil }
        return (n, t.trimmingSpaces())
    }

    /// ``footnoteStart(_:)`` of an ASCII line (each byte a character).
    private static func footnoteStart(bytes b: Span<UInt8>) -> (number: Int, rest: String)? {
        var i = 0
        let n = b.count
        if n >= 2, b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "*"), b[1] == 0x20 {
            i = 2
            while i < n, b[i] == 0x20 { i += 1 }
        }
        if i < n, b[i] == UInt8(ascii: "^") { i += 1 }
        var close: UInt8? = nil
        if i < n, b[i] == UInt8(ascii: "(") || b[i] == UInt8(ascii: "[") {
            close = b[i] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
            i += 1
        }
        var number = 0, digits = 0
        while i + digits < n, b[i + digits] >= 0x30 && b[i + digits] <= 0x39 {
            if digits < 2 { number = number * 10 + Int(b[i + digits] - 0x30) }
            digits += 1
        }
        guard digits >= 1, digits <= 2 else { return nil }
        i += digits
        if let close {
            guard i < n, b[i] == close else { return nil }
            i += 1
            if i < n, b[i] == UInt8(ascii: ".") { i += 1 }
        } else {
            guard i < n, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")") else { return nil }
            i += 1
        }
        guard i == n || b[i] == 0x20 else { return nil }
        // The rest without its spaces and tabs at both ends.
        var lo = i, hi = n
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
        return (number, String(bytes: b.extracting(lo..<hi)))
    }

    /// A cell's text without the pipes that parted it from its neighbours
    /// (a pipe row that the reader did not take for one: no pipe before its first cell).
    static func withoutCellPipes(_ text: String) -> String {
        var t = Substring(text.trimmingSpaces())
        while t.last == "|" { t = t.dropLast().drop { $0 == " " }; t = Substring(String(t).trimmingSpaces()) }
        while t.first == "|" { t = Substring(String(t.dropFirst()).trimmingSpaces()) }
        return String(t)
    }

    /// `a = join(a, b)`, appending to `a`'s own storage (a footnote read over
    /// many lines is then not copied once per line).
    static func append(_ b: String, to a: inout String) {
        if a.isEmpty { a = b; return }
        if b.isEmpty { return }
        // A text whose last byte is no "-" ends in no "-" character (no other
        // character is equivalent to it): the `Character` test only when it is.
        if a.utf8.last == UInt8(ascii: "-"), a.hasSuffix("-"), let p = a.dropLast().last, p.isLetter || p.isNumber, let f = b.first, f.isLetter || f.isNumber {
            a += b
            return
        }
        a += " "
        a += b
    }

    static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        if a.hasSuffix("-"), let p = a.dropLast().last, p.isLetter || p.isNumber, let f = b.first, f.isLetter || f.isNumber {
            return a + b
        }
        return a + " " + b
    }

    /// `box1`: the first owner's name and address as box 1 printed them (see ``runTogetherOwner(_:box1:)``).
    static func read(_ lines: ArraySlice<LooseLine>, explanation: Range<Int>?, referenced: Set<String> = [], box1: OwnerParts? = nil) -> FormTail {
        var tail = FormTail()
        let all = ZeroBasedLines(lines)
        // Each line's text and tokens, made once: the rules below ask for them again and again.
        let texts = lines.map(lineText)
        var tokenCache = [[LooseToken]?](repeating: nil, count: all.count)
        func tokens(_ k: Int) -> [LooseToken] {
            if let t = tokenCache[k] { return t }
            let t = LooseTokenizer.tokens(of: all[k])
            tokenCache[k] = t
            return t
        }
        // The signatures first: lines ending in a date (or naming "/s/") just
        // above "Signature of Reporting Person". Everything else stops there.
        var signatureStart = all.count
        if let sig = texts.firstIndex(where: { $0.has("Signature of Reporting Person") }) {
            var k = sig - 1
            var found: [(index: Int, date: DateText?)] = []
            /// Signatures wrapped over lines, by the index of their first line.
            var wrapped: [Int: String] = [:]
            // "/s/ Name  05/02/2025" on the label's own line (markdown rows) counts too.
            let own = tokens(sig)
            if let last = own.last, last.kind == .date, !texts[sig].hasPrefix("**"), let d = LooseValues.date(last.text).value {
                found.append((sig, d))
            }
            while k >= 0 {
                let t = texts[k]
                // The owners table's heads printed among the signatures ("Officer", "Other":
                // pdftotext without -layout prints the cells in reading order).
                if t.isEmpty || !all[k].isCellRow && FormTail.isHeadingRest(t) { k -= 1; continue }
                let toks = tokens(k)
                if let last = toks.last, last.kind == .date, toks.count > 1 {
                    // The end of a signature wrapped at the page's width (lynx): "/s/ PLP Funds
                    // ... By: Benjamin C." over "Cable, Chief Operating Officer 04/28/2025".
                    if !t.has("/s/"), !all[k].isCellRow, let above = (0..<k).reversed().first(where: { !texts[$0].isEmpty }),
                       !all[above].isCellRow, case let upper = texts[above], upper.hasPrefix("/s/"),
                       tokens(above).last?.kind != .date {
                        wrapped[above] = FormTail.join(upper, RowBuilder.text(Array(toks.dropLast())).trimmingSpaces())
                        found.append((above, LooseValues.date(last.text).value))
                        tail.warnings.append(EncodeWarning(rule: "ENC-HEADER", message: "signature read over two lines, '\(upper)' and the line below it that ends in its date; check it",
                                                           line: all[above].number, column: 1, path: "/ownershipDocument/ownerSignature"))
                        k = above - 1
                        continue
                    }
                    found.append((k, LooseValues.date(last.text).value)); k -= 1; continue
                }
                if t.hasPrefix("/s/") || t.hasPrefix("By: /s/") || t.hasPrefix("By /s/") { found.append((k, nil)); k -= 1; continue }
                // A date alone on its line under a signature wrapped over lines (pymupdf4llm
                // centres the date's cell beside the name's): the signature is the lines
                // above it up to the one holding "/s/", at most four, none ending in a date.
                if toks.count == 1, toks[0].kind == .date, let d = LooseValues.date(toks[0].text).value {
                    var group: [Int] = []
                    var j = k - 1
                    // Marks and heads of the owners table printed among the signatures are skipped.
                    func stray(_ u: String) -> Bool { u.isEmpty || u == "X" || u == "x" || FormTail.isHeadingRest(u) }
                    while j >= 0, group.count < 4 {
                        let u = texts[j]
                        if stray(u) && !all[j].isCellRow { j -= 1; continue }
                        if tokens(j).last?.kind == .date { break }
                        group.insert(j, at: 0)
                        if u.has("/s/") { break }
                        j -= 1
                    }
                    if let top = group.first, texts[top].has("/s/"), !all[top].isCellRow {
                        wrapped[top] = group.map { texts[$0] }.reduce("") { FormTail.join($0, $1) }
                        found.append((top, d))
                        k = top - 1
                        continue
                    }
                    // No "/s/" (pdftotext without -layout: "Marta Doe by Power of Attorney" over its
                    // date, one cell a line): the one line above the date, reported.
                    if let top = (0..<k).reversed().first(where: { !stray(texts[$0]) }), !all[top].isCellRow,
                       tokens(top).last?.kind != .date {
                        let name = texts[top]
                        if name.count <= 100, !name.hasPrefix("Remarks"), !name.hasSuffix(":"), footnoteStart(name) == nil {
                            wrapped[top] = name
                            found.append((top, d))
                            tail.warnings.append(EncodeWarning(rule: "ENC-HEADER", message: "signature name read as the line '\(name)' above its date, which stands alone; check it",
                                                               line: all[top].number, column: 1, path: "/ownershipDocument/ownerSignature"))
                            k = top - 1
                            continue
                        }
                    }
                }
                // A signature's second line under its first, which holds "/s/" and the
                // date (pdftotext -layout: "/s/ A. Doe, Manager of" 09/20/2021 / "Acme LP").
                if !all[k].isCellRow, let above = (0..<k).reversed().first(where: { !texts[$0].isEmpty }), !all[above].isCellRow,
                   texts[above].has("/s/") {
                    let upper = tokens(above)
                    if let last = upper.last, last.kind == .date, upper.count > 1, let d = LooseValues.date(last.text).value {
                        wrapped[above] = FormTail.join(RowBuilder.text(Array(upper.dropLast())).trimmingSpaces(), t)
                        found.append((above, d))
                        k = above - 1
                        continue
                    }
                }
                break
            }
            for (k, date) in found.reversed() {
                let toks = tokens(k)
                var nameText = ""
                if let w = wrapped[k] {
                    nameText = w
                } else if all[k].isCellRow {
                    nameText = all[k].segments.first(where: { !$0.text.isEmpty && !$0.text.allSatisfy({ $0.isNumber || $0 == "/" }) })?.text.replacingNewlines() ?? ""
                } else {
                    nameText = RowBuilder.text(date == nil ? toks : Array(toks.dropLast()))
                }
                // html2text's pipe row without outer pipes: "/s/ Name| 05/15/2023".
                nameText = FormTail.withoutCellPipes(nameText)
                if date == nil {
                    tail.warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "no date beside the signature '\(nameText)'", line: all[k].number, column: 1,
                                                       path: "/ownershipDocument/ownerSignature[\(tail.signatures.count + 1)]/signatureDate"))
                }
                tail.signatures.append(Located(value: OwnerSignature(signatureName: nameText.trimmingSpaces(), signatureDate: date),
                                               line: all[k].number, column: 1))
            }
            signatureStart = found.last?.index ?? sig
        }
        var i = 0
        // Footnotes.
        if explanation != nil {
            // The footnote being read; its text apart, so that each line is appended in place.
            var current: (n: Int, line: Int)? = nil
            var currentText = ""
            var expected = 1
            func finish() {
                if let c = current {
                    tail.footnotes.append(Located(value: Footnote(id: "F\(c.n)", text: currentText), line: c.line, column: 1))
                }
                current = nil
                currentText = ""
            }
            // "… set forth in footnotes 2 and 3 to this Form" / "4." / "(3) The price …":
            // a number that skips ahead is text when the next footnote to start is the
            // one it skipped (footnotes are numbered in order).
            func nextStartIsSkipped(after k: Int, expected: Int) -> Bool {
                var j = k + 1
                while j < signatureStart, !isStop(texts[j], signatureLabel: false) {
                    if let (m, _) = footnoteStart(texts[j]) { return m == expected }
                    j += 1
                }
                return false
            }
            while i < signatureStart {
                let t = texts[i]
                // Footnote lines stand above the first signature label (i < signatureStart, which is at
                // most its line, and `sig` is the first line that has it): none holds it.
                if isStop(t, signatureLabel: false) { break }
                if t.isEmpty || t == "Explanation of Responses:" { i += 1; continue }
                // A new footnote: the next number, or a later one that the tables cite
                // (ids need not be consecutive); anything else continues the text.
                if let (n, rest) = footnoteStart(t), current == nil || n >= expected,
                   current == nil || n == expected || !nextStartIsSkipped(after: i, expected: expected) {
                    if current != nil, n != expected, !referenced.contains("F\(n)") {
                        tail.warnings.append(EncodeWarning(rule: "ENC-FOOTNOTE-NUMBER",
                            message: "footnote numbers skip from \(expected - 1) to \(n) and no value cites \(n): it may be text of footnote \(expected - 1)",
                            line: all[i].number, column: 1, path: "/ownershipDocument/footnotes/footnote[\(tail.footnotes.count + 2)]"))
                    }
                    finish()
                    current = (n, all[i].number)
                    currentText = rest
                    expected = n + 1
                } else if current != nil {
                    FormTail.append(t, to: &currentText)
                } else if t.hasPrefix("*") {
                    // The form's own "* If the form is filed by more than one…" note.
                } else {
                    tail.warnings.append(EncodeWarning(rule: "ENC-FOOTNOTE-TEXT", message: "text before the first numbered footnote left out",
                                                       line: all[i].number, column: 1))
                }
                i += 1
            }
            finish()
        }
        // Remarks and the owners table, between the footnotes and the signatures.
        var ownersStart: Int? = nil
        for k in i..<max(i, signatureStart) where headsOwners(texts[k]) || headsWrappedOwners(texts, k) {
            ownersStart = k
            break
        }
        if let r = (i..<max(i, signatureStart)).first(where: { texts[$0].hasPrefix("Remarks") }) {
            var text = ""
            let first = texts[r]
            var rest = Substring(first)
            if let colon = rest.firstIndex(of: ":") { rest = rest[rest.index(after: colon)...] } else { rest = "" }
            text = rest.trimmingSpaces()
            var k = r + 1
            let end = min(ownersStart.map { $0 > r ? $0 : signatureStart } ?? signatureStart, signatureStart)
            while k < end {
                let t = texts[k]
                // The owners table's title ("**Reporting Owners**") above its heading ends the remarks.
                if t == "Reporting Owners" { break }
                if !t.isEmpty { text = join(text, t) }
                k += 1
            }
            if !text.isEmpty { tail.remarks = Located(value: text, line: all[r].number, column: 1) }
        }
        if let o = ownersStart {
            tail.readOwners(Array(all.slice(o..<max(o, signatureStart))), box1: box1)
        }
        return tail
    }

    /// The owners table's heading wrapped in a narrow column (pandoc):
    /// "Reporting      Relationships" over "Owner Name /".
    static func headsWrappedOwners(_ all: [LooseLine], _ k: Int) -> Bool {
        let t = lineText(all[k])
        guard t.hasPrefix("Reporting"), t.has("Relationships"), k + 1 < all.count else { return false }
        return lineText(all[k + 1]).hasPrefix("Owner Name")
    }

    /// ``headsWrappedOwners(_:_:)`` on the lines' texts (``lineText(_:)``), made once.
    static func headsWrappedOwners(_ texts: [String], _ k: Int) -> Bool {
        let t = texts[k]
        guard t.hasPrefix("Reporting"), t.has("Relationships"), k + 1 < texts.count else { return false }
        return texts[k + 1].hasPrefix("Owner Name")
    }

    /// The bytes ``headsOwners(bytes:)`` compares (made once: a literal's span
    /// is a call into the runtime, three per line asked).
    static let ownersHeadBytes = (head: Array("Reporting".utf8), spaced: Array(" Owner Name".utf8), glued: Array("OwnerName".utf8))

    /// A line made only of the owners table's heading words ("Owner", "Address"):
    /// the rest of a head that wrapped in a narrow column.
    static func isHeadingRest(_ t: String) -> Bool {
        if let fast = HeaderBoxes.plainBytes(t, { b -> Bool in
            // ASCII: each word (a run of non-space bytes) compared with the heading words' bytes.
            var x = 0
            while x < b.count {
                if b[x] == 0x20 { x += 1; continue }
                var e = x
                while e < b.count, b[e] != 0x20 { e += 1 }
                let word = b.extracting(x..<e)
                var known = false
                for w in headingWordBytes where w.span.elementsEqual(word) { known = true; break }
                guard known else { return false }
                x = e
            }
            return true
        }) { return fast }
        let words = Set(headingWords.map { Substring($0) })
        return t.split(separator: " ").allSatisfy { words.contains($0) }
    }

    static let headingWords = ["Reporting", "Owner", "Name", "/", "Address", "Relationships", "Director", "10%", "Officer", "Other"]
    static let headingWordBytes: [[UInt8]] = headingWords.map { Array($0.utf8) }

    /// "WILMINGTON, DE 19808", and EDGAR's foreign codes with a postcode in
    /// two parts: "LONDON, X0 W1K 3JP", "ST. HELIER, Y9 JE1 0BD".
    static func isCityLine(_ t: String) -> Bool {
        if let fast = HeaderBoxes.plainBytes(t, isCityLine(ascii:)) { return fast }
        let w = t.split(separator: " ")
        guard w.count >= 3, let last = w.last, last.contains(where: \.isNumber) else { return false }
        func isState(_ s: Substring) -> Bool { s.count == 2 && s.allSatisfy { $0.isUppercase || $0.isNumber } }
        if isState(w[w.count - 2]) { return true }
        let part = w[w.count - 2]
        return w.count >= 4 && isState(w[w.count - 3]) && part.count <= 4 && last.count <= 4
            && part.contains(where: \.isNumber) && part.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    /// ``isCityLine(_:)`` of ASCII bytes: the last three words (and whether
    /// there are four) found from the end; a number is a digit, a state code
    /// two of A-Z and 0-9.
    static func isCityLine(ascii b: Span<UInt8>) -> Bool {
        // The last words, last first: (start, end).
        var words: [(Int, Int)] = []
        words.reserveCapacity(4)
        var e = b.count
        while words.count < 4 {
            while e > 0, b[e - 1] == 0x20 { e -= 1 }
            guard e > 0 else { break }
            var s = e
            while s > 0, b[s - 1] != 0x20 { s -= 1 }
            words.append((s, e))
            e = s
        }
        func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        func hasDigit(_ w: (Int, Int)) -> Bool { (w.0..<w.1).contains { digit(b[$0]) } }
        func codeChars(_ w: (Int, Int)) -> Bool { (w.0..<w.1).allSatisfy { (b[$0] >= UInt8(ascii: "A") && b[$0] <= UInt8(ascii: "Z")) || digit(b[$0]) } }
        func isState(_ w: (Int, Int)) -> Bool { w.1 - w.0 == 2 && codeChars(w) }
        guard words.count >= 3, hasDigit(words[0]) else { return false }
        if isState(words[1]) { return true }
        let part = words[1], last = words[0]
        return words.count >= 4 && isState(words[2]) && part.1 - part.0 <= 4 && last.1 - last.0 <= 4
            && hasDigit(part) && codeChars(part)
    }

    static let ocrCheckMarks: Set<String> = ["Xx", "XX", "xx", "xX"]

    mutating func readOwners(_ lines: [LooseLine], box1: OwnerParts? = nil) {
        guard !lines.isEmpty else { return }
        // pandoc's narrow columns: owners parted by blank lines, each cell wrapped.
        let narrow = FormTail.headsWrappedOwners(lines, 0)
        var textStart = Int.max
        // Column heads: where Director / 10% Owner / Officer / Other are. They
        // share the title's line, or have one of their own under "Relationships".
        let headIndex = lines.prefix(narrow ? 6 : 4).firstIndex { line in
            let t = line.plain
            return t.has("Director") && t.has("Officer")
        } ?? 0
        let head = lines[headIndex]
        var heads: [(key: Int, x: Int, cell: Int)] = []
        var textLimit = Int.max / 2
        func readHeads(_ line: LooseLine) {
            heads = []
            for t in LooseTokenizer.tokens(of: line) {
                switch t.text {
                case "Director": heads.append((0, t.x, t.cell))
                case "10%", "10%Owner": heads.append((1, t.x, t.cell))
                case "Officer": heads.append((2, t.x, t.cell))
                case "Other": heads.append((3, t.x, t.cell))
                default: break
                }
            }
            textLimit = heads.map(\.x).min().map { $0 - 3 } ?? Int.max / 2
            // html2text prints the heads' row without the name column's empty cell
            // ("Director| 10% Owner| Officer| Other" over "AUSTIN TX 78701| | X| |"):
            // a data row's first cell is always the name, so the heads sit one cell on.
            if heads.contains(where: { $0.key == 0 && $0.cell == 0 }) {
                heads = heads.map { ($0.key, $0.x + LooseLine.cellWidth, $0.cell + 1) }
            }
        }
        // Heads read from a pipe row: a line of free text between its rows is a
        // line of a name cell (html2text prints a cell's line breaks as lines).
        var headsInCells: Bool { !heads.isEmpty && heads.allSatisfy { $0.cell >= 0 } }
        readHeads(head)
        var block: [(text: String, line: Int)] = []
        /// The block is one pipe cell (markitdown may run its lines into one).
        var blockFromCell = false
        var marks: [LooseToken] = []
        func finishOwner() {
            guard let first = block.first else { return }
            // Without heads, each cell on a line of its own (pdftotext without -layout), an
            // owner is a block that ends in its city line; other text (a title under
            // "Officer") is no owner.
            if heads.isEmpty, !narrow, let last = block.last, !FormTail.isCityLine(last.text), !blockFromCell {
                warnings.append(EncodeWarning(rule: "ENC-OWNER-MARK", message: "'\(block.map(\.text).joined(separator: " "))' in the reporting owners table belongs to no owner that can be told; left out",
                                              line: first.line, column: 1))
                block = []
                marks = []
                return
            }
            var e = OwnerEntry(name: Located(value: first.text, line: first.line, column: 1))
            let width = (heads.map(\.x).min() ?? 0) - 1 - textStart
            if narrow, width > 0, let (p, joins) = FormTail.wrappedOwner(block.map(\.text), width: width) {
                e.apply(p)
                if joins > 0 {
                    warnings.append(EncodeWarning(
                        rule: "ENC-HEADER", message: "reporting owner \(owners.count + 1)'s name and address wrap in a \(width)-character column: read as '\(p.name ?? "")', '\(p.street1 ?? "")', '\(p.street2 ?? "")'",
                        line: first.line, column: 1, path: "/ownershipDocument/reportingOwner[\(owners.count + 1)]"))
                }
            } else if block.count == 1, blockFromCell, let (p, exact) = FormTail.runTogetherOwner(first.text, box1: box1) {
                // markitdown: the cell's lines run into one.
                e.apply(p)
                if !exact {
                    warnings.append(EncodeWarning(
                        rule: "ENC-MISSING", message: "reporting owner \(owners.count + 1)'s name and address are run into one line ('\(first.text)'): name read as '\(p.name ?? "")', state \(p.state ?? ""), zip \(p.zip ?? ""); the streets and city are left out",
                        line: first.line, column: 1, path: "/ownershipDocument/reportingOwner[\(owners.count + 1)]/reportingOwnerAddress"))
                }
            } else {
                var rest = Array(block.dropFirst())
                if let last = rest.last, FormTail.isCityLine(last.text) || rest.count >= 2 {
                    let (c, s, z) = HeaderBoxes.splitCityLine(last.text)
                    e.city = c; e.state = s; e.zip = z
                    rest.removeLast()
                }
                if rest.count > 0 { e.street1 = rest[0].text }
                if rest.count > 1 { e.street2 = rest[1...].map(\.text).joined(separator: " ") }
            }
            for m in marks {
                guard !heads.isEmpty else {
                    warnings.append(EncodeWarning(rule: "ENC-OWNER-MARK", message: "mark '\(m.text)' in the reporting owners table has no column heading to go by",
                                                  line: m.line, column: m.column))
                    continue
                }
                guard let h = heads.min(by: { a, b in
                    m.cell >= 0 && a.cell >= 0 ? abs(a.cell - m.cell) < abs(b.cell - m.cell) : abs(a.x - m.x) < abs(b.x - m.x)
                }) else { continue }
                e.marksSeen = true
                let isX = m.text == "X" || m.text == "x"
                // OCR reads a ticked box as "Xx" as often as "X".
                if isX { e.checkMarks.append(m.x) } else if FormTail.ocrCheckMarks.contains(m.text) {
                    e.checkMarks.append(m.x)
                    e.ocrMarks = true
                } else { e.textMarks = true }
                switch h.key {
                case 0: e.director = true
                case 1: e.tenPercent = true
                case 2:
                    e.officer = true
                    if !isX { e.officerTitle = e.officerTitle.map { $0 + " " + m.text } ?? m.text }
                default:
                    e.other = true
                    if !isX { e.otherText = e.otherText.map { $0 + " " + m.text } ?? m.text }
                }
            }
            owners.append(e)
            block = []
            blockFromCell = false
            marks = []
        }
        var headsNext = false
        for line in lines.dropFirst(headIndex + 1) {
            // The headings printed again on a new page: its columns are laid out anew
            // (the heads on the title's line, or on the line under it).
            let t = FormTail.lineText(line)
            if FormTail.headsOwners(t) {
                finishOwner()
                if t.has("Director") && t.has("Officer") { readHeads(line) } else { headsNext = true }
                continue
            }
            if headsNext && !t.isEmpty {
                headsNext = false
                if t.has("Director") && t.has("Officer") { readHeads(line); continue }
            }
            // pandoc's rule under the table.
            if narrow && !t.isEmpty && t.allSatisfy({ $0 == "-" || $0 == " " }) { finishOwner(); continue }
            // The heads' own wrapped words ("10%" over "Owner"), before any owner: not marks.
            if (block.isEmpty && marks.isEmpty || heads.isEmpty) && !t.isEmpty && FormTail.isHeadingRest(t) { continue }
            if line.isCellRow {
                let name = line.segments.first(where: { $0.cell == 0 })?.text ?? ""
                let parts = name.split(separator: "\n").map { String($0).trimmingSpaces() }
                if parts.isEmpty { continue }
                // A table split by a page may put the name in one row and the
                // address in the next: an owner ends with its city line.
                if let last = block.last, FormTail.isCityLine(last.text) { finishOwner() }
                blockFromCell = block.isEmpty
                for p in parts { block.append((p, line.number)) }
                for t in LooseTokenizer.tokens(of: line) where t.cell > 0 { marks.append(t) }
                if let last = parts.last, FormTail.isCityLine(last) { finishOwner() }
                continue
            }
            let toks = LooseTokenizer.tokens(of: line)
            if toks.isEmpty {
                if narrow { finishOwner() }
                continue
            }
            // No heads to place marks by (pdftotext without -layout prints each cell on a
            // line of its own): a line of marks is no owner's text; the marks are reported.
            if heads.isEmpty, toks.allSatisfy({ $0.text == "X" || $0.text == "x" }) {
                marks.append(contentsOf: toks)
                loneMarkRuns.append(.init(ownersBefore: owners.count, insideOwner: !block.isEmpty, count: toks.count, line: line.number))
                continue
            }
            // Text starts left of the first column head; marks are far-off single X's.
            // The name or address is the leading run of close words; what stands
            // apart after it, under the column heads, is marks.
            var textPart: [LooseToken] = []
            var inText = true
            for (j, t) in toks.enumerated() {
                if headsInCells { textPart.append(t); continue }
                let far = j > 0 && t.x - toks[j - 1].end >= 3
                if inText && far && (t.x >= textLimit - 1 || t.text == "X" || t.text == "x") { inText = false }
                if inText && t.x < textLimit + 12 { textPart.append(t) } else { marks.append(t) }
            }
            // lynx sets the first column's mark one space after the city line
            // ("PORTSMOUTH NH 03801 X"): a mark, not a word of the address.
            if textPart.count >= 4, let x = textPart.last, x.text == "X" || x.text == "x",
               FormTail.isCityLine(textPart.dropLast().map(\.text).joined(separator: " ")) {
                marks.append(textPart.removeLast())
            }
            if textPart.isEmpty { continue }
            let raw = line.segments[0].text
            let (from, to) = (textPart[0].x, textPart[textPart.count - 1].end)
            // The characters from the first word to the last: an ASCII line's bytes.
            let piece = HeaderBoxes.plainBytes(raw) { String(bytes: $0.extracting(from..<min($0.count, to))) }
                ?? { let chars = Array(raw); return String(chars[from..<min(chars.count, to)]) }()
            let text = piece.trimmingSpaces()
            block.append((text, line.number))
            textStart = min(textStart, textPart[0].x)
            if !narrow && FormTail.isCityLine(text) { finishOwner() }
        }
        finishOwner()
    }
}
