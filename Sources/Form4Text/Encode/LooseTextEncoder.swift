import Form4Core
import LibXML

/// Reads a loose Form 3, 4 or 5 text (any extractor's layout) into the model.
///
/// Values the text does not hold stay nil; every doubt is a warning with its
/// input line. CIKs and `--set` values are applied later by ``FormEncoder``.
struct LooseTextEncoder {
    var warnings: [EncodeWarning] = []
    /// Where each value was read, by path (looked up by path; no output
    /// depends on its order). Sized for a filing's few hundred values up
    /// front: growing it rehashed every path several times.
    var sources = [String: SourceLocation](minimumCapacity: 512)

    static let root = "/ownershipDocument"

    mutating func locate(_ path: String, _ line: Int, _ column: Int) {
        sources[path] = SourceLocation(line: line, column: column)
    }

    /// Nil when the text is not a Form 3, 4 or 5.
    mutating func encode(_ text: LooseText) -> (OwnershipDocument, String)? {
        guard let layout = FormLayout.find(in: text.lines) else { return nil }
        let lines = text.lines
        var d = OwnershipDocument()
        let root = LooseTextEncoder.root

        // Header boxes.
        let header = HeaderBoxes.read(lines[layout.headerRange])
        warnings.append(contentsOf: header.warnings)
        var form = "\(layout.form)"
        if let o = header.originalDate {
            form += "/A"
            d.dateOfOriginalSubmission = o.value
            locate("\(root)/dateOfOriginalSubmission", o.line, o.column)
        }
        d.documentType = form
        if let l = layout.formLine { locate("\(root)/documentType", lines[l].number, 1) }
        if let p = header.period {
            d.periodOfReport = p.value
            locate("\(root)/periodOfReport", p.line, p.column)
        } else {
            warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "the form's date (box 3, or box 2 on Form 3) was not found", line: 1, path: "\(root)/periodOfReport"))
        }
        if layout.form != 3 {
            if let n = header.notSubject {
                d.notSubjectToSection16 = n.value
                locate("\(root)/notSubjectToSection16", n.line, n.column)
            }
        }
        if let a = header.aff10b5 {
            d.aff10b5One = a.value
            locate("\(root)/aff10b5One", a.line, a.column)
        }
        if let n = header.issuerName {
            d.issuer.issuerName = n.value
            locate("\(root)/issuer/issuerName", n.line, n.column)
        } else if let g = header.gluedIssuerName, let spaced = LooseTextEncoder.spacedName(g.value, lines: lines) {
            let path = "\(root)/issuer/issuerName"
            d.issuer.issuerName = spaced
            locate(path, g.line, g.column)
            warnings.removeAll { $0.rule == "ENC-GLUED" && $0.path == path }
            warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: "the issuer box lost its spaces ('\(g.value)'): the name is read as '\(spaced)' by words the text prints elsewhere; check it",
                                          line: g.line, column: g.column, path: path))
        } else if header.gluedIssuerName == nil {
            warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "the issuer's name (box 2) was not found", line: 1,
                                          path: "\(root)/issuer/issuerName"))
        }
        if let t = header.ticker {
            d.issuer.issuerTradingSymbol = t.value
            locate("\(root)/issuer/issuerTradingSymbol", t.line, t.column)
        }

        // Tables.
        var nonDerivative = NonDerivativeTable()
        var derivative = DerivativeTable()
        if let r = layout.tableI {
            let table = TableLines.read(lines[r], kind: TableKind(derivative: false, form: layout.form))
            warnings.append(contentsOf: table.warnings)
            var builder = RowBuilder(kind: TableKind(derivative: false, form: layout.form), header: table.header)
            for row in table.rows {
                builder.sources.removeAll(keepingCapacity: true)
                builder.header = row.header ?? table.header
                let f = builder.fields(of: row)
                switch builder.nonDerivative(f) {
                case .first(let t):
                    nonDerivative.nonDerivativeTransaction.append(t)
                    record(&builder, "\(root)/nonDerivativeTable/nonDerivativeTransaction[\(nonDerivative.nonDerivativeTransaction.count)]", f.line)
                case .second(let h):
                    nonDerivative.nonDerivativeHolding.append(h)
                    record(&builder, "\(root)/nonDerivativeTable/nonDerivativeHolding[\(nonDerivative.nonDerivativeHolding.count)]", f.line)
                }
            }
        }
        if let r = layout.tableII {
            var tableLines = lines[r]
            if let h = layout.strayExplanationHeading, r.contains(h) {
                // The heading drawn among the table's cells is no cell of it.
                tableLines = ArraySlice(lines[r.lowerBound..<h] + lines[(h + 1)..<r.upperBound])
                warnings.append(EncodeWarning(rule: "ENC-ROW-SPLIT", message: "'Explanation of Responses:' is drawn among Table II's cells; the table was read on past it, to the first footnote",
                                              line: lines[h].number, column: 1))
            }
            let table = TableLines.read(tableLines, kind: TableKind(derivative: true, form: layout.form))
            warnings.append(contentsOf: table.warnings)
            var builder = RowBuilder(kind: TableKind(derivative: true, form: layout.form), header: table.header)
            var guessed = Set<Int>()
            for row in table.rows {
                builder.sources.removeAll(keepingCapacity: true)
                builder.header = row.header ?? table.header
                builder.acquiredDisposedFromCode = false
                let f = builder.fields(of: row)
                switch builder.derivative(f) {
                case .first(let t):
                    if builder.acquiredDisposedFromCode { guessed.insert(derivative.derivativeTransaction.count) }
                    derivative.derivativeTransaction.append(t)
                    record(&builder, "\(root)/derivativeTable/derivativeTransaction[\(derivative.derivativeTransaction.count)]", f.line)
                case .second(let h):
                    derivative.derivativeHolding.append(h)
                    record(&builder, "\(root)/derivativeTable/derivativeHolding[\(derivative.derivativeHolding.count)]", f.line)
                }
            }
            if !guessed.isEmpty { acquiredByConversion(&derivative.derivativeTransaction, guessed: guessed) }
        }
        if !nonDerivative.isEmpty { d.nonDerivativeTable = nonDerivative }
        if !derivative.isEmpty { d.derivativeTable = derivative }
        if layout.form == 3, let n = header.noSecurities, n.value {
            d.noSecuritiesOwned = true
            locate("\(root)/noSecuritiesOwned", n.line, n.column)
        } else if layout.form == 3 && nonDerivative.isEmpty && derivative.isEmpty {
            let all = lines[layout.headerRange.upperBound..<layout.tail.upperBound].map(\.plain).joined(separator: " ")
            if all.has("No securities are beneficially owned") || all.has("No Securities Beneficially Owned") {
                d.noSecuritiesOwned = true
            }
        }

        // Footnotes, remarks, owners, signatures.
        let tailStart = layout.explanation?.lowerBound ?? layout.tail.lowerBound
        var cited = Set<String>()
        let probe = CrossChecks(document: d, sources: SourceMap())
        cited = probe.referencedIds()
        let tail = FormTail.read(lines[tailStart..<lines.count], explanation: layout.explanation, referenced: cited, box1: header.ownerParts)
        warnings.append(contentsOf: tail.warnings)
        for (k, f) in tail.footnotes.enumerated() {
            d.footnotes.append(f.value)
            locate("\(root)/footnotes/footnote[\(k + 1)]", f.line, f.column)
        }
        if let r = tail.remarks {
            d.remarks = r.value
            locate("\(root)/remarks", r.line, r.column)
        }
        for (k, s) in tail.signatures.enumerated() {
            d.ownerSignature.append(s.value)
            locate("\(root)/ownerSignature[\(k + 1)]", s.line, s.column)
        }
        d.reportingOwner = owners(header: header, tail: tail, lines: lines)
        readRomanNumerals(&d, heading: layout.tableII.flatMap { $0.lowerBound > 0 ? lines[$0.lowerBound - 1] : nil })
        return (d, "")
    }

    /// Files the row's value locations and warnings under the row's path.
    mutating func record(_ builder: inout RowBuilder, _ rowPath: String, _ line: Int) {
        sources[rowPath] = SourceLocation(line: line, column: 1)
        for (p, l) in builder.sources.entries {
            sources[LooseTextEncoder.joinedPath(rowPath, p)] = l
        }
        for var w in builder.warnings {
            if let p = w.path, !p.hasPrefix("/") { w.path = "\(rowPath)/\(p)" } else if w.path == nil { w.path = rowPath }
            warnings.append(w)
        }
        builder.warnings = []
        // Emptied keeping its room: the next row fills it again (regrowing it per
        // row rehashed its paths; only `record` lists it, into a map looked up by path).
        builder.sources.removeAll(keepingCapacity: true)
    }

    /// `head + "/" + tail`, its bytes copied into one allocation (the
    /// interpolation grew its buffer per piece; three appends onto a reserved
    /// string still cost more than the rest of ``record(_:_:_:)``).
    static func joinedPath(_ head: String, _ tail: String) -> String {
        // Each part copied whole (a byte loop here cost more than the rest of the join).
        String(joining: head.utf8.span, UInt8(ascii: "/"), tail.utf8.span)
    }

    mutating func owners(header: HeaderBoxes, tail: FormTail, lines: [LooseLine]) -> [ReportingOwner] {
        let root = LooseTextEncoder.root
        var result: [ReportingOwner] = []
        func relationFromBox() -> ReportingOwnerRelationship {
            var r = ReportingOwnerRelationship()
            r.isDirector = header.director
            r.isOfficer = header.officer
            r.isTenPercentOwner = header.tenPercent
            r.isOther = header.other
            if let t = header.titleText {
                if header.officer == true { r.officerTitle = t.value } else if header.other == true { r.otherText = t.value }
                if header.officer == true && header.other == true {
                    warnings.append(EncodeWarning(rule: "ENC-HEADER", message: "officer and other both checked; the text under them was taken as the officer title",
                                                  line: t.line, column: t.column))
                }
            }
            return r
        }
        if tail.owners.isEmpty {
            var o = ReportingOwner()
            if let n = header.ownerName {
                o.reportingOwnerId.rptOwnerName = n.value
                locate("\(root)/reportingOwner[1]/reportingOwnerId/rptOwnerName", n.line, n.column)
            } else {
                warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "the reporting person's name (box 1) was not found", line: 1,
                                              path: "\(root)/reportingOwner[1]/reportingOwnerId/rptOwnerName"))
            }
            var a = ReportingOwnerAddress()
            a.rptOwnerStreet1 = header.street1?.value
            a.rptOwnerStreet2 = header.street2?.value
            if header.street2 == nil, let s = header.street1, s.line == header.ownerName?.line,
               LooseTextEncoder.runsTogether(s.value, on: lines.filter { $0.number == s.line }),
               let (one, two) = LooseTextEncoder.streetLines(s.value) {
                // Box 1 printed on one line: its street lines ran together.
                a.rptOwnerStreet1 = one
                a.rptOwnerStreet2 = two
                warnings.append(EncodeWarning(rule: "ENC-DOUBT", message: "box 1 is on one line, so its street lines ran together; cut before '\(two)'",
                                              line: s.line, column: s.column, path: "\(root)/reportingOwner[1]/reportingOwnerAddress/rptOwnerStreet2"))
            }
            a.rptOwnerCity = header.city?.value
            a.rptOwnerState = header.state?.value
            a.rptOwnerZipCode = header.zip?.value
            if a != ReportingOwnerAddress() { o.reportingOwnerAddress = a }
            if let s = header.street1 { locate("\(root)/reportingOwner[1]/reportingOwnerAddress", s.line, s.column) }
            o.reportingOwnerRelationship = relationFromBox()
            if header.relationLine == nil {
                warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "the relationship box (director, officer, 10% owner, other) was not found", line: 1,
                                              path: "\(root)/reportingOwner[1]/reportingOwnerRelationship"))
            } else if let l = header.relationLine {
                locate("\(root)/reportingOwner[1]/reportingOwnerRelationship", l, 1)
            }
            result.append(o)
            return result
        }
        // The table's marks for the first owner against box 5 (both print the same
        // relationship): when they disagree, the marks were placed under the wrong
        // heads (lynx lays the marks' row out apart from the heads'), and none of
        // the table's marks is trusted.
        var marksTrusted = true
        if let e = tail.owners.first, e.marksSeen, header.relationLine != nil,
           (header.director ?? false) != e.director || (header.tenPercent ?? false) != e.tenPercent
            || (header.officer ?? false) != e.officer || (header.other ?? false) != e.other {
            marksTrusted = false
            warnings.append(EncodeWarning(rule: "ENC-OWNER-MARK", message: "the reporting owners table's marks for \(e.name.value) disagree with box 5: its marks cannot be placed under their heads and are left out",
                                          line: e.name.line, column: 1, path: "\(root)/reportingOwner[1]/reportingOwnerRelationship"))
        }
        // The marks may still share columns from owner to owner: box 5 then names the
        // first owner's, and the others' are read by them.
        let byFirstOwner = marksTrusted ? nil : tail.owners.first.flatMap { OwnerMarkColumns(first: $0, box: relationFromBox()) }
        let ocrMarks = tail.owners.contains(where: \.ocrMarks)
        // No heads at all (pdftotext without -layout): a later owner's lone mark, in a group led by a 10% owner.
        let withoutHeads = header.relationLine == nil || tail.owners.contains(where: \.marksSeen) ? nil
            : OwnerMarksWithoutHeads.laterRelationships(tail.loneMarkRuns, owners: tail.owners.count, box: relationFromBox())
        for (k, e) in tail.owners.enumerated() {
            var o = ReportingOwner()
            if !e.name.value.isEmpty { o.reportingOwnerId.rptOwnerName = e.name.value }
            locate("\(root)/reportingOwner[\(k + 1)]", e.name.line, e.name.column)
            var a = ReportingOwnerAddress()
            a.rptOwnerStreet1 = e.street1
            a.rptOwnerStreet2 = e.street2
            a.rptOwnerCity = e.city
            a.rptOwnerState = e.state
            a.rptOwnerZipCode = e.zip
            if a != ReportingOwnerAddress() { o.reportingOwnerAddress = a }
            if e.marksSeen && marksTrusted {
                var r = ReportingOwnerRelationship(isDirector: e.director, isOfficer: e.officer, isTenPercentOwner: e.tenPercent, isOther: e.other)
                r.officerTitle = e.officerTitle
                r.otherText = e.otherText
                if k == 0, let t = header.titleText {
                    if e.officer && r.officerTitle == nil { r.officerTitle = t.value }
                    if e.other && !e.officer && r.otherText == nil { r.otherText = t.value }
                }
                o.reportingOwnerRelationship = r
            } else if k == 0 {
                o.reportingOwnerRelationship = relationFromBox()
            } else if let columns = byFirstOwner, let r = columns.relationship(of: e, ocr: ocrMarks) {
                o.reportingOwnerRelationship = r
                warnings.append(EncodeWarning(rule: "ENC-OWNER-MARK", message: "reporting owner \(k + 1)'s marks (\(e.name.value)) were placed by the columns of the first owner's marks, which box 5 names",
                                              line: e.name.line, column: 1, path: "\(root)/reportingOwner[\(k + 1)]/reportingOwnerRelationship"))
            } else if k > 0, let r = withoutHeads?[k - 1] {
                o.reportingOwnerRelationship = r
                warnings.append(EncodeWarning(rule: "ENC-OWNER-MARK", message: "reporting owner \(k + 1)'s one mark (\(e.name.value)) stands under no heading: read as 10% Owner, as the first owner is one in box 5 and owners who file together are a 10% group",
                                              line: e.name.line, column: 1, path: "\(root)/reportingOwner[\(k + 1)]/reportingOwnerRelationship"))
            } else {
                warnings.append(EncodeWarning(rule: "ENC-MISSING", message: "no relationship marks \(marksTrusted ? "" : "that can be placed ")for reporting owner \(k + 1) (\(e.name.value))",
                                              line: e.name.line, column: 1, path: "\(root)/reportingOwner[\(k + 1)]/reportingOwnerRelationship"))
            }
            result.append(o)
        }
        return result
    }
}
