import Testing
@testable import Form4Text

/// `TableLines.SplitTitles` against the reading it replaced: each row's title
/// words (left of the row's first value) joined by spaces, the distinct
/// strings counted in a set. Rows, wrapped lines and splits are drawn from a
/// fixed seed; titles repeat, differ by a word, by a mark alone, by a
/// character written two ways ("é" and "e" with a combining accent).
@Suite struct EncodeSplitTitlesTests {
    static let titleWords = ["Common", "Stock", "Class", "A", "(1)", "Série", "Se\u{301}rie", "Units", "Stock(2)", "Option", "(Right", "to", "Buy)"]
    static let rowValues = ["12/18/2012  S  1,000  D", "(3)  12/18/2012  M  250  A  $4.50  D", "$0  01/02/2020  A  10  A  (4)  I  By Trust"]

    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static func tokens(_ text: String, line: Int) -> [LooseToken] {
        var t: [LooseToken] = []
        LooseTokenizer.tokens(in: LooseSegment(text: text, x: 0, cell: -1), line: line, into: &t)
        return t
    }

    /// The titles counted as strings: what `TableLines` did before.
    static func reference(_ lines: [[LooseToken]], clean: [[Int]], anchors: [Int], split: [(above: Int, below: Int)]) -> Int {
        var titles = Set<String>()
        for k in anchors.indices {
            let firstValue = lines[anchors[k]].first(where: { $0.isValue })?.x ?? Int.max
            var words: [String] = []
            for l in clean[k].suffix(split[k].above) + [anchors[k]] + clean[k + 1].prefix(split[k].below) {
                for t in lines[l] where t.x < firstValue { words.append(t.text) }
            }
            titles.insert(words.joined(separator: " "))
        }
        return titles.count
    }

    @Test func distinctTitlesAreCountedAsTheJoinedStringsWere() {
        var g = Generator(state: 2024)
        var counts = Set<Int>()
        for _ in 0..<300 {
            var lines: [[LooseToken]] = []
            var clean: [[Int]] = []
            var anchors: [Int] = []
            let rows = 1 + g.next(5)
            func wrapped() -> [Int] {
                (0..<g.next(3)).map { _ in
                    // A wrapped line: a word or two under the title, or a mark alone.
                    let text = (0..<(1 + g.next(2))).map { _ in Self.titleWords[g.next(Self.titleWords.count)] }.joined(separator: " ")
                    lines.append(Self.tokens(text, line: lines.count + 1))
                    return lines.count - 1
                }
            }
            for _ in 0..<rows {
                clean.append(wrapped())
                let title = (0..<g.next(3)).map { _ in Self.titleWords[g.next(Self.titleWords.count)] }.joined(separator: " ")
                lines.append(Self.tokens(title + "      " + Self.rowValues[g.next(Self.rowValues.count)], line: lines.count + 1))
                anchors.append(lines.count - 1)
            }
            clean.append(wrapped())
            var titles = TableLines.SplitTitles(lines: lines, clean: clean, anchors: anchors)
            // Several candidates in a row, as `TableLines` asks them (a row's title is kept from one to the next).
            for _ in 0..<4 {
                let split = anchors.indices.map { k in (above: g.next(clean[k].count + 1), below: g.next(clean[k + 1].count + 1)) }
                let counted = titles.count(split)
                #expect(counted == Self.reference(lines, clean: clean, anchors: anchors, split: split))
                counts.insert(counted)
            }
        }
        // Tables of one title and of several were drawn.
        #expect(counts.contains(1) && counts.contains { $0 >= 3 })
    }
}
