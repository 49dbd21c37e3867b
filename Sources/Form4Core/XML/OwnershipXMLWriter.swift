import LibXML

/// Writes the model as canonical EDGAR ownership XML: elements in schema
/// order, four-space indentation, one value per line, booleans as `1`/`0`.
///
/// The same document always gives the same bytes, so outputs can be diffed
/// and golden-tested.
public enum OwnershipXMLWriter {
    public enum Mode: Sendable {
        /// The complete document as EDGAR disseminates it: schemaVersion and the
        /// names EDGAR fills in are kept; the owner's CCC (a credential) is not.
        case published
        /// What a filer sends: no schemaVersion, issuerName, rptOwnerName or
        /// derived flags (EDGAR warns about and discards them); the CCC is kept.
        case submission
    }

    public static func xml(_ document: OwnershipDocument, mode: Mode = .published) -> String {
        String(decoding: bytes(document, mode: mode), as: UTF8.self)
    }

    /// The XML as UTF-8 bytes, for a file or a parser.
    public static func bytes(_ document: OwnershipDocument, mode: Mode = .published) -> [UInt8] {
        written(document, mode: mode).bytes
    }

    /// The XML, and whether every value in it reads back as written; when it
    /// does, reading the XML gives ``readBack(_:mode:)`` of the document, and
    /// `tree`, when given, has been built into the tree a parse of the XML gives,
    /// and `elements` holds the record of the elements written.
    static func written(_ document: OwnershipDocument, mode: Mode = .published, tree: XMLTreeBuilder? = nil,
                        elements: WrittenElements? = nil)
        -> (bytes: [UInt8], readsBack: Bool)
    {
        var w = XMLTextBuilder(tree: tree, elements: elements)
        let published = mode == .published
        let d = document
        w.open("ownershipDocument")
        if published, let v = d.schemaVersion { w.leaf("schemaVersion", v) }
        if let v = d.documentType { w.leaf("documentType", v) }
        if let v = d.periodOfReport { w.leaf("periodOfReport", v.text) }
        if let v = d.dateOfOriginalSubmission { w.leaf("dateOfOriginalSubmission", v.text) }
        if published, let v = d.noSecuritiesOwned { w.leaf("noSecuritiesOwned", flag(v)) }
        if let v = d.notSubjectToSection16 { w.leaf("notSubjectToSection16", flag(v)) }
        if published, let v = d.form3HoldingsReported { w.leaf("form3HoldingsReported", flag(v)) }
        if published, let v = d.form4TransactionsReported { w.leaf("form4TransactionsReported", flag(v)) }
        writeIssuer(d.issuer, published: published, into: &w)
        for owner in d.reportingOwner { writeOwner(owner, published: published, into: &w) }
        if let v = d.aff10b5One { w.leaf("aff10b5One", flag(v)) }
        if let table = d.nonDerivativeTable, !table.isEmpty {
            w.open("nonDerivativeTable")
            for row in table.nonDerivativeTransaction {
                w.open("nonDerivativeTransaction")
                footnoted("securityTitle", row.securityTitle, into: &w)
                footnoted("transactionDate", row.transactionDate, into: &w)
                footnoted("deemedExecutionDate", row.deemedExecutionDate, into: &w)
                writeCoding(row.transactionCoding, into: &w)
                footnoted("transactionTimeliness", row.transactionTimeliness, into: &w)
                writeAmounts(row.transactionAmounts, into: &w)
                writePost(row.postTransactionAmounts, into: &w)
                writeNature(row.ownershipNature, into: &w)
                w.close("nonDerivativeTransaction")
            }
            for row in table.nonDerivativeHolding {
                w.open("nonDerivativeHolding")
                footnoted("securityTitle", row.securityTitle, into: &w)
                writeCoding(row.transactionCoding, into: &w)
                writePost(row.postTransactionAmounts, into: &w)
                writeNature(row.ownershipNature, into: &w)
                w.close("nonDerivativeHolding")
            }
            w.close("nonDerivativeTable")
        }
        if let table = d.derivativeTable, !table.isEmpty {
            w.open("derivativeTable")
            for row in table.derivativeTransaction {
                w.open("derivativeTransaction")
                footnoted("securityTitle", row.securityTitle, into: &w)
                footnoted("conversionOrExercisePrice", row.conversionOrExercisePrice, into: &w)
                footnoted("transactionDate", row.transactionDate, into: &w)
                footnoted("deemedExecutionDate", row.deemedExecutionDate, into: &w)
                writeCoding(row.transactionCoding, into: &w)
                footnoted("transactionTimeliness", row.transactionTimeliness, into: &w)
                writeAmounts(row.transactionAmounts, into: &w)
                footnoted("exerciseDate", row.exerciseDate, into: &w)
                footnoted("expirationDate", row.expirationDate, into: &w)
                writeUnderlying(row.underlyingSecurity, into: &w)
                writePost(row.postTransactionAmounts, into: &w)
                writeNature(row.ownershipNature, into: &w)
                w.close("derivativeTransaction")
            }
            for row in table.derivativeHolding {
                w.open("derivativeHolding")
                footnoted("securityTitle", row.securityTitle, into: &w)
                footnoted("conversionOrExercisePrice", row.conversionOrExercisePrice, into: &w)
                writeCoding(row.transactionCoding, into: &w)
                footnoted("exerciseDate", row.exerciseDate, into: &w)
                footnoted("expirationDate", row.expirationDate, into: &w)
                writeUnderlying(row.underlyingSecurity, into: &w)
                writePost(row.postTransactionAmounts, into: &w)
                writeNature(row.ownershipNature, into: &w)
                w.close("derivativeHolding")
            }
            w.close("derivativeTable")
        }
        if !d.footnotes.isEmpty {
            w.open("footnotes")
            for f in d.footnotes { w.leaf("footnote", attribute: "id", value: f.id, text: f.text) }
            w.close("footnotes")
        }
        if let v = d.remarks { w.leaf("remarks", v) }
        for s in d.ownerSignature {
            w.open("ownerSignature")
            if let v = s.signatureName { w.leaf("signatureName", v) }
            if let v = s.signatureDate { w.leaf("signatureDate", v.text) }
            w.close("ownerSignature")
        }
        w.close("ownershipDocument")
        return w.finish()
    }

    private static func flag(_ b: Bool) -> String { b ? "1" : "0" }

    private static func writeIssuer(_ i: Issuer, published: Bool, into w: inout XMLTextBuilder) {
        w.open("issuer")
        if let v = i.issuerCik { w.leaf("issuerCik", v) }
        if published, let v = i.issuerName { w.leaf("issuerName", v) }
        if let v = i.issuerTradingSymbol { w.leaf("issuerTradingSymbol", v) }
        if let v = i.issuerForeignTradingSymbol { w.leaf("issuerForeignTradingSymbol", v) }
        w.close("issuer")
    }

    private static func writeOwner(_ o: ReportingOwner, published: Bool, into w: inout XMLTextBuilder) {
        w.open("reportingOwner")
        w.open("reportingOwnerId")
        if let v = o.reportingOwnerId.rptOwnerCik { w.leaf("rptOwnerCik", v) }
        if !published, let v = o.reportingOwnerId.rptOwnerCcc { w.leaf("rptOwnerCcc", v) }
        if published, let v = o.reportingOwnerId.rptOwnerName { w.leaf("rptOwnerName", v) }
        w.close("reportingOwnerId")
        if let a = o.reportingOwnerAddress {
            w.open("reportingOwnerAddress")
            if let v = a.rptOwnerStreet1 { w.leaf("rptOwnerStreet1", v) }
            if let v = a.rptOwnerStreet2 { w.leaf("rptOwnerStreet2", v) }
            if let v = a.rptOwnerCity { w.leaf("rptOwnerCity", v) }
            if let v = a.rptOwnerState { w.leaf("rptOwnerState", v) }
            if let v = a.rptOwnerZipCode { w.leaf("rptOwnerZipCode", v) }
            if published, let v = a.rptOwnerStateDescription { w.leaf("rptOwnerStateDescription", v) }
            if published, let v = a.rptOwnerGoodAddress { w.leaf("rptOwnerGoodAddress", flag(v)) }
            w.close("reportingOwnerAddress")
        }
        let r = o.reportingOwnerRelationship
        w.open("reportingOwnerRelationship")
        if let v = r.isDirector { w.leaf("isDirector", flag(v)) }
        if let v = r.isOfficer { w.leaf("isOfficer", flag(v)) }
        if let v = r.isTenPercentOwner { w.leaf("isTenPercentOwner", flag(v)) }
        if let v = r.isOther { w.leaf("isOther", flag(v)) }
        if let v = r.officerTitle { w.leaf("officerTitle", v) }
        if let v = r.otherText { w.leaf("otherText", v) }
        w.close("reportingOwnerRelationship")
        w.close("reportingOwner")
    }

    private static func writeCoding(_ c: TransactionCoding?, into w: inout XMLTextBuilder) {
        guard let c else { return }
        w.open("transactionCoding")
        if let v = c.transactionFormType { w.leaf("transactionFormType", v) }
        if let v = c.transactionCode { w.leaf("transactionCode", v) }
        if let v = c.equitySwapInvolved { w.leaf("equitySwapInvolved", flag(v)) }
        for id in c.footnoteId { w.empty("footnoteId", attribute: "id", value: id) }
        w.close("transactionCoding")
    }

    private static func writeAmounts(_ a: TransactionAmounts?, into w: inout XMLTextBuilder) {
        guard let a else { return }
        w.open("transactionAmounts")
        footnoted("transactionShares", a.transactionShares, into: &w)
        footnoted("transactionTotalValue", a.transactionTotalValue, into: &w)
        footnoted("transactionPricePerShare", a.transactionPricePerShare, into: &w)
        footnoted("transactionAcquiredDisposedCode", a.transactionAcquiredDisposedCode, into: &w)
        w.close("transactionAmounts")
    }

    private static func writePost(_ a: PostTransactionAmounts?, into w: inout XMLTextBuilder) {
        guard let a else { return }
        w.open("postTransactionAmounts")
        footnoted("sharesOwnedFollowingTransaction", a.sharesOwnedFollowingTransaction, into: &w)
        footnoted("valueOwnedFollowingTransaction", a.valueOwnedFollowingTransaction, into: &w)
        w.close("postTransactionAmounts")
    }

    private static func writeNature(_ n: OwnershipNature?, into w: inout XMLTextBuilder) {
        guard let n else { return }
        w.open("ownershipNature")
        footnoted("directOrIndirectOwnership", n.directOrIndirectOwnership, into: &w)
        footnoted("natureOfOwnership", n.natureOfOwnership, into: &w)
        w.close("ownershipNature")
    }

    private static func writeUnderlying(_ u: UnderlyingSecurity?, into w: inout XMLTextBuilder) {
        guard let u else { return }
        w.open("underlyingSecurity")
        footnoted("underlyingSecurityTitle", u.underlyingSecurityTitle, into: &w)
        footnoted("underlyingSecurityShares", u.underlyingSecurityShares, into: &w)
        footnoted("underlyingSecurityValue", u.underlyingSecurityValue, into: &w)
        w.close("underlyingSecurity")
    }

    /// A `<value>`-plus-`<footnoteId>` wrapper. An absent wrapper (nil) is not
    /// written; a present one with neither value nor footnote is written empty,
    /// which only `DATE_AND_OR_FOOTNOTE` and timeliness fields allow.
    ///
    /// One overload per value type rather than one generic over
    /// `CustomStringConvertible`: the generic one was compiled as a shared body
    /// that copied each `Footnoted<T>` through its type's witnesses, and cost a
    /// third of writing the document.
    private static func footnoted(_ name: StaticString, _ f: Footnoted<DecimalText>?, into w: inout XMLTextBuilder) {
        guard let f else { return }
        wrapper(name, value: f.value?.text, footnoteId: f.footnoteId, into: &w)
    }

    private static func footnoted(_ name: StaticString, _ f: Footnoted<DateText>?, into w: inout XMLTextBuilder) {
        guard let f else { return }
        wrapper(name, value: f.value?.text, footnoteId: f.footnoteId, into: &w)
    }

    private static func footnoted(_ name: StaticString, _ f: Footnoted<String>?, into w: inout XMLTextBuilder) {
        guard let f else { return }
        wrapper(name, value: f.value, footnoteId: f.footnoteId, into: &w)
    }

    private static func wrapper(_ name: StaticString, value: String?, footnoteId: [String], into w: inout XMLTextBuilder) {
        w.open(name)
        if let value { w.leaf("value", value) }
        for id in footnoteId { w.empty("footnoteId", attribute: "id", value: id) }
        w.close(name)
    }
}
