import LibXML

/// Walks the XML tree of an `ownershipDocument` and builds the model.
///
/// It reads what is there and never invents: an element that is absent stays
/// nil, a value the model cannot hold (a non-numeric amount) is reported and
/// left out. Order and required elements are the schema's business.
struct TreeReader {
    let file: String
    let lineOffset: Int
    var diagnostics: [Diagnostic] = []
    /// The EDGAR name of each element name in the document, by the tree's name
    /// index: one string comparison per distinct name instead of one per case.
    private var kinds: [EDGARElementName?] = []

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    private func kind(_ e: XMLElement) -> EDGARElementName? {
        kinds[e.nameIndex]
    }

    mutating func document(_ root: XMLElement) -> OwnershipDocument {
        kinds = root.documentNames.map { EDGARElementName.byName[$0] }
        var d = OwnershipDocument()
        var counters: [Int: Int] = [:]
        for e in root.elements {
            switch kind(e) {
            case .schemaVersion: d.schemaVersion = string(e)
            case .documentType: d.documentType = string(e)
            case .periodOfReport: d.periodOfReport = date(e)
            case .dateOfOriginalSubmission: d.dateOfOriginalSubmission = date(e)
            case .noSecuritiesOwned: d.noSecuritiesOwned = bool(e)
            case .notSubjectToSection16: d.notSubjectToSection16 = bool(e)
            case .form3HoldingsReported: d.form3HoldingsReported = bool(e)
            case .form4TransactionsReported: d.form4TransactionsReported = bool(e)
            case .issuer: d.issuer = issuer(e)
            case .reportingOwner:
                counters[e.nameIndex, default: 0] += 1
                d.reportingOwner.append(reportingOwner(e))
            case .aff10b5One: d.aff10b5One = bool(e)
            // An empty table element says nothing; the model keeps no empty tables.
            case .nonDerivativeTable:
                let t = nonDerivativeTable(e)
                d.nonDerivativeTable = t.isEmpty ? nil : t
            case .derivativeTable:
                let t = derivativeTable(e)
                d.derivativeTable = t.isEmpty ? nil : t
            case .footnotes:
                var n = 0
                for f in e.elements where kind(f) == .footnote {
                    n += 1
                    d.footnotes.append(Footnote(id: f.attribute("id") ?? "", text: f.trimmedText))
                }
            case .remarks:
                d.remarks = e.trimmedText
            case .ownerSignature:
                counters[e.nameIndex, default: 0] += 1
                var s = OwnerSignature()
                for c in e.elements {
                    switch kind(c) {
                    case .signatureName: s.signatureName = string(c)
                    case .signatureDate: s.signatureDate = date(c)
                    default: break
                    }
                }
                d.ownerSignature.append(s)
            default: break
            }
        }
        return d
    }

    mutating func processingInstruction(_ target: String, line: Int) -> Diagnostic {
        Diagnostic(severity: .error, rule: "PROCESSING-INSTRUCTION",
                   message: "processing instruction <?\(target) …?> is not allowed: EDGAR suspends documents that carry one",
                   location: SourceLocation(file: file, line: line + lineOffset, column: 1))
    }

    // MARK: - Parts

    private mutating func issuer(_ e: XMLElement) -> Issuer {
        var i = Issuer()
        for c in e.elements {
            switch kind(c) {
            case .issuerCik: i.issuerCik = string(c)
            case .issuerName: i.issuerName = string(c)
            case .issuerTradingSymbol: i.issuerTradingSymbol = string(c)
            case .issuerForeignTradingSymbol: i.issuerForeignTradingSymbol = string(c) ?? ""
            default: break
            }
        }
        return i
    }

    private mutating func reportingOwner(_ e: XMLElement) -> ReportingOwner {
        var o = ReportingOwner()
        for c in e.elements {
            switch kind(c) {
            case .reportingOwnerId:
                for f in c.elements {
                    switch kind(f) {
                    case .rptOwnerCik: o.reportingOwnerId.rptOwnerCik = string(f)
                    case .rptOwnerCcc: o.reportingOwnerId.rptOwnerCcc = string(f)
                    case .rptOwnerName: o.reportingOwnerId.rptOwnerName = string(f)
                    default: break
                    }
                }
            case .reportingOwnerAddress:
                var a = ReportingOwnerAddress()
                for f in c.elements {
                    switch kind(f) {
                    case .rptOwnerStreet1: a.rptOwnerStreet1 = string(f, keepEmpty: true)
                    case .rptOwnerStreet2: a.rptOwnerStreet2 = string(f, keepEmpty: true)
                    case .rptOwnerCity: a.rptOwnerCity = string(f, keepEmpty: true)
                    case .rptOwnerState: a.rptOwnerState = string(f, keepEmpty: true)
                    case .rptOwnerZipCode: a.rptOwnerZipCode = string(f, keepEmpty: true)
                    case .rptOwnerStateDescription: a.rptOwnerStateDescription = string(f, keepEmpty: true)
                    case .rptOwnerGoodAddress: a.rptOwnerGoodAddress = bool(f)
                    default: break
                    }
                }
                o.reportingOwnerAddress = a
            case .reportingOwnerRelationship:
                var r = ReportingOwnerRelationship()
                for f in c.elements {
                    switch kind(f) {
                    case .isDirector: r.isDirector = bool(f)
                    case .isOfficer: r.isOfficer = bool(f)
                    case .isTenPercentOwner: r.isTenPercentOwner = bool(f)
                    case .isOther: r.isOther = bool(f)
                    case .officerTitle: r.officerTitle = string(f, keepEmpty: true)
                    case .otherText: r.otherText = string(f, keepEmpty: true)
                    default: break
                    }
                }
                o.reportingOwnerRelationship = r
            default: break
            }
        }
        return o
    }

    private mutating func nonDerivativeTable(_ e: XMLElement) -> NonDerivativeTable {
        var t = NonDerivativeTable()
        for row in e.elements {
            switch kind(row) {
            case .nonDerivativeTransaction:
                t.nonDerivativeTransaction.append(rowFields(row))
            case .nonDerivativeHolding:
                t.nonDerivativeHolding.append(rowFields(row))
            default: break
            }
        }
        return t
    }

    private mutating func derivativeTable(_ e: XMLElement) -> DerivativeTable {
        var t = DerivativeTable()
        for row in e.elements {
            switch kind(row) {
            case .derivativeTransaction:
                t.derivativeTransaction.append(rowFields(row))
            case .derivativeHolding:
                t.derivativeHolding.append(rowFields(row))
            default: break
            }
        }
        return t
    }

    /// The fields of any kind of table row, built in place (see ``TableRowReading``);
    /// an element out of place for its row is the schema's to report.
    private mutating func rowFields<R: TableRowReading>(_ row: XMLElement) -> R {
        var r = R()
        for c in row.elements {
            switch kind(c) {
            case .securityTitle: r.securityTitle = footnotedString(c)
            case .conversionOrExercisePrice: r.conversionOrExercisePrice = footnotedDecimal(c)
            case .transactionDate: r.transactionDate = footnotedDate(c)
            case .deemedExecutionDate: r.deemedExecutionDate = footnotedDate(c)
            case .transactionCoding: r.transactionCoding = coding(c)
            case .transactionTimeliness: r.transactionTimeliness = footnotedString(c, keepEmpty: true)
            case .transactionAmounts: r.transactionAmounts = amounts(c)
            case .exerciseDate: r.exerciseDate = footnotedDate(c)
            case .expirationDate: r.expirationDate = footnotedDate(c)
            case .underlyingSecurity: r.underlyingSecurity = underlying(c)
            case .postTransactionAmounts: r.postTransactionAmounts = postAmounts(c)
            case .ownershipNature: r.ownershipNature = nature(c)
            default: break
            }
        }
        return r
    }

    private mutating func coding(_ e: XMLElement) -> TransactionCoding {
        var c = TransactionCoding()
        for f in e.elements {
            switch kind(f) {
            case .transactionFormType: c.transactionFormType = string(f)
            case .transactionCode: c.transactionCode = string(f)
            case .equitySwapInvolved: c.equitySwapInvolved = bool(f)
            case .footnoteId:
                c.footnoteId.append(f.attribute("id") ?? "")
            default: break
            }
        }
        return c
    }

    private mutating func amounts(_ e: XMLElement) -> TransactionAmounts {
        var a = TransactionAmounts()
        for f in e.elements {
            switch kind(f) {
            case .transactionShares: a.transactionShares = footnotedDecimal(f)
            case .transactionTotalValue: a.transactionTotalValue = footnotedDecimal(f)
            case .transactionPricePerShare: a.transactionPricePerShare = footnotedDecimal(f)
            case .transactionAcquiredDisposedCode: a.transactionAcquiredDisposedCode = footnotedString(f)
            default: break
            }
        }
        return a
    }

    private mutating func postAmounts(_ e: XMLElement) -> PostTransactionAmounts {
        var a = PostTransactionAmounts()
        for f in e.elements {
            switch kind(f) {
            case .sharesOwnedFollowingTransaction: a.sharesOwnedFollowingTransaction = footnotedDecimal(f)
            case .valueOwnedFollowingTransaction: a.valueOwnedFollowingTransaction = footnotedDecimal(f)
            default: break
            }
        }
        return a
    }

    private mutating func nature(_ e: XMLElement) -> OwnershipNature {
        var n = OwnershipNature()
        for f in e.elements {
            switch kind(f) {
            case .directOrIndirectOwnership: n.directOrIndirectOwnership = footnotedString(f)
            case .natureOfOwnership: n.natureOfOwnership = footnotedString(f, keepEmpty: true)
            default: break
            }
        }
        return n
    }

    private mutating func underlying(_ e: XMLElement) -> UnderlyingSecurity {
        var u = UnderlyingSecurity()
        for f in e.elements {
            switch kind(f) {
            case .underlyingSecurityTitle: u.underlyingSecurityTitle = footnotedString(f)
            case .underlyingSecurityShares: u.underlyingSecurityShares = footnotedDecimal(f)
            case .underlyingSecurityValue: u.underlyingSecurityValue = footnotedDecimal(f)
            default: break
            }
        }
        return u
    }

    // MARK: - Leaves


    /// Trimmed text; an empty element reads as nil unless `keepEmpty`
    /// (an empty `<rptOwnerStreet2/>` is a real, valid thing to round-trip).
    private mutating func string(_ e: XMLElement, keepEmpty: Bool = false) -> String? {
        let text = e.trimmedText
        return text.isEmpty && !keepEmpty ? nil : text
    }

    private mutating func bool(_ e: XMLElement) -> Bool? {
        switch e.trimmedText {
        case "1", "true": return true
        case "0", "false": return false
        case "": return nil
        case let other:
            report(e, "not a boolean: \"\(other)\" (EDGAR takes 1, 0, true or false)")
            return nil
        }
    }

    private mutating func date(_ e: XMLElement) -> DateText? {
        let text = e.trimmedText
        if text.isEmpty { return nil }
        guard let d = DateText(text) else {
            report(e, "not a date: \"\(text)\" (EDGAR takes YYYY-MM-DD)")
            return nil
        }
        return d
    }

    private mutating func decimal(_ e: XMLElement) -> DecimalText? {
        let text = e.trimmedText
        if text.isEmpty { return nil }
        guard let d = DecimalText(text) else {
            report(e, "not a decimal number: \"\(text)\"")
            return nil
        }
        return d
    }

    private mutating func footnoteIds(_ e: XMLElement) -> [String] {
        var ids: [String] = []
        for f in e.elements where kind(f) == .footnoteId {
            ids.append(f.attribute("id") ?? "")
        }
        return ids
    }

    private mutating func footnoted<T>(_ e: XMLElement, _ read: (inout TreeReader, XMLElement) -> T?)
        -> Footnoted<T>
    {
        let value = e.elements.first { kind($0) == .value }.flatMap { read(&self, $0) }
        return Footnoted(value, footnoteId: footnoteIds(e))
    }

    private mutating func footnotedString(_ e: XMLElement, keepEmpty: Bool = false) -> Footnoted<String> {
        footnoted(e) { r, v in
            let t = v.trimmedText
            return t.isEmpty && !keepEmpty ? nil : t
        }
    }

    private mutating func footnotedDate(_ e: XMLElement) -> Footnoted<DateText> {
        footnoted(e) { r, v in r.date(v) }
    }

    private mutating func footnotedDecimal(_ e: XMLElement) -> Footnoted<DecimalText> {
        footnoted(e) { r, v in r.decimal(v) }
    }

    private mutating func report(_ e: XMLElement, _ message: String) {
        diagnostics.append(
            Diagnostic(severity: .error, rule: "XML-VALUE", message: message,
                       location: SourceLocation(file: file, line: e.line + lineOffset, column: 0)))
    }
}
