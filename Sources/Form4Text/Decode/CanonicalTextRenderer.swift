import Form4Core

/// Writes a document as the canonical readable text (or its markdown twin).
///
/// The text reads like the printed form — header boxes in order, both tables
/// with every column, `(n)` footnote references after values, Explanation of
/// Responses, remarks, signatures — and also carries, in labelled lines, what
/// the printed form leaves out (CIKs, CCC, schema version, each owner's
/// address and boxes, empty elements), so that ``CanonicalTextReader`` gives
/// back exactly the same model. docs/TEXT-FORMAT.md describes the format.
public struct CanonicalTextRenderer: Sendable {
    public var markdown: Bool

    public init(markdown: Bool = false) {
        self.markdown = markdown
    }

    public static func text(_ document: OwnershipDocument) -> String {
        CanonicalTextRenderer().render(document)
    }

    public static func markdown(_ document: OwnershipDocument) -> String {
        CanonicalTextRenderer(markdown: true).render(document)
    }

    public func render(_ d: OwnershipDocument) -> String {
        var out = Output(markdown: markdown)
        let form = d.type?.baseForm ?? 4
        out.heading(1, "FORM \(d.documentType.map(CanonicalEscaping.fold) ?? "?")")
        out.plain(Self.subtitle(form))
        out.blank()
        if let v = d.documentType { out.label("Document type", v) }
        if let v = d.schemaVersion { out.label("Schema version", v) }
        if let v = d.notSubjectToSection16 {
            out.box(v, "Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue.")
        }
        if let v = d.noSecuritiesOwned { out.box(v, "No securities are beneficially owned.") }
        if let v = d.form3HoldingsReported { out.box(v, "Form 3 Holdings Reported.") }
        if let v = d.form4TransactionsReported { out.box(v, "Form 4 Transactions Reported.") }
        out.blank()

        owners(d, &out)
        let periodLabel: String
        switch form {
        case 3: periodLabel = "2. Date of Event Requiring Statement (MM/DD/YYYY)"
        case 5: periodLabel = "3. Statement for Issuer's Fiscal Year Ended (MM/DD/YYYY)"
        default: periodLabel = "3. Date of Earliest Transaction (MM/DD/YYYY)"
        }
        let amendmentLabel = "\(form == 3 ? 5 : 4). If Amendment, Date of Original Filed (MM/DD/YYYY)"
        if form == 3 { out.rawLabel(periodLabel, d.periodOfReport.map(CanonicalCells.dateText) ?? "") }
        issuer(d.issuer, number: form == 3 ? 3 : 2, &out)
        if form != 3 { out.rawLabel(periodLabel, d.periodOfReport.map(CanonicalCells.dateText) ?? "") }
        if form != 3 { out.rawLabel(amendmentLabel, d.dateOfOriginalSubmission.map(CanonicalCells.dateText) ?? "") }
        out.blank()
        relationships(d, number: form == 3 ? 4 : 5, &out)
        if form == 3 {
            out.rawLabel(amendmentLabel, d.dateOfOriginalSubmission.map(CanonicalCells.dateText) ?? "")
            out.blank()
        }
        out.heading(2, "6. Individual or Joint/Group Filing")
        out.box(d.reportingOwner.count <= 1, "Form filed by One Reporting Person", indent: true)
        out.box(d.reportingOwner.count > 1, "Form filed by More than One Reporting Person", indent: true)
        out.blank()
        if let v = d.aff10b5One {
            out.box(v, "Rule 10b5-1(c): a transaction was made pursuant to a contract, instruction or written plan "
                + "that is intended to satisfy the affirmative defense conditions of Rule 10b5-1(c).")
            out.blank()
        }

        out.heading(2, "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned")
        if let t = d.nonDerivativeTable {
            table(.nonDerivativeTransaction, t.nonDerivativeTransaction.map(CanonicalRow.init), form: form, &out)
            table(.nonDerivativeHolding, t.nonDerivativeHolding.map(CanonicalRow.init), form: form, &out)
            if t.isEmpty { out.plain("(none)") }
        } else {
            out.plain("(omitted)")
        }
        out.blank()
        out.heading(2, "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned "
            + "(e.g., puts, calls, warrants, options, convertible securities)")
        if let t = d.derivativeTable {
            table(.derivativeTransaction, t.derivativeTransaction.map(CanonicalRow.init), form: form, &out)
            table(.derivativeHolding, t.derivativeHolding.map(CanonicalRow.init), form: form, &out)
            if t.isEmpty { out.plain("(none)") }
        } else {
            out.plain("(omitted)")
        }
        out.blank()

        out.heading(2, "Explanation of Responses:")
        for f in d.footnotes {
            let lines = Self.freeLines(f.text)
            let first = lines.first.map { CanonicalEscaping.escapeInline($0, markdown: markdown) } ?? ""
            out.line((markdown ? "- " : "") + FootnoteReference.text(f.id) + (first.isEmpty ? "" : " " + first))
            for l in lines.dropFirst() {
                out.line("    " + CanonicalEscaping.escapeFreeLine(l, markdown: markdown))
            }
        }
        out.blank()
        if let remarks = d.remarks {
            out.heading(2, "Remarks:")
            for l in Self.freeLines(remarks) {
                out.line((markdown ? "" : "    ") + CanonicalEscaping.escapeFreeLine(l, markdown: markdown))
                if markdown { out.blank() }
            }
            if !markdown { out.blank() }
        }
        out.heading(2, "Signatures:")
        for s in d.ownerSignature {
            out.label("Signature of Reporting Person", s.signatureName ?? "", indent: true)
            if let date = s.signatureDate { out.rawLabel("Date", CanonicalCells.dateText(date), indent: true) }
        }
        return out.finish()
    }

    static func subtitle(_ form: Int) -> String {
        switch form {
        case 3: "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES"
        case 5: "ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP OF SECURITIES"
        default: "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP OF SECURITIES"
        }
    }

    /// Lines of free text, trimmed, blank lines dropped (white space is not part of what a filing says).
    static func freeLines(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { String($0).trimmedSpaces() }
            .filter { !$0.isEmpty }
    }

    // MARK: - Boxes

    private func owners(_ d: OwnershipDocument, _ out: inout Output) {
        out.heading(2, "1. Name and Address of Reporting Person(s)")
        for (i, o) in d.reportingOwner.enumerated() {
            out.heading(3, "Reporting person \(i + 1)")
            let id = o.reportingOwnerId
            if let v = id.rptOwnerName { out.label("Name", v, indent: true) }
            if let v = id.rptOwnerCik { out.label("CIK", v, indent: true) }
            if let v = id.rptOwnerCcc { out.label("CCC", v, indent: true) }
            if let a = o.reportingOwnerAddress {
                if let v = a.rptOwnerStreet1 { out.label("Street 1", v, indent: true) }
                if let v = a.rptOwnerStreet2 { out.label("Street 2", v, indent: true) }
                if let v = a.rptOwnerCity { out.label("City", v, indent: true) }
                if let v = a.rptOwnerState { out.label("State", v, indent: true) }
                if let v = a.rptOwnerZipCode { out.label("Zip", v, indent: true) }
                if let v = a.rptOwnerStateDescription { out.label("State description", v, indent: true) }
                if let v = a.rptOwnerGoodAddress { out.rawLabel("Good address", v ? "yes" : "no", indent: true) }
            }
        }
        out.blank()
    }

    private func issuer(_ i: Issuer, number: Int, _ out: inout Output) {
        out.heading(2, "\(number). Issuer Name and Ticker or Trading Symbol")
        if let v = i.issuerName { out.label("Issuer name", v, indent: true) }
        if let v = i.issuerTradingSymbol { out.label("Trading symbol", v, indent: true) }
        if let v = i.issuerCik { out.label("Issuer CIK", v, indent: true) }
        if let v = i.issuerForeignTradingSymbol { out.label("Foreign trading symbol", v, indent: true) }
        out.blank()
    }

    static let boxNames = ["Director", "10% Owner", "Officer", "Other"]

    private func relationships(_ d: OwnershipDocument, number: Int, _ out: inout Output) {
        out.heading(2, "\(number). Relationship of Reporting Person(s) to Issuer")
        for (i, o) in d.reportingOwner.enumerated() {
            let r = o.reportingOwnerRelationship
            let name = o.reportingOwnerId.rptOwnerName.map { " (" + CanonicalEscaping.fold($0) + ")" } ?? ""
            out.heading(3, "Reporting person \(i + 1)" + CanonicalEscaping.escapeInline(name, markdown: markdown))
            let flags = [r.isDirector, r.isTenPercentOwner, r.isOfficer, r.isOther]
            let texts = ["Director", "10% Owner", "Officer (give title below)", "Other (specify below)"]
            for (flag, text) in zip(flags, texts) { out.box(flag == true, text, indent: true) }
            if let v = r.officerTitle { out.label("Officer title", v, indent: true) }
            if let v = r.otherText { out.label("Other text", v, indent: true) }
            let missing = zip(flags, ["Director", "10% Owner", "Officer", "Other"]).filter { $0.0 == nil }.map(\.1)
            if !missing.isEmpty { out.rawLabel("Not stated", missing.joined(separator: ", "), indent: true) }
        }
        out.blank()
    }

    // MARK: - Tables

    private func table(_ kind: CanonicalRowKind, _ rows: [CanonicalRow], form: Int, _ out: inout Output) {
        guard !rows.isEmpty else { return }
        let withFormType = rows.contains { $0.transactionCoding != nil }
        var layout = CanonicalColumn.layout(kind, form3: form == 3, withFormType: withFormType)
        if form == 3, kind == .derivativeHolding, rows.allSatisfy({ $0.postTransactionAmounts == nil }) {
            // The printed Form 3 has no such column; show it only when the XML has the values.
            layout.removeAll { $0.0 == .owned }
        }
        out.heading(3, kind.isTransaction ? "Transactions:" : "Holdings:")
        let headers = layout.map { CanonicalEscaping.escapeInline($0.1, markdown: markdown) }
        let cells = rows.map { row in layout.map { cell(row, $0.0, hasCode: kind.isTransaction) } }
        out.table(headers: headers, rows: cells)
    }

    private func cell(_ row: CanonicalRow, _ column: CanonicalColumn, hasCode: Bool) -> String {
        switch column {
        case .title: return CanonicalCells.text(row.securityTitle, markdown: markdown)
        case .conversionPrice: return CanonicalCells.price(row.conversionOrExercisePrice)
        case .date: return CanonicalCells.date(row.transactionDate)
        case .deemedDate: return CanonicalCells.date(row.deemedExecutionDate)
        case .code:
            guard let c = row.transactionCoding else { return "" }
            return CanonicalCells.text(Footnoted(c.transactionCode, footnoteId: c.footnoteId), markdown: markdown)
        case .swap:
            guard let c = row.transactionCoding else { return "" }
            switch c.equitySwapInvolved {
            case true?: return "Yes"
            case false?: return ""
            case nil: return "-"
            }
        case .formType:
            guard let c = row.transactionCoding else { return "" }
            return CanonicalCells.text(Footnoted(c.transactionFormType, footnoteId: hasCode ? [] : c.footnoteId),
                                       markdown: markdown)
        case .amount:
            return CanonicalCells.amount(shares: row.transactionAmounts?.transactionShares,
                                         value: row.transactionAmounts?.transactionTotalValue)
        case .acquiredDisposed:
            return CanonicalCells.text(row.transactionAmounts?.transactionAcquiredDisposedCode, markdown: markdown)
        case .price: return CanonicalCells.price(row.transactionAmounts?.transactionPricePerShare)
        case .exercisable: return CanonicalCells.date(row.exerciseDate)
        case .expiration: return CanonicalCells.date(row.expirationDate)
        case .underlyingTitle:
            return CanonicalCells.text(row.underlyingSecurity?.underlyingSecurityTitle, markdown: markdown)
        case .underlyingAmount:
            return CanonicalCells.amount(shares: row.underlyingSecurity?.underlyingSecurityShares,
                                         value: row.underlyingSecurity?.underlyingSecurityValue)
        case .owned:
            return CanonicalCells.amount(shares: row.postTransactionAmounts?.sharesOwnedFollowingTransaction,
                                         value: row.postTransactionAmounts?.valueOwnedFollowingTransaction)
        case .directIndirect:
            return CanonicalCells.text(row.ownershipNature?.directOrIndirectOwnership, markdown: markdown)
        case .nature: return CanonicalCells.text(row.ownershipNature?.natureOfOwnership, markdown: markdown)
        case .timeliness: return CanonicalCells.text(row.transactionTimeliness, markdown: markdown)
        }
    }
}

/// The line buffer, with the few decorations that differ between text and markdown.
private struct Output {
    let markdown: Bool
    var lines: [String] = []

    mutating func line(_ s: String) { lines.append(s) }

    mutating func blank() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    mutating func plain(_ s: String) { lines.append(s) }

    mutating func heading(_ level: Int, _ s: String) {
        if markdown {
            blank()
            lines.append(String(repeating: "#", count: level) + " " + s)
            blank()
        } else {
            lines.append(s)
        }
    }

    /// `Label: value`, the value folded to one line and escaped.
    mutating func label(_ name: String, _ value: String, indent: Bool = false) {
        rawLabel(name, CanonicalEscaping.escapeInline(CanonicalEscaping.fold(value), markdown: markdown), indent: indent)
    }

    mutating func rawLabel(_ name: String, _ value: String, indent: Bool = false) {
        let prefix = markdown ? "- " : (indent ? "    " : "")
        lines.append(value.isEmpty ? "\(prefix)\(name):" : "\(prefix)\(name): \(value)")
    }

    mutating func box(_ checked: Bool, _ text: String, indent: Bool = false) {
        if markdown {
            lines.append("- [\(checked ? "x" : " ")] \(text)")
        } else {
            lines.append("\(indent ? "    " : "")[\(checked ? "X" : " ")] \(text)")
        }
    }

    mutating func table(headers: [String], rows: [[String]]) {
        var widths = headers.map(\.count)
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        func render(_ cells: [String]) -> String {
            "| " + cells.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - c.count) }
                .joined(separator: " | ") + " |"
        }
        if markdown { blank() }
        lines.append(render(headers))
        if markdown { lines.append("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|") }
        for row in rows { lines.append(render(row)) }
        if markdown { blank() }
    }

    func finish() -> String {
        var l = lines
        while l.last?.isEmpty == true { l.removeLast() }
        return l.joined(separator: "\n") + "\n"
    }
}
