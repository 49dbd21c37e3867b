import Form4Core

/// A standalone HTML page laid out like EDGAR's rendering of the form: the
/// header boxes, Table I and Table II with the form's column headings,
/// footnote references as superscripts, Explanation of Responses, remarks
/// and signatures.
///
/// Values are printed verbatim: `130.6886` stays `130.6886` and `37400.00`
/// stays `37400.00` (EDGAR's own stylesheet reformats numbers; a reader
/// checking a filing needs what was filed). Dates are shown MM/DD/YYYY and
/// prices get a `$`, as on the form.
public enum HTMLRenderer {
    public static func html(_ d: OwnershipDocument) -> String {
        var h = HTMLBuilder()
        let form = d.type?.baseForm ?? 4
        let type = d.documentType ?? "?"
        let first = d.reportingOwner.first
        let titleParts = ["FORM \(type)", d.issuer.issuerName, first?.reportingOwnerId.rptOwnerName].compactMap { $0 }
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        h.raw("<title>\(escape(titleParts.joined(separator: " — ")))</title>\n<style>\n\(css)</style>\n</head>\n<body>\n")

        h.raw("<table class=\"top\"><tr><td class=\"formname\">FORM \(escape(type))</td>")
        h.raw("<td class=\"agency\">UNITED STATES SECURITIES AND EXCHANGE COMMISSION<br>Washington, D.C. 20549<br>")
        h.raw("<b>\(escape(CanonicalTextRenderer.subtitle(form)))</b><br>")
        h.raw("Filed pursuant to Section 16(a) of the Securities Exchange Act of 1934 or Section 30(h) of the Investment Company Act of 1940</td></tr></table>\n")
        if form != 3 {
            h.raw("<p class=\"box\">\(check(d.notSubjectToSection16 == true)) Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may continue. <i>See</i> Instruction 1(b).</p>\n")
        }
        if let v = d.aff10b5One {
            h.raw("<p class=\"box\">\(check(v)) Check this box to indicate that a transaction was made pursuant to a contract, instruction or written plan for the purchase or sale of equity securities of the issuer that is intended to satisfy the affirmative defense conditions of Rule 10b5-1(c).</p>\n")
        }
        if form == 5 {
            h.raw("<p class=\"box\">\(check(d.form3HoldingsReported == true)) Form 3 Holdings Reported. \(check(d.form4TransactionsReported == true)) Form 4 Transactions Reported.</p>\n")
        }

        // Header boxes.
        let periodLabel: String
        switch form {
        case 3: periodLabel = "Date of Event Requiring Statement (Month/Day/Year)"
        case 5: periodLabel = "Statement for Issuer's Fiscal Year Ended (Month/Day/Year)"
        default: periodLabel = "Date of Earliest Transaction (Month/Day/Year)"
        }
        let n = form == 3 ? (issuer: 3, period: 2, relationship: 4, amendment: 5) : (issuer: 2, period: 3, relationship: 5, amendment: 4)
        h.raw("<table class=\"boxes\"><tr>\n<td rowspan=\"3\" class=\"owner\"><span class=\"label\">1. Name and Address of Reporting Person<sup>*</sup></span><br>")
        if let o = first {
            h.raw("<b>\(escape(o.reportingOwnerId.rptOwnerName ?? ""))</b><br><span class=\"hint\">(Last) (First) (Middle)</span><br>")
            let a = o.reportingOwnerAddress
            h.raw("\(escape(a?.rptOwnerStreet1 ?? ""))<br>")
            if let s2 = a?.rptOwnerStreet2, !s2.isEmpty { h.raw("\(escape(s2))<br>") }
            h.raw("<span class=\"hint\">(Street)</span><br>")
            let city = [a?.rptOwnerCity, a?.rptOwnerState, a?.rptOwnerZipCode].compactMap { $0 }.filter { !$0.isEmpty }
            h.raw("\(escape(city.joined(separator: " ")))<br><span class=\"hint\">(City) (State) (Zip)</span>")
        }
        h.raw("</td>\n<td><span class=\"label\">\(n.issuer). Issuer Name and Ticker or Trading Symbol</span><br><b>\(escape(d.issuer.issuerName ?? ""))</b> [ \(escape(d.issuer.issuerTradingSymbol ?? "")) ]</td>\n")
        h.raw("<td rowspan=\"3\" class=\"relationship\"><span class=\"label\">\(n.relationship). Relationship of Reporting Person(s) to Issuer</span><br>(Check all applicable)<br>")
        if let r = first?.reportingOwnerRelationship {
            h.raw("\(check(r.isDirector == true)) Director &nbsp; \(check(r.isTenPercentOwner == true)) 10% Owner<br>")
            h.raw("\(check(r.isOfficer == true)) Officer (give title below) &nbsp; \(check(r.isOther == true)) Other (specify below)<br>")
            let title = [r.officerTitle, r.otherText].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "; ")
            h.raw("<b>\(escape(title))</b>")
        }
        h.raw("</td></tr>\n<tr><td><span class=\"label\">\(n.period). \(periodLabel)</span><br>\(date(d.periodOfReport))</td></tr>\n")
        h.raw("<tr><td><span class=\"label\">\(n.amendment). If Amendment, Date of Original Filed (Month/Day/Year)</span><br>\(date(d.dateOfOriginalSubmission))</td></tr>\n")
        h.raw("<tr><td colspan=\"3\"><span class=\"label\">6. Individual or Joint/Group Filing (Check Applicable Line)</span><br>")
        h.raw("\(d.reportingOwner.count <= 1 ? "X" : "&nbsp;") Form filed by One Reporting Person<br>")
        h.raw("\(d.reportingOwner.count > 1 ? "X" : "&nbsp;") Form filed by More than One Reporting Person</td></tr></table>\n")
        if form == 3, let v = d.noSecuritiesOwned, v {
            h.raw("<p class=\"box\">\(check(true)) No securities are beneficially owned.</p>\n")
        }

        tableI(d, form: form, &h)
        tableII(d, form: form, &h)

        h.raw("<h3>Explanation of Responses:</h3>\n")
        for f in d.footnotes {
            let lines = CanonicalTextRenderer.freeLines(f.text).map(escape).joined(separator: "<br>")
            h.raw("<p class=\"footnote\" id=\"\(escape(f.id))\">\(escape(refLabel(f.id))) \(lines)</p>\n")
        }
        h.raw("<h3>Remarks:</h3>\n")
        if let remarks = d.remarks {
            h.raw("<p class=\"remarks\">\(CanonicalTextRenderer.freeLines(remarks).map(escape).joined(separator: "<br>"))</p>\n")
        }
        if d.reportingOwner.count > 1 { reportingOwners(d, &h) }
        h.raw("<div class=\"keep\"><table class=\"signatures\">\n")
        for s in d.ownerSignature {
            h.raw("<tr><td class=\"sig\">\(escape(s.signatureName ?? ""))</td><td class=\"sigdate\">\(date(s.signatureDate))</td></tr>\n")
        }
        h.raw("<tr><td class=\"hint\">** Signature of Reporting Person</td><td class=\"hint\">Date</td></tr>\n</table></div>\n")
        h.raw("<p class=\"hint\">Reminder: Report on a separate line for each class of securities beneficially owned directly or indirectly.</p>\n")
        h.raw("</body>\n</html>\n")
        return h.text
    }

    // MARK: - Tables

    private typealias Head = HTMLPrintedTable.Head

    private static func tableI(_ d: OwnershipDocument, form: Int, _ h: inout HTMLBuilder) {
        let t = d.nonDerivativeTable ?? NonDerivativeTable()
        var table = HTMLPrintedTable(caption: "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned", columns: [], head: [], rows: [])
        if form == 3 {
            table.columns = [40, 20, 15, 25]
            table.head = [[Head(text: "1. Title of Security (Instr. 4)"), Head(text: "2. Amount of Securities Beneficially Owned (Instr. 4)"),
                           Head(text: "3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)"), Head(text: "4. Nature of Indirect Beneficial Ownership (Instr. 5)")]]
            for r in t.nonDerivativeHolding {
                table.rows.append([text(r.securityTitle), amount(r.postTransactionAmounts), text(r.ownershipNature?.directOrIndirectOwnership),
                                   text(r.ownershipNature?.natureOfOwnership)])
            }
            for r in t.nonDerivativeTransaction {
                table.rows.append([text(r.securityTitle), amount(r.postTransactionAmounts), text(r.ownershipNature?.directOrIndirectOwnership),
                                   text(r.ownershipNature?.natureOfOwnership)])
            }
        } else {
            table.columns = [22, 6, 5, 4, 3, 8, 5, 6, 11, 8, 22]
            table.head = [[Head(text: "1. Title of Security (Instr. 3)", rowspan: 2), Head(text: "2. Transaction Date (Month/Day/Year)", rowspan: 2),
                           Head(text: "2A. Deemed Execution Date, if any (Month/Day/Year)", rowspan: 2), Head(text: "3. Transaction Code (Instr. 8)", colspan: 2),
                           Head(text: "4. Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4 and 5)", colspan: 3),
                           Head(text: "5. Amount of Securities Beneficially Owned Following Reported Transaction(s) (Instr. 3 and 4)", rowspan: 2),
                           Head(text: "6. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)", rowspan: 2),
                           Head(text: "7. Nature of Indirect Beneficial Ownership (Instr. 4)", rowspan: 2)],
                          [Head(text: "Code"), Head(text: "V"), Head(text: "Amount"), Head(text: "(A) or (D)"), Head(text: "Price")]]
            for r in t.nonDerivativeTransaction {
                let a = r.transactionAmounts
                table.rows.append([text(r.securityTitle), date(r.transactionDate), date(r.deemedExecutionDate), code(r.transactionCoding),
                                   v(r.transactionCoding), amount(shares: a?.transactionShares, value: a?.transactionTotalValue),
                                   text(a?.transactionAcquiredDisposedCode), price(a?.transactionPricePerShare),
                                   amount(r.postTransactionAmounts), text(r.ownershipNature?.directOrIndirectOwnership),
                                   text(r.ownershipNature?.natureOfOwnership)])
            }
            for r in t.nonDerivativeHolding {
                table.rows.append([text(r.securityTitle), "", "", r.transactionCoding.map { formTypeNote($0) } ?? "", "", "", "", "",
                                   amount(r.postTransactionAmounts), text(r.ownershipNature?.directOrIndirectOwnership),
                                   text(r.ownershipNature?.natureOfOwnership)])
            }
        }
        h.raw(table.html)
    }

    private static func tableII(_ d: OwnershipDocument, form: Int, _ h: inout HTMLBuilder) {
        let t = d.derivativeTable ?? DerivativeTable()
        var table = HTMLPrintedTable(caption: "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned<br>(e.g., puts, calls, warrants, options, convertible securities)",
                                     columns: [], head: [], rows: [])
        if form == 3 {
            table.columns = [20, 10, 10, 15, 10, 10, 10, 15]
            table.head = [[Head(text: "1. Title of Derivative Security (Instr. 4)", rowspan: 2),
                           Head(text: "2. Date Exercisable and Expiration Date (Month/Day/Year)", colspan: 2),
                           Head(text: "3. Title and Amount of Securities Underlying Derivative Security (Instr. 4)", colspan: 2),
                           Head(text: "4. Conversion or Exercise Price of Derivative Security", rowspan: 2),
                           Head(text: "5. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)", rowspan: 2),
                           Head(text: "6. Nature of Indirect Beneficial Ownership (Instr. 5)", rowspan: 2)],
                          [Head(text: "Date Exercisable"), Head(text: "Expiration Date"), Head(text: "Title"), Head(text: "Amount or Number of Shares")]]
            for r in t.derivativeHolding {
                let u = r.underlyingSecurity
                table.rows.append([text(r.securityTitle), date(r.exerciseDate), date(r.expirationDate), text(u?.underlyingSecurityTitle),
                                   amount(shares: u?.underlyingSecurityShares, value: u?.underlyingSecurityValue),
                                   price(r.conversionOrExercisePrice), text(r.ownershipNature?.directOrIndirectOwnership),
                                   text(r.ownershipNature?.natureOfOwnership)])
            }
        } else {
            table.columns = [11, 5, 5, 5, 4, 4, 5, 5, 5, 4, 8, 7, 6, 6, 5, 15]
            table.head = [[Head(text: "1. Title of Derivative Security (Instr. 3)", rowspan: 2),
                           Head(text: "2. Conversion or Exercise Price of Derivative Security", rowspan: 2),
                           Head(text: "3. Transaction Date (Month/Day/Year)", rowspan: 2),
                           Head(text: "3A. Deemed Execution Date, if any (Month/Day/Year)", rowspan: 2),
                           Head(text: "4. Transaction Code (Instr. 8)", colspan: 2),
                           Head(text: "5. Number of Derivative Securities Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5)", colspan: 2),
                           Head(text: "6. Date Exercisable and Expiration Date (Month/Day/Year)", colspan: 2),
                           Head(text: "7. Title and Amount of Securities Underlying Derivative Security (Instr. 3 and 4)", colspan: 2),
                           Head(text: "8. Price of Derivative Security (Instr. 5)", rowspan: 2),
                           Head(text: "9. Number of derivative Securities Beneficially Owned Following Reported Transaction(s) (Instr. 4)", rowspan: 2),
                           Head(text: "10. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)", rowspan: 2),
                           Head(text: "11. Nature of Indirect Beneficial Ownership (Instr. 4)", rowspan: 2)],
                          [Head(text: "Code"), Head(text: "V"), Head(text: "(A)"), Head(text: "(D)"), Head(text: "Date Exercisable"),
                           Head(text: "Expiration Date"), Head(text: "Title"), Head(text: "Amount or Number of Shares")]]
            for r in t.derivativeTransaction {
                let a = r.transactionAmounts
                let u = r.underlyingSecurity
                let moved = amount(shares: a?.transactionShares, value: a?.transactionTotalValue)
                let disposed = a?.transactionAcquiredDisposedCode?.value == "D"
                var movedCode = moved
                if let ad = a?.transactionAcquiredDisposedCode, !ad.footnoteId.isEmpty { movedCode += refs(ad.footnoteId) }
                table.rows.append([text(r.securityTitle), price(r.conversionOrExercisePrice), date(r.transactionDate),
                                   date(r.deemedExecutionDate), code(r.transactionCoding), v(r.transactionCoding),
                                   disposed ? "" : movedCode, disposed ? movedCode : "", date(r.exerciseDate), date(r.expirationDate),
                                   text(u?.underlyingSecurityTitle),
                                   amount(shares: u?.underlyingSecurityShares, value: u?.underlyingSecurityValue),
                                   price(a?.transactionPricePerShare), amount(r.postTransactionAmounts),
                                   text(r.ownershipNature?.directOrIndirectOwnership), text(r.ownershipNature?.natureOfOwnership)])
            }
            for r in t.derivativeHolding {
                let u = r.underlyingSecurity
                table.rows.append([text(r.securityTitle), price(r.conversionOrExercisePrice), "", "",
                                   r.transactionCoding.map { formTypeNote($0) } ?? "", "", "", "", date(r.exerciseDate),
                                   date(r.expirationDate), text(u?.underlyingSecurityTitle),
                                   amount(shares: u?.underlyingSecurityShares, value: u?.underlyingSecurityValue), "",
                                   amount(r.postTransactionAmounts), text(r.ownershipNature?.directOrIndirectOwnership),
                                   text(r.ownershipNature?.natureOfOwnership)])
            }
        }
        h.raw(table.html)
    }

    /// One heading row, as the rendering the project's readers were made from prints it:
    /// the name column's heading on the same printed line as the relationship columns'.
    private static func reportingOwners(_ d: OwnershipDocument, _ h: inout HTMLBuilder) {
        var table = HTMLPrintedTable(classes: "data owners", columns: [60, 10, 10, 10, 10],
                                     head: [[Head(text: "Reporting Owner Name / Address"), Head(text: "Director"), Head(text: "10% Owner"),
                                             Head(text: "Officer"), Head(text: "Other")]], rows: [])
        for o in d.reportingOwner {
            let a = o.reportingOwnerAddress
            let lines = [o.reportingOwnerId.rptOwnerName, a?.rptOwnerStreet1, a?.rptOwnerStreet2,
                         [a?.rptOwnerCity, a?.rptOwnerState, a?.rptOwnerZipCode].compactMap { $0 }.filter { !$0.isEmpty }
                            .joined(separator: " ")]
                .compactMap { $0 }.filter { !$0.isEmpty }.map(escape)
            let r = o.reportingOwnerRelationship
            table.rows.append([lines.joined(separator: "<br>"), r.isDirector == true ? "X" : "", r.isTenPercentOwner == true ? "X" : "",
                               r.isOfficer == true ? escape(r.officerTitle ?? "X") : "", r.isOther == true ? escape(r.otherText ?? "X") : ""])
        }
        h.raw(table.html)
    }

    // MARK: - Cells

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    private static func check(_ on: Bool) -> String { on ? "&#9746;" : "&#9744;" }

    private static func refLabel(_ id: String) -> String {
        id.first == "F" && id.count > 1 ? "(\(id.dropFirst()))" : "(\(id))"
    }

    private static func refs(_ ids: [String]) -> String {
        ids.map { "<sup><a href=\"#\(escape($0))\">\(escape(refLabel($0)))</a></sup>" }.joined()
    }

    /// A value that itself ends in what reads as a footnote mark ("Class B
    /// Common Stock (2)", a filer's own words) gets a backslash before it, as in
    /// the canonical text: printed, it would otherwise be read back as a reference.
    private static func text(_ f: Footnoted<String>?) -> String {
        guard let f else { return "" }
        var value = f.value ?? ""
        if let open = CanonicalEscaping.trailingReferenceStart(value) { value.insert("\\", at: open) }
        return keepFiguresAttached(value) + refs(f.footnoteId)
    }

    /// Escaped text whose last word, when it is figures ("2027", "(2)"), stays on the
    /// printed line of the word before it: alone on the last wrapped line of a cell it
    /// would read back as a value or a footnote mark ("Senior Notes due / 2027").
    static func keepFiguresAttached(_ s: String) -> String {
        let words = s.split(separator: " ", omittingEmptySubsequences: false)
        func figures(_ w: Substring) -> Bool {
            w.contains(where: \.isNumber) && w.allSatisfy { $0.isNumber || "$%.,/()-".contains($0) }
        }
        var k = words.count
        while k > 0, figures(words[k - 1]) { k -= 1 }
        guard k > 0, k < words.count, !words[k - 1].isEmpty else { return escape(s) }
        let head = words[..<(k - 1)].map { escape(String($0)) }.joined(separator: " ")
        let kept = words[(k - 1)...].map { escape(String($0)) }.joined(separator: " ")
        return (k > 1 ? head + " " : "") + "<span class=\"nw\">\(kept)</span>"
    }

    private static func date(_ d: DateText?) -> String {
        d.map { escape(CanonicalCells.dateText($0)) } ?? ""
    }

    private static func date(_ f: Footnoted<DateText>?) -> String {
        guard let f else { return "" }
        return date(f.value) + refs(f.footnoteId)
    }

    private static func price(_ f: Footnoted<DecimalText>?) -> String {
        guard let f else { return "" }
        return (f.value.map { "$" + $0.text } ?? "") + refs(f.footnoteId)
    }

    private static func amount(shares: Footnoted<DecimalText>?, value: Footnoted<DecimalText>?) -> String {
        var out = ""
        if let shares { out += (shares.value?.text ?? "") + refs(shares.footnoteId) }
        if let value {
            if !out.isEmpty { out += " " }
            out += (value.value.map { "$" + $0.text } ?? "") + refs(value.footnoteId)
        }
        return out
    }

    private static func amount(_ p: PostTransactionAmounts?) -> String {
        amount(shares: p?.sharesOwnedFollowingTransaction, value: p?.valueOwnedFollowingTransaction)
    }

    private static func code(_ c: TransactionCoding?) -> String {
        guard let c else { return "" }
        return escape(c.transactionCode ?? "") + refs(c.footnoteId)
    }

    /// The form's V column: "voluntarily reported", a Form 5 transaction reported early on a Form 4.
    private static func v(_ c: TransactionCoding?) -> String {
        c?.transactionFormType == "5" ? "V" : ""
    }

    private static func formTypeNote(_ c: TransactionCoding) -> String {
        (c.transactionFormType.map { "Form \(escape($0))" } ?? "") + refs(c.footnoteId)
    }

    /// `div.keep` holds a piece of a table (see ``HTMLPrintedTable``); `.nw` keeps a figure
    /// with the word before it.
    private static let css = """
        body { font-family: Arial, Helvetica, sans-serif; font-size: 9pt; margin: 12px; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 10px; }
        td, th { border: 1px solid #000; padding: 2px 4px; vertical-align: top; }
        div.keep, p.footnote { page-break-inside: avoid; }
        table.data td { text-align: center; }
        table.data td:first-child, table.data td:last-child { text-align: left; }
        th { font-weight: normal; font-size: 8pt; background: #f2f2f2; }
        caption { font-weight: bold; padding: 4px; }
        table.top td { border: none; }
        td.formname { font-size: 20pt; font-weight: bold; width: 15%; }
        td.agency { text-align: center; }
        .label { font-size: 8pt; }
        .hint { font-size: 7pt; color: #333; border: none; }
        p.box { margin: 4px 0; }
        sup { font-size: 7pt; }
        .nw { white-space: nowrap; }
        sup a { text-decoration: none; color: inherit; }
        table.signatures td { border: none; }
        td.sig { width: 85%; }

        """
}

/// Accumulates the page.
private struct HTMLBuilder {
    var text = ""

    mutating func raw(_ s: String) { text += s }
}
