/// §3.5 maximum lengths. The footnote limit (1000) is not in the schema, so
/// it is always checked here; the other limits are the schema's too, and are
/// checked here only for a document about to be filed, where the filer's
/// text must fit before it is sent (a disseminated document was already
/// measured by EDGAR).
extension RuleContext {
    static let footnoteMaxLength = TextLimit.footnote

    mutating func checkLengths() {
        // A text of at most `limit` UTF-8 bytes has at most `limit` characters;
        // only longer ones need the (slower) character count.
        for (i, footnote) in document.footnotes.enumerated() where footnote.text.utf8.count > Self.footnoteMaxLength {
            let length = footnote.text.trimmingXMLWhitespace().count
            if length > Self.footnoteMaxLength {
                report(.maxLength, "footnote \(footnote.id) has \(length) characters; at most \(Self.footnoteMaxLength)",
                       at: RulePath.footnote(i))
            }
        }
        guard options.forSubmission else { return }
        for (path, text, limit) in limitedTexts() where text.utf8.count > limit {
            let length = text.trimmingXMLWhitespace().count
            if length > limit {
                let name = path.split(separator: "/").last.map(String.init) ?? path
                report(.maxLength, "\(name) has \(length) characters; at most \(limit)", at: path)
            }
        }
    }

    /// The filer-written strings with their limits and paths (§3.5).
    private func limitedTexts() -> [(String, String, Int)] {
        var texts: [(String, String, Int)] = []
        let root = RulePath.root
        func add(_ text: String?, _ path: String, _ limit: Int) {
            if let text { texts.append((path, text, limit)) }
        }
        add(document.issuer.issuerTradingSymbol, "\(root)/issuer/issuerTradingSymbol", TextLimit.tradingSymbol)
        for (i, owner) in document.reportingOwner.enumerated() {
            let path = RulePath.owner(i)
            if let address = owner.reportingOwnerAddress {
                add(address.rptOwnerStreet1, "\(path)/reportingOwnerAddress/rptOwnerStreet1", TextLimit.street)
                add(address.rptOwnerStreet2, "\(path)/reportingOwnerAddress/rptOwnerStreet2", TextLimit.street)
                add(address.rptOwnerCity, "\(path)/reportingOwnerAddress/rptOwnerCity", TextLimit.city)
                add(address.rptOwnerZipCode, "\(path)/reportingOwnerAddress/rptOwnerZipCode", TextLimit.zipCode)
            }
            let relationship = owner.reportingOwnerRelationship
            add(relationship.officerTitle, "\(path)/reportingOwnerRelationship/officerTitle", TextLimit.officerTitle)
            add(relationship.otherText, "\(path)/reportingOwnerRelationship/otherText", TextLimit.otherText)
        }
        for row in rows {
            add(row.securityTitle?.value, "\(row.path)/securityTitle", TextLimit.securityTitle)
            add(row.underlyingSecurity?.underlyingSecurityTitle?.value,
                "\(row.path)/underlyingSecurity/underlyingSecurityTitle", TextLimit.securityTitle)
            add(row.ownershipNature?.natureOfOwnership?.value, "\(row.path)/ownershipNature/natureOfOwnership", TextLimit.natureOfOwnership)
        }
        add(document.remarks, "\(root)/remarks", TextLimit.remarks)
        for (i, signature) in document.ownerSignature.enumerated() {
            add(signature.signatureName, "\(RulePath.signature(i))/signatureName", TextLimit.signatureName)
        }
        return texts
    }
}
