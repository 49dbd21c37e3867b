@testable import Form4Core

/// Small valid documents made up for the business-rule tests (fictional
/// issuer and people), each a starting point that one test breaks in one place.
enum RulesFixtures {
    static func dec(_ text: String) -> DecimalText {
        guard let value = DecimalText(text) else { preconditionFailure("bad decimal literal \(text)") }
        return value
    }

    static func date(_ text: String) -> DateText {
        guard let value = DateText(text) else { preconditionFailure("bad date literal \(text)") }
        return value
    }

    static func number(_ text: String?, _ ids: String...) -> Footnoted<DecimalText> {
        Footnoted(text.map(dec), footnoteId: ids)
    }

    static func day(_ text: String?, _ ids: String...) -> Footnoted<DateText> {
        Footnoted(text.map(date), footnoteId: ids)
    }

    static func text(_ value: String?, _ ids: String...) -> Footnoted<String> {
        Footnoted(value, footnoteId: ids)
    }

    static func owner(cik: String) -> ReportingOwner {
        ReportingOwner(
            reportingOwnerId: ReportingOwnerId(rptOwnerCik: cik, rptOwnerCcc: "a1b2c3d#"),
            reportingOwnerAddress: ReportingOwnerAddress(
                rptOwnerStreet1: "12 Lantern Way", rptOwnerCity: "Springfield", rptOwnerState: "IL",
                rptOwnerZipCode: "62701"),
            reportingOwnerRelationship: ReportingOwnerRelationship(
                isDirector: true, isOfficer: true, isTenPercentOwner: false, isOther: false,
                officerTitle: "Chief Executive Officer"))
    }

    static let direct = OwnershipNature(directOrIndirectOwnership: text("D"))

    static func saleOfCommon(code: String = "S", formType: String = "4") -> NonDerivativeTransaction {
        NonDerivativeTransaction(
            securityTitle: text("Common Stock"), transactionDate: day("2024-03-01"),
            transactionCoding: TransactionCoding(transactionFormType: formType, transactionCode: code,
                                                 equitySwapInvolved: false),
            transactionAmounts: TransactionAmounts(
                transactionShares: number("1000"), transactionPricePerShare: number(nil, "F1"),
                transactionAcquiredDisposedCode: text("D")),
            postTransactionAmounts: PostTransactionAmounts(sharesOwnedFollowingTransaction: number("9000")),
            ownershipNature: direct)
    }

    static let trustHolding = NonDerivativeHolding(
        securityTitle: text("Common Stock"),
        postTransactionAmounts: PostTransactionAmounts(sharesOwnedFollowingTransaction: number("500")),
        ownershipNature: OwnershipNature(directOrIndirectOwnership: text("I"),
                                         natureOfOwnership: text("By trust", "F2")))

    static let optionExercise = DerivativeTransaction(
        securityTitle: text("Stock Option (right to buy)"), conversionOrExercisePrice: number("10.5"),
        transactionDate: day("2024-03-01"),
        transactionCoding: TransactionCoding(transactionFormType: "4", transactionCode: "M", equitySwapInvolved: false),
        transactionAmounts: TransactionAmounts(
            transactionShares: number("200"), transactionPricePerShare: number("0"),
            transactionAcquiredDisposedCode: text("D")),
        exerciseDate: day(nil, "F3"), expirationDate: day("2030-01-01"),
        underlyingSecurity: UnderlyingSecurity(underlyingSecurityTitle: text("Common Stock"),
                                               underlyingSecurityShares: number("200")),
        postTransactionAmounts: PostTransactionAmounts(sharesOwnedFollowingTransaction: number("800")),
        ownershipNature: direct)

    static let unitsHolding = DerivativeHolding(
        securityTitle: text("Restricted Stock Units"), conversionOrExercisePrice: number(nil, "F3"),
        exerciseDate: day(nil, "F3"), expirationDate: day(nil, "F3"),
        underlyingSecurity: UnderlyingSecurity(underlyingSecurityTitle: text("Common Stock"),
                                               underlyingSecurityShares: number("300.25")),
        postTransactionAmounts: PostTransactionAmounts(sharesOwnedFollowingTransaction: number("300.25")),
        ownershipNature: direct)

    static let footnotes = [
        Footnote(id: "F1", text: "Weighted average price; sales between $12.10 and $12.90."),
        Footnote(id: "F2", text: "Held by the Quill Family Trust."),
        Footnote(id: "F3", text: "The units vest in four equal annual installments."),
    ]

    /// A Form 4 with one row of each kind, footnotes used by value-or-footnote
    /// fields, and nothing EDGAR fills in: clean both as published and as a submission.
    static func form4() -> OwnershipDocument {
        OwnershipDocument(
            documentType: "4", periodOfReport: date("2024-03-01"),
            issuer: Issuer(issuerCik: "0000111111", issuerTradingSymbol: "LNPK"),
            reportingOwner: [owner(cik: "0000222222")],
            aff10b5One: false,
            nonDerivativeTable: NonDerivativeTable(nonDerivativeTransaction: [saleOfCommon()],
                                                   nonDerivativeHolding: [trustHolding]),
            derivativeTable: DerivativeTable(derivativeTransaction: [optionExercise],
                                             derivativeHolding: [unitsHolding]),
            footnotes: footnotes,
            remarks: "Exhibit 24 - Power of Attorney",
            ownerSignature: [OwnerSignature(signatureName: "/s/ Ada Quill", signatureDate: date("2024-03-04"))])
    }

    /// A Form 3: holdings only; the derivative holding has no amount owned.
    static func form3() -> OwnershipDocument {
        var d = form4()
        d.documentType = "3"
        d.aff10b5One = nil
        var units = unitsHolding
        units.postTransactionAmounts = nil
        d.nonDerivativeTable = NonDerivativeTable(nonDerivativeHolding: [trustHolding])
        d.derivativeTable = DerivativeTable(derivativeHolding: [units])
        d.footnotes = Array(footnotes.dropFirst())
        return d
    }

    /// A Form 5: an on-time form-5 gift, a late form-4 sale, and a late Form 3 holding.
    static func form5() -> OwnershipDocument {
        var d = form4()
        d.documentType = "5"
        var late = saleOfCommon()
        late.transactionTimeliness = text("L")
        var lateHolding = trustHolding
        lateHolding.transactionCoding = TransactionCoding(transactionFormType: "3")
        d.nonDerivativeTable = NonDerivativeTable(
            nonDerivativeTransaction: [saleOfCommon(code: "G", formType: "5"), late],
            nonDerivativeHolding: [lateHolding])
        return d
    }
}

extension OwnershipDocument {
    /// Removes footnotes nothing references, so a test that deletes rows breaks only its own rule.
    mutating func dropUnreferencedFootnotes() {
        let used = Set(footnoteSites.flatMap(\.footnoteId))
        footnotes.removeAll { !used.contains($0.id) }
    }
}
