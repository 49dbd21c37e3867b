import LibXML

extension OwnershipXMLWriter {
    /// Every element and attribute name the writer writes, interned once per
    /// process for the trees encode's check builds while writing (see
    /// ``XMLNameTable``). A name missing here still works, only slower; the
    /// writer's tests check that every name in its output is here.
    static let names = XMLNameTable([
        "aff10b5One", "conversionOrExercisePrice", "dateOfOriginalSubmission", "deemedExecutionDate",
        "derivativeHolding", "derivativeTable", "derivativeTransaction", "directOrIndirectOwnership", "documentType",
        "equitySwapInvolved", "exerciseDate", "expirationDate", "footnote", "footnoteId", "footnotes",
        "form3HoldingsReported", "form4TransactionsReported", "isDirector", "isOfficer", "isOther",
        "isTenPercentOwner", "issuer", "issuerCik", "issuerForeignTradingSymbol", "issuerName",
        "issuerTradingSymbol", "natureOfOwnership", "noSecuritiesOwned", "nonDerivativeHolding",
        "nonDerivativeTable", "nonDerivativeTransaction", "notSubjectToSection16", "officerTitle", "otherText",
        "ownerSignature", "ownershipDocument", "ownershipNature", "periodOfReport", "postTransactionAmounts",
        "remarks", "reportingOwner", "reportingOwnerAddress", "reportingOwnerId", "reportingOwnerRelationship",
        "rptOwnerCcc", "rptOwnerCik", "rptOwnerCity", "rptOwnerGoodAddress", "rptOwnerName", "rptOwnerState",
        "rptOwnerStateDescription", "rptOwnerStreet1", "rptOwnerStreet2", "rptOwnerZipCode", "schemaVersion",
        "securityTitle", "sharesOwnedFollowingTransaction", "signatureDate", "signatureName",
        "transactionAcquiredDisposedCode", "transactionAmounts", "transactionCode", "transactionCoding",
        "transactionDate", "transactionFormType", "transactionPricePerShare", "transactionShares",
        "transactionTimeliness", "transactionTotalValue", "underlyingSecurity", "underlyingSecurityShares",
        "underlyingSecurityTitle", "underlyingSecurityValue", "value", "valueOwnedFollowingTransaction", "id",
    ])
}
