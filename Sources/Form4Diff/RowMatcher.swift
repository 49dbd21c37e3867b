/// Pairs the rows of two filings by meaning, not by position.
///
/// Per table and kind, rows with the same title, dates, code and ownership
/// form are paired first, most alike first (ten sales on one day are told
/// apart by their amounts, prices and footnotes), when they agree on most
/// of their fields or differ in one; the rows left over are paired when at most one
/// of those identifying fields differs, they are as alike, and they share some
/// amount, price or date (a corrected date or title); what is still left was
/// added or removed. Ties go to the pair closest in position,
/// so the result does not depend on the order of equal candidates.
enum RowMatcher {
    struct Pair: Sendable {
        var old: Int?
        var new: Int?
    }

    static func match(_ old: [RowRecord], _ new: [RowRecord], options: DiffOptions) -> [Pair] {
        var oldTaken = [Bool](repeating: false, count: old.count)
        var newTaken = [Bool](repeating: false, count: new.count)
        var pairs: [Pair] = []

        let oldKeys = old.map { $0.matchKey(ignoring: options) }
        let newKeys = new.map { $0.matchKey(ignoring: options) }
        var newByKey: [String: [Int]] = [:]
        for (j, key) in newKeys.enumerated() { newByKey[key, default: []].append(j) }

        // Candidates with the same meaning that agree on most of their fields:
        // two holdings of one title by two different funds are two rows.
        var sameKey: [Candidate] = []
        for (i, key) in oldKeys.enumerated() {
            for j in newByKey[key] ?? [] {
                let score = old[i].similarity(to: new[j], ignoring: options)
                if score.isAlike {
                    sameKey.append(Candidate(old: i, new: j, score: score,
                                             distance: abs(old[i].position - new[j].position)))
                }
            }
        }
        take(sameKey, &oldTaken, &newTaken, &pairs)

        // The rest: same table and kind, and most fields agree.
        var loose: [Candidate] = []
        for i in old.indices where !oldTaken[i] {
            for j in new.indices where !newTaken[j] && old[i].table == new[j].table && old[i].element == new[j].element {
                let score = old[i].similarity(to: new[j], ignoring: options)
                if score.isAlike && old[i].mayBeCorrection(of: new[j], ignoring: options) {
                    loose.append(Candidate(old: i, new: j, score: score,
                                           distance: abs(old[i].position - new[j].position)))
                }
            }
        }
        take(loose, &oldTaken, &newTaken, &pairs)

        for i in old.indices where !oldTaken[i] { pairs.append(Pair(old: i, new: nil)) }
        for j in new.indices where !newTaken[j] { pairs.append(Pair(old: nil, new: j)) }
        return pairs
    }

    private struct Candidate {
        var old: Int
        var new: Int
        var score: Similarity
        var distance: Int
    }

    /// Greedy: best agreement first, then closest in position, then order.
    private static func take(_ candidates: [Candidate], _ oldTaken: inout [Bool], _ newTaken: inout [Bool],
                             _ pairs: inout [Pair]) {
        let sorted = candidates.sorted { a, b in
            // Fewer disagreeing values first, then fewer disagreeing footnotes, then more agreeing values.
            if a.score.differences != b.score.differences { return a.score.differences < b.score.differences }
            if a.score.noteDifferences != b.score.noteDifferences {
                return a.score.noteDifferences < b.score.noteDifferences
            }
            if a.score.agree != b.score.agree { return a.score.agree > b.score.agree }
            if a.distance != b.distance { return a.distance < b.distance }
            if a.old + a.new != b.old + b.new { return a.old + a.new < b.old + b.new }
            return a.old < b.old
        }
        for c in sorted where !oldTaken[c.old] && !newTaken[c.new] {
            oldTaken[c.old] = true
            newTaken[c.new] = true
            pairs.append(Pair(old: c.old, new: c.new))
        }
    }

    /// The matched pairs (old index, new index) that changed place: those
    /// outside a longest run that kept its relative order. One row inserted at
    /// the top moves nothing. When several longest runs exist, the rows left
    /// out by the run chosen from either file's side are all reported, so that
    /// diff(A, B) and diff(B, A) name the same moves (two rows swapped: both).
    /// Returns old indexes.
    static func moved(_ matched: [(old: Int, new: Int)]) -> Set<Int> {
        let forward = outsideLongestRun(matched.map { ($0.old, $0.new) })
        let backward = outsideLongestRun(matched.map { ($0.new, $0.old) })
        var result = Set<Int>()
        for pair in matched where forward.contains(pair.old) || backward.contains(pair.new) {
            result.insert(pair.old)
        }
        return result
    }

    /// The first coordinates of the pairs not in one longest chain increasing
    /// in both coordinates (O(n log n), with back links).
    private static func outsideLongestRun(_ pairs: [(Int, Int)]) -> Set<Int> {
        let byFirst = pairs.sorted { $0.0 < $1.0 }
        let sequence = byFirst.map(\.1)
        var tails: [Int] = []          // indexes into sequence
        var previous = [Int](repeating: -1, count: sequence.count)
        for (i, value) in sequence.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sequence[tails[mid]] < value { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[i] = tails[lo - 1] }
            if lo == tails.count { tails.append(i) } else { tails[lo] = i }
        }
        var keep = Set<Int>()
        var k = tails.last ?? -1
        while k >= 0 { keep.insert(k); k = previous[k] }
        var outside = Set<Int>()
        for (i, pair) in byFirst.enumerated() where !keep.contains(i) { outside.insert(pair.0) }
        return outside
    }
}
