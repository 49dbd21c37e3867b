import Form4Core

/// `--set ELEMENT=VALUE` or `--set ELEMENT[N]=VALUE`: fills or overrides one
/// element, named as EDGAR names it. `N` (1-based) picks the reporting
/// owner or signature; it defaults to the first.
public struct ElementOverride: Sendable, Hashable {
    public var element: String
    public var index: Int
    public var value: String

    public init(element: String, index: Int = 1, value: String) {
        self.element = element
        self.index = index
        self.value = value
    }

    /// Parses `name=value` / `name[2]=value`; nil when malformed.
    public init?(argument: String) {
        guard let eq = argument.firstIndex(of: "=") else { return nil }
        var name = Substring(argument[..<eq])
        value = String(argument[argument.index(after: eq)...])
        index = 1
        if name.hasSuffix("]"), let open = name.firstIndex(of: "[") {
            guard let n = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]), n >= 1, n <= 10 else { return nil }
            index = n
            name = name[..<open]
        }
        guard !name.isEmpty else { return nil }
        element = String(name)
        guard ElementOverride.known.contains(element) else { return nil }
    }

    public static let known: Set<String> = [
        "schemaVersion", "documentType", "periodOfReport", "dateOfOriginalSubmission", "notSubjectToSection16", "aff10b5One",
        "noSecuritiesOwned", "issuerCik", "issuerName", "issuerTradingSymbol", "issuerForeignTradingSymbol",
        "rptOwnerCik", "rptOwnerCcc", "rptOwnerName", "rptOwnerStreet1", "rptOwnerStreet2", "rptOwnerCity", "rptOwnerState",
        "rptOwnerZipCode", "isDirector", "isOfficer", "isTenPercentOwner", "isOther", "officerTitle", "otherText",
        "remarks", "signatureName", "signatureDate",
    ]

    static func flag(_ s: String) -> Bool? {
        switch s.lowercased() {
        case "1", "true", "yes", "x": return true
        case "0", "false", "no", "": return false
        default: return nil
        }
    }

    /// Applies the override; returns a message when the value is not acceptable.
    func apply(to d: inout OwnershipDocument) -> String? {
        let v = value
        func date() -> DateText?? {
            if v.isEmpty { return .some(nil) }
            if let d = DateText(v) { return .some(d) }
            if let d = LooseValues.date(v).value { return .some(d) }
            return nil
        }
        func owner(_ body: (inout ReportingOwner) -> Void) {
            while d.reportingOwner.count < index { d.reportingOwner.append(ReportingOwner()) }
            body(&d.reportingOwner[index - 1])
        }
        func address(_ body: (inout ReportingOwnerAddress) -> Void) {
            owner { o in
                var a = o.reportingOwnerAddress ?? ReportingOwnerAddress()
                body(&a)
                o.reportingOwnerAddress = a
            }
        }
        func relation(_ body: (inout ReportingOwnerRelationship) -> Void) { owner { body(&$0.reportingOwnerRelationship) } }
        func signature(_ body: (inout OwnerSignature) -> Void) {
            while d.ownerSignature.count < index { d.ownerSignature.append(OwnerSignature()) }
            body(&d.ownerSignature[index - 1])
        }
        let text: String? = v.isEmpty ? nil : v
        switch element {
        case "schemaVersion": d.schemaVersion = text
        case "documentType":
            guard DocumentType(rawValue: v) != nil else { return "documentType must be 3, 3/A, 4, 4/A, 5 or 5/A" }
            d.documentType = v
        case "periodOfReport":
            guard let x = date() else { return "'\(v)' is not a date" }
            d.periodOfReport = x
        case "dateOfOriginalSubmission":
            guard let x = date() else { return "'\(v)' is not a date" }
            d.dateOfOriginalSubmission = x
        case "notSubjectToSection16", "aff10b5One", "noSecuritiesOwned", "isDirector", "isOfficer", "isTenPercentOwner", "isOther":
            guard let b = ElementOverride.flag(v) else { return "'\(v)' is not a boolean (1/0/true/false)" }
            switch element {
            case "notSubjectToSection16": d.notSubjectToSection16 = b
            case "aff10b5One": d.aff10b5One = b
            case "noSecuritiesOwned": d.noSecuritiesOwned = b
            case "isDirector": relation { $0.isDirector = b }
            case "isOfficer": relation { $0.isOfficer = b }
            case "isTenPercentOwner": relation { $0.isTenPercentOwner = b }
            default: relation { $0.isOther = b }
            }
        case "issuerCik": d.issuer.issuerCik = text
        case "issuerName": d.issuer.issuerName = text
        case "issuerTradingSymbol": d.issuer.issuerTradingSymbol = text
        case "issuerForeignTradingSymbol": d.issuer.issuerForeignTradingSymbol = text
        case "rptOwnerCik": owner { $0.reportingOwnerId.rptOwnerCik = text }
        case "rptOwnerCcc": owner { $0.reportingOwnerId.rptOwnerCcc = text }
        case "rptOwnerName": owner { $0.reportingOwnerId.rptOwnerName = text }
        case "rptOwnerStreet1": address { $0.rptOwnerStreet1 = text }
        case "rptOwnerStreet2": address { $0.rptOwnerStreet2 = text }
        case "rptOwnerCity": address { $0.rptOwnerCity = text }
        case "rptOwnerState": address { $0.rptOwnerState = text }
        case "rptOwnerZipCode": address { $0.rptOwnerZipCode = text }
        case "officerTitle": relation { $0.officerTitle = text }
        case "otherText": relation { $0.otherText = text }
        case "remarks": d.remarks = text
        case "signatureName": signature { $0.signatureName = text }
        case "signatureDate":
            guard let x = date() else { return "'\(v)' is not a date" }
            signature { $0.signatureDate = x }
        default: return "unknown element \(element)"
        }
        return nil
    }
}

extension ElementOverride {
    /// True for a "value not found" warning about the element this override
    /// sets (for owner and signature elements, the same owner or signature).
    func fills(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.rule == "ENC-MISSING", let path = diagnostic.path, path.hasSuffix("/" + element) else {
            return false
        }
        for repeated in ["reportingOwner", "ownerSignature"] where path.contains("/\(repeated)[") {
            return path.contains("/\(repeated)[\(index)]/")
        }
        return true
    }
}
