import LibXML
import Testing
@testable import Form4Text

/// The span helpers the byte scanners stand on: the byte search (a plain loop
/// under 8 bytes, `memchr` from 8), the word load and the copies, against the
/// collection answers, on empty, short, long and non-ASCII bytes.
@Suite struct EncodeSpanHelpersTests {
    static let texts: [String] = [
        "", "a", "é", "T", "Table I", "abcdefg", "abcdefgh", "abcdefghT",
        "Name and Address of Reporting Person\u{301} Table II", "ééééééééT", "  \t<br/>é Tx",
        String(repeating: "x", count: 40) + "T" + String(repeating: "é", count: 5),
    ]

    @Test func byteSearchMatchesFirstIndexAtEveryStartAndEnd() {
        var checked = 0
        for text in Self.texts {
            let bytes = Array(text.utf8)
            for byte in [UInt8(ascii: "T"), UInt8(ascii: "x"), 0xC3, 0xA9, 0x00] {
                for start in -1...(bytes.count + 1) {
                    for last in -1...(bytes.count + 1) {
                        let lo = max(start, 0), hi = min(last + 1, bytes.count)
                        let want = start >= 0 && lo < hi ? bytes[lo..<hi].firstIndex(of: byte) : nil
                        let got = text.utf8.span.firstOffset(of: byte, from: start, through: last)
                        #expect(got == want, "\(text) \(byte) \(start)...\(last)")
                        checked += 1
                    }
                }
            }
            #expect(text.utf8.span.firstOffset(of: UInt8(ascii: "T")) == bytes.firstIndex(of: UInt8(ascii: "T")))
        }
        #expect(checked > 1000)
    }

    @Test func containsAndLastOffsetMatchTheCollection() {
        for text in Self.texts {
            let bytes = Array(text.utf8)
            for byte in [UInt8(ascii: "T"), UInt8(ascii: "x"), UInt8(ascii: " "), 0xC3, 0xA9, 0x00] {
                #expect(text.utf8.span.contains(byte) == bytes.contains(byte), "\(text) \(byte)")
                #expect(text.utf8.span.lastOffset(of: byte) == bytes.lastIndex(of: byte), "\(text) \(byte)")
            }
        }
    }

    /// The line scans moved to spans (`LooseText+Scan`, `sameBytes`, `isRuleOnly`)
    /// against their `Character` meaning, on empty, ASCII and non-ASCII lines.
    @Test func lineScansMatchTheirCharacterMeaning() {
        let lines: [String] = Self.texts + [
            "| a | b |", "a | b | c", "a|b|c", "a| b| c", "é | b | c", "──┼──", "│ x │", "é─", "--- ==", "-_ +", "—", "─ -",
            String(repeating: "x |", count: 1500), "\u{2500}",
        ]
        for line in lines {
            let sub = Substring(line)
            #expect(LooseText.hasPipe(sub) == line.contains("|"), "\(line)")
            #expect(LooseText.hasBoxDrawing(sub) == line.unicodeScalars.contains { $0.value >= 0x2500 && $0.value <= 0x257F }, "\(line)")
            let chars = Array(line.prefix(4000))
            var bare = 0
            for k in chars.indices where chars[k] == "|" {
                if (k > 0 ? chars[k - 1] : "x") == " " || (k + 1 < chars.count ? chars[k + 1] : " ") == " " { bare += 1 }
            }
            #expect(LooseText.barePipes(sub) == bare, "\(line)")
            #expect(LooseText.isRuleOnly(line) == line.unicodeScalars.allSatisfy { LooseText.isBoxRule($0) || $0 == " " || $0 == "_" }, "\(line)")
            #expect(LooseText.onlyBytes(line.utf8.span, in: "-: ") == line.utf8.allSatisfy { $0 == 0x2D || $0 == 0x3A || $0 == 0x20 })
            for other in lines {
                #expect(LooseText.sameBytes(line, other) == (Array(line.utf8) == Array(other.utf8)))
            }
        }
    }

    /// The ASCII line reader's byte helpers, moved from buffers to spans
    /// (`LooseText+ASCIILines`), against their byte-collection meaning on
    /// empty, short, long (past eight bytes) and non-ASCII lines, and on
    /// lines cut out of a longer text (offsets restart at 0).
    @Test func asciiLineHelpersMatchTheirByteMeaning() {
        let lines: [String] = Self.texts + [
            "", " ", "        ", "         -- ---", "----  -----   --", "- --", "-- é", "  ==++__  ", "   |---|:--:|",
            "|---|", "| -- |", "é|---|", "| a | b\\| c |", "|a|b|", "| a | b | ", "a | b | c", "é | b",
            String(repeating: " ", count: 17) + "x", String(repeating: "x |", count: 1500),
        ]
        for line in lines {
            // The line as a span of a longer text, as the Builder cuts it.
            let whole = "é\n" + line + "\nx"
            let from = 3, to = 3 + line.utf8.count
            let b = whole.utf8.span.extracting(from..<to)
            let bytes = Array(line.utf8)
            #expect(LooseText.leadingSpaces(b) == bytes.prefix { $0 == 0x20 }.count, "\(line)")
            #expect(LooseText.onlyRuleBytes(b) == bytes.allSatisfy { " -=+_".utf8.contains($0) }, "\(line)")
            #expect(LooseText.isSeparatorLine(b) == LooseText.isSeparatorRow(Substring(line).droppingLeadingSpaces()), "\(line)")
            #expect(LooseText.barePipes(bytes: b) == LooseText.barePipes(Substring(line)), "\(line)")
            // Dash runs: every run of "-" (two or more) where the line is only dashes and spaces.
            var runs: [Int] = []
            var onlyDashes = !bytes.isEmpty && bytes.allSatisfy { $0 == 0x20 || $0 == 0x2D }
            var k = 0
            while onlyDashes, k < bytes.count {
                if bytes[k] == 0x2D {
                    let start = k
                    while k < bytes.count, bytes[k] == 0x2D { k += 1 }
                    if k - start < 2 { onlyDashes = false } else { runs.append(start) }
                } else { k += 1 }
            }
            #expect(LooseText.dashRunStarts(b) == (onlyDashes && !runs.isEmpty ? runs : nil), "\(line)")
            // Cells: the span cuts give the strings `pipeCells` gives on a row that opens with "|".
            if bytes.first == UInt8(ascii: "|") {
                let ranges = LooseText.pipeCellRanges(b, opened: true)
                let cells = ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
                #expect(cells == LooseText.pipeCells(Substring(line)), "\(line)")
                if !line.contains("\\") {
                    // No escaped pipe: the parts between pipes, the last trimmed and kept when not empty.
                    var parts = line.dropFirst().split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                    var last = Substring(parts.removeLast())
                    while last.first == " " || last.first == "\t" { last = last.dropFirst() }
                    while last.last == " " || last.last == "\t" { last = last.dropLast() }
                    if !last.isEmpty { parts.append(String(last)) }
                    #expect(cells == parts, "\(line)")
                }
            }
            for other in lines {
                #expect(LooseText.sameBytes(b, other.utf8.span) == (bytes == Array(other.utf8)), "\(line)")
            }
        }
    }

    @Test func wordIsTheEightBytesLowestFirst() {
        let bytes: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8, 0xC3, 0xA9]
        for offset in 0...2 {
            var want: UInt64 = 0
            for k in (0..<8).reversed() { want = want << 8 | UInt64(bytes[offset + k]) }
            #expect(bytes.span.word(at: offset) == want)
        }
    }

    @Test func copiesAreTheBytes() {
        for text in Self.texts {
            let span = text.utf8.span
            #expect(String(bytes: span) == text)
            #expect([UInt8](bytes: span) == Array(text.utf8))
            var out: [UInt8] = [0x41]
            out.append(bytes: span)
            #expect(out == [0x41] + Array(text.utf8))
            let upper = String(utf8Capacity: span.count) { o in
                for i in span.indices { o.append(span[i] >= 0x61 && span[i] <= 0x7A ? span[i] - 32 : span[i]) }
            }
            #expect(upper == String(decoding: text.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 }, as: UTF8.self))
        }
    }

    /// The joined path and the small-string copy are the strings the plain
    /// interpolation and decoding make, for every pair of texts (empty and
    /// non-ASCII ones too), and bytes that are no valid UTF-8 are repaired alike.
    @Test func joinedAndSmallCopiesAreThePlainStrings() {
        for head in Self.texts {
            for tail in Self.texts {
                let joined = LooseTextEncoder.joinedPath(head, tail)
                #expect(joined == head + "/" + tail && Array(joined.utf8) == Array((head + "/" + tail).utf8))
            }
            let small = String(smallBytes: head.utf8.span)
            #expect(small == head && Array(small.utf8) == Array(head.utf8))
        }
        for bad: [UInt8] in [[0xFF], [0x41, 0xC3], Array(repeating: 0xC3, count: 15), Array(repeating: 0xC3, count: 16)] {
            #expect(String(smallBytes: bad.span) == String(decoding: bad, as: UTF8.self))
            #expect(String(joining: bad.span, 0x2F, bad.span) == String(decoding: bad + [0x2F] + bad, as: UTF8.self))
        }
    }

    /// The literal-set and literal-phrase tests (a `StaticString`'s bytes as a
    /// span) against the collection answers, on empty and non-ASCII texts.
    @Test func literalBytesAnswerAsTheCollection() {
        for text in Self.texts + ["---|---", "| - |", "-|: x"] {
            #expect(LooseText.onlyBytes(text, in: "-|: ") == text.utf8.allSatisfy { Array("-|: ".utf8).contains($0) }, "\(text)")
            #expect(LooseText.onlyBytes(text[...], in: "abcdefgh") == text.utf8.allSatisfy { Array("abcdefgh".utf8).contains($0) }, "\(text)")
            for phrase: StaticString in ["T", "Table", "Table II", "é", "abcdefgh"] {
                let p = Array(String(describing: phrase).utf8), b = Array(text.utf8)
                let want = b.count < p.count ? nil : (0...(b.count - p.count)).first { Array(b[$0..<($0 + p.count)]) == p }
                #expect(HeaderBoxes.firstOffset(of: phrase, in: text.utf8.span) == want, "\(text) \(phrase)")
            }
        }
    }

    /// HeaderBoxes' byte scans (line-feed cut, label test, run of spaces)
    /// against the collection answers, on empty, non-ASCII and CR texts.
    @Test func headerByteScansAnswerAsTheCollection() {
        let more = ["a\nb", "\n\nx\n", "a\r\nb", "é\né", "  1. Name", "x 2.y", "é 3.", String(repeating: " ", count: 20) + "x  ", String(repeating: " ", count: 16)]
        for text in Self.texts + more {
            #expect(HeaderBoxes.cellLines(text) == text.split(separator: "\n"), "\(Array(text.unicodeScalars))")
            let b = Array(text.utf8)
            let label = b.contains { $0 >= 0x80 || $0 == 0x0D }
                || (2..<max(2, b.count)).contains { b[$0] == 0x2E && b[$0 - 1] >= 0x30 && b[$0 - 1] <= 0x39 && b[$0 - 2] == 0x20 }
            #expect(HeaderBoxes.mayHoldLabel(text.utf8.span) == label, "\(text)")
            for x in 0...b.count {
                #expect(HeaderBoxes.endOfSpaces(b, from: x) == (b[x...].firstIndex { $0 != 0x20 } ?? b.count), "\(text) \(x)")
            }
        }
    }

    @Test func stringsAndSubstringsGiveTheirSpan() {
        for text in Self.texts {
            #expect(text.withByteSpan { Array(bytes: $0) } == Array(text.utf8))
            let sub = text.dropFirst()
            #expect(sub.withByteSpan { Array(bytes: $0) } == Array(sub.utf8))
        }
    }
}

private extension Array where Element == UInt8 {
    init(bytes span: Span<UInt8>) { self = [UInt8](); append(bytes: span) }
}
