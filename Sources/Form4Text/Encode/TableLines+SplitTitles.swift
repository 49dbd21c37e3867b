extension TableLines {
    /// How many distinct titles the rows have under a candidate split of the
    /// lines between them (``TableLines/init(_:)`` prefers the split whose
    /// rows' titles agree best: filings repeat a title row after row).
    ///
    /// A row's title is its words left of its first value, joined by spaces.
    /// No word holds a space, and a space is a starter that no canonical
    /// decomposition holds, so two joined titles are equal exactly when their
    /// words are, one by one (an empty title and a lone empty mark both join
    /// to ""). The words are compared where they stand, by their places in the
    /// lines: joining them into a string and hashing it cost most of the choice
    /// of a split. The state lives in this value, not in variables that nested
    /// functions capture (each access to those was checked at run time).
    struct SplitTitles {
        private let lines: [[LooseToken]]
        private let clean: [[Int]]
        private let anchors: [Int]
        /// A row's title for a given split, kept: the candidates mostly split a row alike.
        private var known: [[(above: Int, below: Int, id: Int)]]
        /// The words of each distinct title, by number.
        private var titles: [[(line: Int, token: Int)]] = []
        /// The last candidate that counted each title (a stamp per number).
        private var stamps: [Int] = []
        private var candidate = 0
        private var words: [(line: Int, token: Int)] = []

        /// `lines`: every line's tokens; `clean`: the text lines of each gap
        /// (above the first anchor, between anchors, below the last); `anchors`:
        /// the line of each row's values.
        init(lines: [[LooseToken]], clean: [[Int]], anchors: [Int]) {
            self.lines = lines
            self.clean = clean
            self.anchors = anchors
            known = Array(repeating: [], count: anchors.count)
        }

        /// The number of distinct titles under `split`.
        mutating func count(_ split: [(above: Int, below: Int)]) -> Int {
            candidate += 1
            var distinct = 0
            for k in anchors.indices {
                let id: Int
                if let found = known[k].first(where: { $0.above == split[k].above && $0.below == split[k].below }) {
                    id = found.id
                } else {
                    id = number(ofRow: k, split[k])
                    known[k].append((split[k].above, split[k].below, id))
                }
                if stamps[id] != candidate {
                    stamps[id] = candidate
                    distinct += 1
                }
            }
            return distinct
        }

        /// The number of row `k`'s title with `split` lines above and below it, given when first seen.
        private mutating func number(ofRow k: Int, _ split: (above: Int, below: Int)) -> Int {
            let anchor = anchors[k]
            let firstValue = lines[anchor].first(where: { $0.isValue })?.x ?? Int.max
            words.removeAll(keepingCapacity: true)
            for l in clean[k].suffix(split.above) { addWords(of: l, before: firstValue) }
            addWords(of: anchor, before: firstValue)
            for l in clean[k + 1].prefix(split.below) { addWords(of: l, before: firstValue) }
            if words.count == 1, lines[words[0].line][words[0].token].text.isEmpty { words.removeAll(keepingCapacity: true) }
            for id in titles.indices where sameWords(titles[id], words) { return id }
            titles.append(words)
            stamps.append(0)
            return titles.count - 1
        }

        private mutating func addWords(of l: Int, before firstValue: Int) {
            for i in lines[l].indices where lines[l][i].x < firstValue { words.append((l, i)) }
        }

        private func sameWords(_ a: [(line: Int, token: Int)], _ b: [(line: Int, token: Int)]) -> Bool {
            guard a.count == b.count else { return false }
            for i in a.indices where lines[a[i].line][a[i].token].text != lines[b[i].line][b[i].token].text { return false }
            return true
        }
    }
}
