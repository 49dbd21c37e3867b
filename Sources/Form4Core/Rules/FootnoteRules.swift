/// §4.3.5, §4.3.6, §5: footnotes and references match exactly in both
/// directions. Ids are `F1` to `F99`, each defined once; every reference
/// names a defined footnote, at most once per field; every footnote is used.
extension RuleContext {
    mutating func checkFootnotes() {
        // Ids F1…F99 index small arrays; the odd malformed id falls back to a dictionary.
        var definedAt = [Int](repeating: -1, count: 100)
        var definedOther: [String: Int] = [:]
        for (i, footnote) in document.footnotes.enumerated() {
            let number = Self.footnoteNumber(footnote.id)
            if number == nil {
                report(.footnoteID, "footnote id '\(footnote.id)' is not F1 to F99 (an F and a number without leading zero)",
                       at: RulePath.footnote(i))
            }
            let first = number.map { definedAt[$0] >= 0 ? definedAt[$0] : nil } ?? definedOther[footnote.id]
            if let first {
                report(.footnoteDuplicate, "footnote id \(footnote.id) is already defined by footnote[\(first + 1)]",
                       at: RulePath.footnote(i))
            } else if let number {
                definedAt[number] = i
            } else {
                definedOther[footnote.id] = i
            }
        }
        var referenced = [Bool](repeating: false, count: 100)
        var referencedOther = Set<String>()
        // Read off the model's rows as they are: the same sites, in the same
        // order, as the table rows give, without copying each row's fields out
        // of its ``TableRow`` (that copy, and its retains, cost a third of this rule).
        let sites = document.footnoteSites
        for site in sites where !site.footnoteId.isEmpty {
            for (k, id) in site.footnoteId.enumerated() {
                let number = Self.footnoteNumber(id)
                let isDefined: Bool
                if let number {
                    referenced[number] = true
                    isDefined = definedAt[number] >= 0
                } else {
                    referencedOther.insert(id)
                    isDefined = definedOther[id] != nil
                }
                if !isDefined {
                    report(.footnoteUnresolved, "footnote \(id) is referenced but not defined", at: site.referencePath(k))
                }
                if site.footnoteId[..<k].contains(id) {
                    report(.footnoteRepeated, "this field references footnote \(id) more than once",
                           at: site.referencePath(k))
                }
            }
        }
        for (i, footnote) in document.footnotes.enumerated() {
            let used = Self.footnoteNumber(footnote.id).map { referenced[$0] } ?? referencedOther.contains(footnote.id)
            if !used {
                report(.footnoteUnreferenced, "footnote \(footnote.id) is never referenced", at: RulePath.footnote(i))
            }
        }
    }

    /// The number of an id of the form `F[1-9][0-9]?`, or nil for any other id.
    static func footnoteNumber(_ id: String) -> Int? {
        var iterator = id.utf8.makeIterator()
        guard iterator.next() == UInt8(ascii: "F"), let first = iterator.next(),
            first >= UInt8(ascii: "1") && first <= UInt8(ascii: "9")
        else { return nil }
        var number = Int(first - UInt8(ascii: "0"))
        if let second = iterator.next() {
            guard second >= UInt8(ascii: "0") && second <= UInt8(ascii: "9"), iterator.next() == nil else { return nil }
            number = number * 10 + Int(second - UInt8(ascii: "0"))
        }
        return number
    }

}
