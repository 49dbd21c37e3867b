import Form4Core
import LibXML
import Testing
@testable import Form4Text

/// The table reader's faster paths (bytes instead of `Character`s, tokens
/// read in place instead of copied, marks read without intermediate arrays)
/// against the code they replaced, kept here as the reference: both must give
/// the same answer for every input, ASCII or not.
@Suite struct EncodeReaderBytePathTests {
    /// Words of every shape the tokenizer meets: plain, marked in each spelling,
    /// marks that lost their "(", OCR's readings, and characters outside ASCII.
    static let words: [String] = {
        var words = ["Stock(1)", "(A)", "(D)", "(I)", "4)", "8)", "and", "(Instr.", "Year)", "(Month/Day/Year)", "securities)",
                     "[(4)]", "[1]", "^1", "^12", "^123", "(2)7)", "Stock^1)", "$890.053'24)", "$890.053`24)", "02/11/20216)",
                     "02/11/2021(6)", "1,072,357(1,2)", "(1,,2)", "(,1)", "(,)", "( 1)", "(1 )", "(123)", "(12)", "(01)", "(1)(2)",
                     "$12.50(2)(11)", "\\(2)", "\\(2", "J^(2)^(3)", "D2)", "Stock1)", "1)", "(ADS)1)", "1.5)", "$5)", "7l", "l)",
                     "I(1)", "§12.40(3)", "s30.9(1)", "1,O00(2)", "$O(1)", "é(1)", "Café(2)", "(1)é", "٣)", "(٣)", "x\u{301}(1)",
                     "$31.28752)", "3,907,660", "(7)", "[7]", "[(7)]", "((7))", "(7))", "^(7)", "^[7]", "2)7)", "07/01/2020",
                     "Stock(1)^", "(1", ")", "", "^", "^^1", "[12]", "[1,2]", "(1,2,3)", "(99)", "(100)",
                     "L", "i", "Lx", "S1", "s1", "s", "S", "O5", "O", "o", "l0", "l", "I1", "I", "Ix", "A", "Z", "z", "@", "`", "[", "{",
                     "Common", "Options", "options", "Stock", "shares", "lO0", "IO", "Io", "Direct", "$O", "Sl", "s1,000", "S1.5"]
        // Every short string over the characters marks are made of.
        let alphabet: [Character] = ["1", "0", ",", "(", ")", "^", "[", "]", "a", "$", "é", " "]
        var level = [""]
        for _ in 0..<4 {
            level = level.flatMap { s in alphabet.map { s + String($0) } }
            words += level
        }
        return words
    }()

    @Test func analyzeReadsWordsAsBefore() {
        for word in Self.words {
            let new = LooseTokenizer.analyze(word), old = Self.referenceAnalyze(word)
            #expect(new.0 == old.0 && new.1 == old.1 && Array(new.2) == old.2 && new.3 == old.3, "\(word)")
            #expect(Array(new.1.utf8) == Array(old.1.utf8), "\(word)")
        }
    }

    @Test func referencedIdsAreReadAsBefore() {
        // Ids as the reader makes them, cited many times, and ids it never makes
        // (another first letter, a leading zero, digits outside ASCII, letters after the digits).
        let ids = ["F1", "F2", "F12", "F1", "F01", "F", "G3", "F1a", "F٣", "Fx1", "f1", "F99", "F100", "", "F 1", "É1", "F1\u{301}", "FF1"]
        var lists: [[String]] = [[]]
        for (k, id) in ids.enumerated() {
            lists.append([id])
            lists.append([id, ids[(k * 7 + 3) % ids.count]])
        }
        for end in [1, 3, lists.count / 2, lists.count] {
            let cited = Array(lists.prefix(end))
            #expect(CrossChecks.referencedIds(cited) == Self.referenceReferencedIds(cited), "\(cited)")
        }
        #expect(CrossChecks.referencedIds([["F3", "F3"], ["F03"]]) == ["F3", "F03"])
    }

    @Test func cellsOfOneStorageHaveTheSameBytes() {
        let head = String(repeating: "Title of Security (Instr. 3)\n", count: 3)
        let again = head
        let rebuilt = String(decoding: Array(head.utf8), as: UTF8.self)
        #expect(head.hasSameStorage(as: again) && LooseText.sameBytes(head, again))
        #expect(!head.hasSameStorage(as: rebuilt) && LooseText.sameBytes(head, rebuilt))
        #expect("X".hasSameStorage(as: "X") && !"X".hasSameStorage(as: "x") && !LooseText.sameBytes("X", "x"))
        // Equal as strings, not as bytes: neither test says the same.
        #expect("\u{E9}" == "e\u{301}" && !"\u{E9}".hasSameStorage(as: "e\u{301}") && !LooseText.sameBytes("\u{E9}", "e\u{301}"))
        #expect(!head.hasSameStorage(as: head + " ") && !LooseText.sameBytes(head, head + " "))
    }

    @Test func datesAreReadAsBefore() {
        var texts = Self.words + ["07/01/2020", "7/1/20", "2020-07-01", "2020-7-1", "02/30/2021", "1//2/2020", "/1/2/2020/", "1/2",
                                  "1/2/3/4", "1-2/2020", "12/31/69", "12/31/70", "00/00/0000", "1/2/1234567890", "1/2/123456789",
                                  "+1/2/2020", "1/2/2020 ", "١/٢/٢٠٢٠", "1/2/2020é", "", "/", "-", "--", "0012/0003/2020"]
        let alphabet: [Character] = ["1", "0", "9", "/", "-", "2"]
        var level = [""]
        for _ in 0..<5 {
            level = level.flatMap { s in alphabet.map { s + String($0) } }
            texts += level
        }
        for text in texts {
            let new = LooseValues.date(text), old = Self.referenceDate(text)
            #expect(new.value == old.value && new.doubt == old.doubt, "\(text)")
        }
    }

    @Test func figuresAreReadAsBefore() {
        var texts = Self.words + ["$1,234.50", "§12.40", "§\u{301}12", "$\u{301}1", "s1,000", "S1.5", "$", "§", "s", "1,23", "1,2345",
                                  ",100", "1.000,5", "12.5.6", "$1,0O0", "l,lll", "1\r\n2", "1\r2", "١٢٣", "$١", "1\u{301}00", "\u{A0}1"]
        let alphabet: [Character] = ["1", "0", ",", ".", "$", "O", "s", "§", "é"]
        var level = [""]
        for _ in 0..<4 {
            level = level.flatMap { s in alphabet.map { s + String($0) } }
            texts += level
        }
        for text in texts {
            for kind in [LooseToken.Kind.number, .money, .word] {
                var token = Self.token(text, kind)
                for doubt in [nil, "a doubt"] as [String?] {
                    token.doubt = doubt
                    let new = LooseValues.decimal(token), old = Self.referenceDecimal(token)
                    #expect(new.value == old.value && new.doubt == old.doubt, "\(text)")
                }
            }
        }
    }

    @Test func headerPhrasesAreFoundCellByCellAsInTheJoinedLine() {
        // What makes the two the same: no phrase can reach across two spaces.
        for p in TableLines.headerPhrases.phrases {
            #expect(p.first != 0x20 && p.last != 0x20, "\(String(decoding: p, as: UTF8.self))")
            #expect(!zip(p, p.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }, "\(String(decoding: p, as: UTF8.self))")
        }
        let texts = ["| Title of | Security |", "| Title | of Security |", "| 1. Title of Security (Instr. 3) | 2. Trans. Date |",
                     "| Amount | or | Number |", "| Amount or | Number |", "|Month/|Day/|Year|", "| (A) | or | (D) |",
                     "Title of Security  Transaction Date", "Common Stock  02/14/2024  P  1,000", "| Common | Stock | 1,000 |",
                     "| Table | I |", "| Table I - Non-Derivative |", "\t Title\tof\t", "Direct (D) or Indirect (I)", "| é | Instr. |", ""]
        for text in texts {
            for line in LooseText(text).lines {
                #expect(TableLines.holdsHeaderPhrase(line) == TableLines.headerPhrases.matchesAny(in: line.plain), "\(text)")
            }
        }
    }

    @Test func markListsAndDigitsAsSplitAndIntReadThem() {
        for word in Self.words {
            let bytes = Array(word.utf8)[...]
            let parts = bytes.split(separator: UInt8(ascii: ","))
            let old = !parts.isEmpty && parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(LooseTokenizer.isDigit) })
            #expect(LooseTokenizer.isMarkList(bytes.span) == old, "\(word)")
            #expect(LooseTokenizer.digitValue(bytes.span) == Int(String(decoding: bytes, as: UTF8.self)).flatMap { _ in
                bytes.allSatisfy(LooseTokenizer.isDigit) ? Int(String(decoding: bytes, as: UTF8.self)) : nil
            }, "\(word)")
        }
        let leadingZeros = Array("0012".utf8), five = Array("12345".utf8), none: [UInt8] = []
        #expect(LooseTokenizer.digitValue(leadingZeros.span) == 12)
        #expect(LooseTokenizer.digitValue(five.span) == 12345)
        #expect(LooseTokenizer.digitValue(none.span) == nil)
        for n in 0..<150 { #expect(LooseTokenizer.footnoteId(n) == "F\(n)") }
    }

    @Test func blankLinesAreLinesOfSpaceCharacters() {
        let texts = ["", " ", "        ", String(repeating: " ", count: 17), " \u{301}", String(repeating: " ", count: 16) + "\u{301}",
                     "\u{A0}", "\t", "  x", "x  ", String(repeating: " ", count: 8) + "x" + String(repeating: " ", count: 8), "\r\n", " \r"]
        for text in texts {
            #expect(LooseLine.onlySpaces(text) == text.allSatisfy { $0 == " " }, "\(Array(text.unicodeScalars))")
            let line = LooseLine(number: 1, segments: [LooseSegment(text: text, x: 0, cell: -1), LooseSegment(text: " ", x: 5, cell: -1)], isCellRow: false)
            #expect(line.isBlank == text.allSatisfy { $0 == " " })
        }
    }

    static func token(_ text: String, _ kind: LooseToken.Kind = .word) -> LooseToken {
        LooseToken(kind: kind, text: text, footnotes: [], x: 0, end: text.count, cell: -1, line: 1, column: 1)
    }

    @Test func digitsAreCountedAsCharactersThatAreNumbers() {
        let texts = ["12a", "Stock", "2,500.75", "١٢٣", "x²", "\r\n1", "1\u{301}2", "(3)", "$0", "Series B-1"]
        for text in texts {
            let tokens = [Self.token(text), Self.token("(9)", .footnoteOnly), Self.token("7 é")]
            let old = tokens.filter { $0.kind != .footnoteOnly }.reduce(0) { n, t in n + t.text.filter(\.isNumber).count }
            #expect(TableLines.digitCount(tokens) == old, "\(text)")
        }
    }

    /// Rows as OCR and the converters print them, tokenized.
    static let rows: [[LooseToken]] = [
        "Common Stock  02/14/2024  Cc  1,000  A  $10.00  5,000  |  By Trust",
        "Common Stock  02/14/2024  S(t)  1,000  D  $10.00  5,000  D",
        "Common Stock  02/14/2024  M  Vv  1,000  A  $0  5,000  I",
        "Common Stock  02/14/2024  P  v  1,000  Ad  $1.5  5,000  |  (1)",
        "Stock Option  $1.00  02/14/2024  |  {  }  1,000  Dd  $2  3  l",
        "Common Stock  02/14/2024  JM  Jo)  1,000  }  A  $10.00  5,000  Dy  |",
        "|  |  Common  02/14/2024  J^(2)  VV  Vv  500  A  $O  1,0O0  I(1)",
        "| Common Stock | Common Stock | 02/14/2024 | 02/14/2024 | S | 1,000 | 1,000 | D |",
        "| Series A | Series A Preferred | x | x | (1) | (1) | Stock-",
        "Série é  02/14/2024  ç  1,000  Ä  $1  2  Ḯ",
    ].map { row in
        LooseText(row).lines.flatMap { LooseTokenizer.tokens(of: $0) }
    }

    @Test func ocrLettersAreReadAsBefore() {
        var rows = Self.rows
        // Each row also from each of its tokens on (a row that starts with a value, a letter, a rule).
        for row in Self.rows { for k in row.indices { rows.append(Array(row[k...])) } }
        for row in rows {
            let new = RowBuilder.withOCRLetters(row), old = Self.referenceOCRLetters(row)
            #expect(new.count == old.count, "\(row.map(\.text))")
            for (a, b) in zip(new, old) {
                #expect(a.kind == b.kind && a.text == b.text && a.doubt == b.doubt && a.footnotes == b.footnotes && a.x == b.x,
                        "\(row.map(\.text))")
            }
        }
    }

    @Test func textsJoinAsBefore() {
        var rows = Self.rows
        rows.append([Self.token("Class"), Self.token("A-"), { var t = Self.token("Common"); t.line = 2; return t }()])
        rows.append([Self.token("x-"), { var t = Self.token("y"); t.afterBreak = true; return t }(), Self.token("(2)", .footnoteOnly)])
        for row in rows {
            for k in row.indices {
                let part = Array(row[k...])
                #expect(RowBuilder.text(part) == Self.referenceText(part), "\(part.map(\.text))")
            }
        }
    }

    @Test func rowCostsKeepWhatIsSet() {
        var costs = TableLines.RowCosts([2, 0, 3])
        #expect(costs[0, 2, 3] == nil)
        costs[0, 2, 3] = 7
        costs[0, 2, 2] = 0
        costs[1, 0, 1] = 4
        #expect(costs[0, 2, 3] == 7 && costs[0, 2, 2] == 0 && costs[1, 0, 1] == 4 && costs[1, 0, 0] == nil && costs[0, 1, 2] == nil)
    }

    // MARK: the code the faster paths replaced

    static func referenceDecimal(_ token: LooseToken) -> (value: DecimalText?, doubt: String?) {
        var s = Substring(token.text)
        // `hasPrefix` on bytes first: "$" when its byte leads and no mark joins it,
        // "§" (C2 A7) only where its first byte leads.
        if s.startsWith(UInt8(ascii: "$")) { s = s.dropFirst() }
        else if s.utf8.first == 0xC2, s.hasPrefix("§") { s = s.dropFirst() }
        else if token.kind == .money, let f = s.first, f == "s" || f == "S" { s = s.dropFirst() }
        var out = ""
        var doubt = token.doubt
        var groupDigits = -1
        var sawPoint = false
        var badGrouping = false
        // ASCII without carriage returns (every figure in practice): each byte
        // is one character, and the same walk runs on bytes into one string.
        let ascii = s.utf8.withContiguousStorageIfAvailable { b -> [UInt8]? in
            for c in b where c >= 0x80 || c == 0x0D { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(b.count)
            for c in b {
                switch c {
                case UInt8(ascii: ","):
                    if sawPoint || (groupDigits >= 0 && groupDigits != 3) || bytes.isEmpty { badGrouping = true }
                    groupDigits = 0
                case UInt8(ascii: "."):
                    if groupDigits >= 0 && groupDigits != 3 { badGrouping = true }
                    sawPoint = true
                    groupDigits = -1
                    bytes.append(c)
                case UInt8(ascii: "O"), UInt8(ascii: "o"): bytes.append(UInt8(ascii: "0")); if groupDigits >= 0 { groupDigits += 1 }
                case UInt8(ascii: "l"), UInt8(ascii: "I"): bytes.append(UInt8(ascii: "1")); if groupDigits >= 0 { groupDigits += 1 }
                default:
                    bytes.append(c)
                    if groupDigits >= 0 { groupDigits += 1 }
                }
            }
            return bytes
        }
        if let ascii, let bytes = ascii { out = String(decoding: bytes, as: UTF8.self) }
        else { for c in s {
            switch c {
            case ",":
                if sawPoint || (groupDigits >= 0 && groupDigits != 3) || out.isEmpty { badGrouping = true }
                groupDigits = 0
            case ".":
                if groupDigits >= 0 && groupDigits != 3 { badGrouping = true }
                sawPoint = true
                groupDigits = -1
                out.append(c)
            case "O", "o": out.append("0"); if groupDigits >= 0 { groupDigits += 1 }
            case "l", "I": out.append("1"); if groupDigits >= 0 { groupDigits += 1 }
            default:
                out.append(c)
                if groupDigits >= 0 { groupDigits += 1 }
            }
        } }
        if groupDigits >= 0 && groupDigits != 3 && !sawPoint { badGrouping = true }
        if badGrouping {
            doubt = (doubt.map { $0 + "; " } ?? "") + "thousands separators in '\(token.text)' are irregular"
        }
        return (DecimalText(out), doubt)
    }


    /// `CrossChecks.referencedIds` before plain ids were listed without hashing.
    static func referenceReferencedIds(_ cited: [[String]]) -> Set<String> {
        var seen = Set<String>()
        var ids = Set<String>()
        for list in cited {
            for id in list where seen.insert(id).inserted {
                let digits = id.dropFirst().prefix { $0.isNumber }
                if !digits.isEmpty { ids.insert("F" + digits) }
            }
        }
        return ids
    }

    static func referenceDate(_ text: String) -> (value: DateText?, doubt: String?) {
        let ascii = !text.utf8.contains(where: { $0 >= 0x80 })
        let parts = ascii
            ? text.utf8.split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") }).map { Int(Substring($0)) ?? -1 }
            : text.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { Int($0) ?? -1 }
        guard parts.count == 3 else { return (nil, nil) }
        if ascii ? text.utf8.contains(UInt8(ascii: "-")) : text.contains("-") {
            return (DateText(year: parts[0], month: parts[1], day: parts[2]), nil)
        }
        var year = parts[2]
        var doubt: String? = nil
        if year < 100 {
            year += year < 70 ? 2000 : 1900
            doubt = "two-digit year in '\(text)' read as \(year)"
        }
        let value = DateText(year: year, month: parts[0], day: parts[1])
        return (value, value == nil ? "'\(text)' is not a calendar date" : doubt)
    }

    static func referencePlainWord(_ word: String, _ b: [UInt8]) -> (LooseToken.Kind, String, [String], String?)? {
        guard let last = b.last, last != UInt8(ascii: ")"), last != UInt8(ascii: "]") else { return nil }
        if LooseTokenizer.isDigit(last) {
            var j = b.count - 1
            while j >= 0, LooseTokenizer.isDigit(b[j]) { j -= 1 }
            if j >= 0, b[j] == UInt8(ascii: "^"), b.count - 1 - j <= 2 { return nil }
        }
        if LooseTokenizer.isDate(b) { return (.date, word, [], nil) }
        let (kind, ocr) = LooseTokenizer.numberKind(b)
        if let kind { return (kind, word, [], ocr) }
        if b.count == 1, b[0] >= 65, b[0] <= 90 { return (.letter, word, [], nil) }
        return (.word, word, [], nil)
    }

    static func referenceAnalyze(_ word: String) -> (LooseToken.Kind, String, [String], String?) {
        if let plain = Self.referencePlainWord(word, Array(word.utf8)) { return plain }
        var copy = word
        var bytes = copy.withUTF8 { Array($0) }
        // "\(2)": text that only looks like a footnote mark, escaped as decode
        // writes it ("Class B Common Stock \(2)"): the text, without the backslash.
        if bytes.count >= 4, bytes[0] == UInt8(ascii: "\\"), bytes[1] == UInt8(ascii: "("), bytes.last == UInt8(ascii: ")") {
            return (.word, String(decoding: bytes.dropFirst(), as: UTF8.self), [], nil)
        }
        // "[(4)]": a mark in brackets.
        if bytes.count >= 5, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"), bytes[1] == UInt8(ascii: "(") {
            bytes = Array(bytes[1..<(bytes.count - 1)])
        }
        var notes: [String] = []
        var doubt: String? = nil
        // Trailing marks, last first: (1) ^(1) [1] ^1, possibly several.
        while let last = bytes.last {
            if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") {
                let open: UInt8 = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
                var j = bytes.count - 2
                while j >= 0, LooseTokenizer.isDigit(bytes[j]) || bytes[j] == UInt8(ascii: ",") || bytes[j] == UInt8(ascii: " ") { j -= 1 }
                // "(2)7)": a mark whose "(" was lost (OCR). Taken, and said to be doubtful.
                if last == UInt8(ascii: ")"), j >= 0, j < bytes.count - 2, bytes.count - 2 - j <= 2,
                   bytes[j] == UInt8(ascii: ")") {
                    let digits = String(decoding: bytes[(j + 1)..<(bytes.count - 1)], as: UTF8.self)
                    if let n = Int(digits) {
                        notes.append("F\(n)")
                        doubt = "'\(word)': footnote mark \(n) has lost its opening parenthesis"
                        bytes.removeSubrange((j + 1)...)
                        continue
                    }
                }
                // "Stock^1)": a raised mark whose "(" was lost; "$890.053'24)": one whose "("
                // OCR read as a quote. Taken, and said to be doubtful.
                if last == UInt8(ascii: ")"), j >= 1, bytes[j] == UInt8(ascii: "^") || bytes[j] == UInt8(ascii: "'") || bytes[j] == UInt8(ascii: "`"),
                   bytes.count - 2 - j >= 1, bytes.count - 2 - j <= 2,
                   let n = Int(String(decoding: bytes[(j + 1)..<(bytes.count - 1)], as: UTF8.self)) {
                    notes.append("F\(n)")
                    doubt = "'\(word)': footnote mark \(n) has lost its opening parenthesis?"
                    bytes.removeSubrange(j...)
                    continue
                }
                guard j >= 0, bytes[j] == open, j < bytes.count - 2 else { break }
                let inside = bytes[(j + 1)..<(bytes.count - 1)]
                let parts = inside.split(separator: UInt8(ascii: ","))
                guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(LooseTokenizer.isDigit) }) else { break }
                // `[1]` only counts as a mark when glued to something or alone.
                var start = j
                if start > 0, bytes[start - 1] == UInt8(ascii: "^") { start -= 1 }
                for p in parts.reversed() {
                    notes.append("F" + String(Int(String(decoding: p, as: UTF8.self)) ?? 0))
                }
                bytes.removeSubrange(start...)
            } else if LooseTokenizer.isDigit(last) {
                // ^12 without parentheses
                var j = bytes.count - 1
                while j >= 0, LooseTokenizer.isDigit(bytes[j]) { j -= 1 }
                guard j >= 0, bytes[j] == UInt8(ascii: "^"), bytes.count - 1 - j <= 2 else { break }
                notes.append("F" + String(Int(String(decoding: bytes[(j + 1)...], as: UTF8.self)) ?? 0))
                bytes.removeSubrange(j...)
            } else {
                break
            }
        }
        notes.reverse()
        let text = String(decoding: bytes, as: UTF8.self)
        if bytes.isEmpty { return (.footnoteOnly, "", notes, doubt) }
        if LooseTokenizer.isDate(bytes) { return (.date, text, notes, doubt) }
        // "02/11/20216)": a date glued to a mark that lost its "(". Taken when
        // exactly one split leaves a date, and said to be doubtful.
        if bytes.count >= 8, bytes.last == UInt8(ascii: ")"), !bytes.contains(UInt8(ascii: "(")) {
            let readings = (1...2).compactMap { d -> ([UInt8], Int)? in
                let cut = bytes.count - 1 - d
                guard cut > 0, bytes[cut..<(bytes.count - 1)].allSatisfy(LooseTokenizer.isDigit), LooseTokenizer.isDate(Array(bytes[..<cut])) else { return nil }
                return (Array(bytes[..<cut]), Int(String(decoding: bytes[cut..<(bytes.count - 1)], as: UTF8.self)) ?? 0)
            }
            if readings.count == 1, let (body, n) = readings.first {
                notes.insert("F\(n)", at: 0)
                return (.date, String(decoding: body, as: UTF8.self), notes, "'\(word)' looks like a date glued to footnote mark \(n) that lost its opening parenthesis")
            }
        }
        if let glued = LooseTokenizer.lostParenthesisMark(bytes.span, word: word) {
            // A lone "4)" is as often the end of "(Instr. 3 and 4)" in a header:
            // it stays a word, marked doubtful, so a row holding it is reported.
            if glued.body.isEmpty { return (.word, text, notes, glued.doubt) }
            notes.insert(glued.note, at: 0)
            let body = String(decoding: glued.body, as: UTF8.self)
            if glued.body.count == 1 { return (.letter, body, notes, glued.doubt) }
            return (.word, body, notes, glued.doubt)
        }
        // A value ending in `2)` with no opening parenthesis: OCR lost the `(`.
        if bytes.count >= 3, bytes.last == UInt8(ascii: ")"), !bytes.contains(UInt8(ascii: "(")),
           LooseTokenizer.isDigit(bytes[bytes.count - 2]) {
            let body = Array(bytes[..<(bytes.count - 2)])
            let (k, _) = LooseTokenizer.numberKind(body)
            if let k {
                notes.append("F" + String(bytes[bytes.count - 2] - 48))
                doubt = "'\(word)' looks like a value glued to footnote mark \(bytes[bytes.count - 2] - 48))"
                return (k, String(decoding: body, as: UTF8.self), notes, doubt)
            }
        }
        let (kind, ocr) = LooseTokenizer.numberKind(bytes)
        if let kind {
            if let ocr { doubt = doubt.map { $0 + "; " + ocr } ?? ocr }
            return (kind, text, notes, doubt)
        }
        if bytes.count == 1, bytes[0] >= 65, bytes[0] <= 90 { return (.letter, text, notes, doubt) }
        return (.word, text, notes, doubt)
    }

    static func referenceOCRLetters(_ tokens: [LooseToken]) -> [LooseToken] {
        guard tokens.contains(where: { $0.kind == .word && $0.text.utf8.count <= 4 }) else { return tokens }
        var out: [LooseToken] = []
        out.reserveCapacity(tokens.count)
        for (k, token) in tokens.enumerated() {
            var t = token
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            let afterAmount = out.last.map { $0.kind == .number || $0.kind == .money } ?? false
            let beforeText = next.map { $0.kind == .word } ?? true
            // The word read as `letter`, with why that is doubtful and any mark OCR made of its footnote.
            func read(_ letter: String, _ doubt: String, mark: String? = nil) {
                t.kind = .letter
                t.text = letter
                t.doubt = doubt
                if let mark { t.footnotes.insert(mark, at: 0) }
            }
            if t.kind == .word, ["|", "{", "}"].contains(t.text), t.footnotes.isEmpty, let last = out.last, last.isValue || last.kind == .letter {
                // After the title: a rule between two values (a brace is never more),
                // or the I of the D/I column.
                guard t.text == "|", afterAmount, beforeText else { continue }
                read("I", "'|' in the D/I column read as I")
            } else if t.kind == .word || t.kind == .letter, out.last?.kind == .date, let r = RowBuilder.ocrLetter(t.text, among: RowGrammar.codes) {
                read(r.letter, r.doubt, mark: r.mark)
            } else if t.kind == .word, out.last?.kind == .letter, RowGrammar.codes.contains(out.last?.text ?? ""),
                      t.footnotes.isEmpty, ["Vv", "VV", "vv", "v"].contains(t.text) {
                // The V column's mark, echoed or in lower case.
                read("V", "'\(token.text)' in the V column read as V")
            } else if t.kind == .word, afterAmount, next.map({ $0.kind == .money || $0.kind == .number }) ?? false,
                      let r = RowBuilder.ocrLetter(t.text, among: ["A", "D"]) {
                // The (A) or (D) column, between the amount and the price.
                read(r.letter, r.doubt, mark: r.mark)
            } else if t.kind == .word, afterAmount, beforeText, let r = RowBuilder.ocrLetter(t.text, among: ["D", "I"]) {
                read(r.letter, r.doubt, mark: r.mark)
            }
            out.append(t)
        }
        return out
    }

    static func referenceText(_ input: [LooseToken]) -> String {
        // Markdown converters repeat a spanning cell under several column heads: keep one.
        var tokens = input
        if tokens.contains(where: { $0.cell >= 0 }) {
            var groups: [[LooseToken]] = []
            for t in tokens {
                if let last = groups.last?.last, last.cell == t.cell, last.line == t.line { groups[groups.count - 1].append(t) } else { groups.append([t]) }
            }
            var kept: [[LooseToken]] = []
            for g in groups {
                if let prev = kept.last, prev.map(\.text) == g.map(\.text) { continue }
                kept.append(g)
            }
            tokens = kept.flatMap { $0 }
        }
        var s = ""
        var previousLine = -1
        for t in tokens where t.kind != .footnoteOnly {
            if !s.isEmpty {
                if t.line != previousLine || t.afterBreak, s.hasSuffix("-"), let p = s.dropLast().last, p.isLetter || p.isNumber {
                } else { s += " " }
            }
            s += t.text
            previousLine = t.line
        }
        return s
    }

}
