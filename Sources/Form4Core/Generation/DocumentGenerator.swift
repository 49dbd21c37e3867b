/// Makes random but valid ownership documents, reproducibly from a seed, for
/// property tests of every path through the model (decode/encode round trips,
/// diff, the writer).
///
/// Real filings rarely show the hard cases all at once, so the generator seeks
/// them out: footnote-only values, 4-decimal prices, 16-digit amounts,
/// fractional shares, `& < > "` and non-ASCII text, multi-line remarks and
/// footnotes, 30-row tables, 10 owners, empty tables, Forms 3, 4 and 5 and
/// their amendments, and the empty elements real filers leave in
/// (`<deemedExecutionDate/>`, `<rptOwnerStreet2></rptOwnerStreet2>`).
/// Every seed's `profile` (seed % 8) forces one of the extremes so that a few
/// hundred seeds cover them all.
public struct DocumentGenerator: Sendable {
    private var random: SplitMix64
    private let profile: Int
    private var footnoteCount = 0
    private var referenced: Set<Int> = []

    public init(seed: UInt64) {
        random = SplitMix64(seed: seed)
        profile = Int(seed % 8)
    }

    /// The document for `seed`; the same seed always gives the same document.
    public static func document(seed: UInt64) -> OwnershipDocument {
        var generator = DocumentGenerator(seed: seed)
        return generator.document()
    }

    public mutating func document() -> OwnershipDocument {
        let type: DocumentType
        switch profile {
        case 3: type = random.pick([.form3, .form3A])
        case 5: type = random.pick([.form5, .form5A])
        default: type = random.pick(DocumentType.allCases)
        }
        footnoteCount = random.int(0...(profile == 6 ? 40 : 8))
        referenced = []
        var d = OwnershipDocument()
        d.schemaVersion = random.chance(85) ? random.pick(["X0306", "X0407", "X0508", "X0609", "X0206"]) : nil
        d.documentType = type.rawValue
        d.periodOfReport = date()
        if type.isAmendment { d.dateOfOriginalSubmission = date() }
        switch type.baseForm {
        case 3:
            d.noSecuritiesOwned = random.chance(50) ? random.chance(20) : nil
        case 5:
            d.notSubjectToSection16 = optionalFlag()
            d.form3HoldingsReported = optionalFlag()
            d.form4TransactionsReported = optionalFlag()
        default:
            d.notSubjectToSection16 = optionalFlag()
        }
        d.issuer = Issuer(issuerCik: cik(), issuerName: random.chance(95) ? companyName() : nil,
                          issuerTradingSymbol: ticker(),
                          issuerForeignTradingSymbol: random.chance(10) ? random.pick(["", "ACME.L", "7203.T"]) : nil)
        let owners = profile == 1 ? 10 : (random.chance(75) ? 1 : random.int(2...4))
        d.reportingOwner = (0..<owners).map { _ in owner() }
        if type.baseForm != 3, random.chance(60) { d.aff10b5One = random.chance(25) }
        fillTables(&d, type: type)
        let transactions = (d.nonDerivativeTable?.nonDerivativeTransaction.count ?? 0)
            + (d.derivativeTable?.derivativeTransaction.count ?? 0)
        if type.baseForm != 3, transactions == 0 {
            // EDGAR takes a Form 4 or 5 without transactions only from someone leaving Section 16.
            d.notSubjectToSection16 = true
        }
        d.footnotes = (1...max(1, footnoteCount)).compactMap { n in
            referenced.contains(n) ? Footnote(id: "F\(n)", text: footnoteText()) : nil
        }
        if random.chance(40) {
            d.remarks = random.chance(15) ? "" : freeText(lines: random.int(1...4))
        }
        d.ownerSignature = (0..<(random.chance(80) ? 1 : random.int(2...min(10, owners + 1)))).map { _ in
            OwnerSignature(signatureName: "/s/ " + personName(), signatureDate: date())
        }
        return d
    }

    // MARK: - Tables

    private mutating func fillTables(_ d: inout OwnershipDocument, type: DocumentType) {
        let big = profile == 0
        func count(_ most: Int) -> Int { big ? 30 : random.int(0...most) }
        switch type.baseForm {
        case 3:
            if random.chance(85) {
                d.nonDerivativeTable = NonDerivativeTable(
                    nonDerivativeHolding: (0..<count(4)).map { _ in nonDerivativeHolding(form: 3) })
            }
            if random.chance(70) {
                d.derivativeTable = DerivativeTable(
                    derivativeHolding: (0..<count(3)).map { _ in derivativeHolding(form: 3) })
            }
        default:
            let form = type.baseForm
            if random.chance(90) {
                let transactions = (0..<(big ? 30 : random.int(profile == 7 ? 0...0 : 1...6))).map { _ in
                    nonDerivativeTransaction(form: form)
                }
                let holdings = big ? [] : (0..<random.int(0...2)).map { _ in nonDerivativeHolding(form: form) }
                d.nonDerivativeTable = NonDerivativeTable(nonDerivativeTransaction: transactions,
                                                          nonDerivativeHolding: holdings)
            }
            if random.chance(70) {
                let transactions = (0..<(big ? 30 : random.int(0...3))).map { _ in derivativeTransaction(form: form) }
                let holdings = big ? [] : (0..<random.int(0...2)).map { _ in derivativeHolding(form: form) }
                d.derivativeTable = DerivativeTable(derivativeTransaction: transactions, derivativeHolding: holdings)
            }
        }
    }

    private mutating func nonDerivativeTransaction(form: Int) -> NonDerivativeTransaction {
        NonDerivativeTransaction(
            securityTitle: footnotedText(securityTitle()),
            transactionDate: footnotedValue(date()),
            deemedExecutionDate: deemedDate(),
            transactionCoding: coding(form: form),
            transactionTimeliness: timeliness(form: form),
            transactionAmounts: amounts(derivative: false),
            postTransactionAmounts: post(),
            ownershipNature: nature())
    }

    private mutating func nonDerivativeHolding(form: Int) -> NonDerivativeHolding {
        NonDerivativeHolding(
            securityTitle: footnotedText(securityTitle()),
            transactionCoding: form == 5 && random.chance(50)
                ? TransactionCoding(transactionFormType: "3", footnoteId: refs()) : nil,
            postTransactionAmounts: post(),
            ownershipNature: nature())
    }

    private mutating func derivativeTransaction(form: Int) -> DerivativeTransaction {
        DerivativeTransaction(
            securityTitle: footnotedText(random.pick(["Stock Option (Right to Buy)", "Restricted Stock Units",
                                                      "Warrant", "Series B Preferred Stock"])),
            conversionOrExercisePrice: footnotedValue(price(), footnoteOnly: true),
            transactionDate: footnotedValue(date()),
            deemedExecutionDate: deemedDate(),
            transactionCoding: coding(form: form),
            transactionTimeliness: timeliness(form: form),
            transactionAmounts: amounts(derivative: true),
            exerciseDate: footnotedValue(date(), footnoteOnly: true),
            expirationDate: footnotedValue(date(), footnoteOnly: true),
            underlyingSecurity: underlying(),
            postTransactionAmounts: post(),
            ownershipNature: nature())
    }

    private mutating func derivativeHolding(form: Int) -> DerivativeHolding {
        DerivativeHolding(
            securityTitle: footnotedText(random.pick(["Stock Option (Right to Buy)", "Convertible Note"])),
            conversionOrExercisePrice: footnotedValue(price(), footnoteOnly: true),
            transactionCoding: form == 5 && random.chance(50)
                ? TransactionCoding(transactionFormType: "3", footnoteId: refs()) : nil,
            exerciseDate: footnotedValue(date(), footnoteOnly: true),
            expirationDate: footnotedValue(date(), footnoteOnly: true),
            underlyingSecurity: underlying(),
            // A Form 3 states what is owned in its underlying-security columns only.
            postTransactionAmounts: form == 3 ? nil : post(),
            ownershipNature: nature())
    }

    private mutating func coding(form: Int) -> TransactionCoding {
        TransactionCoding(
            transactionFormType: form == 5 ? random.pick(["4", "5"]) : "4",
            transactionCode: random.pick(["P", "S", "A", "M", "F", "G", "J", "C", "D", "X"]),
            equitySwapInvolved: random.chance(10),
            footnoteId: refs(percent: 15))
    }

    private mutating func timeliness(form: Int) -> Footnoted<String>? {
        switch random.below(5) {
        case 0: return nil
        case 1: return Footnoted(nil)
        case 2: return Footnoted("")
        default: return form == 3 ? nil : Footnoted("L")
        }
    }

    private mutating func deemedDate() -> Footnoted<DateText>? {
        switch random.below(4) {
        case 0: return nil
        case 1: return Footnoted(nil)
        default: return footnotedValue(date())
        }
    }

    /// Table I counts shares; Table II may count money, and its A/D code takes no footnote.
    private mutating func amounts(derivative: Bool) -> TransactionAmounts {
        let byValue = derivative && random.chance(8)
        return TransactionAmounts(
            transactionShares: byValue ? nil : footnotedValue(shares()),
            transactionTotalValue: byValue ? footnotedValue(amount()) : nil,
            transactionPricePerShare: footnotedValue(price(), footnoteOnly: true),
            transactionAcquiredDisposedCode: Footnoted(random.pick(["A", "D"]),
                                                       footnoteId: derivative ? [] : refs(percent: 10)))
    }

    private mutating func post() -> PostTransactionAmounts {
        random.chance(8)
            ? PostTransactionAmounts(valueOwnedFollowingTransaction: footnotedValue(amount()))
            : PostTransactionAmounts(sharesOwnedFollowingTransaction: footnotedValue(shares()))
    }

    private mutating func nature() -> OwnershipNature {
        if random.chance(55) {
            return OwnershipNature(directOrIndirectOwnership: Footnoted("D", footnoteId: refs(percent: 10)),
                                   natureOfOwnership: random.pick([nil, Footnoted("")]))
        }
        return OwnershipNature(directOrIndirectOwnership: Footnoted("I"),
                               natureOfOwnership: footnotedText(random.pick([
                                   "By Trust", "By Spouse", "See footnote", "By the Müller & Søn Family Trust",
                                   "By \"Fund (Q)\" <LP>", "Held by Élan Partners, L.P."])))
    }

    private mutating func underlying() -> UnderlyingSecurity {
        let byValue = random.chance(8)
        return UnderlyingSecurity(
            underlyingSecurityTitle: footnotedText(random.pick(["Common Stock", "Class A Common Stock"])),
            underlyingSecurityShares: byValue ? nil : footnotedValue(shares()),
            underlyingSecurityValue: byValue ? footnotedValue(amount()) : nil)
    }

    // MARK: - Values

    /// A value with footnotes; for the fields EDGAR lets a footnote stand in for
    /// (prices, exercise and expiration dates), sometimes the footnotes alone.
    private mutating func footnotedValue<T>(_ value: T, footnoteOnly: Bool = false) -> Footnoted<T> {
        let ids = refs()
        if footnoteOnly, !ids.isEmpty, random.chance(20) { return Footnoted(nil, footnoteId: ids) }
        return Footnoted(value, footnoteId: ids)
    }

    private mutating func footnotedText(_ value: String) -> Footnoted<String> {
        Footnoted(value, footnoteId: refs())
    }

    /// Footnote references for one field: none most of the time, sometimes two or three.
    private mutating func refs(percent: Int = 25) -> [String] {
        guard footnoteCount > 0, random.chance(percent) else { return [] }
        var ids: [Int] = []
        for _ in 0..<random.int(1...3) {
            let n = random.int(1...footnoteCount)
            if !ids.contains(n) { ids.append(n) }
        }
        referenced.formUnion(ids)
        return ids.map { "F\($0)" }
    }

    private mutating func optionalFlag() -> Bool? {
        random.chance(60) ? random.chance(15) : nil
    }

    private mutating func date() -> DateText {
        DateText(year: random.int(2004...2026), month: random.int(1...12), day: random.int(1...28))!
    }

    private mutating func digits(_ n: Int) -> String {
        var s = String(random.int(1...9))
        for _ in 1..<max(1, n) { s += String(random.below(10)) }
        return s
    }

    /// Share counts: whole, fractional, or 16 digits long (EDGAR's largest: 12 + 4 decimals).
    private mutating func shares() -> DecimalText {
        switch random.below(6) {
        case 0: return DecimalText(digits(12) + "." + digits(4))!
        case 1: return DecimalText(digits(random.int(1...6)) + "." + digits(random.int(1...4)))!
        case 2: return DecimalText("0")!
        case 3: return DecimalText(digits(random.int(1...7)) + ".00")!
        default: return DecimalText(digits(random.int(1...7)))!
        }
    }

    /// Prices: cents, 4 decimals, trailing zeros, zero.
    private mutating func price() -> DecimalText {
        switch random.below(5) {
        case 0: return DecimalText("0")!
        case 1: return DecimalText(String(random.int(0...999)) + "." + String(random.int(1000...9999)))!
        case 2: return DecimalText(String(random.int(1...999)) + ".00")!
        default: return DecimalText(String(random.int(1...9999)) + "." + String(random.int(10...99)))!
        }
    }

    private mutating func amount() -> DecimalText {
        DecimalText(random.chance(30) ? digits(12) + "." + digits(4) : digits(random.int(3...9)) + "." + String(random.int(10...99)))!
    }

    // MARK: - Text

    private mutating func cik() -> String {
        "000" + digits(7)
    }

    private mutating func ticker() -> String {
        random.pick(["ACME", "XYZ", "QRS", "ZZZT", "BRK.A", "NOVA"])
    }

    private mutating func companyName() -> String {
        random.pick(["Acme Widgets, Inc.", "Procter & Gamble Fictional Co", "Société Générale Imaginaire S.A.",
                     "Zeta <Holdings> Corp", "\"Quoted\" Industries Ltd", "北京示例科技有限公司", "Nordström AB"])
    }

    private mutating func personName() -> String {
        random.pick(["Doe-Smith Alexandra", "O'Brien Patrick J", "Müller Jürgen", "Ñúñez María José",
                     "Smith & Wesson Trust", "Zhang Wei 张伟", "Lefèvre \"Frenchy\" Éric", "Tanaka <Ken>"])
    }

    private mutating func owner() -> ReportingOwner {
        let officer = random.chance(50)
        let other = random.chance(15)
        let director = random.chance(40) || (!officer && !other)
        func flag(_ v: Bool) -> Bool? { v ? true : (random.chance(70) ? false : nil) }
        var address: ReportingOwnerAddress?
        if random.chance(90) {
            address = ReportingOwnerAddress(
                rptOwnerStreet1: random.pick(["C/O Acme Widgets, Inc.", "1 Main Street", "Königsallee 1"]),
                rptOwnerStreet2: random.pick([nil, "", "Suite 100 & 200"]),
                rptOwnerCity: random.pick(["Springfield", "Menlo Park", "Zürich"]),
                rptOwnerState: random.pick(["CA", "NY", "", nil]),
                rptOwnerZipCode: random.pick(["94025", "10001-1234", "8001"]),
                rptOwnerStateDescription: random.pick([nil, "", "SWITZERLAND"]),
                rptOwnerGoodAddress: random.chance(10) ? random.chance(50) : nil)
        }
        return ReportingOwner(
            reportingOwnerId: ReportingOwnerId(rptOwnerCik: cik(), rptOwnerCcc: random.chance(10) ? "x1#y2z@" : nil,
                                               rptOwnerName: personName()),
            reportingOwnerAddress: address,
            reportingOwnerRelationship: ReportingOwnerRelationship(
                isDirector: flag(director), isOfficer: flag(officer), isTenPercentOwner: flag(random.chance(15)),
                isOther: flag(other),
                officerTitle: officer ? random.pick(["Chief Executive Officer", "EVP, CFO & Treasurer", "See Remarks"])
                    : (random.chance(20) ? "" : nil),
                otherText: other ? random.pick(["Member of 10% group", "Former Director (until 2020)"])
                    : (random.chance(20) ? "" : nil)))
    }

    private mutating func securityTitle() -> String {
        random.pick(["Common Stock", "Class A Common Stock", "Ordinary Shares (ADS)", "Common Stock, par value $0.01",
                     "Actions ordinaires « A »", "Units | Series 1"])
    }

    private mutating func footnoteText() -> String {
        let sentences = [
            "The price reported is a weighted average price; shares were sold at prices ranging from $10.01 to $10.9999, inclusive.",
            "Shares held by the Smith & Jones Trust <2020>, of which the reporting person is trustee.",
            "Includes 1,234.5678 shares acquired under the \"ESPP\".",
            "Les actions sont détenues par la société Émile & Cie.",
            "(1) This line starts like a footnote reference.",
            "Exercisable in 4 equal instalments — 25% each year.",
            "The relationship of reporting persons to the issuer is described in the remarks.",
            "Table II - derivative securities are held through the fund",
        ]
        return (0..<random.int(1...3)).map { _ in random.pick(sentences) }.joined(separator: random.chance(30) ? "\n" : " ")
    }

    private mutating func freeText(lines: Int) -> String {
        let pool = ["Title: Senior Vice President & General Counsel", "Exhibit 24 - Power of Attorney",
                    "Remarks: see <attached> \"schedule\"", "Zahlungen in €; 5% Beteiligung", "- a dash line",
                    "Explanation of Responses:", "| pipe | line |", "\\ backslash",
                    "Form 4", "Reporting person 2", "Table II - see above", "Transactions:", "(none)",
                    "1. Name and Address of Reporting Person", "[X] Director", "Document type: 5"]
        return (0..<lines).map { _ in random.pick(pool) }.joined(separator: "\n")
    }
}
