import Form4Core

/// Field lists for the parts of a filing outside the tables: header,
/// issuer, each reporting owner, each signature.
enum OwnerFields {
    static func header(_ d: OwnershipDocument) -> [DiffField] {
        [
            DiffField("schemaVersion", FieldValue.someText(d.schemaVersion), group: []),
            DiffField("documentType", FieldValue.someText(d.documentType), group: []),
            DiffField("periodOfReport", FieldValue.someDate(d.periodOfReport), group: []),
            DiffField("dateOfOriginalSubmission", FieldValue.someDate(d.dateOfOriginalSubmission), group: []),
            .flag("noSecuritiesOwned", d.noSecuritiesOwned, group: []),
            .flag("notSubjectToSection16", d.notSubjectToSection16, group: []),
            .flag("form3HoldingsReported", d.form3HoldingsReported, group: []),
            .flag("form4TransactionsReported", d.form4TransactionsReported, group: []),
        ]
    }

    static func issuer(_ i: Issuer) -> [DiffField] {
        let g = ["issuer"]
        return [
            DiffField("issuerCik", FieldValue.someIdentifier(i.issuerCik), group: g),
            DiffField("issuerName", FieldValue.someText(i.issuerName), group: g),
            DiffField("issuerTradingSymbol", FieldValue.someText(i.issuerTradingSymbol), group: g),
            DiffField("issuerForeignTradingSymbol", FieldValue.someText(i.issuerForeignTradingSymbol), group: g),
        ]
    }

    static func owner(_ o: ReportingOwner) -> [DiffField] {
        let id = ["reportingOwner", "reportingOwnerId"]
        let address = ["reportingOwner", "reportingOwnerAddress"]
        let relation = ["reportingOwner", "reportingOwnerRelationship"]
        let a = o.reportingOwnerAddress
        let r = o.reportingOwnerRelationship
        return [
            DiffField("rptOwnerCik", FieldValue.someIdentifier(o.reportingOwnerId.rptOwnerCik), group: id),
            DiffField("rptOwnerCcc", FieldValue.someText(o.reportingOwnerId.rptOwnerCcc), group: id),
            DiffField("rptOwnerName", FieldValue.someText(o.reportingOwnerId.rptOwnerName), group: id),
            DiffField("rptOwnerStreet1", FieldValue.someText(a?.rptOwnerStreet1), group: address),
            DiffField("rptOwnerStreet2", FieldValue.someText(a?.rptOwnerStreet2), group: address),
            DiffField("rptOwnerCity", FieldValue.someText(a?.rptOwnerCity), group: address),
            DiffField("rptOwnerState", FieldValue.someText(a?.rptOwnerState), group: address),
            DiffField("rptOwnerZipCode", FieldValue.someText(a?.rptOwnerZipCode), group: address),
            DiffField("rptOwnerStateDescription", FieldValue.someText(a?.rptOwnerStateDescription), group: address),
            DiffField("rptOwnerGoodAddress", FieldValue.someFlag(a?.rptOwnerGoodAddress), group: address),
            .flag("isDirector", r.isDirector, group: relation),
            .flag("isOfficer", r.isOfficer, group: relation),
            .flag("isTenPercentOwner", r.isTenPercentOwner, group: relation),
            .flag("isOther", r.isOther, group: relation),
            DiffField("officerTitle", FieldValue.someText(r.officerTitle), group: relation),
            DiffField("otherText", FieldValue.someText(r.otherText), group: relation),
        ]
    }

    /// The owner's name as the label shows it, else the CIK.
    static func ownerName(_ o: ReportingOwner) -> String? {
        if let name = o.reportingOwnerId.rptOwnerName.map(TextFolding.fold), !name.isEmpty { return name }
        if let cik = o.reportingOwnerId.rptOwnerCik.map(TextFolding.fold), !cik.isEmpty { return "CIK \(cik)" }
        return nil
    }

    static func signature(_ s: OwnerSignature) -> [DiffField] {
        let g = ["ownerSignature"]
        return [
            DiffField("signatureName", FieldValue.someText(s.signatureName), group: g),
            DiffField("signatureDate", FieldValue.someDate(s.signatureDate), group: g),
        ]
    }
}
