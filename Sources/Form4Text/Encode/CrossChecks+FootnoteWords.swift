extension CrossChecks {
    /// The words of a footnote, split at spaces and line feeds (as
    /// characters), for ``CrossChecks/range(in:)``, which looks at most of
    /// them only to see whether they are a range word or start with "$".
    ///
    /// Cut on bytes: a space or line feed byte is that character unless a
    /// combining mark follows it or a carriage return comes before the line
    /// feed; then the `Character` split is used. The byte-cut words are kept
    /// as spans with those two answers found on their bytes (a range word is
    /// told by its bytes alone), and a word becomes a `Substring` only when
    /// it is read: making one per word cost more than the rest of the check.
    struct FootnoteWords {
        private let text: String
        private let spans: [(start: Int, end: Int)]
        private let rangeWord: [Bool]
        private let dollar: [Bool]
        private let split: [Substring]?

        init(_ text: String) {
            self.text = text
            // Built inside the closure and handed back (appending to variables
            // captured from outside cost an exclusivity check per append).
            let cut = { (b: Span<UInt8>) -> ([(start: Int, end: Int)], [Bool], [Bool])? in
                var spans: [(start: Int, end: Int)] = []
                var rangeWord: [Bool] = [], dollar: [Bool] = []
                var start = 0
                var i = 0
                while i <= b.count {
                    if i < b.count {
                        let c = b[i]
                        guard c == 0x20 || c == 0x0A else { i += 1; continue }
                        if i + 1 < b.count && b[i + 1] >= 0x80 { return nil }
                        if c == 0x0A && i > 0 && b[i - 1] == 0x0D { return nil }
                    }
                    // A word ends here (at a space, a line feed or the end).
                    if i > start {
                        spans.append((start, i))
                        let w = b.extracting(start..<i)
                        rangeWord.append(CrossChecks.isRangeWord(bytes: w))
                        dollar.append(w[0] == UInt8(ascii: "$"))
                    }
                    start = i + 1
                    i += 1
                }
                return (spans, rangeWord, dollar)
            }(text.utf8.span)
            if let (spans, rangeWord, dollar) = cut {
                self.spans = spans
                self.rangeWord = rangeWord
                self.dollar = dollar
                split = nil
            } else {
                self.spans = []
                self.rangeWord = []
                self.dollar = []
                split = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            }
        }

        var count: Int { split?.count ?? spans.count }

        subscript(k: Int) -> Substring {
            if let split { return split[k] }
            let lo = text.utf8.index(text.startIndex, offsetBy: spans[k].start)
            return text[lo..<text.utf8.index(lo, offsetBy: spans[k].end - spans[k].start)]
        }

        func isRangeWord(_ k: Int) -> Bool {
            if let split { return CrossChecks.isRangeWord(split[k]) }
            return rangeWord[k]
        }

        /// The word's first byte is "$".
        func startsWithDollarByte(_ k: Int) -> Bool {
            if let split { return split[k].utf8.first == UInt8(ascii: "$") }
            return dollar[k]
        }
    }
}
