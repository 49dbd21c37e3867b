/// Rules for a document about to be filed (`forSubmission`): what the filer
/// must send (the CCC) and must not send (fields EDGAR fills in), and the
/// one-value-per-line layout EDGAR measures lengths on.
extension RuleContext {
    /// §4.3: EDGAR warns about, then discards, values in "NA" fields.
    mutating func checkEdgarFilled() {
        let root = RulePath.root
        func filled(_ present: Bool, _ path: String, _ why: String) {
            if present {
                let name = path.split(separator: "/").last.map(String.init) ?? path
                report(.edgarFilled, "\(name) is filled in by EDGAR (\(why)); a value sent is discarded", at: path)
            }
        }
        filled(document.schemaVersion != nil, "\(root)/schemaVersion", "the current schema version")
        filled(document.noSecuritiesOwned != nil, "\(root)/noSecuritiesOwned", "derived from the tables")
        filled(document.form3HoldingsReported != nil, "\(root)/form3HoldingsReported", "derived from the holdings")
        filled(document.form4TransactionsReported != nil, "\(root)/form4TransactionsReported",
               "derived from the transactions")
        filled(document.issuer.issuerName != nil, "\(root)/issuer/issuerName", "the name of record of the issuer CIK")
        for (i, owner) in document.reportingOwner.enumerated() {
            let path = RulePath.owner(i)
            filled(owner.reportingOwnerId.rptOwnerName != nil, "\(path)/reportingOwnerId/rptOwnerName",
                   "the name of record of the owner CIK")
            filled(owner.reportingOwnerAddress?.rptOwnerStateDescription != nil,
                   "\(path)/reportingOwnerAddress/rptOwnerStateDescription", "for stylesheets")
            filled(owner.reportingOwnerAddress?.rptOwnerGoodAddress != nil,
                   "\(path)/reportingOwnerAddress/rptOwnerGoodAddress", "internal")
        }
    }

    /// §3.3 o(1): optional in the schema only so EDGAR can remove it on dissemination.
    mutating func checkOwnerCCC() {
        for (i, owner) in document.reportingOwner.enumerated() {
            let path = "\(RulePath.owner(i))/reportingOwnerId/rptOwnerCcc"
            guard let ccc = owner.reportingOwnerId.rptOwnerCcc, ccc.hasContent else {
                report(.ownerCCC, "a submission gives each reporting owner's CCC (8 characters)", at: path)
                continue
            }
            let length = ccc.trimmingXMLWhitespace().count
            if length != 8 {
                report(.ownerCCC, "a CCC has exactly 8 characters (found \(length))", at: path)
            }
        }
    }

    /// §4.1 items 5-6: white space and line breaks inside an element count
    /// towards its length, so a value split over lines may break a limit.
    mutating func checkOneLine() {
        for (path, text) in singleLineTexts() where text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            report(.oneLine, "\(name) spans several lines; keep the value on the line of its tags", at: path)
        }
    }

    /// The strings that must stay on one line: all but footnotes and remarks.
    private func singleLineTexts() -> [(String, String)] {
        var texts: [(String, String)] = []
        let root = RulePath.root
        func add(_ text: String?, _ path: String) {
            if let text { texts.append((path, text.trimmingXMLWhitespace())) }
        }
        add(document.issuer.issuerCik, "\(root)/issuer/issuerCik")
        add(document.issuer.issuerTradingSymbol, "\(root)/issuer/issuerTradingSymbol")
        for (i, owner) in document.reportingOwner.enumerated() {
            let path = RulePath.owner(i)
            add(owner.reportingOwnerId.rptOwnerCik, "\(path)/reportingOwnerId/rptOwnerCik")
            add(owner.reportingOwnerId.rptOwnerCcc, "\(path)/reportingOwnerId/rptOwnerCcc")
            if let address = owner.reportingOwnerAddress {
                add(address.rptOwnerStreet1, "\(path)/reportingOwnerAddress/rptOwnerStreet1")
                add(address.rptOwnerStreet2, "\(path)/reportingOwnerAddress/rptOwnerStreet2")
                add(address.rptOwnerCity, "\(path)/reportingOwnerAddress/rptOwnerCity")
                add(address.rptOwnerState, "\(path)/reportingOwnerAddress/rptOwnerState")
                add(address.rptOwnerZipCode, "\(path)/reportingOwnerAddress/rptOwnerZipCode")
            }
            add(owner.reportingOwnerRelationship.officerTitle, "\(path)/reportingOwnerRelationship/officerTitle")
            add(owner.reportingOwnerRelationship.otherText, "\(path)/reportingOwnerRelationship/otherText")
        }
        for row in rows {
            add(row.securityTitle?.value, "\(row.path)/securityTitle")
            add(row.underlyingSecurity?.underlyingSecurityTitle?.value,
                "\(row.path)/underlyingSecurity/underlyingSecurityTitle")
            add(row.ownershipNature?.natureOfOwnership?.value, "\(row.path)/ownershipNature/natureOfOwnership")
        }
        for (i, signature) in document.ownerSignature.enumerated() {
            add(signature.signatureName, "\(RulePath.signature(i))/signatureName")
        }
        return texts
    }
}
