extension OwnershipXMLWriter {
    /// The model a reader gets from the XML ``written(_:mode:)`` makes of
    /// `document`, when every value in it reads back (`readsBack`): the document
    /// without the fields `mode` does not write and without empty tables.
    ///
    /// `encode` judges the XML it writes by the business rules; run on this
    /// model, they judge what the XML says without reading it back. It must
    /// follow every field the writer leaves out; the validator's tests compare
    /// it with a real reading.
    static func readBack(_ document: OwnershipDocument, mode: Mode) -> OwnershipDocument {
        var d = document
        switch mode {
        case .published:
            for k in d.reportingOwner.indices where d.reportingOwner[k].reportingOwnerId.rptOwnerCcc != nil {
                d.reportingOwner[k].reportingOwnerId.rptOwnerCcc = nil
            }
        case .submission:
            d.schemaVersion = nil
            d.noSecuritiesOwned = nil
            d.form3HoldingsReported = nil
            d.form4TransactionsReported = nil
            d.issuer.issuerName = nil
            for k in d.reportingOwner.indices {
                d.reportingOwner[k].reportingOwnerId.rptOwnerName = nil
                d.reportingOwner[k].reportingOwnerAddress?.rptOwnerStateDescription = nil
                d.reportingOwner[k].reportingOwnerAddress?.rptOwnerGoodAddress = nil
            }
        }
        if d.nonDerivativeTable?.isEmpty == true { d.nonDerivativeTable = nil }
        if d.derivativeTable?.isEmpty == true { d.derivativeTable = nil }
        return d
    }
}
