/// Pairs parts that are identified by keys rather than by content, such as
/// reporting owners (by CIK, else by name) and signatures (by name, else by
/// place). Each pass pairs the parts still unpaired whose key for that pass
/// is present and equal, first with first.
enum KeyMatcher {
    static func match(old: [[String?]], new: [[String?]], pairRestByPosition: Bool = false) -> [RowMatcher.Pair] {
        var oldTaken = [Bool](repeating: false, count: old.count)
        var newTaken = [Bool](repeating: false, count: new.count)
        var pairs: [RowMatcher.Pair] = []
        let passes = max(old.first?.count ?? 0, new.first?.count ?? 0)
        for pass in 0..<passes {
            var waiting: [String: [Int]] = [:]
            for (j, keys) in new.enumerated() where !newTaken[j] {
                if pass < keys.count, let key = keys[pass] { waiting[key, default: []].append(j) }
            }
            for (i, keys) in old.enumerated() where !oldTaken[i] {
                guard pass < keys.count, let key = keys[pass], var queue = waiting[key], !queue.isEmpty else { continue }
                let j = queue.removeFirst()
                waiting[key] = queue
                oldTaken[i] = true
                newTaken[j] = true
                pairs.append(.init(old: i, new: j))
            }
        }
        if pairRestByPosition {
            let restOld = old.indices.filter { !oldTaken[$0] }
            let restNew = new.indices.filter { !newTaken[$0] }
            for (i, j) in zip(restOld, restNew) {
                oldTaken[i] = true
                newTaken[j] = true
                pairs.append(.init(old: i, new: j))
            }
        }
        for i in old.indices where !oldTaken[i] { pairs.append(.init(old: i, new: nil)) }
        for j in new.indices where !newTaken[j] { pairs.append(.init(old: nil, new: j)) }
        return pairs
    }

    /// Document order for a list of pairs: by place in the new file, a removed
    /// part by its place in the old one, placed before what now stands there.
    static func documentOrder(_ pairs: [RowMatcher.Pair], oldPosition: (Int) -> Int,
                              newPosition: (Int) -> Int) -> [RowMatcher.Pair] {
        func key(_ p: RowMatcher.Pair) -> (Int, Int, Int) {
            if let n = p.new { return (newPosition(n), 1, p.old.map(oldPosition) ?? 0) }
            return (oldPosition(p.old ?? 0), 0, oldPosition(p.old ?? 0))
        }
        return pairs.sorted { key($0) < key($1) }
    }
}
