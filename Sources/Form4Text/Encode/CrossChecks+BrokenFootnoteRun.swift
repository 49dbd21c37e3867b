import Form4Core

extension CrossChecks {
    /// "See Footnote(10)" / "See Footnote(21)" / "See Footnote(12)": rows one
    /// under another whose same field cites footnotes in sequence, broken by one
    /// row where the number the run expects (11) is a footnote nobody cites.
    /// OCR changes a mark's digit now and then, and the changed mark usually
    /// points at a real footnote, so nothing else contradicts it; a footnote
    /// left uncited is only reported on the footnote, far from the row that lost
    /// it. Both facts together point at the row, which is reported; its mark is
    /// kept, since the run says where a mark may be wrong, not what it was.
    /// Filers do skip numbers, but the skipped footnote is then cited
    /// elsewhere: every footnote of a filed form is cited somewhere.
    mutating func brokenFootnoteRuns(_ sites: [FootnoteReferenceSite], cited: [String]) {
        let notes = document.footnotes
        guard notes.count >= 3, sites.count >= 3 else { return }
        let uncited = notes.compactMap { note -> Int? in
            cited.contains(note.id) ? nil : CrossChecks.markNumber(note.id)
        }
        guard !uncited.isEmpty else { return }
        // Sites are listed row by row: the same field of the rows above and below
        // is found by walking each kind's rows in order.
        for (k, site) in sites.enumerated() {
            guard site.footnoteId.count == 1, let x = CrossChecks.markNumber(site.footnoteId[0]),
                  let above = neighbour(of: site, in: sites, from: k, step: -1),
                  let below = neighbour(of: site, in: sites, from: k, step: 1),
                  below == above + 2, x != above + 1, uncited.contains(above + 1) else { continue }
            warn("ENC-FOOTNOTE-MISREAD",
                 "the rows above and below cite footnotes \(above) and \(below) here, this row cites \(x), and footnote \(above + 1) is cited nowhere: the mark (\(x)) may be a misread (\(above + 1))",
                 site.path)
        }
    }

    /// The one footnote number that the same field of the next row up (`step`
    /// -1) or down (+1) of the same kind cites, if that row cites exactly one there.
    private func neighbour(of site: FootnoteReferenceSite, in sites: [FootnoteReferenceSite], from k: Int, step: Int) -> Int? {
        var j = k + step
        while sites.indices.contains(j) {
            let other = sites[j]
            if !other.isRow(0, from: site), other.relative == site.relative {
                guard other.isRow(step, from: site), other.footnoteId.count == 1 else { return nil }
                return CrossChecks.markNumber(other.footnoteId[0])
            }
            j += step
        }
        return nil
    }

    /// The number a footnote id shows: 11 for "F11", 0 for "F0", nil unless
    /// the id is F and one to three digits. Not the business rules' reading
    /// of ids (F1 to F99 only): a run is broken by what OCR made of a mark,
    /// and "(10)" read as "(0)" gives F0, which must still count.
    static func markNumber(_ id: String) -> Int? {
        let u = id.utf8
        guard u.first == UInt8(ascii: "F"), (2...4).contains(u.count) else { return nil }
        var n = 0
        for c in u.dropFirst() {
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(c - UInt8(ascii: "0"))
        }
        return n
    }
}
