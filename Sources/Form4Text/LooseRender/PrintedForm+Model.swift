import Form4Core

extension PrintedForm {
    /// The form as EDGAR prints `d`: dates MM/DD/YYYY, `$` before prices and
    /// money amounts, footnote marks `(n)` after the value they annotate, the
    /// A/D and D/I columns, Table II's (A)/(D) split, Explanation of Responses,
    /// remarks and the signature block. `commas` groups thousands as the
    /// EDGAR stylesheet does (`3,484,778`).
    public init(_ d: OwnershipDocument, commas: Bool) {
        let form = d.type?.baseForm ?? 4
        self.form = form
        documentType = d.documentType ?? "4"
        let subtitle: String
        switch form {
        case 3: subtitle = "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES"
        case 5: subtitle = "ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP OF SECURITIES"
        default: subtitle = "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP"
        }
        title = ["FORM \(form)", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "Washington, D.C. 20549", subtitle,
                 "Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934 or Section 30(h) of the Investment Company Act of 1940"]
        var checks: [String] = []
        if form != 3 {
            checks.append("\(Self.box(d.notSubjectToSection16 == true)) Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue. See Instruction 1(b).")
        }
        if let v = d.aff10b5One {
            checks.append("\(Self.box(v)) Check this box to indicate that a transaction was made pursuant to a contract, instruction or written plan for the purchase or sale of equity securities of the issuer that is intended to satisfy the affirmative defense conditions of Rule 10b5-1(c). See Instruction 10.")
        }
        if form == 5 {
            checks.append("\(Self.box(d.form3HoldingsReported == true)) Form 3 Holdings Reported. \(Self.box(d.form4TransactionsReported == true)) Form 4 Transactions Reported.")
        }
        checkLines = checks

        let p = PrintedValues(commas: commas)
        let root = "/ownershipDocument"
        let first = d.reportingOwner.first
        var box1: [PrintedCell] = []
        if let o = first {
            let a = o.reportingOwnerAddress
            box1.append(PrintedCell([PrintedPart(o.reportingOwnerId.rptOwnerName ?? "")]))
            box1.append(PrintedCell([PrintedPart("(Last) (First) (Middle)")]))
            for s in [a?.rptOwnerStreet1, a?.rptOwnerStreet2] { if let s, !s.isEmpty { box1.append(PrintedCell([PrintedPart(s)])) } }
            box1.append(PrintedCell([PrintedPart("(Street)")]))
            let city = [a?.rptOwnerCity, a?.rptOwnerState, a?.rptOwnerZipCode].compactMap { $0 }.filter { !$0.isEmpty }
            box1.append(PrintedCell([PrintedPart(city.joined(separator: " "))]))
            box1.append(PrintedCell([PrintedPart("(City) (State) (Zip)")]))
        }
        let n = form == 3 ? (issuer: 3, period: 2, relationship: 4, amendment: 5) : (issuer: 2, period: 3, relationship: 5, amendment: 4)
        let periodLabel = form == 3 ? "Date of Event Requiring Statement (Month/Day/Year)"
            : form == 5 ? "Statement for Issuer's Fiscal Year Ended (Month/Day/Year)"
            : "Date of Earliest Transaction (Month/Day/Year)"
        let issuerBox = PrintedBox(label: "\(n.issuer). Issuer Name and Ticker or Trading Symbol",
                                   lines: [PrintedCell([PrintedPart("\(d.issuer.issuerName ?? "") [ \(d.issuer.issuerTradingSymbol ?? "") ]")])])
        let periodBox = PrintedBox(label: "\(n.period). \(periodLabel)",
                                   lines: [PrintedCell([PrintedPart(d.periodOfReport?.formDate ?? "", field: root + "/periodOfReport")])])
        let amendmentBox = PrintedBox(label: "\(n.amendment). If Amendment, Date of Original Filed (Month/Day/Year)",
                                      lines: [PrintedCell([PrintedPart(d.dateOfOriginalSubmission?.formDate ?? "",
                                                                       field: root + "/dateOfOriginalSubmission")])])
        var relationship: [PrintedCell] = [PrintedCell([PrintedPart("(Check all applicable)")])]
        if let r = first?.reportingOwnerRelationship {
            relationship.append(PrintedCell([PrintedPart("\(Self.box(r.isDirector == true)) Director")]))
            relationship.append(PrintedCell([PrintedPart("\(Self.box(r.isTenPercentOwner == true)) 10% Owner")]))
            relationship.append(PrintedCell([PrintedPart("\(Self.box(r.isOfficer == true)) Officer (give title below)")]))
            relationship.append(PrintedCell([PrintedPart("\(Self.box(r.isOther == true)) Other (specify below)")]))
            let t = [r.officerTitle, r.otherText].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "; ")
            if !t.isEmpty { relationship.append(PrintedCell([PrintedPart(t)])) }
        }
        let filing = PrintedBox(label: "6. Individual or Joint/Group Filing (Check Applicable Line)", lines: [
            PrintedCell([PrintedPart("\(d.reportingOwner.count <= 1 ? "X" : " ") Form filed by One Reporting Person")]),
            PrintedCell([PrintedPart("\(d.reportingOwner.count > 1 ? "X" : " ") Form filed by More than One Reporting Person")]),
        ])
        let middle = form == 3 ? [periodBox, issuerBox, amendmentBox] : [issuerBox, periodBox, amendmentBox]
        boxColumns = [[PrintedBox(label: "1. Name and Address of Reporting Person*", lines: box1)], middle,
                      [PrintedBox(label: "\(n.relationship). Relationship of Reporting Person(s) to Issuer", lines: relationship), filing]]

        tables = [Self.tableI(d, form: form, p), Self.tableII(d, form: form, p)]
        footnotes = d.footnotes.enumerated().map { k, f in
            let number = f.id.hasPrefix("F") ? String(f.id.dropFirst()) : f.id
            let lines = f.text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { String($0) }.filter { !$0.allSatisfy(\.isWhitespace) }
            return PrintedFootnote(number: number, path: "\(root)/footnotes/footnote[\(k + 1)]", lines: lines)
        }
        remarks = (d.remarks ?? "").split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { String($0) }
            .filter { !$0.allSatisfy(\.isWhitespace) }
        ownersTable = d.reportingOwner.count > 1 ? d.reportingOwner.map { o in
            let a = o.reportingOwnerAddress
            let address = [o.reportingOwnerId.rptOwnerName, a?.rptOwnerStreet1, a?.rptOwnerStreet2,
                           [a?.rptOwnerCity, a?.rptOwnerState, a?.rptOwnerZipCode].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            let r = o.reportingOwnerRelationship
            return [address, r.isDirector == true ? "X" : "", r.isTenPercentOwner == true ? "X" : "",
                    r.isOfficer == true ? (r.officerTitle ?? "X") : "", r.isOther == true ? (r.otherText ?? "X") : ""]
        } : []
        signatures = d.ownerSignature.enumerated().map { k, s in
            [PrintedCell([PrintedPart(s.signatureName ?? "")]),
             PrintedCell([PrintedPart(s.signatureDate?.formDate ?? "", field: "\(root)/ownerSignature[\(k + 1)]/signatureDate")])]
        }
        closing = ["Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.",
                   "* If the form is filed by more than one reporting person, see Instruction 4 (b)(v).",
                   "** Intentional misstatements or omissions of facts constitute Federal Criminal Violations See 18 U.S.C. 1001 and 15 U.S.C. 78ff(a).",
                   "Note: File three copies of this Form, one of which must be manually signed. If space is insufficient, see Instruction 6 for procedure."]
    }

    static func box(_ on: Bool) -> String { on ? "[X]" : "[ ]" }

    // MARK: - Tables

    private static func tableI(_ d: OwnershipDocument, form: Int, _ p: PrintedValues) -> PrintedTable {
        let t = d.nonDerivativeTable ?? NonDerivativeTable()
        let base = "/ownershipDocument/nonDerivativeTable"
        let caption = "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned"
        if form == 3 {
            var rows: [PrintedRow] = []
            for (k, r) in t.nonDerivativeHolding.enumerated() {
                let at = "\(base)/nonDerivativeHolding[\(k + 1)]"
                rows.append(PrintedRow(path: at, cells: [
                    p.text(r.securityTitle, at + "/securityTitle"), p.amounts(r.postTransactionAmounts, at),
                    p.text(r.ownershipNature?.directOrIndirectOwnership, at + "/ownershipNature/directOrIndirectOwnership"),
                    p.text(r.ownershipNature?.natureOfOwnership, at + "/ownershipNature/natureOfOwnership")]))
            }
            return PrintedTable(caption: caption, heads: [
                "1. Title of Security (Instr. 4)", "2. Amount of Securities Beneficially Owned (Instr. 4)",
                "3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)", "4. Nature of Indirect Beneficial Ownership (Instr. 5)"],
                subHeads: ["", "", "", ""], numeric: [1], rows: rows)
        }
        let amountHead = "4. Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4 and 5)"
        let codeHead = "3. Transaction Code (Instr. 8)"
        var rows: [PrintedRow] = []
        for (k, r) in t.nonDerivativeTransaction.enumerated() {
            let at = "\(base)/nonDerivativeTransaction[\(k + 1)]"
            let a = r.transactionAmounts
            rows.append(PrintedRow(path: at, cells: [
                p.text(r.securityTitle, at + "/securityTitle"), p.date(r.transactionDate, at + "/transactionDate"),
                p.date(r.deemedExecutionDate, at + "/deemedExecutionDate"), p.code(r.transactionCoding, at),
                p.v(r.transactionCoding), p.amount(shares: a?.transactionShares, value: a?.transactionTotalValue, at + "/transactionAmounts"),
                p.text(a?.transactionAcquiredDisposedCode, at + "/transactionAmounts/transactionAcquiredDisposedCode"),
                p.price(a?.transactionPricePerShare, at + "/transactionAmounts/transactionPricePerShare"),
                p.amounts(r.postTransactionAmounts, at),
                p.text(r.ownershipNature?.directOrIndirectOwnership, at + "/ownershipNature/directOrIndirectOwnership"),
                p.text(r.ownershipNature?.natureOfOwnership, at + "/ownershipNature/natureOfOwnership")]))
        }
        for (k, r) in t.nonDerivativeHolding.enumerated() {
            let at = "\(base)/nonDerivativeHolding[\(k + 1)]"
            rows.append(PrintedRow(path: at, cells: [
                p.text(r.securityTitle, at + "/securityTitle"), PrintedCell(), PrintedCell(), p.formType(r.transactionCoding, at),
                PrintedCell(), PrintedCell(), PrintedCell(), PrintedCell(), p.amounts(r.postTransactionAmounts, at),
                p.text(r.ownershipNature?.directOrIndirectOwnership, at + "/ownershipNature/directOrIndirectOwnership"),
                p.text(r.ownershipNature?.natureOfOwnership, at + "/ownershipNature/natureOfOwnership")]))
        }
        return PrintedTable(caption: caption, heads: [
            "1. Title of Security (Instr. 3)", "2. Transaction Date (Month/Day/Year)",
            "2A. Deemed Execution Date, if any (Month/Day/Year)", codeHead, codeHead, amountHead, amountHead, amountHead,
            "5. Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr. 3 and 4)",
            "6. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)", "7. Nature of Indirect Beneficial Ownership (Instr. 4)"],
            subHeads: ["", "", "", "Code", "V", "Amount", "(A) or (D)", "Price", "", "", ""], numeric: [5, 7, 8], rows: rows)
    }

    private static func tableII(_ d: OwnershipDocument, form: Int, _ p: PrintedValues) -> PrintedTable {
        let t = d.derivativeTable ?? DerivativeTable()
        let base = "/ownershipDocument/derivativeTable"
        let caption = "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned (e.g., puts, calls, warrants, options, convertible securities)"
        let dateHead = form == 3 ? "2. Date Exercisable and Expiration Date (Month/Day/Year)" : "6. Date Exercisable and Expiration Date (Month/Day/Year)"
        let underHead = form == 3 ? "3. Title and Amount of Securities Underlying Derivative Security (Instr. 4)"
            : "7. Title and Amount of Securities Underlying Derivative Security (Instr. 3 and 4)"
        func underlying(_ u: UnderlyingSecurity?, _ at: String) -> [PrintedCell] {
            [p.text(u?.underlyingSecurityTitle, at + "/underlyingSecurity/underlyingSecurityTitle"),
             p.amount(shares: u?.underlyingSecurityShares, value: u?.underlyingSecurityValue, at + "/underlyingSecurity",
                      sharesName: "underlyingSecurityShares", valueName: "underlyingSecurityValue")]
        }
        if form == 3 {
            var rows: [PrintedRow] = []
            for (k, r) in t.derivativeHolding.enumerated() {
                let at = "\(base)/derivativeHolding[\(k + 1)]"
                rows.append(PrintedRow(path: at, cells: [
                    p.text(r.securityTitle, at + "/securityTitle"), p.date(r.exerciseDate, at + "/exerciseDate"),
                    p.date(r.expirationDate, at + "/expirationDate")] + underlying(r.underlyingSecurity, at) + [
                    p.price(r.conversionOrExercisePrice, at + "/conversionOrExercisePrice"),
                    p.text(r.ownershipNature?.directOrIndirectOwnership, at + "/ownershipNature/directOrIndirectOwnership"),
                    p.text(r.ownershipNature?.natureOfOwnership, at + "/ownershipNature/natureOfOwnership")]))
            }
            return PrintedTable(caption: caption, heads: [
                "1. Title of Derivative Security (Instr. 4)", dateHead, dateHead, underHead, underHead,
                "4. Conversion or Exercise Price of Derivative Security",
                "5. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)", "6. Nature of Indirect Beneficial Ownership (Instr. 5)"],
                subHeads: ["", "Date Exercisable", "Expiration Date", "Title", "Amount or Number of Shares", "", "", ""],
                numeric: [4, 5], rows: rows)
        }
        var rows: [PrintedRow] = []
        for (k, r) in t.derivativeTransaction.enumerated() {
            let at = "\(base)/derivativeTransaction[\(k + 1)]"
            let a = r.transactionAmounts
            var moved = p.amount(shares: a?.transactionShares, value: a?.transactionTotalValue, at + "/transactionAmounts")
            // Table II has no A/D column: the amount goes under (A) or (D); a note on the code follows the amount.
            if let ad = a?.transactionAcquiredDisposedCode {
                let adPath = at + "/transactionAmounts/transactionAcquiredDisposedCode"
                // The code is shown by the column the amount sits in: an empty part records where.
                moved.parts.append(PrintedPart("", field: adPath))
                moved.parts += p.marks(ad.footnoteId, adPath)
            }
            let disposed = a?.transactionAcquiredDisposedCode?.value == "D"
            rows.append(PrintedRow(path: at, cells: [
                p.text(r.securityTitle, at + "/securityTitle"), p.price(r.conversionOrExercisePrice, at + "/conversionOrExercisePrice"),
                p.date(r.transactionDate, at + "/transactionDate"), p.date(r.deemedExecutionDate, at + "/deemedExecutionDate"),
                p.code(r.transactionCoding, at), p.v(r.transactionCoding),
                disposed ? PrintedCell() : moved, disposed ? moved : PrintedCell(),
                p.date(r.exerciseDate, at + "/exerciseDate"), p.date(r.expirationDate, at + "/expirationDate")]
                + underlying(r.underlyingSecurity, at) + [
                p.price(a?.transactionPricePerShare, at + "/transactionAmounts/transactionPricePerShare"),
                p.amounts(r.postTransactionAmounts, at),
                p.text(r.ownershipNature?.directOrIndirectOwnership, at + "/ownershipNature/directOrIndirectOwnership"),
                p.text(r.ownershipNature?.natureOfOwnership, at + "/ownershipNature/natureOfOwnership")]))
        }
        for (k, r) in t.derivativeHolding.enumerated() {
            let at = "\(base)/derivativeHolding[\(k + 1)]"
            rows.append(PrintedRow(path: at, cells: [
                p.text(r.securityTitle, at + "/securityTitle"), p.price(r.conversionOrExercisePrice, at + "/conversionOrExercisePrice"),
                PrintedCell(), PrintedCell(), p.formType(r.transactionCoding, at), PrintedCell(), PrintedCell(), PrintedCell(),
                p.date(r.exerciseDate, at + "/exerciseDate"), p.date(r.expirationDate, at + "/expirationDate")]
                + underlying(r.underlyingSecurity, at) + [
                PrintedCell(), p.amounts(r.postTransactionAmounts, at),
                p.text(r.ownershipNature?.directOrIndirectOwnership, at + "/ownershipNature/directOrIndirectOwnership"),
                p.text(r.ownershipNature?.natureOfOwnership, at + "/ownershipNature/natureOfOwnership")]))
        }
        let codeHead = "4. Transaction Code (Instr. 8)"
        let movedHead = "5. Number of Derivative Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5)"
        return PrintedTable(caption: caption, heads: [
            "1. Title of Derivative Security (Instr. 3)", "2. Conversion or Exercise Price of Derivative Security",
            "3. Transaction Date (Month/Day/Year)", "3A. Deemed Execution Date, if any (Month/Day/Year)",
            codeHead, codeHead, movedHead, movedHead, dateHead, dateHead, underHead, underHead,
            "8. Price of Derivative Security (Instr. 5)",
            "9. Number of derivative Securities Beneficially Owned Following Reported Transaction(s) (Instr. 4)",
            "10. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)", "11. Nature of Indirect Beneficial Ownership (Instr. 4)"],
            subHeads: ["", "", "", "", "Code", "V", "(A)", "(D)", "Date Exercisable", "Expiration Date", "Title",
                       "Amount or Number of Shares", "", "", "", ""],
            numeric: [1, 6, 7, 11, 12, 13], rows: rows)
    }
}
