import Form4Core

/// Compares two ownership documents as filings: what they say, not how the
/// XML is laid out. See `docs/DIFF.md` and issue 5 for the rules.
public enum FilingComparer {
    /// The changes from `old` to `new`, in document order (header, issuer,
    /// owners, Table I, Table II, footnotes no field cites, remarks,
    /// signatures). Empty when the two filings say the same thing.
    public static func compare(_ old: OwnershipDocument, _ new: OwnershipDocument,
                               options: DiffOptions = DiffOptions()) -> [Change] {
        var collector = ChangeCollector(options: options, oldNotes: FootnoteIndex(old.footnotes),
                                        newNotes: FootnoteIndex(new.footnotes))
        collector.compare(OwnerFields.header(old), OwnerFields.header(new), at: "")
        collector.compare(OwnerFields.issuer(old.issuer), OwnerFields.issuer(new.issuer), at: "Issuer")
        compareOwners(old.reportingOwner, new.reportingOwner, &collector)
        collector.compare([.flag("aff10b5One", old.aff10b5One, group: [])],
                          [.flag("aff10b5One", new.aff10b5One, group: [])], at: "")
        let oldRows = RowRecord.rows(of: old), newRows = RowRecord.rows(of: new)
        compareRows(oldRows, newRows, &collector)
        compareUncitedFootnotes(old, oldRows, new, newRows, &collector)
        collector.compare([DiffField("remarks", FieldValue.someText(old.remarks), group: [])],
                          [DiffField("remarks", FieldValue.someText(new.remarks), group: [])], at: "")
        compareSignatures(old.ownerSignature, new.ownerSignature, &collector)
        return collector.changes
    }

    private static func compareOwners(_ old: [ReportingOwner], _ new: [ReportingOwner],
                                      _ collector: inout ChangeCollector) {
        let options = collector.options
        if options.ignores("reportingOwner") { return }
        func keys(_ o: ReportingOwner) -> [String?] {
            let cik = o.reportingOwnerId.rptOwnerCik.map { TextFolding.strippingLeadingZeros(TextFolding.fold($0)) }
            let name = o.reportingOwnerId.rptOwnerName.map(TextFolding.key)
            return [cik?.isEmpty == false ? cik : nil, name?.isEmpty == false ? name : nil]
        }
        let pairs = KeyMatcher.documentOrder(
            KeyMatcher.match(old: old.map(keys), new: new.map(keys)), oldPosition: { $0 }, newPosition: { $0 })
        for pair in pairs {
            let o = pair.old.map { old[$0] }, n = pair.new.map { new[$0] }
            let label = PartLabel.label("Reporting owner", oldPosition: pair.old.map { $0 + 1 },
                                        newPosition: pair.new.map { $0 + 1 },
                                        oldName: o.flatMap(OwnerFields.ownerName), newName: n.flatMap(OwnerFields.ownerName))
            switch (o, n) {
            case let (o?, n?):
                collector.compare(OwnerFields.owner(o), OwnerFields.owner(n), at: label)
            case let (o?, nil):
                collector.append(Change(kind: .removed, path: label, old: OwnerFields.owner(o).detail(ignoring: options, notes: collector.oldNotes),
                                        new: nil, field: "reportingOwner", display: .part))
            case let (nil, n?):
                collector.append(Change(kind: .added, path: label, old: nil,
                                        new: OwnerFields.owner(n).detail(ignoring: options, notes: collector.newNotes), field: "reportingOwner", display: .part))
            case (nil, nil): break
            }
        }
    }

    private static func compareRows(_ old: [RowRecord], _ new: [RowRecord], _ collector: inout ChangeCollector) {
        let options = collector.options
        let oldRows = old.filter { !options.ignoresAny([$0.table.element, $0.element]) }
        let newRows = new.filter { !options.ignoresAny([$0.table.element, $0.element]) }
        let pairs = RowMatcher.match(oldRows, newRows, options: options)

        var moved = Set<Int>()
        if options.strictOrder {
            var groups: [String: [(old: Int, new: Int)]] = [:]
            for p in pairs {
                if let i = p.old, let j = p.new { groups[oldRows[i].element, default: []].append((i, j)) }
            }
            for (_, matched) in groups { moved.formUnion(RowMatcher.moved(matched)) }
        }

        // Document order: table, then place in the new file (a removed row at its old place).
        func order(_ p: RowMatcher.Pair) -> (Int, Int, Int, Int) {
            let row = p.new.map { newRows[$0] } ?? oldRows[p.old ?? 0]
            let oldPos = p.old.map { oldRows[$0].position } ?? 0
            if let j = p.new { return (row.table.rawValue, newRows[j].position, 1, oldPos) }
            return (row.table.rawValue, oldPos, 0, oldPos)
        }
        for pair in pairs.sorted(by: { order($0) < order($1) }) {
            let o = pair.old.map { oldRows[$0] }, n = pair.new.map { newRows[$0] }
            switch (o, n) {
            case let (o?, n?):
                let label = PartLabel.label("\(o.table.name) row", oldPosition: o.position, newPosition: n.position,
                                            oldName: o.shortName, newName: n.shortName)
                if let i = pair.old, moved.contains(i) {
                    collector.append(Change(kind: .moved, path: label, old: "row \(o.position)",
                                            new: "row \(n.position)", field: o.element, display: .part))
                }
                collector.compare(o.fields, n.fields, at: label)
            case let (o?, nil):
                let label = PartLabel.label("\(o.table.name) row", oldPosition: o.position, newPosition: nil,
                                            oldName: o.fullName, newName: nil)
                collector.append(Change(kind: .removed, path: label, old: o.fields.detail(ignoring: options, notes: collector.oldNotes),
                                        new: nil, field: o.element, display: .part))
            case let (nil, n?):
                let label = PartLabel.label("\(n.table.name) row", oldPosition: nil, newPosition: n.position,
                                            oldName: nil, newName: n.fullName)
                collector.append(Change(kind: .added, path: label, old: nil, new: n.fields.detail(ignoring: options, notes: collector.newNotes),
                                        field: n.element, display: .part))
            case (nil, nil): break
            }
        }
    }

    /// Footnotes that no field cites still say something; they are compared
    /// by text as a group, since they have no field to hang on. A text found
    /// anywhere among the other filing's footnotes is no change: a row that
    /// was dropped may leave its footnote behind, and the row says so already.
    private static func compareUncitedFootnotes(_ old: OwnershipDocument, _ oldRows: [RowRecord],
                                                _ new: OwnershipDocument, _ newRows: [RowRecord],
                                                _ collector: inout ChangeCollector) {
        if collector.options.ignoresAny(["footnotes", "footnote", "footnoteId"]) { return }
        if old.footnotes.isEmpty && new.footnotes.isEmpty { return }
        func uncited(_ d: OwnershipDocument, _ rows: [RowRecord], against other: OwnershipDocument) -> [String] {
            let cited = Set(rows.flatMap { $0.fields.flatMap(\.footnoteIds) }.map(TextFolding.fold))
            let elsewhere = Set(other.footnotes.map { TextFolding.fold($0.text) })
            return d.footnotes.filter {
                !cited.contains(TextFolding.fold($0.id)) && !elsewhere.contains(TextFolding.fold($0.text))
            }.map(\.id)
        }
        let o = uncited(old, oldRows, against: new), n = uncited(new, newRows, against: old)
        if o.isEmpty && n.isEmpty { return }
        collector.compareFootnotes(o, n, at: "Footnote cited by no field")
    }

    private static func compareSignatures(_ old: [OwnerSignature], _ new: [OwnerSignature],
                                          _ collector: inout ChangeCollector) {
        let options = collector.options
        if options.ignores("ownerSignature") { return }
        func keys(_ s: OwnerSignature) -> [String?] {
            let name = s.signatureName.map(TextFolding.key)
            let named = name?.isEmpty == false ? name : nil
            return [named.map { $0 + "|" + (s.signatureDate?.isoDate ?? "") }, named]
        }
        let pairs = KeyMatcher.documentOrder(
            KeyMatcher.match(old: old.map(keys), new: new.map(keys), pairRestByPosition: true),
            oldPosition: { $0 }, newPosition: { $0 })
        func name(_ s: OwnerSignature) -> String? { s.signatureName.map(TextFolding.fold) }
        for pair in pairs {
            let o = pair.old.map { old[$0] }, n = pair.new.map { new[$0] }
            let label = PartLabel.label("Signature", oldPosition: pair.old.map { $0 + 1 },
                                        newPosition: pair.new.map { $0 + 1 },
                                        oldName: o.flatMap(name), newName: n.flatMap(name))
            switch (o, n) {
            case let (o?, n?):
                collector.compare(OwnerFields.signature(o), OwnerFields.signature(n), at: label)
            case let (o?, nil):
                collector.append(Change(kind: .removed, path: label,
                                        old: OwnerFields.signature(o).detail(ignoring: options, notes: collector.oldNotes), new: nil,
                                        field: "ownerSignature", display: .part))
            case let (nil, n?):
                collector.append(Change(kind: .added, path: label, old: nil,
                                        new: OwnerFields.signature(n).detail(ignoring: options, notes: collector.newNotes),
                                        field: "ownerSignature", display: .part))
            case (nil, nil): break
            }
        }
    }
}
