@testable import Form4Core

/// Small made-up documents, one per document type, each valid against the
/// project's schema for its type. Issuer and people are fictional.
enum SchemaSamples {
    static func document(for type: DocumentType, labelledAs label: DocumentType? = nil) -> String {
        var header = "  <documentType>\((label ?? type).rawValue)</documentType>\n"
        header += "  <periodOfReport>2024-03-15</periodOfReport>\n"
        if type.isAmendment {
            header += "  <dateOfOriginalSubmission>2024-03-19</dateOfOriginalSubmission>\n"
        }
        switch type.baseForm {
        case 3: header += "  <noSecuritiesOwned>0</noSecuritiesOwned>\n"
        case 4: header += "  <notSubjectToSection16>false</notSubjectToSection16>\n"
        default:
            header += "  <notSubjectToSection16>0</notSubjectToSection16>\n"
            header += "  <form3HoldingsReported>1</form3HoldingsReported>\n"
            header += "  <form4TransactionsReported>true</form4TransactionsReported>\n"
        }
        let tenB5 = type.baseForm == 3 ? "" : "  <aff10b5One>0</aff10b5One>\n"
        let tables: String
        switch type.baseForm {
        case 3: tables = form3Tables
        case 4: tables = form4Tables
        default: tables = form5Tables
        }
        return """
            <?xml version="1.0"?>
            <ownershipDocument>
              <schemaVersion>X0508</schemaVersion>
            \(header)  <issuer>
                <issuerCik>0009990001</issuerCik>
                <issuerName>Marrowby Lantern Works Inc</issuerName>
                <issuerTradingSymbol>MLWX</issuerTradingSymbol>
              </issuer>
              <reportingOwner>
                <reportingOwnerId>
                  <rptOwnerCik>0009990002</rptOwnerCik>
                  <rptOwnerName>Tessaly Odo</rptOwnerName>
                </reportingOwnerId>
                <reportingOwnerAddress>
                  <rptOwnerStreet1>12 Quarry Lane</rptOwnerStreet1>
                  <rptOwnerStreet2></rptOwnerStreet2>
                  <rptOwnerCity>Fenwick</rptOwnerCity>
                  <rptOwnerState>OR</rptOwnerState>
                  <rptOwnerZipCode>97000</rptOwnerZipCode>
                </reportingOwnerAddress>
                <reportingOwnerRelationship>
                  <isDirector>1</isDirector>
                  <isOfficer>1</isOfficer>
                  <officerTitle>Chief Lamplighter</officerTitle>
                </reportingOwnerRelationship>
              </reportingOwner>
            \(tenB5)\(tables)  <footnotes>
                <footnote id="F1">Held by the Odo Family Trust.</footnote>
                <footnote id="F2">Weighted average price; sales ranged from $10.10 to $10.40.</footnote>
              </footnotes>
              <remarks>Made-up document for tests.</remarks>
              <ownerSignature>
                <signatureName>/s/ Tessaly Odo</signatureName>
                <signatureDate>2024-03-19</signatureDate>
              </ownerSignature>
            </ownershipDocument>

            """
    }

    static let form3Tables = """
          <nonDerivativeTable>
            <nonDerivativeHolding>
              <securityTitle><value>Common Stock</value></securityTitle>
              <postTransactionAmounts><sharesOwnedFollowingTransaction><value>1500</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
              <ownershipNature>
                <directOrIndirectOwnership><value>I</value></directOrIndirectOwnership>
                <natureOfOwnership><value>By trust</value><footnoteId id="F1"/></natureOfOwnership>
              </ownershipNature>
            </nonDerivativeHolding>
          </nonDerivativeTable>
          <derivativeTable>
            <derivativeHolding>
              <securityTitle><value>Stock Option (right to buy)</value></securityTitle>
              <conversionOrExercisePrice><value>8.25</value></conversionOrExercisePrice>
              <exerciseDate><footnoteId id="F2"/></exerciseDate>
              <expirationDate><value>2031-01-02</value></expirationDate>
              <underlyingSecurity>
                <underlyingSecurityTitle><value>Common Stock</value></underlyingSecurityTitle>
                <underlyingSecurityShares><value>4000</value></underlyingSecurityShares>
              </underlyingSecurity>
              <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
            </derivativeHolding>
          </derivativeTable>

        """

    static let form4Tables = """
          <nonDerivativeTable>
            <nonDerivativeTransaction>
              <securityTitle><value>Common Stock</value></securityTitle>
              <transactionDate><value>2024-03-15</value></transactionDate>
              <deemedExecutionDate></deemedExecutionDate>
              <transactionCoding>
                <transactionFormType>4</transactionFormType>
                <transactionCode>S</transactionCode>
                <equitySwapInvolved>0</equitySwapInvolved>
              </transactionCoding>
              <transactionTimeliness><value></value><footnoteId id="F1"/></transactionTimeliness>
              <transactionAmounts>
                <transactionShares><value>250.5</value></transactionShares>
                <transactionPricePerShare><value>10.2875</value><footnoteId id="F2"/></transactionPricePerShare>
                <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>
              </transactionAmounts>
              <postTransactionAmounts><sharesOwnedFollowingTransaction><value>1249.5</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
              <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
            </nonDerivativeTransaction>
            <nonDerivativeHolding>
              <securityTitle><value>Common Stock</value></securityTitle>
              <postTransactionAmounts><sharesOwnedFollowingTransaction><value>300</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
              <ownershipNature>
                <directOrIndirectOwnership><value>I</value></directOrIndirectOwnership>
                <natureOfOwnership><value>By trust</value></natureOfOwnership>
              </ownershipNature>
            </nonDerivativeHolding>
          </nonDerivativeTable>
          <derivativeTable>
            <derivativeTransaction>
              <securityTitle><value>Stock Option (right to buy)</value></securityTitle>
              <conversionOrExercisePrice><value>8.25</value></conversionOrExercisePrice>
              <transactionDate><value>2024-03-14</value></transactionDate>
              <transactionCoding>
                <transactionFormType>4</transactionFormType>
                <transactionCode>M</transactionCode>
                <equitySwapInvolved>false</equitySwapInvolved>
              </transactionCoding>
              <transactionAmounts>
                <transactionShares><value>1000</value></transactionShares>
                <transactionPricePerShare><value>0</value></transactionPricePerShare>
                <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>
              </transactionAmounts>
              <exerciseDate><footnoteId id="F1"/></exerciseDate>
              <expirationDate><value>2031-01-02</value></expirationDate>
              <underlyingSecurity>
                <underlyingSecurityTitle><value>Common Stock</value></underlyingSecurityTitle>
                <underlyingSecurityShares><value>1000</value></underlyingSecurityShares>
              </underlyingSecurity>
              <postTransactionAmounts><sharesOwnedFollowingTransaction><value>3000</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
              <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
            </derivativeTransaction>
          </derivativeTable>

        """

    static let form5Tables = """
          <nonDerivativeTable>
            <nonDerivativeTransaction>
              <securityTitle><value>Common Stock</value></securityTitle>
              <transactionDate><value>2023-12-20</value></transactionDate>
              <transactionCoding>
                <transactionFormType>5</transactionFormType>
                <transactionCode>G</transactionCode>
                <equitySwapInvolved>0</equitySwapInvolved>
              </transactionCoding>
              <transactionTimeliness><value>L</value></transactionTimeliness>
              <transactionAmounts>
                <transactionShares><value>100</value></transactionShares>
                <transactionPricePerShare><footnoteId id="F2"/></transactionPricePerShare>
                <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>
              </transactionAmounts>
              <postTransactionAmounts><sharesOwnedFollowingTransaction><value>1400</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
              <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
            </nonDerivativeTransaction>
            <nonDerivativeHolding>
              <securityTitle><value>Common Stock</value></securityTitle>
              <transactionCoding><transactionFormType>3</transactionFormType><footnoteId id="F1"/></transactionCoding>
              <postTransactionAmounts><sharesOwnedFollowingTransaction><value>700</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
              <ownershipNature>
                <directOrIndirectOwnership><value>I</value></directOrIndirectOwnership>
                <natureOfOwnership><value>By trust</value></natureOfOwnership>
              </ownershipNature>
            </nonDerivativeHolding>
          </nonDerivativeTable>

        """
}
