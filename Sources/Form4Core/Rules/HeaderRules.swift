/// Rules on the header of the document: its type, the amendment date, and
/// the flags that belong to one form only. An element the form's table in §3.5
/// leaves blank is absent from that form's schema (the Form 4 schema has no
/// `dateOfOriginalSubmission` or `noSecuritiesOwned`), so sending it is a
/// schema violation and a SUSPENSE, not the WARNING an "NA" field draws.
extension RuleContext {
    mutating func checkHeader() {
        let root = RulePath.root
        guard let type else {
            let given = document.documentType.map { "'\($0)'" } ?? "none"
            report(.documentType, "documentType must be 3, 3/A, 4, 4/A, 5 or 5/A (found \(given))",
                   at: "\(root)/documentType")
            return
        }
        if type.isAmendment && document.dateOfOriginalSubmission == nil {
            report(.originalDate, "a \(type.rawValue) amendment must give dateOfOriginalSubmission",
                   at: "\(root)/dateOfOriginalSubmission")
        } else if !type.isAmendment && document.dateOfOriginalSubmission != nil {
            report(.originalDate, "dateOfOriginalSubmission belongs to amendments only, not to a Form \(type.rawValue)",
                   at: "\(root)/dateOfOriginalSubmission")
        }
        let base = type.baseForm
        if document.noSecuritiesOwned != nil && base != 3 {
            report(.formField, "noSecuritiesOwned belongs to Form 3 only, not to a Form \(type.rawValue)",
                   at: "\(root)/noSecuritiesOwned")
        }
        if document.notSubjectToSection16 != nil && base == 3 {
            report(.formField, "notSubjectToSection16 belongs to Forms 4 and 5, not to a Form \(type.rawValue)",
                   at: "\(root)/notSubjectToSection16")
        }
        if document.form3HoldingsReported != nil && base != 5 {
            report(.formField, "form3HoldingsReported belongs to Form 5 only, not to a Form \(type.rawValue)",
                   at: "\(root)/form3HoldingsReported")
        }
        if document.form4TransactionsReported != nil && base != 5 {
            report(.formField, "form4TransactionsReported belongs to Form 5 only, not to a Form \(type.rawValue)",
                   at: "\(root)/form4TransactionsReported")
        }
    }
}
