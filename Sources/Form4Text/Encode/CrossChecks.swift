import Form4Core

/// Checks that catch misreadings: numbers that must agree with each other
/// and references that must resolve. Each finding is a warning on the input
/// line of the value concerned.
struct CrossChecks {
    var document: OwnershipDocument
    var sources: SourceMap
    var warnings: [EncodeWarning] = []
    /// The footnotes whose price range was read, and what each states (nil:
    /// none), in the order asked: both checks that read ranges ask the same
    /// footnotes, which are few (see ``statedRange(_:)``).
    var rangeIds: [String] = []
    var rangeRead: [(DecimalText, DecimalText)?] = []

    static let root = "/ownershipDocument"

    mutating func warn(_ rule: String, _ message: String, _ path: String) {
        let l = sources.nearest(path)
        warnings.append(EncodeWarning(rule: rule, message: message, line: l?.line ?? 0, column: l?.column ?? 0, path: path))
    }

    mutating func run() {
        holdingsChain()
        priceRanges()
        acquiredDisposedVersusCode()
        earliestDate()
        // The fields that cite footnotes, listed once for both checks that read them.
        let sites = document.footnoteSites
        let cited = CrossChecks.citedIds(sites)
        footnoteReferences(sites, cited: cited)
        misreadMarks(sites)
        brokenFootnoteRuns(sites, cited: cited.ids)
    }

    /// Shares owned after row k = shares owned after row k-1 ± row k's amount,
    /// for consecutive rows of the same security held the same way.
    mutating func holdingsChain() {
        guard let rows = document.nonDerivativeTable?.nonDerivativeTransaction, rows.count > 1 else { return }
        for k in 1..<rows.count {
            // The fields are read in place: copying both whole rows out of the
            // array (and retaining every field) cost a third of this check.
            guard rows[k - 1].securityTitle?.value == rows[k].securityTitle?.value,
                  rows[k - 1].ownershipNature?.directOrIndirectOwnership?.value
                    == rows[k].ownershipNature?.directOrIndirectOwnership?.value,
                  rows[k - 1].ownershipNature?.natureOfOwnership?.value == rows[k].ownershipNature?.natureOfOwnership?.value,
                  let before = rows[k - 1].postTransactionAmounts?.sharesOwnedFollowingTransaction?.value,
                  let after = rows[k].postTransactionAmounts?.sharesOwnedFollowingTransaction?.value,
                  let amount = rows[k].transactionAmounts?.transactionShares?.value,
                  let code = rows[k].transactionAmounts?.transactionAcquiredDisposedCode?.value
            else { continue }
            let expected = code == "A" ? DecimalArithmetic.add(before, amount) : DecimalArithmetic.subtract(before, amount)
            if !expected.hasSameValue(as: after) {
                let path = "\(CrossChecks.root)/nonDerivativeTable/nonDerivativeTransaction[\(k + 1)]/postTransactionAmounts/sharesOwnedFollowingTransaction"
                warn("ENC-CHAIN", "shares owned after this row are \(after.text), but the row above (\(before.text)) \(code == "A" ? "+" : "−") \(amount.text) gives \(expected.text): one of them may be misread", path)
            }
        }
    }

    /// "ranging from $130.14 to $131.1063": the lowest and highest price a footnote states.
    static func range(in text: String) -> (DecimalText, DecimalText)? {
        if let found = byteCutRange(in: text) { return found }
        return wordListRange(in: text)
    }

    /// ``range(in:)`` on ``FootnoteWords``' cut, the slow way: every word first.
    static func wordListRange(in text: String) -> (DecimalText, DecimalText)? {
        var numbers: [DecimalText] = []
        let words = FootnoteWords(text)
        var sawRangeWord = false
        for k in 0..<words.count {
            if !sawRangeWord && words.isRangeWord(k) { sawRangeWord = true }
            // A word whose first byte is not "$" cannot start with the character "$".
            guard sawRangeWord, words.startsWithDollarByte(k) else { continue }
            let w = words[k]
            guard w.hasPrefix("$") else { continue }
            var body = w.dropFirst()
            while let last = body.last, !last.isNumber { body = body.dropLast() }
            let digits = body.filter { $0 != "," }
            if let d = DecimalText(digits) { numbers.append(d) }
            if numbers.count == 2 {
                let between = (max(0, k - 3)..<k).map { words[$0].lowercased() }
                guard between.contains("to") || between.contains("and") || between.contains("-") else { numbers.removeFirst(); continue }
                return numbers[0] < numbers[1] ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
            }
        }
        return nil
    }

    /// "ranging", "range", "ranged", "from" or "between" in any case: what
    /// `w.lowercased()` compared to each, without making the lowercase text.
    /// Only ASCII letters lowercase to these (the one other letter that
    /// lowercases to ASCII, the Kelvin sign, gives a "k" none of them has).
    static func isRangeWord(_ w: Substring) -> Bool {
        let u = w.utf8
        let n = u.count
        guard n >= 4 && n <= 7 else { return false }
        // Compared in place, each byte lowercased as it is read (no array per word).
        return rangeWords.contains { word in
            word.count == n && zip(word, u).allSatisfy { want, c in (c >= 65 && c <= 90 ? c + 32 : c) == want }
        }
    }

    /// ``isRangeWord(_:)`` on a word's bytes.
    static func isRangeWord(bytes w: Span<UInt8>) -> Bool {
        let n = w.count
        guard n >= 4 && n <= 7 else { return false }
        // Each of them starts with "r", "f" or "b": any other first byte is none of them,
        // told before the list is reached (asked of every word of a footnote).
        switch w[0] {
        case UInt8(ascii: "r"), UInt8(ascii: "R"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "b"), UInt8(ascii: "B"): break
        default: return false
        }
        for word in rangeWords where word.count == n {
            var k = 0
            while k < n {
                let c = w[k]
                if (c >= 65 && c <= 90 ? c + 32 : c) != word[k] { break }
                k += 1
            }
            if k == n { return true }
        }
        return false
    }

    static let rangeWords: [[UInt8]] = ["ranging", "range", "ranged", "from", "between"].map { Array($0.utf8) }

    /// The price range the footnote `id` states (the last footnote of that id,
    /// as a map of the footnotes by id holds it), nil when it states none or
    /// there is no such footnote. A footnote is read once, however many values
    /// cite it and whichever check asks: the ids are compared as strings in a
    /// short list (hashing them into a map per check cost more than the lookups).
    mutating func statedRange(_ id: String) -> (DecimalText, DecimalText)? {
        if let k = rangeIds.firstIndex(of: id) { return rangeRead[k] }
        let found = document.footnotes.last(where: { $0.id == id }).flatMap { CrossChecks.range(in: $0.text) }
        rangeIds.append(id)
        rangeRead.append(found)
        return found
    }

    mutating func priceRanges() {
        // The path is made only for a warning: most prices are in range.
        func check(_ price: Footnoted<DecimalText>?, _ path: @autoclosure () -> String) {
            guard let price, let value = price.value else { return }
            for id in price.footnoteId {
                guard let (low, high) = statedRange(id) else { continue }
                if value < low || high < value {
                    warn("ENC-PRICE-RANGE", "price \(value.text) is outside the range $\(low.text)–$\(high.text) that footnote \(id) states", path())
                }
            }
        }
        for (k, r) in (document.nonDerivativeTable?.nonDerivativeTransaction ?? []).enumerated() {
            check(r.transactionAmounts?.transactionPricePerShare,
                  "\(CrossChecks.root)/nonDerivativeTable/nonDerivativeTransaction[\(k + 1)]/transactionAmounts/transactionPricePerShare")
        }
        for (k, r) in (document.derivativeTable?.derivativeTransaction ?? []).enumerated() {
            check(r.transactionAmounts?.transactionPricePerShare,
                  "\(CrossChecks.root)/derivativeTable/derivativeTransaction[\(k + 1)]/transactionAmounts/transactionPricePerShare")
        }
    }

    /// Purchases acquire, sales dispose: a code that contradicts A/D means one of them is misread.
    mutating func acquiredDisposedVersusCode() {
        func expected(_ code: String, derivative: Bool) -> String? {
            switch code {
            case "P", "A", "L": return "A"
            case "S", "F", "D", "U": return "D"
            case "M", "C", "X", "O": return derivative ? "D" : "A"
            case "E", "H": return derivative ? "D" : nil
            default: return nil
            }
        }
        for (k, r) in (document.nonDerivativeTable?.nonDerivativeTransaction ?? []).enumerated() {
            guard let code = r.transactionCoding?.transactionCode, let ad = r.transactionAmounts?.transactionAcquiredDisposedCode?.value,
                  let want = expected(code, derivative: false), want != ad else { continue }
            warn("ENC-CODE-AD", "transaction code \(code) usually means (\(want)), but the row says (\(ad))",
                 "\(CrossChecks.root)/nonDerivativeTable/nonDerivativeTransaction[\(k + 1)]/transactionAmounts/transactionAcquiredDisposedCode")
        }
        for (k, r) in (document.derivativeTable?.derivativeTransaction ?? []).enumerated() {
            guard let code = r.transactionCoding?.transactionCode, let ad = r.transactionAmounts?.transactionAcquiredDisposedCode?.value,
                  let want = expected(code, derivative: true), want != ad else { continue }
            warn("ENC-CODE-AD", "transaction code \(code) usually means (\(want)), but the row says (\(ad))",
                 "\(CrossChecks.root)/derivativeTable/derivativeTransaction[\(k + 1)]/transactionAmounts/transactionAcquiredDisposedCode")
        }
    }

    /// Box 3 (date of earliest transaction) should be the earliest row date.
    mutating func earliestDate() {
        guard document.type?.baseForm == 4, let period = document.periodOfReport else { return }
        var dates: [DateText] = []
        for r in document.nonDerivativeTable?.nonDerivativeTransaction ?? [] { if let d = r.transactionDate?.value { dates.append(d) } }
        for r in document.derivativeTable?.derivativeTransaction ?? [] { if let d = r.transactionDate?.value { dates.append(d) } }
        guard let earliest = dates.min() else { return }
        if !earliest.isSameDay(as: period) {
            warn("ENC-EARLIEST-DATE", "box 3 says the earliest transaction was on \(period.isoDate), the rows' earliest date is \(earliest.isoDate)",
                 "\(CrossChecks.root)/periodOfReport")
        }
    }

    /// The footnote ids the values cite.
    ///
    /// The ids are read back from the message ``footnoteReferences()`` would
    /// give each of them with no footnote present, as they always were; the
    /// warning itself is not made (its location lookup cost more than the rest).
    func referencedIds() -> Set<String> {
        CrossChecks.referencedIds(document.footnoteSites.lazy.map(\.footnoteId))
    }

    /// ``referencedIds()`` of the fields' lists of cited ids.
    static func referencedIds<Lists: Sequence<[String]>>(_ cited: Lists) -> Set<String> {
        // The digits that open the id after its "F" (what ``missingMessage(_:)`` writes after "footnote "),
        // read once per distinct id; no path is made.
        // An id that is "F" and ASCII digits (every id the reader makes) is its own
        // answer: such ids are listed once each, compared as strings (a document cites
        // a few ids, each many times: hashing every citation into two sets, and joining
        // "F" to the digits again, cost more than the rest), and put in the set at the end.
        var plain: [String] = []
        var seen = Set<String>()
        var ids = Set<String>()
        for list in cited {
            for id in list {
                if CrossChecks.isPlainId(id) {
                    if !plain.contains(id) { plain.append(id) }
                    continue
                }
                guard seen.insert(id).inserted else { continue }
                let digits = id.dropFirst().prefix { $0.isNumber }
                if !digits.isEmpty { ids.insert("F" + digits) }
            }
        }
        // (Room made once: the set grew one doubling at a time, each rehashing what it held.)
        ids.reserveCapacity(ids.count + plain.count)
        for id in plain { ids.insert(id) }
        return ids
    }

    /// "F" followed by one or more ASCII digits and nothing else: the id whose
    /// first character dropped and digits kept, after an "F", is the id itself.
    static func isPlainId(_ id: String) -> Bool {
        let b = id.utf8.span
        guard b.count >= 2, b[0] == UInt8(ascii: "F") else { return false }
        for i in 1..<b.count where b[i] < UInt8(ascii: "0") || b[i] > UInt8(ascii: "9") { return false }
        return true
    }

    static func missingMessage(_ id: String) -> String {
        "footnote \(id.dropFirst()) is referenced but its text was not found"
    }

    /// Every reference must have a footnote, and every footnote a reference.
    ///
    /// Read off the list of ids cited (few, each cited many times), compared as
    /// strings: a map of the ids to their sites, a set of the footnotes' ids and
    /// the map sorted cost more than the checks.
    mutating func footnoteReferences(_ sites: [FootnoteReferenceSite], cited: (ids: [String], first: [Int])) {
        let root = CrossChecks.root
        let (ids, first) = cited
        let notes = document.footnotes
        // In the ids' order (each id is listed once, so the order is the one a sort by id gives).
        for j in ids.indices.sorted(by: { ids[$0] < ids[$1] }) where !notes.contains(where: { $0.id == ids[j] }) {
            warn("ENC-FOOTNOTE-MISSING", CrossChecks.missingMessage(ids[j]), sites[first[j]].rowPath)
        }
        for (k, note) in notes.enumerated() where !ids.contains(note.id) {
            warn("ENC-FOOTNOTE-UNREFERENCED", "footnote \(note.id.dropFirst()) is not referenced by any value read", "\(root)/footnotes/footnote[\(k + 1)]")
        }
    }

    /// Each footnote id the values cite, once, in the order first cited, with
    /// the index in `sites` of the first field citing it (whose row's path is
    /// made only for a warning).
    static func citedIds(_ sites: [FootnoteReferenceSite]) -> (ids: [String], first: [Int]) {
        var ids: [String] = []
        var first: [Int] = []
        for (k, site) in sites.enumerated() {
            for id in site.footnoteId where !ids.contains(id) {
                ids.append(id)
                first.append(k)
            }
        }
        return (ids, first)
    }
}
