/// The element names the reader knows, so that it switches over integers
/// rather than comparing strings for every element of every row.
enum EDGARElementName: String, CaseIterable {
    case aff10b5One
    case conversionOrExercisePrice
    case dateOfOriginalSubmission
    case deemedExecutionDate
    case derivativeHolding
    case derivativeTable
    case derivativeTransaction
    case directOrIndirectOwnership
    case documentType
    case equitySwapInvolved
    case exerciseDate
    case expirationDate
    case footnote
    case footnoteId
    case footnotes
    case form3HoldingsReported
    case form4TransactionsReported
    case isDirector
    case isOfficer
    case isOther
    case isTenPercentOwner
    case issuer
    case issuerCik
    case issuerForeignTradingSymbol
    case issuerName
    case issuerTradingSymbol
    case natureOfOwnership
    case noSecuritiesOwned
    case nonDerivativeHolding
    case nonDerivativeTable
    case nonDerivativeTransaction
    case notSubjectToSection16
    case officerTitle
    case otherText
    case ownerSignature
    case ownershipNature
    case periodOfReport
    case postTransactionAmounts
    case remarks
    case reportingOwner
    case reportingOwnerAddress
    case reportingOwnerId
    case reportingOwnerRelationship
    case rptOwnerCcc
    case rptOwnerCik
    case rptOwnerCity
    case rptOwnerGoodAddress
    case rptOwnerName
    case rptOwnerState
    case rptOwnerStateDescription
    case rptOwnerStreet1
    case rptOwnerStreet2
    case rptOwnerZipCode
    case schemaVersion
    case securityTitle
    case sharesOwnedFollowingTransaction
    case signatureDate
    case signatureName
    case transactionAcquiredDisposedCode
    case transactionAmounts
    case transactionCode
    case transactionCoding
    case transactionDate
    case transactionFormType
    case transactionPricePerShare
    case transactionShares
    case transactionTimeliness
    case transactionTotalValue
    case underlyingSecurity
    case underlyingSecurityShares
    case underlyingSecurityTitle
    case underlyingSecurityValue
    case value
    case valueOwnedFollowingTransaction
}

extension EDGARElementName {
    /// Names to cases by hashing: the synthesized `init(rawValue:)` compares
    /// against every case in turn, which cost thousands of string comparisons
    /// per document.
    static let byName: [String: EDGARElementName] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}
