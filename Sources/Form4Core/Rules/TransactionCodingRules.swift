/// Rules on column 3 of the form, how a row is coded (§4.3.8): transactions
/// carry a complete coding whose form type and timeliness fit the document;
/// holdings carry none, except the late Form 3 holding on a Form 5.
extension RuleContext {
    /// EDGAR's transaction codes (TransCodeList, §3.6.9). K and V are derived, never written.
    static let transactionCodes: Set<String> = [
        "A", "C", "D", "E", "F", "G", "H", "I", "J", "L", "M", "O", "P", "S", "U", "W", "X", "Z",
    ]

    mutating func checkTransactionCoding() {
        guard let type else { return }
        for row in rows {
            if row.isTransaction {
                // Transactions on a Form 3 are reported by FORM3-TRANSACTION already.
                if type.baseForm != 3 { checkTransaction(row, on: type) }
            } else {
                checkHolding(row, on: type)
            }
        }
    }

    private mutating func checkTransaction(_ row: TableRow, on type: DocumentType) {
        // Made only for a report: most rows have none.
        var codingPath: String { "\(row.path)/transactionCoding" }
        guard let coding = row.transactionCoding else {
            report(.transactionCoding,
                   "a transaction gives transactionCoding (transactionFormType, transactionCode, equitySwapInvolved)",
                   at: codingPath)
            return
        }
        let formType = coding.transactionFormType?.trimmingXMLWhitespace() ?? ""
        if formType.isEmpty {
            report(.transactionCoding, "transactionFormType is mandatory on a transaction",
                   at: "\(codingPath)/transactionFormType")
        } else if formType != "4" && formType != "5" {
            report(.formType, "transactionFormType of a transaction must be 4 or 5 (found '\(formType)')",
                   at: "\(codingPath)/transactionFormType")
        }
        let code = coding.transactionCode?.trimmingXMLWhitespace() ?? ""
        if code.isEmpty {
            report(.transactionCoding, "transactionCode is mandatory on a transaction",
                   at: "\(codingPath)/transactionCode")
        } else if !Self.transactionCodes.contains(code) {
            report(.transactionCode,
                   "'\(code)' is not an EDGAR transaction code (A C D E F G H I J L M O P S U W X Z)",
                   at: "\(codingPath)/transactionCode")
        }
        if coding.equitySwapInvolved == nil {
            report(.transactionCoding, "equitySwapInvolved is mandatory on a transaction (0 or 1)",
                   at: "\(codingPath)/equitySwapInvolved")
        }
        checkTimeliness(row, formType: formType, on: type)
    }

    private mutating func checkTimeliness(_ row: TableRow, formType: String, on type: DocumentType) {
        let timeliness = row.transactionTimeliness?.value?.trimmingXMLWhitespace() ?? ""
        guard !timeliness.isEmpty else { return }
        let path = "\(row.path)/transactionTimeliness"
        switch (type.baseForm, formType) {
        case (4, "4"):
            report(.timelinessOnTime,
                   "a form-4 transaction on a Form 4 is on time by definition; leave transactionTimeliness empty (found '\(timeliness)')",
                   at: path)
        case (4, "5"):
            if timeliness != "E" {
                report(.timeliness,
                       "a form-5 transaction on a Form 4 is early: transactionTimeliness is empty or E (found '\(timeliness)')",
                       at: path)
            }
        case (5, "4"), (5, "5"):
            if timeliness != "L" {
                report(.timeliness,
                       "a form-\(formType) transaction on a Form 5 is on time or late: transactionTimeliness is empty or L (found '\(timeliness)')",
                       at: path)
            }
        default:
            // Unknown form type: FORM-TYPE or TRANSACTION-CODING has said so.
            break
        }
    }

    private mutating func checkHolding(_ row: TableRow, on type: DocumentType) {
        if row.transactionTimeliness != nil {
            report(.holdingCoding, "a holding has no transactionTimeliness", at: "\(row.path)/transactionTimeliness")
        }
        guard let coding = row.transactionCoding else { return }
        let codingPath = "\(row.path)/transactionCoding"
        guard type.baseForm == 5 else {
            report(.holdingCoding,
                   "holdings on a Form \(type.rawValue) have no transactionCoding (only a late Form 3 holding on a Form 5 has one)",
                   at: codingPath)
            return
        }
        let formType = coding.transactionFormType?.trimmingXMLWhitespace() ?? ""
        if formType != "3" {
            report(.formType,
                   "a holding on a Form 5 is coded only as a late Form 3 holding: transactionFormType 3 (found '\(formType)')",
                   at: "\(codingPath)/transactionFormType")
        }
        if coding.transactionCode != nil {
            report(.holdingCoding, "a late Form 3 holding gives no transactionCode", at: "\(codingPath)/transactionCode")
        }
        if coding.equitySwapInvolved != nil {
            report(.holdingCoding, "a late Form 3 holding gives no equitySwapInvolved",
                   at: "\(codingPath)/equitySwapInvolved")
        }
    }
}
