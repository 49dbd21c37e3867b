/// One of the 1 to 10 people or entities filing the document.
public struct ReportingOwner: Sendable, Hashable, Codable {
    public var reportingOwnerId: ReportingOwnerId
    public var reportingOwnerAddress: ReportingOwnerAddress?
    public var reportingOwnerRelationship: ReportingOwnerRelationship

    public init(reportingOwnerId: ReportingOwnerId = ReportingOwnerId(),
                reportingOwnerAddress: ReportingOwnerAddress? = nil,
                reportingOwnerRelationship: ReportingOwnerRelationship = ReportingOwnerRelationship()) {
        self.reportingOwnerId = reportingOwnerId
        self.reportingOwnerAddress = reportingOwnerAddress
        self.reportingOwnerRelationship = reportingOwnerRelationship
    }
}

public struct ReportingOwnerId: Sendable, Hashable, Codable {
    public var rptOwnerCik: String?
    /// The owner's CIK confirmation code: sent to EDGAR, never disseminated.
    public var rptOwnerCcc: String?
    /// EDGAR fills this in on dissemination.
    public var rptOwnerName: String?

    public init(rptOwnerCik: String? = nil, rptOwnerCcc: String? = nil, rptOwnerName: String? = nil) {
        self.rptOwnerCik = rptOwnerCik
        self.rptOwnerCcc = rptOwnerCcc
        self.rptOwnerName = rptOwnerName
    }
}

public struct ReportingOwnerAddress: Sendable, Hashable, Codable {
    public var rptOwnerStreet1: String?
    public var rptOwnerStreet2: String?
    public var rptOwnerCity: String?
    public var rptOwnerState: String?
    public var rptOwnerZipCode: String?
    /// For stylesheets; not for filers.
    public var rptOwnerStateDescription: String?
    /// EDGAR-internal.
    public var rptOwnerGoodAddress: Bool?

    public init(rptOwnerStreet1: String? = nil, rptOwnerStreet2: String? = nil, rptOwnerCity: String? = nil,
                rptOwnerState: String? = nil, rptOwnerZipCode: String? = nil,
                rptOwnerStateDescription: String? = nil, rptOwnerGoodAddress: Bool? = nil) {
        self.rptOwnerStreet1 = rptOwnerStreet1
        self.rptOwnerStreet2 = rptOwnerStreet2
        self.rptOwnerCity = rptOwnerCity
        self.rptOwnerState = rptOwnerState
        self.rptOwnerZipCode = rptOwnerZipCode
        self.rptOwnerStateDescription = rptOwnerStateDescription
        self.rptOwnerGoodAddress = rptOwnerGoodAddress
    }
}

public struct ReportingOwnerRelationship: Sendable, Hashable, Codable {
    public var isDirector: Bool?
    public var isOfficer: Bool?
    public var isTenPercentOwner: Bool?
    public var isOther: Bool?
    public var officerTitle: String?
    public var otherText: String?

    public init(isDirector: Bool? = nil, isOfficer: Bool? = nil, isTenPercentOwner: Bool? = nil,
                isOther: Bool? = nil, officerTitle: String? = nil, otherText: String? = nil) {
        self.isDirector = isDirector
        self.isOfficer = isOfficer
        self.isTenPercentOwner = isTenPercentOwner
        self.isOther = isOther
        self.officerTitle = officerTitle
        self.otherText = otherText
    }
}
