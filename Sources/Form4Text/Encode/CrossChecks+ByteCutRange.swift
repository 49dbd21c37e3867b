import Form4Core
import LibXML

extension CrossChecks {
    /// ``CrossChecks/range(in:)`` reading the words as it goes: most price
    /// footnotes state their range in the first sentence and go on for lines,
    /// and cutting all of them into ``FootnoteWords`` first cost most of the check.
    ///
    /// The words are ``FootnoteWords``' byte cut, taken in the same order with
    /// the same tests, so the answer is the one ``wordListRange(in:)`` gives.
    /// Nil in `.some` means no range; a nil result means this path does not
    /// apply (a text ``FootnoteWords`` cuts as characters) and ``wordListRange(in:)`` must answer.
    static func byteCutRange(in text: String) -> (DecimalText, DecimalText)?? {
        let answer: (DecimalText, DecimalText)??? = { (b: Span<UInt8>) -> (DecimalText, DecimalText)?? in
            // FootnoteWords cuts as characters when a space or line feed is followed
            // by a non-ASCII byte or a line feed follows a carriage return, anywhere.
            // Either shows at a byte past ASCII or at a carriage return, which most
            // footnotes lack: eight bytes at a time are passed over while none is one.
            var i = 0
            let n = b.count
            while i < n {
                if i + 8 <= n {
                    let w = b.word(at: i)
                    let crs = w ^ 0x0D0D_0D0D_0D0D_0D0D
                    let hasCR = (crs &- 0x0101_0101_0101_0101) & ~crs & 0x8080_8080_8080_8080 != 0
                    if w & 0x8080_8080_8080_8080 == 0 && !hasCR {
                        i += 8
                        continue
                    }
                }
                let c = b[i]
                if c >= 0x80, i > 0, b[i - 1] == 0x20 || b[i - 1] == 0x0A { return nil }
                if c == 0x0D, i + 1 < n, b[i + 1] == 0x0A { return nil }
                i += 1
            }
            func word(_ span: (start: Int, end: Int)) -> Substring {
                let lo = text.utf8.index(text.startIndex, offsetBy: span.start)
                return text[lo..<text.utf8.index(lo, offsetBy: span.end - span.start)]
            }
            var numbers: [DecimalText] = []
            var sawRangeWord = false
            // The three words before the current one, oldest first: held in three
            // variables, not an array (appending and dropping the oldest for every
            // word of a long footnote cost more than the rest of the scan).
            var recent = RecentWords()
            var start = 0
            i = 0
            while i <= b.count {
                if i < b.count {
                    let c = b[i]
                    guard c == 0x20 || c == 0x0A else { i += 1; continue }
                }
                defer { start = i + 1; i += 1 }
                guard i > start else { continue }
                let span = (start: start, end: i)
                defer { recent.append(span) }
                let bytes = b.extracting(start..<i)
                if !sawRangeWord && CrossChecks.isRangeWord(bytes: bytes) { sawRangeWord = true }
                guard sawRangeWord, bytes[0] == UInt8(ascii: "$") else { continue }
                let w = word(span)
                guard w.hasPrefix("$") else { continue }
                var body = w.dropFirst()
                while let last = body.last, !last.isNumber { body = body.dropLast() }
                // In ASCII a "," character is the byte 0x2C (only CR LF is two bytes
                // in one character): the bytes are filtered without reading characters.
                let digits = body.utf8.allSatisfy { $0 < 0x80 }
                    ? String(decoding: body.utf8.filter { $0 != 0x2C }, as: UTF8.self)
                    : body.filter { $0 != "," }
                if let d = DecimalText(digits) { numbers.append(d) }
                if numbers.count == 2 {
                    let between = recent.spans.map { word($0).lowercased() }
                    guard between.contains("to") || between.contains("and") || between.contains("-") else {
                        numbers.removeFirst()
                        continue
                    }
                    return .some(numbers[0] < numbers[1] ? (numbers[0], numbers[1]) : (numbers[1], numbers[0]))
                }
            }
            return .some(nil)
        }(text.utf8.span)
        guard let answer else { return nil }
        return answer
    }
}

/// The last three words' spans, oldest first, for ``CrossChecks/byteCutRange(in:)``.
private struct RecentWords {
    private var first = (start: 0, end: 0)
    private var second = (start: 0, end: 0)
    private var third = (start: 0, end: 0)
    private var count = 0

    mutating func append(_ span: (start: Int, end: Int)) {
        switch count {
        case 0: first = span
        case 1: second = span
        case 2: third = span
        default:
            first = second
            second = third
            third = span
        }
        count = min(count + 1, 3)
    }

    var spans: [(start: Int, end: Int)] { Array([first, second, third].prefix(count)) }
}
