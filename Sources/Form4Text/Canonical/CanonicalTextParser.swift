import Form4Core

/// The line-by-line state machine behind ``CanonicalTextReader``.
///
/// Sections are entered by headings (see ``CanonicalHeading``); inside a
/// section, lines are labelled values (`CIK: 0001234567`), check boxes
/// (`[X] Director`), pipe-table rows, or free text (footnotes, remarks).
struct CanonicalTextParser {
    enum Section { case top, owners, issuer, relationships, filing, tableI, tableII, footnotes, remarks, signatures }

    /// Box states read for one owner; nil and false are told apart at the end by the "Not stated" line.
    struct Boxes {
        var checked: [String: Bool] = [:]
        var notStated: Set<String> = []
        var seen = false
    }

    let name: String
    var document = OwnershipDocument()
    var sourceMap = SourceMap()
    var diagnostics: [Diagnostic] = []

    private var section = Section.top
    private var owner: Int?
    private var boxes: [Boxes] = []
    private var rowKind: CanonicalRowKind?
    private var columns: [(CanonicalColumn?, String)]?
    private var footnoteLines: [[String]] = []
    private var remarkLines: [String]?
    private var sawDocumentType = false
    private var titleType: String?
    private var lineNumber = 0

    init(name: String) {
        self.name = name
    }

    // MARK: - Driver

    mutating func parse(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        for (i, raw) in lines.enumerated() {
            lineNumber = i + 1
            var line = Substring(raw)
            if line.last == "\r" { line = line.dropLast() }
            handle(line)
        }
        finish()
    }

    private func location(_ column: Int = 1) -> SourceLocation {
        SourceLocation(file: name, line: lineNumber, column: column)
    }

    private mutating func note(_ path: String, column: Int = 1) {
        sourceMap[path] = location(column)
    }

    private mutating func error(_ message: String, column: Int = 1, path: String? = nil) {
        diagnostics.append(Diagnostic(severity: .error, rule: "TEXT-SYNTAX", message: message, path: path,
                                      location: location(column)))
    }

    private mutating func warning(_ message: String, column: Int = 1) {
        diagnostics.append(Diagnostic(severity: .warning, rule: "TEXT-UNKNOWN", message: message, location: location(column)))
    }

    private mutating func handle(_ raw: Substring) {
        let indent = raw.prefix(while: { $0 == " " || $0 == "\t" }).count
        var t = String(raw.dropFirst(indent)).trimmedSpaces()
        if t.isEmpty { return }
        var column = indent + 1
        if let heading = CanonicalHeading.classify(t) {
            enter(heading, t)
            return
        }
        if t.hasPrefix("- ") || t.hasPrefix("* ") || t.hasPrefix("+ ") {
            t = String(t.dropFirst(2)).trimmedSpaces()
            column += 2
            if t.isEmpty { return }
        }
        switch section {
        case .footnotes: footnoteLine(t)
        case .remarks: remarkLine(t)
        case .tableI, .tableII: tableLine(t, column: column)
        default: headerLine(t, column: column)
        }
    }

    private mutating func enter(_ heading: CanonicalHeading, _ line: String) {
        switch heading {
        case .title:
            let lower = line.drop(while: { $0 == "#" || $0 == " " }).dropFirst(5).trimmedSpaces()
            titleType = DocumentType(rawValue: lower.uppercased()).map(\.rawValue)
        case .subtitle: break
        case .owners: section = .owners; owner = nil
        case .issuer: section = .issuer
        case .relationships: section = .relationships; owner = nil
        case .filing: section = .filing
        case .ownerItem(let n):
            guard section == .owners || section == .relationships else {
                warning("\"\(line)\" outside boxes 1 and 5"); return
            }
            guard n >= 1, n <= 99 else { error("reporting person number \(n) is out of range"); return }
            while document.reportingOwner.count < n { document.reportingOwner.append(ReportingOwner()) }
            while boxes.count < n { boxes.append(Boxes()) }
            owner = n - 1
            note("/ownershipDocument/reportingOwner[\(n)]")
        case .tableI:
            section = .tableI
            document.nonDerivativeTable = document.nonDerivativeTable ?? NonDerivativeTable()
            note("/ownershipDocument/nonDerivativeTable")
            rowKind = nil; columns = nil
        case .tableII:
            section = .tableII
            document.derivativeTable = document.derivativeTable ?? DerivativeTable()
            note("/ownershipDocument/derivativeTable")
            rowKind = nil; columns = nil
        case .transactions, .holdings:
            guard section == .tableI || section == .tableII else { warning("\"\(line)\" outside a table"); return }
            let transaction = heading == .transactions
            rowKind = section == .tableI
                ? (transaction ? .nonDerivativeTransaction : .nonDerivativeHolding)
                : (transaction ? .derivativeTransaction : .derivativeHolding)
            columns = nil
        case .footnotes:
            section = .footnotes
            note("/ownershipDocument/footnotes")
        case .remarks:
            section = .remarks
            remarkLines = remarkLines ?? []
            note("/ownershipDocument/remarks")
        case .signatures: section = .signatures
        }
    }

    // MARK: - Labelled values and boxes

    private mutating func headerLine(_ t: String, column: Int) {
        if t.hasPrefix("["), t.count >= 3 {
            let chars = Array(t.prefix(3))
            if chars[2] == "]" && (chars[1] == "X" || chars[1] == "x" || chars[1] == " ") {
                box(chars[1] != " ", t.dropFirst(3).trimmedSpaces(), column: column)
                return
            }
        }
        guard let colon = t.firstIndex(of: ":") else {
            warning("line not understood: \"\(t)\"", column: column)
            return
        }
        let label = t[..<colon].lowercased().trimmedSpaces()
        let rawValue = String(t[t.index(after: colon)...])
        let value = CanonicalEscaping.string(CanonicalEscaping.unescape(rawValue.trimmedSpaces())).trimmedSpaces()
        let valueColumn = column + t.distance(from: t.startIndex, to: colon) + 2
        labelled(label, value, column: valueColumn)
    }

    private mutating func labelled(_ label: String, _ value: String, column: Int) {
        let root = "/ownershipDocument"
        if label == "document type" {
            document.documentType = value.isEmpty ? nil : value
            sawDocumentType = true
            note("\(root)/documentType", column: column)
            return
        }
        if label == "schema version" {
            document.schemaVersion = value.isEmpty ? nil : value
            note("\(root)/schemaVersion", column: column)
            return
        }
        if label.contains("mm/dd/yyyy") || label.contains("period of report") {
            let original = label.contains("amendment") || label.contains("original")
            let path = "\(root)/\(original ? "dateOfOriginalSubmission" : "periodOfReport")"
            note(path, column: column)
            var date: DateText?
            if !value.isEmpty {
                date = CanonicalCells.parseDate(value)
                if date == nil { error("\"\(value)\" is not a date (MM/DD/YYYY)", column: column, path: path) }
            }
            if original { document.dateOfOriginalSubmission = date } else { document.periodOfReport = date }
            return
        }
        switch section {
        case .owners: ownerField(label, value, column: column)
        case .issuer: issuerField(label, value, column: column)
        case .relationships: relationshipField(label, value, column: column)
        case .signatures: signatureField(label, value, column: column)
        default: warning("\"\(label)\" is not expected here", column: column)
        }
    }

    private mutating func ownerField(_ label: String, _ value: String, column: Int) {
        guard let i = owner else { warning("\"\(label)\" before any \"Reporting person N\" line", column: column); return }
        let p = "/ownershipDocument/reportingOwner[\(i + 1)]"
        var o = document.reportingOwner[i]
        func address(_ update: (inout ReportingOwnerAddress) -> Void) {
            var a = o.reportingOwnerAddress ?? ReportingOwnerAddress()
            update(&a)
            o.reportingOwnerAddress = a
        }
        switch label {
        case "name":
            o.reportingOwnerId.rptOwnerName = value
            note("\(p)/reportingOwnerId/rptOwnerName", column: column)
        case "cik":
            o.reportingOwnerId.rptOwnerCik = value
            note("\(p)/reportingOwnerId/rptOwnerCik", column: column)
        case "ccc":
            o.reportingOwnerId.rptOwnerCcc = value
            note("\(p)/reportingOwnerId/rptOwnerCcc", column: column)
        case "street 1", "street", "street1": address { $0.rptOwnerStreet1 = value }
            note("\(p)/reportingOwnerAddress/rptOwnerStreet1", column: column)
        case "street 2", "street2": address { $0.rptOwnerStreet2 = value }
            note("\(p)/reportingOwnerAddress/rptOwnerStreet2", column: column)
        case "city": address { $0.rptOwnerCity = value }
            note("\(p)/reportingOwnerAddress/rptOwnerCity", column: column)
        case "state": address { $0.rptOwnerState = value }
            note("\(p)/reportingOwnerAddress/rptOwnerState", column: column)
        case "zip", "zip code": address { $0.rptOwnerZipCode = value }
            note("\(p)/reportingOwnerAddress/rptOwnerZipCode", column: column)
        case "state description": address { $0.rptOwnerStateDescription = value }
            note("\(p)/reportingOwnerAddress/rptOwnerStateDescription", column: column)
        case "good address":
            let lower = value.lowercased()
            guard ["yes", "no", "1", "0", "true", "false"].contains(lower) else {
                error("\"Good address\" takes yes or no, not \"\(value)\"", column: column)
                return
            }
            address { $0.rptOwnerGoodAddress = lower == "yes" || lower == "1" || lower == "true" }
            note("\(p)/reportingOwnerAddress/rptOwnerGoodAddress", column: column)
        default:
            warning("\"\(label)\" is not a field of box 1", column: column)
        }
        document.reportingOwner[i] = o
    }

    private mutating func issuerField(_ label: String, _ value: String, column: Int) {
        let p = "/ownershipDocument/issuer"
        switch label {
        case "issuer name", "name": document.issuer.issuerName = value; note("\(p)/issuerName", column: column)
        case "trading symbol", "ticker": document.issuer.issuerTradingSymbol = value
            note("\(p)/issuerTradingSymbol", column: column)
        case "issuer cik", "cik": document.issuer.issuerCik = value; note("\(p)/issuerCik", column: column)
        case "foreign trading symbol": document.issuer.issuerForeignTradingSymbol = value
            note("\(p)/issuerForeignTradingSymbol", column: column)
        default: warning("\"\(label)\" is not a field of the issuer box", column: column)
        }
    }

    private mutating func relationshipField(_ label: String, _ value: String, column: Int) {
        guard let i = owner else { warning("\"\(label)\" before any \"Reporting person N\" line", column: column); return }
        let p = "/ownershipDocument/reportingOwner[\(i + 1)]/reportingOwnerRelationship"
        switch label {
        case "officer title":
            document.reportingOwner[i].reportingOwnerRelationship.officerTitle = value
            note("\(p)/officerTitle", column: column)
        case "other text", "other":
            document.reportingOwner[i].reportingOwnerRelationship.otherText = value
            note("\(p)/otherText", column: column)
        case "not stated":
            for item in value.split(separator: ",") {
                guard let key = Self.boxKey(String(item)) else {
                    error("\"\(item.trimmedSpaces())\" is not one of Director, 10% Owner, Officer, Other", column: column)
                    continue
                }
                boxes[i].notStated.insert(key)
            }
        default: warning("\"\(label)\" is not a field of box 5", column: column)
        }
    }

    private mutating func signatureField(_ label: String, _ value: String, column: Int) {
        if label.hasPrefix("signature") || label == "name" {
            document.ownerSignature.append(OwnerSignature(signatureName: value.isEmpty ? nil : value))
            note("/ownershipDocument/ownerSignature[\(document.ownerSignature.count)]", column: column)
            note("/ownershipDocument/ownerSignature[\(document.ownerSignature.count)]/signatureName", column: column)
        } else if label == "date" {
            if document.ownerSignature.isEmpty || document.ownerSignature[document.ownerSignature.count - 1].signatureDate != nil {
                document.ownerSignature.append(OwnerSignature())
            }
            let n = document.ownerSignature.count
            let path = "/ownershipDocument/ownerSignature[\(n)]/signatureDate"
            note(path, column: column)
            guard !value.isEmpty else { return }
            guard let d = CanonicalCells.parseDate(value) else {
                error("\"\(value)\" is not a date (MM/DD/YYYY)", column: column, path: path)
                return
            }
            document.ownerSignature[n - 1].signatureDate = d
        } else {
            warning("\"\(label)\" is not a field of a signature", column: column)
        }
    }

    static func boxKey(_ text: String) -> String? {
        let t = text.lowercased()
        if t.contains("10%") || t.contains("ten percent") { return "tenPercent" }
        if t.contains("director") { return "director" }
        if t.contains("officer") { return "officer" }
        if t.contains("other") { return "other" }
        return nil
    }

    private mutating func box(_ checked: Bool, _ text: String, column: Int) {
        let lower = text.lowercased()
        let root = "/ownershipDocument"
        if lower.contains("form filed by") { return }
        if section == .relationships, let key = Self.boxKey(text) {
            guard let i = owner else { warning("box before any \"Reporting person N\" line", column: column); return }
            boxes[i].checked[key] = checked
            boxes[i].seen = true
            let element = ["director": "isDirector", "tenPercent": "isTenPercentOwner", "officer": "isOfficer",
                           "other": "isOther"][key]!
            note("\(root)/reportingOwner[\(i + 1)]/reportingOwnerRelationship/\(element)", column: column)
            return
        }
        if lower.contains("section 16") {
            document.notSubjectToSection16 = checked; note("\(root)/notSubjectToSection16", column: column)
        } else if lower.contains("10b5-1") {
            document.aff10b5One = checked; note("\(root)/aff10b5One", column: column)
        } else if lower.contains("no securities") {
            document.noSecuritiesOwned = checked; note("\(root)/noSecuritiesOwned", column: column)
        } else if lower.contains("form 3 holdings") {
            document.form3HoldingsReported = checked; note("\(root)/form3HoldingsReported", column: column)
        } else if lower.contains("form 4 transactions") {
            document.form4TransactionsReported = checked; note("\(root)/form4TransactionsReported", column: column)
        } else {
            warning("check box not understood: \"\(text)\"", column: column)
        }
    }

    // MARK: - Free text

    /// A free-text line: one leading backslash (the renderer's protection) is dropped, escapes resolved.
    private func freeText(_ t: String) -> String {
        let body = t.hasPrefix("\\") ? String(t.dropFirst()) : t
        return CanonicalEscaping.string(CanonicalEscaping.unescape(body))
    }

    private mutating func footnoteLine(_ t: String) {
        if t.hasPrefix("("), let close = t.firstIndex(of: ")"),
            let id = FootnoteReference.id(fromInner: t[t.index(after: t.startIndex)..<close])
        {
            let rest = t[t.index(after: close)...].trimmedSpaces()
            document.footnotes.append(Footnote(id: id, text: ""))
            footnoteLines.append(rest.isEmpty ? [] : [CanonicalEscaping.string(CanonicalEscaping.unescape(rest))])
            note("/ownershipDocument/footnotes/footnote[\(document.footnotes.count)]")
            return
        }
        guard !footnoteLines.isEmpty else {
            error("footnote text before the first \"(1)\"")
            return
        }
        footnoteLines[footnoteLines.count - 1].append(freeText(t))
    }

    private mutating func remarkLine(_ t: String) {
        remarkLines = (remarkLines ?? []) + [freeText(t)]
    }

    // MARK: - Tables

    private mutating func tableLine(_ t: String, column: Int) {
        if t == "(none)" { return }
        if t == "(omitted)" {
            if section == .tableI { document.nonDerivativeTable = nil } else { document.derivativeTable = nil }
            return
        }
        guard t.hasPrefix("|") else {
            warning("line not understood in a table: \"\(t)\"", column: column)
            return
        }
        let cells = Self.splitRow(t, column: column)
        if cells.allSatisfy({ Self.isSeparator($0.text) }) { return }
        guard let columns else {
            let header = cells.map { (CanonicalColumn.classify($0.text), $0.text) }
            for (c, text) in header where c == nil && !text.isEmpty {
                warning("column \"\(text)\" not understood; its cells are ignored", column: column)
            }
            self.columns = header
            if rowKind == nil {
                let transaction = header.contains { $0.0 == .date || $0.0 == .code }
                rowKind = section == .tableI
                    ? (transaction ? .nonDerivativeTransaction : .nonDerivativeHolding)
                    : (transaction ? .derivativeTransaction : .derivativeHolding)
            }
            return
        }
        guard let kind = rowKind else { return }
        if cells.count != columns.count {
            error("this row has \(cells.count) cells but the table has \(columns.count) columns", column: column)
        }
        let index: Int
        switch kind {
        case .nonDerivativeTransaction: index = (document.nonDerivativeTable?.nonDerivativeTransaction.count ?? 0) + 1
        case .nonDerivativeHolding: index = (document.nonDerivativeTable?.nonDerivativeHolding.count ?? 0) + 1
        case .derivativeTransaction: index = (document.derivativeTable?.derivativeTransaction.count ?? 0) + 1
        case .derivativeHolding: index = (document.derivativeTable?.derivativeHolding.count ?? 0) + 1
        }
        let rowPath = "\(kind.tablePath)/\(kind.rawValue)[\(index)]"
        note(rowPath, column: column)
        var row = CanonicalRow()
        let hasCode = columns.contains { $0.0 == .code }
        var swapBlank = false
        for (cell, (kindOfColumn, _)) in zip(cells, columns) {
            guard let c = kindOfColumn else { continue }
            let text = cell.text
            if c == .swap && text.isEmpty { swapBlank = true }
            if text.isEmpty { continue }
            note("\(rowPath)/\(c.pathTail)", column: cell.column)
            do {
                try apply(text, c, hasCode: hasCode, to: &row)
            } catch {
                if case .message(let m) = error { self.error(m, column: cell.column, path: "\(rowPath)/\(c.pathTail)") }
            }
        }
        if swapBlank, row.transactionCoding != nil, row.transactionCoding?.equitySwapInvolved == nil,
            !Self.swapMarkedUnstated(cells, columns)
        {
            row.transactionCoding!.equitySwapInvolved = false
        }
        switch kind {
        case .nonDerivativeTransaction:
            document.nonDerivativeTable = document.nonDerivativeTable ?? NonDerivativeTable()
            document.nonDerivativeTable!.nonDerivativeTransaction.append(row.nonDerivativeTransaction)
        case .nonDerivativeHolding:
            document.nonDerivativeTable = document.nonDerivativeTable ?? NonDerivativeTable()
            document.nonDerivativeTable!.nonDerivativeHolding.append(row.nonDerivativeHolding)
        case .derivativeTransaction:
            document.derivativeTable = document.derivativeTable ?? DerivativeTable()
            document.derivativeTable!.derivativeTransaction.append(row.derivativeTransaction)
        case .derivativeHolding:
            document.derivativeTable = document.derivativeTable ?? DerivativeTable()
            document.derivativeTable!.derivativeHolding.append(row.derivativeHolding)
        }
    }

    private static func swapMarkedUnstated(_ cells: [(text: String, column: Int)], _ columns: [(CanonicalColumn?, String)]) -> Bool {
        zip(cells, columns).contains { $0.1.0 == .swap && $0.0.text == "-" }
    }

    private func apply(_ text: String, _ column: CanonicalColumn, hasCode: Bool, to row: inout CanonicalRow)
        throws(CanonicalCells.CellError)
    {
        func coding(_ update: (inout TransactionCoding) -> Void) {
            var c = row.transactionCoding ?? TransactionCoding()
            update(&c)
            row.transactionCoding = c
        }
        func amounts(_ update: (inout TransactionAmounts) -> Void) {
            var a = row.transactionAmounts ?? TransactionAmounts()
            update(&a)
            row.transactionAmounts = a
        }
        func underlying(_ update: (inout UnderlyingSecurity) -> Void) {
            var u = row.underlyingSecurity ?? UnderlyingSecurity()
            update(&u)
            row.underlyingSecurity = u
        }
        func post(_ update: (inout PostTransactionAmounts) -> Void) {
            var p = row.postTransactionAmounts ?? PostTransactionAmounts()
            update(&p)
            row.postTransactionAmounts = p
        }
        func nature(_ update: (inout OwnershipNature) -> Void) {
            var n = row.ownershipNature ?? OwnershipNature()
            update(&n)
            row.ownershipNature = n
        }
        let textCell = { CanonicalCells.readText(text).map(Footnoted<String>.init) }
        switch column {
        case .title: row.securityTitle = textCell()
        case .conversionPrice: row.conversionOrExercisePrice = try CanonicalCells.readPrice(text).map(Footnoted.init)
        case .date: row.transactionDate = try CanonicalCells.readDate(text).map(Footnoted.init)
        case .deemedDate: row.deemedExecutionDate = try CanonicalCells.readDate(text).map(Footnoted.init)
        case .exercisable: row.exerciseDate = try CanonicalCells.readDate(text).map(Footnoted.init)
        case .expiration: row.expirationDate = try CanonicalCells.readDate(text).map(Footnoted.init)
        case .code:
            let cell = textCell()
            coding { $0.transactionCode = cell?.value; $0.footnoteId += cell?.footnoteId ?? [] }
        case .swap:
            switch text.lowercased() {
            case "yes", "y", "x", "true", "1": coding { $0.equitySwapInvolved = true }
            case "no", "n", "false", "0": coding { $0.equitySwapInvolved = false }
            case "-": coding { _ in }
            default: throw .message("the Equity Swap column takes Yes, nothing (no) or - (not stated), not \"\(text)\"")
            }
        case .formType:
            let cell = textCell()
            coding {
                $0.transactionFormType = cell?.value
                if !hasCode { $0.footnoteId += cell?.footnoteId ?? [] }
            }
        case .amount:
            guard let a = try CanonicalCells.readAmount(text) else { return }
            amounts {
                $0.transactionShares = a.shares.map(Footnoted.init)
                $0.transactionTotalValue = a.value.map(Footnoted.init)
            }
        case .acquiredDisposed:
            let cell = textCell()
            amounts { $0.transactionAcquiredDisposedCode = cell }
        case .price:
            let cell = try CanonicalCells.readPrice(text).map(Footnoted.init)
            amounts { $0.transactionPricePerShare = cell }
        case .underlyingTitle:
            let cell = textCell()
            underlying { $0.underlyingSecurityTitle = cell }
        case .underlyingAmount:
            guard let a = try CanonicalCells.readAmount(text) else { return }
            underlying {
                $0.underlyingSecurityShares = a.shares.map(Footnoted.init)
                $0.underlyingSecurityValue = a.value.map(Footnoted.init)
            }
        case .owned:
            guard let a = try CanonicalCells.readAmount(text) else { return }
            post {
                $0.sharesOwnedFollowingTransaction = a.shares.map(Footnoted.init)
                $0.valueOwnedFollowingTransaction = a.value.map(Footnoted.init)
            }
        case .directIndirect:
            let cell = textCell()
            nature { $0.directOrIndirectOwnership = cell }
        case .nature:
            let cell = textCell()
            nature { $0.natureOfOwnership = cell }
        case .timeliness: row.transactionTimeliness = textCell()
        }
    }

    /// Cells between unescaped pipes, trimmed, with the column each starts at.
    static func splitRow(_ line: String, column: Int) -> [(text: String, column: Int)] {
        var cells: [(String, Int)] = []
        var current = ""
        var start = column
        var escaped = false
        var first = true
        for (offset, c) in line.enumerated() {
            if escaped {
                current.append(c); escaped = false; continue
            }
            if c == "\\" { current.append(c); escaped = true; continue }
            if c == "|" {
                if !first { cells.append((current, start)) }
                first = false
                current = ""
                start = column + offset + 1
                continue
            }
            current.append(c)
        }
        if !current.trimmedSpaces().isEmpty { cells.append((current, start)) }
        return cells.map { raw, col in
            let lead = raw.prefix(while: { $0 == " " }).count
            return (raw.trimmedSpaces(), col + lead)
        }
    }

    static func isSeparator(_ cell: String) -> Bool {
        var s = Substring(cell)
        if s.first == ":" { s = s.dropFirst() }
        if s.last == ":" { s = s.dropLast() }
        return s.count >= 3 && s.allSatisfy { $0 == "-" }
    }

    // MARK: - End

    private mutating func finish() {
        for (i, b) in boxes.enumerated() where b.seen || !b.notStated.isEmpty {
            var r = document.reportingOwner[i].reportingOwnerRelationship
            func value(_ key: String) -> Bool? {
                guard let checked = b.checked[key] else { return nil }
                return !checked && b.notStated.contains(key) ? nil : checked
            }
            r.isDirector = value("director")
            r.isTenPercentOwner = value("tenPercent")
            r.isOfficer = value("officer")
            r.isOther = value("other")
            document.reportingOwner[i].reportingOwnerRelationship = r
        }
        for (i, lines) in footnoteLines.enumerated() {
            document.footnotes[i].text = lines.joined(separator: "\n")
        }
        if let remarkLines { document.remarks = remarkLines.joined(separator: "\n") }
        if !sawDocumentType, let titleType { document.documentType = titleType }
    }
}
