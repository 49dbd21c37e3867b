/// The names of the form's boxes and columns for each EDGAR element, so a
/// change reads "price" or "Director" rather than `transactionPricePerShare`.
enum FieldCatalog {
    static let labels: [String: String] = [
        // Header and issuer (boxes 1 to 5 of the form).
        "schemaVersion": "schema version",
        "documentType": "document type",
        "periodOfReport": "period of report",
        "dateOfOriginalSubmission": "date of original filing",
        "noSecuritiesOwned": "no securities owned",
        "notSubjectToSection16": "no longer subject to Section 16",
        "form3HoldingsReported": "Form 3 holdings reported",
        "form4TransactionsReported": "Form 4 transactions reported",
        "aff10b5One": "Rule 10b5-1(c) box",
        "issuerCik": "CIK",
        "issuerName": "name",
        "issuerTradingSymbol": "trading symbol",
        "issuerForeignTradingSymbol": "foreign trading symbol",
        // Reporting owners.
        "rptOwnerCik": "CIK",
        "rptOwnerCcc": "CCC",
        "rptOwnerName": "name",
        "rptOwnerStreet1": "street",
        "rptOwnerStreet2": "street 2",
        "rptOwnerCity": "city",
        "rptOwnerState": "state",
        "rptOwnerZipCode": "ZIP code",
        "rptOwnerStateDescription": "state description",
        "rptOwnerGoodAddress": "good address",
        "isDirector": "Director",
        "isOfficer": "Officer",
        "isTenPercentOwner": "10% Owner",
        "isOther": "Other",
        "officerTitle": "officer title",
        "otherText": "other (specify)",
        // Table rows.
        "securityTitle": "title of security",
        "conversionOrExercisePrice": "conversion or exercise price",
        "transactionDate": "transaction date",
        "deemedExecutionDate": "deemed execution date",
        "transactionFormType": "form type",
        "transactionCode": "code",
        "equitySwapInvolved": "V (equity swap)",
        "transactionTimeliness": "timeliness",
        "transactionShares": "amount",
        "transactionTotalValue": "value",
        "transactionPricePerShare": "price",
        "transactionAcquiredDisposedCode": "(A) or (D)",
        "exerciseDate": "date exercisable",
        "expirationDate": "expiration date",
        "underlyingSecurityTitle": "underlying security",
        "underlyingSecurityShares": "underlying amount",
        "underlyingSecurityValue": "underlying value",
        "sharesOwnedFollowingTransaction": "amount owned following",
        "valueOwnedFollowingTransaction": "value owned following",
        "directOrIndirectOwnership": "ownership form (D/I)",
        "natureOfOwnership": "nature of indirect ownership",
        // Footer.
        "remarks": "Remarks",
        "signatureName": "name",
        "signatureDate": "date",
    ]

    /// Amounts of money: the text report shows them with a `$`.
    static let money: Set<String> = [
        "conversionOrExercisePrice", "transactionPricePerShare", "transactionTotalValue",
        "valueOwnedFollowingTransaction", "underlyingSecurityValue",
    ]

    /// Free text: the text report quotes it.
    static let quoted: Set<String> = [
        "issuerName", "rptOwnerName", "rptOwnerStreet1", "rptOwnerStreet2", "rptOwnerCity",
        "rptOwnerStateDescription", "officerTitle", "otherText", "securityTitle", "underlyingSecurityTitle",
        "natureOfOwnership", "remarks", "signatureName", "footnoteId", "footnote",
    ]

    /// Elements that group fields; `--ignore` accepts them too.
    static let groups: Set<String> = [
        "issuer", "reportingOwner", "reportingOwnerId", "reportingOwnerAddress", "reportingOwnerRelationship",
        "nonDerivativeTable", "derivativeTable", "nonDerivativeTransaction", "nonDerivativeHolding",
        "derivativeTransaction", "derivativeHolding", "transactionCoding", "transactionAmounts",
        "postTransactionAmounts", "ownershipNature", "underlyingSecurity", "footnotes", "footnote",
        "footnoteId", "ownerSignature",
    ]

    static let allElements: Set<String> = Set(labels.keys).union(groups)

    static func label(_ element: String) -> String { labels[element] ?? element }

    static func display(_ element: String) -> Change.Display {
        money.contains(element) ? .money : quoted.contains(element) ? .quoted : .plain
    }
}
