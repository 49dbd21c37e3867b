/// §4.3.5, §4.3.6, §5: footnotes and references match exactly in both
/// directions. Ids are `F1` to `F99`, each defined once; every reference
/// names a defined footnote, at most once per field; every footnote is used.
extension RuleContext {
    mutating func checkFootnotes() {
        var defined: [String: Int] = [:]
        for (i, footnote) in document.footnotes.enumerated() {
            let path = RulePath.footnote(i)
            if !Self.isFootnoteID(footnote.id) {
                report(.footnoteID, "footnote id '\(footnote.id)' is not F1 to F99 (an F and a number without leading zero)",
                       at: path)
            }
            if let first = defined[footnote.id] {
                report(.footnoteDuplicate, "footnote id \(footnote.id) is already defined by footnote[\(first + 1)]",
                       at: path)
            } else {
                defined[footnote.id] = i
            }
        }
        var referenced = Set<String>()
        for site in document.footnoteSites where !site.footnoteId.isEmpty {
            var seen = Set<String>()
            for (k, id) in site.footnoteId.enumerated() {
                referenced.insert(id)
                if defined[id] == nil {
                    report(.footnoteUnresolved, "footnote \(id) is referenced but not defined", at: site.referencePath(k))
                }
                if !seen.insert(id).inserted {
                    report(.footnoteRepeated, "this field references footnote \(id) more than once",
                           at: site.referencePath(k))
                }
            }
        }
        for (i, footnote) in document.footnotes.enumerated() where !referenced.contains(footnote.id) {
            report(.footnoteUnreferenced, "footnote \(footnote.id) is never referenced", at: RulePath.footnote(i))
        }
    }

    /// `F` then 1-99 without a leading zero: the pattern `F[1-9][0-9]?`.
    static func isFootnoteID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard bytes.count == 2 || bytes.count == 3, bytes[0] == UInt8(ascii: "F") else { return false }
        guard bytes[1] >= UInt8(ascii: "1") && bytes[1] <= UInt8(ascii: "9") else { return false }
        return bytes.count == 2 || (bytes[2] >= UInt8(ascii: "0") && bytes[2] <= UInt8(ascii: "9"))
    }
}
