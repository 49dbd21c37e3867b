import Testing
@testable import Form4Text

/// The tokenizer's byte-level helpers against plain readings of the same
/// text: the small strings made in place must be what `String(decoding:as:)` gives.
@Suite struct EncodeTokenizerBytesTests {
    /// Words and lines of every length around fifteen bytes (the most a small
    /// string holds), bytes outside ASCII, a carriage return, tabs, line feeds.
    static let texts: [String] = {
        var texts = ["", " ", "x", "\t", "\n", " x", "x ", "  x  y  ", "abcdefgh", "abcdefgh ", " abcdefgh", "abcdefg h", "abcdefghi",
                     "a\tb\nc d", "\t\t\t\t\t\t\t\tx", "é", "é é", "ééééééé é", "\u{A0}x\u{A0}", "x\r\ny", "Common Stock      12/18/2012  S  1,000  D",
                     String(repeating: " ", count: 40) + "(1)" + String(repeating: " ", count: 17) + "$4.50(2)",
                     "Title of Derivative Security (Instr. 3)\t4. Transaction Code (Instr. 8)", "٣٣٣ ٣ x²  —│— \u{301}y"]
        let alphabet: [String] = ["a", " ", "\t", "\n", "é", "1"]
        var level = [""]
        for _ in 0..<4 {
            level = level.flatMap { s in alphabet.map { s + $0 } }
            texts += level
        }
        // Around fifteen bytes, from each offset.
        for offset in 0..<9 {
            texts.append(String(repeating: "x", count: offset) + " ab  cdefghijk l\tmnop\nq" + String(repeating: " ", count: offset) + "rs")
        }
        return texts
    }()

    @Test func wordsAreTheStringsTheDecodingMakes() {
        var words: [[UInt8]] = Self.texts.map { Array($0.utf8) }
        // Bytes that are no valid UTF-8 are repaired alike.
        words += [[0xFF], [0x41, 0xC3], [0xE2, 0x82], [0x80, 0x41], Array(repeating: 0xC3, count: 15), Array(repeating: 0x41, count: 16)]
        for w in words {
            let made = LooseTokenizer.string(w.span)
            let decoded = String(decoding: w, as: UTF8.self)
            #expect(made == decoded && Array(made.utf8) == Array(decoded.utf8), "\(w)")
        }
    }

    /// ``Swift/String/isASCIIWord(_:)`` is `==`, for equal and unequal strings of
    /// every byte count, and for the characters canonically equivalent to others.
    @Test func shortWordsCompareAsStringsCompare() {
        let words = ["O", "o", "l", "|", ".", ",", "D", "I", "V", "due", "value", "Code", "Nature", "of", "(A)"]
        let others = words + ["", "OO", "Ö", "O\u{308}", "é", "e\u{301}", "\u{212B}", "Å", "Code ", "code", "Natur", "(A", "(A))", "٣", "\u{A0}"]
        var equal = 0
        for w in words {
            for s in others {
                #expect(s.isASCIIWord(w) == (s == w), "\(Array(s.unicodeScalars)) \(w)")
                if s == w { equal += 1 }
            }
        }
        #expect(equal == words.count)
    }

    /// Each byte's class is what the byte tests say of it.
    @Test func byteClassesAreTheByteTests() {
        #expect(LooseTokenizer.byteClasses.count == 256)
        for c in 0...255 {
            let b = UInt8(c), cls = LooseTokenizer.byteClasses[c]
            #expect((cls & LooseTokenizer.separatorClass != 0) == LooseTokenizer.isSeparator(b), "\(c)")
            #expect((cls & LooseTokenizer.continuationClass != 0) == (b & 0xC0 == 0x80), "\(c)")
            #expect((cls & LooseTokenizer.ruleClass != 0) == LooseTokenizer.isRuleByte(b), "\(c)")
        }
    }

    /// A token covers the columns of its word's scalars, ASCII or not: each
    /// word's `x` and `end` are its first and past-last scalar offsets in the line.
    @Test func tokensCoverTheirScalars() {
        let lines = ["Common Stock      12/18/2012  S  1,000  D", "Série  A  Préférée(1)  ٣٣٣  é", "x\u{301}y  \u{1F600}ab  c|d  [1]e",
                     "\tTab\nBreak  end", "ééééééééé  ééé", "a  " + String(repeating: "é", count: 20)]
        var nonASCII = 0
        for line in lines {
            var tokens: [LooseToken] = []
            LooseTokenizer.tokens(in: LooseSegment(text: line, x: 0, cell: -1), line: 1, into: &tokens)
            // The words and their scalar offsets, read on scalars.
            var words: [(start: Int, end: Int)] = []
            var start = -1
            for (i, u) in line.unicodeScalars.enumerated() {
                let separates = u == " " || u == "\n" || u == "\t"
                if separates, start >= 0 { words.append((start, i)); start = -1 }
                if !separates, start < 0 { start = i }
            }
            if start >= 0 { words.append((start, line.unicodeScalars.count)) }
            // Each word is one token here (no word is cut at a table rule: "c|d" holds
            // no digit or capital, "[1]e" closes its bracket).
            #expect(tokens.count == words.count, "\(line)")
            for (t, w) in zip(tokens, words) {
                #expect(t.x == w.start && t.end == w.end, "\(line): \(t.text) \(t.x)..<\(t.end)")
            }
            if line.utf8.count != line.unicodeScalars.count { nonASCII += 1 }
        }
        #expect(nonASCII >= 4)
    }
}
