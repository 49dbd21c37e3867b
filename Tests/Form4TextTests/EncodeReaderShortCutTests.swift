import Testing
@testable import Form4Text

/// The reader's second round of short cuts (a cell refused on its first byte,
/// spaces counted eight at a time, a box-drawing line written straight into
/// its string, tokens asked in place) against the code they replaced, kept
/// here as the reference: both must answer alike for every input, ASCII or not.
@Suite struct EncodeReaderShortCutTests {
    /// Cells of every shape a pipe table holds: marks, dates, figures, header
    /// text, and characters outside ASCII (numbers, combining marks, CR).
    static let cells: [String] = {
        var cells = ["", " ", "(1)", "(1)(2)", "(1) (2)", "(12)", "(123)", "(a)", "((1)", "(1", "1)", "x(1)", " (1)", "(é)", "(1\u{301})",
                     "12/18/2012", "1/8/12", "12/18/20121", "12-18-2012", "١٢/١٨/٢٠١٢", "1\u{301}/18/2012", "/12/182012", "12/18/2012\r",
                     "25,087", "$25,087.50", ".5", ",", "$", "٣", "²", "x²", "1\u{301}", "Common Stock", "Title of Derivative Security (Instr. 3)",
                     "\r\n1", "\r1", "a\u{0663}", "é12", "§12", "—", "│ 12 │", "X", "x", "Col3", "(Month/Day/Year)", "\t1", "\u{A0}12"]
        let alphabet: [Character] = ["1", "/", "(", ")", ",", "$", ".", "a", "é", " ", "٣"]
        var level = [""]
        for _ in 0..<3 {
            level = level.flatMap { s in alphabet.map { s + String($0) } }
            cells += level
        }
        return cells
    }()

    @Test func cellsAreRefusedOnTheirFirstByteAsTheFullTestRefusesThem() {
        for cell in Self.cells {
            #expect(LooseText.isMarkCell(cell) == Self.referenceIsMarkRun(Array(cell)), "\(Array(cell.unicodeScalars))")
            #expect(LooseText.isDateCell(cell) == (cell.count >= 6 && cell.count <= 10 && cell.filter({ $0 == "/" }).count == 2
                                                   && cell.allSatisfy { $0.isNumber || $0 == "/" }), "\(Array(cell.unicodeScalars))")
            #expect(LooseText.isFigureCell(cell) == (cell.contains(where: \.isNumber)
                                                     && cell.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "$" }),
                    "\(Array(cell.unicodeScalars))")
        }
        // Each predicate says yes somewhere: the cases above are not all refusals.
        #expect(LooseText.isMarkCell("(1) (2)") && LooseText.isDateCell("12/18/2012") && LooseText.isFigureCell("$25,087.50"))
    }

    /// ``LooseText.isMarkCell(_:)``'s reading by characters.
    static func referenceIsMarkRun(_ c: [Character]) -> Bool {
        var i = 0
        var groups = 0
        while i < c.count {
            guard c[i] == "(" else { return false }
            i += 1
            var inside = 0
            while i < c.count, c[i] != ")", c[i] != "(" { inside += 1; i += 1 }
            guard i < c.count, c[i] == ")", inside == 1 || inside == 2 else { return false }
            i += 1
            groups += 1
            while i < c.count, c[i] == " " { i += 1 }
        }
        return groups > 0
    }

    @Test func leadingSpacesAreCountedAsOneByOne() {
        let texts = ["", " ", "x", String(repeating: " ", count: 7), String(repeating: " ", count: 8), String(repeating: " ", count: 9),
                     String(repeating: " ", count: 16) + "x", String(repeating: " ", count: 23) + "\t ", " \u{301}", "        é"]
        for text in texts {
            let bytes = Array(text.utf8)
            let old = bytes.prefix { $0 == 0x20 }.count
            #expect(LooseText.leadingSpaces(bytes.span) == old, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func ruleBytesAreTheFiveRuleCharacters() {
        for c in 0...255 {
            let b = UInt8(c)
            let old = b == UInt8(ascii: "|") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "{") || b == UInt8(ascii: "}")
            #expect(LooseTokenizer.isRuleByte(b) == old, "\(c)")
        }
    }

    @Test func boxDrawingLinesAreUnboxedAsBefore() {
        let lines = ["│ Common Stock │ 12/18/2012 │ 1,000 │", "┌──┬──┐", "├─┼─┤ x", "║ é ║ ٣ ┃ a\u{301} ┆ b ┊", "no box at all", "",
                     "│", "─", "x│", "│x", "┼├┤", "╔═╗", "\u{2502}\u{2502}", "é│é", "—│—",
                     // Runs of eight ASCII bytes and more (copied eight at a time) beside rules and other characters.
                     "│ Série A Preferred — §12 │ 12/18/2012 │ 1,000 é ٣ │  ", "ééééééééé│ééé", "— — — — —│—————————",
                     "│        │         Common Stock        │", "abcdefgh│abcdefg│abcdefghi", "12345678",
                     "“quoted” €5 … │ x\u{301}y\u{301}z\u{301}w │", String(repeating: "ab€", count: 20) + "┃" + String(repeating: "٣", count: 9)]
        for line in lines {
            let new = LooseText.unboxed(Substring(line)), old = Self.referenceUnboxed(Substring(line))
            #expect(new.0 == old.0 && Array(new.0.utf8) == Array(old.0.utf8) && new.1 == old.1, "\(line)")
        }
        #expect(LooseText.unboxed("│ a │").1 == [0, 4])
    }

    /// ``RowGrammar.markTextRuns(_:)`` as it was, copying a token's neighbours.
    static func referenceMarkTextRuns(_ input: [LooseToken]) -> [LooseToken] {
        var t = input
        func close(_ a: LooseToken, _ b: LooseToken) -> Bool { a.cell == b.cell && a.line == b.line && b.x - a.end <= 1 }
        for k in t.indices where t[k].kind != .word && t[k].kind != .date {
            if (t[k].kind == .number || t[k].kind == .money), t[k].footnotes.isEmpty, k + 1 < t.count, t[k + 1].kind == .word,
               close(t[k], t[k + 1]), t[k + 1].text.first?.isLetter == true, t[k + 1].text.count > 1 {
                t[k].kind = .word
                continue
            }
            if (t[k].kind == .number || t[k].kind == .money), k > 0, t[k - 1].kind == .word, close(t[k - 1], t[k]),
               k + 1 == t.count || !close(t[k], t[k + 1]), t[k].footnotes.isEmpty,
               k + 1 == t.count || t[k + 1].line != t[k].line
                || t[k].kind == .number && t[k].text.utf8.count <= 2 && t[k + 1].kind == .word {
                t[k].kind = .word
                continue
            }
            guard k > 0, k + 1 < t.count else { continue }
            let prev = t[k - 1], next = t[k + 1]
            guard prev.kind == .word, prev.footnotes.isEmpty, next.kind == .word, close(prev, t[k]), close(t[k], next) else { continue }
            if t[k].kind == .footnoteOnly { continue }
            if t[k].kind == .letter && !t[k].footnotes.isEmpty { continue }
            t[k].kind = .word
        }
        return t
    }

    /// ``LooseText.unboxed(_:)`` as it was, building an array byte by byte.
    static func referenceUnboxed(_ raw: Substring) -> (String, [Int]) {
        var bars: [Int] = []
        let b = Array(raw.utf8)
        var out: [UInt8] = []
        var scalar = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c == 0xE2, i + 2 < n, b[i + 1] == 0x94 || b[i + 1] == 0x95 {
                let value = 0x2000 | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
                let s = Unicode.Scalar(value)!
                if LooseText.isBoxVertical(s) || s == "┼" || s == "├" || s == "┤" { bars.append(scalar) }
                out.append(UInt8(ascii: " "))
                scalar += 1
                i += 3
                continue
            }
            if c & 0xC0 != 0x80 { scalar += 1 }
            out.append(c)
            i += 1
        }
        return (String(decoding: out, as: UTF8.self), bars)
    }

    @Test func tokensAskedInPlaceLookDamagedAsCopies() {
        let texts = ["1l/09/2008", "4,6O0", "(l)", "S(b)", "Common", "|", "7l", "O5", "é1l", "x²l", "D", "$12.50"]
        var line: [LooseToken] = []
        for (k, text) in texts.enumerated() {
            for kind in [LooseToken.Kind.word, .letter, .number, .date] {
                var t = LooseToken(kind: kind, text: text, footnotes: [], x: k, end: k + 1, cell: -1, line: 1, column: k + 1)
                if k % 3 == 0 { t.doubt = "doubtful" }
                line.append(t)
            }
        }
        var damaged = 0
        for i in line.indices {
            #expect(RowBuilder.looksDamaged(line, at: i) == RowBuilder.looksDamaged(line[i]), "\(line[i].text) \(line[i].kind)")
            if RowBuilder.looksDamaged(line, at: i) { damaged += 1 }
        }
        #expect(damaged > 0 && damaged < line.count)
        // Runs of text are marked as when a token's neighbours were copies.
        let runs: [[(LooseToken.Kind, String, Int)]] = [
            [(.word, "Venture", 0), (.number, "2010", 8), (.word, "Fund", 13)],
            [(.number, "2010", 0), (.word, "Fund,", 5), (.word, "LP", 11)],
            [(.word, "Class", 0), (.letter, "A", 6), (.word, "Common", 8)],
            [(.word, "par", 0), (.money, "$0.01", 4), (.word, "value", 10), (.number, "12", 30)],
            [(.word, "Series", 0), (.number, "1", 7), (.word, "note", 20)],
            [(.letter, "A", 0), (.footnoteOnly, "", 2), (.word, "x", 4), (.date, "01/02/2020", 6), (.word, "y", 17)],
        ]
        for run in runs {
            let tokens = run.map { LooseToken(kind: $0.0, text: $0.1, footnotes: [], x: $0.2, end: $0.2 + $0.1.count, cell: -1, line: 1, column: $0.2 + 1) }
            #expect(RowGrammar.markTextRuns(tokens).map(\.kind) == Self.referenceMarkTextRuns(tokens).map(\.kind), "\(run.map(\.1))")
        }
        // A row of values is found by any of its values, read in place as `contains` read copies.
        for tokens in [line, Array(line.prefix(1)), [], line.filter { $0.kind == .word }] {
            let old = RowGrammar.markTextRuns(tokens).contains { $0.kind == .date || $0.kind == .number || $0.kind == .money }
            #expect(TableLines.isAnchor(tokens) == old)
        }
    }
}
