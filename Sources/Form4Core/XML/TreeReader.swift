import LibXML

/// Walks the XML tree of an `ownershipDocument` and builds the model,
/// recording each element's line under its XPath as it goes.
///
/// It reads what is there and never invents: an element that is absent stays
/// nil, a value the model cannot hold (a non-numeric amount) is reported and
/// left out. Order and required elements are the schema's business.
struct TreeReader {
    let file: String
    let lineOffset: Int
    var sourceMap = SourceMap()
    var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    mutating func document(_ root: XMLElement) -> OwnershipDocument {
        let path = "/ownershipDocument"
        note(root, path)
        var d = OwnershipDocument()
        var counters: [String: Int] = [:]
        for e in root.elements {
            let p = "\(path)/\(e.name)"
            switch e.name {
            case "schemaVersion": d.schemaVersion = string(e, p)
            case "documentType": d.documentType = string(e, p)
            case "periodOfReport": d.periodOfReport = date(e, p)
            case "dateOfOriginalSubmission": d.dateOfOriginalSubmission = date(e, p)
            case "noSecuritiesOwned": d.noSecuritiesOwned = bool(e, p)
            case "notSubjectToSection16": d.notSubjectToSection16 = bool(e, p)
            case "form3HoldingsReported": d.form3HoldingsReported = bool(e, p)
            case "form4TransactionsReported": d.form4TransactionsReported = bool(e, p)
            case "issuer": d.issuer = issuer(e, p)
            case "reportingOwner":
                counters[e.name, default: 0] += 1
                d.reportingOwner.append(reportingOwner(e, "\(p)[\(counters[e.name]!)]"))
            case "aff10b5One": d.aff10b5One = bool(e, p)
            // An empty table element says nothing; the model keeps no empty tables.
            case "nonDerivativeTable":
                let t = nonDerivativeTable(e, p)
                d.nonDerivativeTable = t.isEmpty ? nil : t
            case "derivativeTable":
                let t = derivativeTable(e, p)
                d.derivativeTable = t.isEmpty ? nil : t
            case "footnotes":
                note(e, p)
                var n = 0
                for f in e.elements where f.name == "footnote" {
                    n += 1
                    let fp = "\(p)/footnote[\(n)]"
                    note(f, fp)
                    d.footnotes.append(Footnote(id: f.attribute("id") ?? "", text: f.text.trimmingXMLWhitespace()))
                }
            case "remarks":
                note(e, p)
                d.remarks = e.text.trimmingXMLWhitespace()
            case "ownerSignature":
                counters[e.name, default: 0] += 1
                let sp = "\(p)[\(counters[e.name]!)]"
                note(e, sp)
                var s = OwnerSignature()
                for c in e.elements {
                    switch c.name {
                    case "signatureName": s.signatureName = string(c, "\(sp)/signatureName")
                    case "signatureDate": s.signatureDate = date(c, "\(sp)/signatureDate")
                    default: note(c, "\(sp)/\(c.name)")
                    }
                }
                d.ownerSignature.append(s)
            default:
                note(e, p)
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

    private mutating func issuer(_ e: XMLElement, _ path: String) -> Issuer {
        note(e, path)
        var i = Issuer()
        for c in e.elements {
            let p = "\(path)/\(c.name)"
            switch c.name {
            case "issuerCik": i.issuerCik = string(c, p)
            case "issuerName": i.issuerName = string(c, p)
            case "issuerTradingSymbol": i.issuerTradingSymbol = string(c, p)
            case "issuerForeignTradingSymbol": i.issuerForeignTradingSymbol = string(c, p) ?? ""
            default: note(c, p)
            }
        }
        return i
    }

    private mutating func reportingOwner(_ e: XMLElement, _ path: String) -> ReportingOwner {
        note(e, path)
        var o = ReportingOwner()
        for c in e.elements {
            let p = "\(path)/\(c.name)"
            note(c, p)
            switch c.name {
            case "reportingOwnerId":
                for f in c.elements {
                    let fp = "\(p)/\(f.name)"
                    switch f.name {
                    case "rptOwnerCik": o.reportingOwnerId.rptOwnerCik = string(f, fp)
                    case "rptOwnerCcc": o.reportingOwnerId.rptOwnerCcc = string(f, fp)
                    case "rptOwnerName": o.reportingOwnerId.rptOwnerName = string(f, fp)
                    default: note(f, fp)
                    }
                }
            case "reportingOwnerAddress":
                var a = ReportingOwnerAddress()
                for f in c.elements {
                    let fp = "\(p)/\(f.name)"
                    switch f.name {
                    case "rptOwnerStreet1": a.rptOwnerStreet1 = string(f, fp, keepEmpty: true)
                    case "rptOwnerStreet2": a.rptOwnerStreet2 = string(f, fp, keepEmpty: true)
                    case "rptOwnerCity": a.rptOwnerCity = string(f, fp, keepEmpty: true)
                    case "rptOwnerState": a.rptOwnerState = string(f, fp, keepEmpty: true)
                    case "rptOwnerZipCode": a.rptOwnerZipCode = string(f, fp, keepEmpty: true)
                    case "rptOwnerStateDescription": a.rptOwnerStateDescription = string(f, fp, keepEmpty: true)
                    case "rptOwnerGoodAddress": a.rptOwnerGoodAddress = bool(f, fp)
                    default: note(f, fp)
                    }
                }
                o.reportingOwnerAddress = a
            case "reportingOwnerRelationship":
                var r = ReportingOwnerRelationship()
                for f in c.elements {
                    let fp = "\(p)/\(f.name)"
                    switch f.name {
                    case "isDirector": r.isDirector = bool(f, fp)
                    case "isOfficer": r.isOfficer = bool(f, fp)
                    case "isTenPercentOwner": r.isTenPercentOwner = bool(f, fp)
                    case "isOther": r.isOther = bool(f, fp)
                    case "officerTitle": r.officerTitle = string(f, fp, keepEmpty: true)
                    case "otherText": r.otherText = string(f, fp, keepEmpty: true)
                    default: note(f, fp)
                    }
                }
                o.reportingOwnerRelationship = r
            default: break
            }
        }
        return o
    }

    private mutating func nonDerivativeTable(_ e: XMLElement, _ path: String) -> NonDerivativeTable {
        note(e, path)
        var t = NonDerivativeTable()
        for row in e.elements {
            switch row.name {
            case "nonDerivativeTransaction":
                let p = "\(path)/nonDerivativeTransaction[\(t.nonDerivativeTransaction.count + 1)]"
                note(row, p)
                var r = NonDerivativeTransaction()
                for c in row.elements {
                    let cp = "\(p)/\(c.name)"
                    switch c.name {
                    case "securityTitle": r.securityTitle = footnotedString(c, cp)
                    case "transactionDate": r.transactionDate = footnotedDate(c, cp)
                    case "deemedExecutionDate": r.deemedExecutionDate = footnotedDate(c, cp)
                    case "transactionCoding": r.transactionCoding = coding(c, cp)
                    case "transactionTimeliness": r.transactionTimeliness = footnotedString(c, cp, keepEmpty: true)
                    case "transactionAmounts": r.transactionAmounts = amounts(c, cp)
                    case "postTransactionAmounts": r.postTransactionAmounts = postAmounts(c, cp)
                    case "ownershipNature": r.ownershipNature = nature(c, cp)
                    default: note(c, cp)
                    }
                }
                t.nonDerivativeTransaction.append(r)
            case "nonDerivativeHolding":
                let p = "\(path)/nonDerivativeHolding[\(t.nonDerivativeHolding.count + 1)]"
                note(row, p)
                var r = NonDerivativeHolding()
                for c in row.elements {
                    let cp = "\(p)/\(c.name)"
                    switch c.name {
                    case "securityTitle": r.securityTitle = footnotedString(c, cp)
                    case "transactionCoding": r.transactionCoding = coding(c, cp)
                    case "postTransactionAmounts": r.postTransactionAmounts = postAmounts(c, cp)
                    case "ownershipNature": r.ownershipNature = nature(c, cp)
                    default: note(c, cp)
                    }
                }
                t.nonDerivativeHolding.append(r)
            default:
                note(row, "\(path)/\(row.name)")
            }
        }
        return t
    }

    private mutating func derivativeTable(_ e: XMLElement, _ path: String) -> DerivativeTable {
        note(e, path)
        var t = DerivativeTable()
        for row in e.elements {
            switch row.name {
            case "derivativeTransaction":
                let p = "\(path)/derivativeTransaction[\(t.derivativeTransaction.count + 1)]"
                note(row, p)
                var r = DerivativeTransaction()
                for c in row.elements {
                    let cp = "\(p)/\(c.name)"
                    switch c.name {
                    case "securityTitle": r.securityTitle = footnotedString(c, cp)
                    case "conversionOrExercisePrice": r.conversionOrExercisePrice = footnotedDecimal(c, cp)
                    case "transactionDate": r.transactionDate = footnotedDate(c, cp)
                    case "deemedExecutionDate": r.deemedExecutionDate = footnotedDate(c, cp)
                    case "transactionCoding": r.transactionCoding = coding(c, cp)
                    case "transactionTimeliness": r.transactionTimeliness = footnotedString(c, cp, keepEmpty: true)
                    case "transactionAmounts": r.transactionAmounts = amounts(c, cp)
                    case "exerciseDate": r.exerciseDate = footnotedDate(c, cp)
                    case "expirationDate": r.expirationDate = footnotedDate(c, cp)
                    case "underlyingSecurity": r.underlyingSecurity = underlying(c, cp)
                    case "postTransactionAmounts": r.postTransactionAmounts = postAmounts(c, cp)
                    case "ownershipNature": r.ownershipNature = nature(c, cp)
                    default: note(c, cp)
                    }
                }
                t.derivativeTransaction.append(r)
            case "derivativeHolding":
                let p = "\(path)/derivativeHolding[\(t.derivativeHolding.count + 1)]"
                note(row, p)
                var r = DerivativeHolding()
                for c in row.elements {
                    let cp = "\(p)/\(c.name)"
                    switch c.name {
                    case "securityTitle": r.securityTitle = footnotedString(c, cp)
                    case "conversionOrExercisePrice": r.conversionOrExercisePrice = footnotedDecimal(c, cp)
                    case "transactionCoding": r.transactionCoding = coding(c, cp)
                    case "exerciseDate": r.exerciseDate = footnotedDate(c, cp)
                    case "expirationDate": r.expirationDate = footnotedDate(c, cp)
                    case "underlyingSecurity": r.underlyingSecurity = underlying(c, cp)
                    case "postTransactionAmounts": r.postTransactionAmounts = postAmounts(c, cp)
                    case "ownershipNature": r.ownershipNature = nature(c, cp)
                    default: note(c, cp)
                    }
                }
                t.derivativeHolding.append(r)
            default:
                note(row, "\(path)/\(row.name)")
            }
        }
        return t
    }

    private mutating func coding(_ e: XMLElement, _ path: String) -> TransactionCoding {
        note(e, path)
        var c = TransactionCoding()
        for f in e.elements {
            let p = "\(path)/\(f.name)"
            switch f.name {
            case "transactionFormType": c.transactionFormType = string(f, p)
            case "transactionCode": c.transactionCode = string(f, p)
            case "equitySwapInvolved": c.equitySwapInvolved = bool(f, p)
            case "footnoteId":
                note(f, p)
                c.footnoteId.append(f.attribute("id") ?? "")
            default: note(f, p)
            }
        }
        return c
    }

    private mutating func amounts(_ e: XMLElement, _ path: String) -> TransactionAmounts {
        note(e, path)
        var a = TransactionAmounts()
        for f in e.elements {
            let p = "\(path)/\(f.name)"
            switch f.name {
            case "transactionShares": a.transactionShares = footnotedDecimal(f, p)
            case "transactionTotalValue": a.transactionTotalValue = footnotedDecimal(f, p)
            case "transactionPricePerShare": a.transactionPricePerShare = footnotedDecimal(f, p)
            case "transactionAcquiredDisposedCode": a.transactionAcquiredDisposedCode = footnotedString(f, p)
            default: note(f, p)
            }
        }
        return a
    }

    private mutating func postAmounts(_ e: XMLElement, _ path: String) -> PostTransactionAmounts {
        note(e, path)
        var a = PostTransactionAmounts()
        for f in e.elements {
            let p = "\(path)/\(f.name)"
            switch f.name {
            case "sharesOwnedFollowingTransaction": a.sharesOwnedFollowingTransaction = footnotedDecimal(f, p)
            case "valueOwnedFollowingTransaction": a.valueOwnedFollowingTransaction = footnotedDecimal(f, p)
            default: note(f, p)
            }
        }
        return a
    }

    private mutating func nature(_ e: XMLElement, _ path: String) -> OwnershipNature {
        note(e, path)
        var n = OwnershipNature()
        for f in e.elements {
            let p = "\(path)/\(f.name)"
            switch f.name {
            case "directOrIndirectOwnership": n.directOrIndirectOwnership = footnotedString(f, p)
            case "natureOfOwnership": n.natureOfOwnership = footnotedString(f, p, keepEmpty: true)
            default: note(f, p)
            }
        }
        return n
    }

    private mutating func underlying(_ e: XMLElement, _ path: String) -> UnderlyingSecurity {
        note(e, path)
        var u = UnderlyingSecurity()
        for f in e.elements {
            let p = "\(path)/\(f.name)"
            switch f.name {
            case "underlyingSecurityTitle": u.underlyingSecurityTitle = footnotedString(f, p)
            case "underlyingSecurityShares": u.underlyingSecurityShares = footnotedDecimal(f, p)
            case "underlyingSecurityValue": u.underlyingSecurityValue = footnotedDecimal(f, p)
            default: note(f, p)
            }
        }
        return u
    }

    // MARK: - Leaves

    private mutating func note(_ e: XMLElement, _ path: String) {
        sourceMap[path] = SourceLocation(file: file, line: e.line + lineOffset, column: 0)
    }

    /// Trimmed text; an empty element reads as nil unless `keepEmpty`
    /// (an empty `<rptOwnerStreet2/>` is a real, valid thing to round-trip).
    private mutating func string(_ e: XMLElement, _ path: String, keepEmpty: Bool = false) -> String? {
        note(e, path)
        let text = e.text.trimmingXMLWhitespace()
        return text.isEmpty && !keepEmpty ? nil : text
    }

    private mutating func bool(_ e: XMLElement, _ path: String) -> Bool? {
        note(e, path)
        switch e.text.trimmingXMLWhitespace() {
        case "1", "true": return true
        case "0", "false": return false
        case "": return nil
        case let other:
            report(path, e, "not a boolean: \"\(other)\" (EDGAR takes 1, 0, true or false)")
            return nil
        }
    }

    private mutating func date(_ e: XMLElement, _ path: String) -> DateText? {
        note(e, path)
        let text = e.text.trimmingXMLWhitespace()
        if text.isEmpty { return nil }
        guard let d = DateText(text) else {
            report(path, e, "not a date: \"\(text)\" (EDGAR takes YYYY-MM-DD)")
            return nil
        }
        return d
    }

    private mutating func decimal(_ e: XMLElement, _ path: String) -> DecimalText? {
        let text = e.text.trimmingXMLWhitespace()
        if text.isEmpty { return nil }
        guard let d = DecimalText(text) else {
            report(path, e, "not a decimal number: \"\(text)\"")
            return nil
        }
        return d
    }

    private mutating func footnoteIds(_ e: XMLElement, _ path: String) -> [String] {
        var ids: [String] = []
        for f in e.elements where f.name == "footnoteId" {
            ids.append(f.attribute("id") ?? "")
            note(f, "\(path)/footnoteId[\(ids.count)]")
        }
        return ids
    }

    private mutating func footnoted<T>(_ e: XMLElement, _ path: String, _ read: (inout TreeReader, XMLElement, String) -> T?)
        -> Footnoted<T>
    {
        note(e, path)
        let value = e.element("value").flatMap { read(&self, $0, "\(path)/value") }
        if let v = e.element("value") { note(v, "\(path)/value") }
        return Footnoted(value, footnoteId: footnoteIds(e, path))
    }

    private mutating func footnotedString(_ e: XMLElement, _ path: String, keepEmpty: Bool = false) -> Footnoted<String> {
        footnoted(e, path) { r, v, _ in
            let t = v.text.trimmingXMLWhitespace()
            return t.isEmpty && !keepEmpty ? nil : t
        }
    }

    private mutating func footnotedDate(_ e: XMLElement, _ path: String) -> Footnoted<DateText> {
        footnoted(e, path) { r, v, p in r.date(v, p) }
    }

    private mutating func footnotedDecimal(_ e: XMLElement, _ path: String) -> Footnoted<DecimalText> {
        footnoted(e, path) { r, v, p in r.decimal(v, p) }
    }

    private mutating func report(_ path: String, _ e: XMLElement, _ message: String) {
        diagnostics.append(
            Diagnostic(severity: .error, rule: "XML-VALUE", message: message, path: path,
                       location: SourceLocation(file: file, line: e.line + lineOffset, column: 0)))
    }
}
