/// Rules on the reporting owners: how many, no CIK twice, and a relationship
/// to the issuer that says what the owner is.
extension RuleContext {
    mutating func checkOwners() {
        let owners = document.reportingOwner
        if owners.isEmpty {
            report(.ownerCount, "a document has at least one reportingOwner", at: "\(RulePath.root)/reportingOwner")
        } else if owners.count > 10 {
            report(.ownerCount, "a document has at most 10 reporting owners (found \(owners.count))",
                   at: RulePath.owner(10))
        }
        // CIKs compare as numbers: EDGAR does not require leading zeros (§4.3.1).
        var firstIndex: [String: Int] = [:]
        for (i, owner) in owners.enumerated() {
            guard let cik = owner.reportingOwnerId.rptOwnerCik, cik.hasContent else { continue }
            let key = Self.normalizedCIK(cik)
            if let first = firstIndex[key] {
                report(.duplicateOwner,
                       "reporting owner CIK \(cik.trimmingXMLWhitespace()) is already reportingOwner[\(first + 1)]",
                       at: "\(RulePath.owner(i))/reportingOwnerId/rptOwnerCik")
            } else {
                firstIndex[key] = i
            }
        }
        for (i, owner) in owners.enumerated() {
            let path = "\(RulePath.owner(i))/reportingOwnerRelationship"
            let r = owner.reportingOwnerRelationship
            if !(r.isDirector == true || r.isOfficer == true || r.isTenPercentOwner == true || r.isOther == true) {
                report(.ownerRelationship,
                       "at least one of isDirector, isOfficer, isTenPercentOwner, isOther must be true",
                       at: path)
            }
            if r.isOfficer == true && !r.officerTitle.hasContent {
                report(.officerTitle, "isOfficer is true, so officerTitle must be given", at: "\(path)/officerTitle")
            }
            if r.isOther == true && !r.otherText.hasContent {
                report(.otherText, "isOther is true, so otherText must be given", at: "\(path)/otherText")
            }
        }
    }

    /// A CIK without white space and leading zeros (`0000320193` and `320193` are one filer).
    static func normalizedCIK(_ cik: String) -> String {
        let trimmed = cik.trimmingXMLWhitespace()
        let digits = trimmed.drop { $0 == "0" }
        return digits.isEmpty ? "0" : String(digits)
    }
}
