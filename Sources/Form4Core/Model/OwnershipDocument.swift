/// One EDGAR `ownershipDocument`: a Form 3, 4 or 5 or an amendment of one.
///
/// Property names are EDGAR's element names, so the XML, the JSON form
/// (`Codable`) and Swift code all say `transactionShares` for the same thing.
/// Repeated elements keep their singular element name (`reportingOwner`,
/// `footnote`, `ownerSignature`) and hold an array, in document order.
///
/// Almost everything is optional: the model must also carry an incomplete
/// draft (what `encode` could read of a loose text), and saying what is missing
/// is the validator's job, not the type system's.
public struct OwnershipDocument: Sendable, Hashable, Codable {
    public var schemaVersion: String?
    /// `3`, `3/A`, `4`, `4/A`, `5` or `5/A` (see ``DocumentType``).
    public var documentType: String?
    public var periodOfReport: DateText?
    /// Amendments only.
    public var dateOfOriginalSubmission: DateText?
    /// Form 3 only; EDGAR derives it from the tables.
    public var noSecuritiesOwned: Bool?
    /// Forms 4 and 5: the "no longer subject to Section 16" box.
    public var notSubjectToSection16: Bool?
    /// Form 5 only; EDGAR derives it.
    public var form3HoldingsReported: Bool?
    /// Form 5 only; EDGAR derives it.
    public var form4TransactionsReported: Bool?
    public var issuer: Issuer
    public var reportingOwner: [ReportingOwner]
    /// The Rule 10b5-1(c) box (schema X0407 and later).
    public var aff10b5One: Bool?
    public var nonDerivativeTable: NonDerivativeTable?
    public var derivativeTable: DerivativeTable?
    public var footnotes: [Footnote]
    public var remarks: String?
    public var ownerSignature: [OwnerSignature]

    public init(
        schemaVersion: String? = nil, documentType: String? = nil, periodOfReport: DateText? = nil,
        dateOfOriginalSubmission: DateText? = nil, noSecuritiesOwned: Bool? = nil,
        notSubjectToSection16: Bool? = nil, form3HoldingsReported: Bool? = nil,
        form4TransactionsReported: Bool? = nil, issuer: Issuer = Issuer(), reportingOwner: [ReportingOwner] = [],
        aff10b5One: Bool? = nil, nonDerivativeTable: NonDerivativeTable? = nil,
        derivativeTable: DerivativeTable? = nil, footnotes: [Footnote] = [], remarks: String? = nil,
        ownerSignature: [OwnerSignature] = []
    ) {
        self.schemaVersion = schemaVersion
        self.documentType = documentType
        self.periodOfReport = periodOfReport
        self.dateOfOriginalSubmission = dateOfOriginalSubmission
        self.noSecuritiesOwned = noSecuritiesOwned
        self.notSubjectToSection16 = notSubjectToSection16
        self.form3HoldingsReported = form3HoldingsReported
        self.form4TransactionsReported = form4TransactionsReported
        self.issuer = issuer
        self.reportingOwner = reportingOwner
        self.aff10b5One = aff10b5One
        self.nonDerivativeTable = nonDerivativeTable
        self.derivativeTable = derivativeTable
        self.footnotes = footnotes
        self.remarks = remarks
        self.ownerSignature = ownerSignature
    }
}

/// The six document types EDGAR accepts.
public enum DocumentType: String, Sendable, Hashable, Codable, CaseIterable {
    case form3 = "3"
    case form3A = "3/A"
    case form4 = "4"
    case form4A = "4/A"
    case form5 = "5"
    case form5A = "5/A"

    /// The form without its amendment suffix: 3, 4 or 5.
    public var baseForm: Int {
        switch self {
        case .form3, .form3A: 3
        case .form4, .form4A: 4
        case .form5, .form5A: 5
        }
    }

    public var isAmendment: Bool { rawValue.hasSuffix("/A") }
}

extension OwnershipDocument {
    /// The document type, when `documentType` holds one of the six EDGAR knows.
    public var type: DocumentType? {
        documentType.flatMap { DocumentType(rawValue: $0.trimmingXMLWhitespace()) }
    }
}

public struct Issuer: Sendable, Hashable, Codable {
    public var issuerCik: String?
    /// EDGAR fills this in on dissemination.
    public var issuerName: String?
    public var issuerTradingSymbol: String?
    /// Schema X0609 and later.
    public var issuerForeignTradingSymbol: String?

    public init(issuerCik: String? = nil, issuerName: String? = nil, issuerTradingSymbol: String? = nil,
                issuerForeignTradingSymbol: String? = nil) {
        self.issuerCik = issuerCik
        self.issuerName = issuerName
        self.issuerTradingSymbol = issuerTradingSymbol
        self.issuerForeignTradingSymbol = issuerForeignTradingSymbol
    }
}

public struct Footnote: Sendable, Hashable, Codable {
    /// `F1` … `F99`.
    public var id: String
    /// The text as written (line breaks kept).
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

public struct OwnerSignature: Sendable, Hashable, Codable {
    public var signatureName: String?
    public var signatureDate: DateText?

    public init(signatureName: String? = nil, signatureDate: DateText? = nil) {
        self.signatureName = signatureName
        self.signatureDate = signatureDate
    }
}
