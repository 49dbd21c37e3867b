/// Rules on what the tables of a form may hold: transactions only where the
/// form reports them, at least something on a Form 4 or 5, and row limits.
extension RuleContext {
    mutating func checkTableContent() {
        let transactions = rows.filter(\.isTransaction)
        if let type {
            if type.baseForm == 3 {
                for row in transactions {
                    report(.form3Transaction,
                           "a Form \(type.rawValue) reports holdings only; \(row.name) is not allowed", at: row.path)
                }
            } else if document.notSubjectToSection16 != true {
                // §4.3.3 asks for a transaction, but §4.3 suspends only a document
                // with no row at all, and EDGAR accepted a Form 4 reporting a single
                // holding (corpus filing 0084, 2022): the error follows
                // EDGAR, the §4.3.3 wording stays a warning.
                if rows.isEmpty {
                    report(.transactionRequired,
                           "a Form \(type.rawValue) reports at least one transaction unless notSubjectToSection16 is true",
                           at: "\(RulePath.root)/nonDerivativeTable")
                } else if transactions.isEmpty {
                    report(.holdingsOnly,
                           "a Form \(type.rawValue) should report at least one transaction; this one has holdings only",
                           at: rows[0].path)
                }
            }
        }
        let table1 = rows.filter { !$0.isDerivative }
        let table2 = rows.filter(\.isDerivative)
        for (name, tableRows) in [("nonDerivativeTable", table1), ("derivativeTable", table2)] where tableRows.count > 30 {
            report(.rowLimit, "\(name) has \(tableRows.count) rows; at most 30 are allowed", at: tableRows[30].path)
        }
        if rows.count > 60 {
            report(.rowLimit, "the tables have \(rows.count) rows in all; at most 60 are allowed", at: rows[60].path)
        }
    }
}
